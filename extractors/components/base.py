"""Shared helpers of the sovang components: records, token tests, the PhraseMatcher builder."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher

from ..lexicon import cap, lexicon, variants

PUNCT = {",", ".", ";", ":", "(", ")", "“", "”", "\"", "!", "?", "…", "–", "-", "'", "‘", "’"}
QUOTES_OPEN = {"“", "\"", "‘", "«"}
QUOTES_CLOSE = {"”", "\"", "’", "»"}


@dataclass
class Ent:
    """A recognised span: ``kind`` (unit/person/award/campaign), token ``start``/``end``, ``text`` (canonical or as written)."""

    kind: str
    start: int
    end: int
    text: str
    info: dict = field(default_factory=dict)


def state(doc) -> dict:
    """The per-doc record store ``doc._.sv`` (created on first use)."""
    if doc._.sv is None:
        doc._.sv = {"unit": [], "person": [], "award": [], "campaign": [], "officials": [], "conferrals": []}
    return doc._.sv


def covered(ents, start: int, end: int) -> bool:
    """True when [start, end) overlaps any of ``ents``."""
    return any(e.start < end and start < e.end for e in ents)


def phrase_matcher(nlp, phrases, attr="ORTH", case_variants=True) -> PhraseMatcher:
    """A PhraseMatcher over ``phrases`` (each also with first letter lower/upper when ``case_variants``)."""
    pm = PhraseMatcher(nlp.vocab, attr=attr)
    seen = set()
    docs = []
    for p in phrases:
        for v in (variants(p) if case_variants else {p}):
            if v not in seen:
                seen.add(v)
                docs.append(nlp.make_doc(v))
    pm.add("P", docs)
    return pm


def longest_first(matches):
    """Non-overlapping (start, end) pairs from PhraseMatcher output, preferring longer, then earlier."""
    spans = sorted(((s, e) for _, s, e in matches), key=lambda x: (-(x[1] - x[0]), x[0]))
    taken = []
    for s, e in spans:
        if not any(s < te and ts < e for ts, te in taken):
            taken.append((s, e))
    return sorted(taken)


def is_cap(tok) -> bool:
    """Token starts with an upper-case letter."""
    return cap(tok.text) and tok.text[0].isalpha()


def span_text(doc, start: int, end: int) -> str:
    """Text of tokens [start, end) exactly as in the block."""
    if start >= end:
        return ""
    return doc.text[doc[start].idx: doc[end - 1].idx + len(doc[end - 1].text)]


__all__ = ["Ent", "state", "covered", "phrase_matcher", "longest_first", "is_cap", "span_text",
           "PUNCT", "QUOTES_OPEN", "QUOTES_CLOSE", "lexicon", "cap"]

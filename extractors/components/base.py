"""Shared helpers of the sovang components: records, token tests, the PhraseMatcher builder."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import IDX, LENGTH
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


class W:
    """A light token: ``text``, ``idx`` (char offset in the block) and ``i`` (token index)."""

    __slots__ = ("text", "idx", "i")

    def __init__(self, text: str, idx: int, i: int):
        self.text, self.idx, self.i = text, idx, i


class Toks:
    """The tokens of a Doc as light :class:`W` objects made on access (spaCy Token objects are slow to
    create), with ``.doc``, ``.text`` and the plain lists ``.words``, ``.starts``, ``.ends``."""

    def __init__(self, doc, st):
        text = doc.user_data.get("sovang_text")  # the engine passes the text it built the Doc from
        if text is None:
            text = doc.text
        starts = doc.to_array(IDX).tolist()
        lengths = doc.to_array(LENGTH).tolist()
        words = [text[a:a + n] for a, n in zip(starts, lengths)]
        self.doc = doc
        self.st = st
        self.text = text
        self.words = words
        self.starts = starts
        self.ends = [a + n for a, n in zip(starts, lengths)]

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [W(self.words[k], self.starts[k], k) for k in range(*i.indices(len(self.words)))]
        if i < 0:
            i += len(self.words)
        return W(self.words[i], self.starts[i], i)

    def __iter__(self):
        return (W(w, a, k) for k, (w, a) in enumerate(zip(self.words, self.starts)))


def toks(doc) -> Toks:
    """The cached :class:`Toks` of ``doc`` (components index tokens through it)."""
    if isinstance(doc, Toks):
        return doc
    st = state(doc)
    t = st.get("toks")
    if t is None:
        t = st["toks"] = Toks(doc, st)
    return t


def state(doc) -> dict:
    """The per-doc record store ``doc._.sv`` (created on first use)."""
    if isinstance(doc, Toks):
        return doc.st
    st = doc.user_data.get(_KEY)
    if st is None:
        st = doc.user_data[_KEY] = {"unit": [], "person": [], "award": [], "campaign": [], "officials": [],
                                    "conferrals": []}
    return st


_KEY = ("._.", "sv", None, None)  # where spaCy keeps the ``doc._.sv`` extension value


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
    used = set()
    taken = []
    for s, e in spans:
        if not any(k in used for k in range(s, e)):
            taken.append((s, e))
            used.update(range(s, e))
    return sorted(taken)


def token_set(ents) -> set:
    """The token indices covered by ``ents``."""
    out = set()
    for e in ents:
        out.update(range(e.start, e.end))
    return out


def name_run(doc, i: int, words, limit: int = 12) -> int:
    """End of a proper-name run from token i: capitalised words, numbers after them, and lower-case
    syllables completing a dictionary word begun by a capitalised one ("Công an", "Xây dựng").
    ``words`` is :func:`extractors.gazetteer.dictionary_words`."""
    n = len(doc)
    j = i
    while j < n and j - i < limit:
        w = doc[j].text
        if is_cap(doc[j]) or (w.isdigit() and j > i):
            j += 1
            continue
        if j > i and w.isalpha() and w.islower() and is_cap(doc[j - 1]) and \
                (doc[j - 1].text.lower() + " " + w) in words:
            j += 1
            continue
        break
    return j


def is_cap(tok) -> bool:
    """Token (or word) starts with an upper-case letter."""
    c = (tok if tok.__class__ is str else tok.text)[:1]  # str tokens are the common case: no isinstance
    return c.isupper() and c.isalpha()


def span_text(doc, start: int, end: int) -> str:
    """Text of tokens [start, end) exactly as in the block."""
    if start >= end:
        return ""
    t = doc if isinstance(doc, Toks) else toks(doc)
    return t.text[t.starts[start]: t.ends[end - 1]]


__all__ = ["token_set", "Ent", "Toks", "toks", "state", "covered", "phrase_matcher", "longest_first", "is_cap", "span_text",
           "PUNCT", "QUOTES_OPEN", "QUOTES_CLOSE", "lexicon", "cap"]

"""sovang extractors: the domain layer (units, officials, campaigns, awards).

Public entry point: :func:`extract`, which turns a normalised
:class:`pipeline.model.Document` into :class:`extractors.facts.DocumentFacts`.
"""
from __future__ import annotations

from .facts import Conferral, DocumentFacts, Mention, Official

__all__ = ["extract", "Conferral", "DocumentFacts", "Mention", "Official"]


#: documents longer than this (characters) are extracted in parts of at most this size
CHUNK_CHARS = 400_000


#: :func:`extractors.engine.extract`, set by the first call of :func:`extract`
_extract = None


def extract(document) -> DocumentFacts:
    """Extract all facts from a normalised document (see :mod:`extractors.engine`).

    A very long document (a 1,000-page PDF is about 3 million characters) is
    extracted in parts of whole blocks of at most :data:`CHUNK_CHARS`
    characters, so memory stays bounded; facts are merged with their block
    indices shifted back.  A person named in full in one part and by given
    name only in another is not joined across parts.
    """
    global _extract
    if _extract is None:  # (imported on first use, as importing the package loads no spaCy; a function-level
        from .engine import extract as _extract  # import run at every call cost ~13 µs of a document's extraction)

    if sum(len(b.text) + 1 for b in document.blocks) <= CHUNK_CHARS:
        return _extract(document)
    merged = DocumentFacts()
    for first, part in _parts(document):
        facts = _extract(part)
        shifted = set()
        for m in facts.mentions + facts.units + facts.campaigns + [o.name for o in facts.officials] + \
                [c.award for c in facts.conferrals] + [c.recipient for c in facts.conferrals]:
            if id(m) not in shifted:
                shifted.add(id(m))
                m.block += first
        merged.units += facts.units
        merged.officials += facts.officials
        merged.campaigns += facts.campaigns
        merged.conferrals += facts.conferrals
        merged.mentions += facts.mentions
    return merged


def _parts(document):
    """(index of the first block, sub-document) for consecutive runs of blocks of at most CHUNK_CHARS."""
    from dataclasses import replace

    start, size = 0, 0
    for i, b in enumerate(document.blocks):
        if size and size + len(b.text) + 1 > CHUNK_CHARS:
            yield start, replace(document, blocks=document.blocks[start:i])
            start, size = i, 0
        size += len(b.text) + 1
    yield start, replace(document, blocks=document.blocks[start:])

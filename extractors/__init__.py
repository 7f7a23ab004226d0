"""sovang extractors: the domain layer (units, officials, campaigns, awards).

Public entry point: :func:`extract`, which turns a normalised
:class:`pipeline.model.Document` into :class:`extractors.facts.DocumentFacts`.
"""
from __future__ import annotations

from .facts import Conferral, DocumentFacts, Mention, Official

__all__ = ["extract", "extract_batch", "Conferral", "DocumentFacts", "Mention", "Official"]


#: documents longer than this (characters) are extracted in parts of at most this size
CHUNK_CHARS = 400_000


#: documents extracted in one :func:`extract_batch` call by ingest's workers (``pipeline.work.process_jobs``) and by
#: ``benchmarks/run.py``'s extract stage: session 33 measured the frames of 32 documents made back to back 5-8%
#: cheaper than one by one (16: 1.5-4.5%); session 34, on a loaded machine, 1-3% (docs/performance.md)
BATCH_DOCS = 32
#: characters of the documents of one batch of :func:`extract_batch` at most (their spaCy Docs are all alive at
#: once): as much as one long document's part (:data:`CHUNK_CHARS`)
BATCH_CHARS = CHUNK_CHARS

#: :func:`extractors.engine.extract`, set by the first call of :func:`extract`
_extract = None


def extract(document) -> DocumentFacts:
    """Extract all facts from a normalised document (see :mod:`extractors.engine`).

    A very long document (a 1,000-page PDF is about 3 million characters) is
    extracted in parts of whole blocks of at most :data:`CHUNK_CHARS`
    characters, so memory stays bounded; a single block longer than that is
    cut into pieces at sentence ends (:func:`_pieces`).  Facts are merged with
    their block indices and character offsets shifted back.  A person named in
    full in one part and by given name only in another is not joined across
    parts, nor is a name that a piece's cut splits in two.
    """
    global _extract
    if _extract is None:  # (imported on first use, as importing the package loads no spaCy; a function-level
        from .engine import extract as _extract  # import run at every call cost ~13 µs of a document's extraction)

    if sum(len(b.text) + 1 for b in document.blocks) <= CHUNK_CHARS:
        return _extract(document)
    merged = DocumentFacts()
    for first, offset, part in _parts(document):
        facts = _extract(part)
        shifted = set()
        for m in facts.mentions + facts.units + facts.campaigns + [o.name for o in facts.officials] + \
                [c.award for c in facts.conferrals] + [c.recipient for c in facts.conferrals] + \
                [c.row_unit for c in facts.conferrals if c.row_unit is not None]:
            if id(m) not in shifted:
                shifted.add(id(m))
                m.block += first
                m.start, m.end = m.start + offset, m.end + offset
        merged.units += facts.units
        merged.officials += facts.officials
        merged.campaigns += facts.campaigns
        merged.conferrals += facts.conferrals
        merged.mentions += facts.mentions
    return merged


def extract_batch(documents) -> list:
    """:func:`extract` of each of ``documents`` (normalised Documents), in order: a list holding for each its
    :class:`DocumentFacts`, or the exception its extraction raised (the others' facts are kept, whether it raised in
    its frame, its rules or before them, measuring its blocks).

    The documents are extracted in runs of at most :data:`BATCH_CHARS` characters, each run by
    :func:`extractors.engine.extract_batch` (the frames of the run first, then each document's rules); a document
    longer than :data:`CHUNK_CHARS` is extracted alone, in parts, by :func:`extract`.  The facts are those
    :func:`extract` gives each document alone."""
    from .engine import extract_batch as frames_first

    out: list = [None] * len(documents)
    run: list[int] = []
    size = 0

    def flush() -> None:
        for k, facts in zip(run, frames_first([documents[k] for k in run])):
            out[k] = facts
        run.clear()

    for k, document in enumerate(documents):
        try:  # (a document that cannot even be measured fails alone, as extract() would fail on it)
            chars = sum(len(b.text) + 1 for b in document.blocks)
            if chars > CHUNK_CHARS:
                out[k] = extract(document)
                continue
        except Exception as exc:
            out[k] = exc
            continue
        if run and size + chars > BATCH_CHARS:
            flush()
            size = 0
        run.append(k)
        size += chars
    if run:
        flush()
    return out


def _parts(document):
    """(index of the first block, character offset in it, sub-document) for consecutive runs of blocks of at most
    CHUNK_CHARS; a block longer than that (a text of one 6-million-character line: a newcomer, session 25, got
    spaCy's E088 and no facts) is cut into pieces of at most CHUNK_CHARS at a sentence end (:func:`_pieces`), each a
    sub-document of one block, its mentions shifted back by the piece's offset."""
    from dataclasses import replace

    start, size = 0, 0
    for i, b in enumerate(document.blocks):
        if size and size + len(b.text) + 1 > CHUNK_CHARS:
            yield start, 0, replace(document, blocks=document.blocks[start:i])
            start, size = i, 0
        if len(b.text) + 1 > CHUNK_CHARS:
            for offset, piece in _pieces(b.text):
                yield i, offset, replace(document, blocks=[replace(b, text=piece)])
            start, size = i + 1, 0
            continue
        size += len(b.text) + 1
    if start < len(document.blocks):
        yield start, 0, replace(document, blocks=document.blocks[start:])


def _pieces(text: str):
    """(offset, piece) of ``text`` cut into pieces of fewer than CHUNK_CHARS characters, each ending after the last
    ". " (else the last space) before the limit, or at the limit when there is neither."""
    at = 0
    while at < len(text):
        end = min(at + CHUNK_CHARS - 1, len(text))
        if end < len(text):
            cut = text.rfind(". ", at, end)
            cut = cut + 2 if cut > at else text.rfind(" ", at, end) + 1
            end = cut if cut > at else end
        yield at, text[at:end]
        at = end

"""The worker side of a load: read, normalise and extract one file or record.

Runs in worker processes (the local pool or a Dask cluster): nothing here
touches the knowledge base.
"""
from __future__ import annotations

from pathlib import Path

from .dates import document_date
from .model import Document
from .normalize import normalize_document
from .readers import read_bytes
from .unmarked import warn_if_unmarked


def normalised(doc: Document) -> Document:
    """The normalise stage of one read document, in place: its text normalised (:func:`normalize_document`) and a
    warning added when it lost its diacritics (:func:`pipeline.unmarked.warn_if_unmarked`); returns ``doc``. One
    definition read by :func:`process` and by ``benchmarks/run.py``'s normalise stage."""
    return warn_if_unmarked(normalize_document(doc))


def process(data: bytes, name: str, sha256: str, suffix: str | None = None) -> tuple[Document, object]:
    """Read, normalise and extract one file's bytes; never raises.

    Returns ``(document, facts)``; ``facts`` is None for a failed document.
    An extractor error keeps the text: the document becomes ``partial``.
    """
    doc = read_bytes(data, name, sha256, suffix)
    if doc.status == "failed":
        return doc, None
    try:
        normalised(doc)
    except Exception as exc:  # pragma: no cover - defensive
        doc.status, doc.error, doc.blocks = "failed", f"normalisation failed: {exc}", []
        return doc, None
    try:
        from extractors import extract

        facts = extract(doc)  # the extractors date the document themselves unless its reader did
    except Exception as exc:
        doc.status = "partial"
        doc.error = (doc.error + "; " if doc.error else "") + f"extraction failed: {type(exc).__name__}: {exc}"
        facts = None
    if doc.date is None:
        doc.date = document_date([b.text for b in doc.blocks])
    return doc, facts


def process_job(abspath: str, name: str, sha256: str, data: bytes | None = None,
                 suffix: str | None = None) -> tuple[Document, object]:
    """Worker entry point: read the file (unless its bytes are given) and process it."""
    if data is None:
        try:
            data = Path(abspath).read_bytes()
        except OSError as exc:
            return Document(path=name, sha256=sha256, format=Path(name).suffix.lstrip("."), status="failed",
                            error=f"cannot read file: {exc.strerror or exc}"), None
    return process(data, name, sha256, suffix)




def failed(name: str, sha: str, error: str) -> tuple[Document, None]:
    """A failed document for ``name`` with ``error``, and no facts."""
    return Document(path=name, sha256=sha, format=Path(name).suffix.lstrip("."), status="failed", error=error), None

"""The worker side of a load: read, normalise and extract one file or record, or several in one batch.

Runs in worker processes (the local pool or a Dask cluster): nothing here
touches the knowledge base.
"""
from __future__ import annotations

from pathlib import Path

from .dates import document_date
from .model import Document
from .normalize import normalize_document
from .ocr_progress import reading
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
    return _extracted([_prepared(data, name, sha256, suffix)])[0]


def process_job(abspath: str, name: str, sha256: str, data: bytes | None = None,
                suffix: str | None = None) -> tuple[Document, object]:
    """Worker entry point: read the file (unless its bytes are given) and process it (:func:`process`)."""
    return process_jobs([(abspath, name, sha256, data, suffix)])[0]


def process_jobs(jobs: list[tuple]) -> list[tuple[Document, object]]:
    """Worker entry point for several files: ``jobs`` of ``(abspath, name, sha256, data, suffix)`` as
    :func:`process_job` takes them; never raises.  Each file is read and normalised in turn (the bytes of one read
    from ``abspath`` dropped once read; a record's, given in its job, are held by ``jobs``), then the documents are
    extracted together by :func:`extractors.extract_batch` (the frames first, then each one's rules: the same facts
    as one by one, for less CPU).  Returns ``(document, facts)`` per job, in
    order, as :func:`process` gives it: an extractor error in one document makes that one ``partial`` alone."""
    return _extracted([_read(*job) for job in jobs])


def _read(abspath: str, name: str, sha256: str, data: bytes | None, suffix: str | None) -> Document:
    """One job's document read (from ``abspath`` unless its bytes are given) and normalised (:func:`_prepared`);
    a file that cannot be read is a failed document."""
    if data is None:
        try:
            data = Path(abspath).read_bytes()
        except OSError as exc:
            return failed(name, sha256, f"cannot read file: {exc.strerror or exc}")[0]
    return _prepared(data, name, sha256, suffix, abspath)


def _prepared(data: bytes, name: str, sha256: str, suffix: str | None, abspath: str | None = None) -> Document:
    """The document of one file's bytes, read and normalised (:func:`normalised`); failed when either fails.
    ``abspath``, where known, names the file in a long OCR's progress (:mod:`pipeline.ocr_progress`)."""
    with reading(name, abspath):  # the name a long OCR's progress gives (pipeline.ocr_progress)
        doc = read_bytes(data, name, sha256, suffix)
    if doc.status == "failed":
        return doc
    try:
        normalised(doc)
    except Exception as exc:  # pragma: no cover - defensive
        doc.status, doc.error, doc.blocks = "failed", f"normalisation failed: {exc}", []
    return doc


def _extracted(docs: list[Document]) -> list[tuple[Document, object]]:
    """``(document, facts)`` for each of ``docs`` (read and normalised): the documents not failed extracted in one
    :func:`extractors.extract_batch`; facts None for a failed document.  A document whose extraction raised keeps
    its text and becomes ``partial``, its error noted; one the extractors leave undated is dated from its blocks
    (the extractors date the document themselves unless its reader did)."""
    todo = [d for d in docs if d.status != "failed"]
    try:
        from extractors import extract_batch

        results = extract_batch(todo) if todo else []
    except Exception as exc:  # (the extractors could not be loaded: every document keeps its text)
        results = [exc] * len(todo)
    found = dict(zip(map(id, todo), results))
    out = []
    for doc in docs:
        if doc.status == "failed":
            out.append((doc, None))
            continue
        facts = found[id(doc)]
        if isinstance(facts, Exception):
            doc.status = "partial"
            doc.error = (doc.error + "; " if doc.error else "") + \
                f"extraction failed: {type(facts).__name__}: {facts}"
            facts = None
        if doc.date is None:
            doc.date = document_date([b.text for b in doc.blocks])
        out.append((doc, facts))
    return out


def failed(name: str, sha: str, error: str) -> tuple[Document, None]:
    """A failed document for ``name`` with ``error``, and no facts."""
    return Document(path=name, sha256=sha, format=Path(name).suffix.lstrip("."), status="failed", error=error), None

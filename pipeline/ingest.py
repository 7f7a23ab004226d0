"""The ingest job: discover → read → normalise → extract (worker processes) → write (this process).

The parent process walks the paths, hashes each file's bytes and skips
content the knowledge base already holds; worker processes read, normalise and
extract; the parent, the only writer, stores each document in one transaction.
"""
from __future__ import annotations

import hashlib
import os
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .dates import document_date
from .containers import RECORD_SUFFIX, is_container, records
from .discover import Found, Problem, discover
from .model import Document
from .normalize import normalize_document
from .readers import read_bytes


@dataclass
class Summary:
    """What an ingest run did. ``failed`` and ``partial`` hold (path, reason) pairs."""

    stored: int = 0
    known: int = 0
    partial: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def seen(self) -> int:
        return self.stored + self.known

    def lines(self) -> list[str]:
        """The human summary printed at the end of ``sovang ingest``."""
        out = [f"documents stored: {self.stored}",
               f"skipped, already known: {self.known}",
               f"partial: {len(self.partial)}",
               f"failed: {len(self.failed)}"]
        for path, reason in self.partial:
            out.append(f"  partial  {path}: {reason}")
        for path, reason in self.failed + self.problems:
            out.append(f"  failed   {path}: {reason}")
        out.append(f"time: {self.seconds:.1f} s")
        if self.interrupted:
            out.append("interrupted: what was stored is complete; run the same command again to go on")
        return out


def process(data: bytes, name: str, sha256: str, suffix: str | None = None) -> tuple[Document, object]:
    """Read, normalise and extract one file's bytes; never raises.

    Returns ``(document, facts)``; ``facts`` is None for a failed document.
    An extractor error keeps the text: the document becomes ``partial``.
    """
    doc = read_bytes(data, name, sha256, suffix)
    if doc.status == "failed":
        return doc, None
    try:
        normalize_document(doc)
        if doc.date is None:
            doc.date = document_date([b.text for b in doc.blocks])
    except Exception as exc:  # pragma: no cover - defensive
        doc.status, doc.error, doc.blocks = "failed", f"normalisation failed: {exc}", []
        return doc, None
    try:
        from extractors import extract

        facts = extract(doc)
    except Exception as exc:
        doc.status = "partial"
        doc.error = (doc.error + "; " if doc.error else "") + f"extraction failed: {type(exc).__name__}: {exc}"
        facts = None
    return doc, facts


def _process_job(abspath: str, name: str, sha256: str, data: bytes | None = None,
                 suffix: str | None = None) -> tuple[Document, object]:
    """Worker entry point: read the file (unless its bytes are given) and process it."""
    if data is None:
        try:
            data = Path(abspath).read_bytes()
        except OSError as exc:
            return Document(path=name, sha256=sha256, format=Path(name).suffix.lstrip("."), status="failed",
                            error=f"cannot read file: {exc.strerror or exc}"), None
    return process(data, name, sha256, suffix)


def _hash(found: Found) -> tuple[str | None, int | None, str | None]:
    """sha256 and size of a file, or an error message."""
    h = hashlib.sha256()
    try:
        with open(found.abspath, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest(), os.path.getsize(found.abspath), None
    except OSError as exc:
        return None, None, f"cannot read file: {exc.strerror or exc}"


def ingest(paths: Iterable[str | Path], db_path: str | Path, workers: int | None = None,
           on_progress: Callable[[str], None] | None = None, force: bool = False) -> Summary:
    """Ingest files and folders into the knowledge base at ``db_path``.

    ``workers``: worker processes for reading and extraction (default: the
    number of cores; 1 runs everything in this process).  ``on_progress`` is
    called with each file's path as it is finished.  ``force`` re-reads and
    re-extracts content already stored (replacing its facts).  Returns a
    :class:`Summary`; never raises for bad input files.
    """
    from outputs.kb import Writer, open_db

    started = time.monotonic()
    summary = Summary()
    writer = Writer(open_db(db_path))
    workers = workers or os.cpu_count() or 1
    pending_names: dict[str, list[Found]] = {}  # sha -> files waiting for that content
    forced: set[str] = set()  # with force: contents re-processed in this run (once each)
    first_paths: set[str] = set()

    def record(found: Found, doc: Document, facts, size: int | None) -> None:
        doc_status = writer.add(doc, facts, found.root, found.path, size,
                                replace=force and found.abspath in first_paths)
        if doc_status == "known":
            summary.known += 1
        else:
            summary.stored += 1
            if doc.status == "partial":
                summary.partial.append((found.path, doc.error or "partial"))
            elif doc.status == "failed":
                summary.failed.append((found.path, doc.error or "failed"))
        if on_progress:
            on_progress(found.path)

    def wanted(found: Found, sha: str, size: int | None) -> bool:
        """Record a known content's path and return False; True when it must be processed."""
        status = writer.known(sha)
        if status is not None and status != "failed" and not (force and sha not in forced):
            writer.add_path(found.root, found.path, sha, size)
            summary.known += 1
            if on_progress:
                on_progress(found.path)
            return False
        if sha in pending_names:  # same content at a second path, already in flight
            pending_names[sha].append(found)
            return False
        pending_names[sha] = [found]
        if force:
            forced.add(sha)
            first_paths.add(found.abspath)
        return True

    def fail(found: Found, error: str) -> None:
        key = hashlib.sha256(f"unreadable:{found.abspath}".encode()).hexdigest()
        record(found, Document(path=found.path, sha256=key, format=Path(found.path).suffix.lstrip("."),
                               status="failed", error=error), None, None)

    def jobs():
        """(found, sha, size, data, suffix) for every content that must be processed."""
        for item in discover(list(paths)):
            if isinstance(item, Problem):
                summary.problems.append((item.path, item.reason))
                continue
            if is_container(item.abspath):
                try:
                    for rec in records(item.abspath, item.path):
                        found = Found(item.root, rec.name, f"{item.root}/{rec.name}")
                        if wanted(found, rec.sha256, len(rec.data)):
                            yield found, rec.sha256, len(rec.data), rec.data, RECORD_SUFFIX
                except (OSError, EOFError, ValueError) as exc:
                    fail(item, f"cannot read news file: {exc}")
                continue
            sha, size, error = _hash(item)
            if error:
                fail(item, error)
                continue
            if wanted(item, sha, size):
                yield item, sha, size, None, None

    def finish(item: Found, sha: str, size, doc: Document, facts) -> None:
        for found in pending_names.pop(sha, [item]):
            record(found, doc, facts, size)

    try:
        if workers <= 1:
            for item, sha, size, data, suffix in jobs():
                finish(item, sha, size, *_process_job(item.abspath, item.path, sha, data, suffix))
        else:
            _run_pool(jobs(), workers, finish)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        writer.close()
    if not summary.interrupted and (summary.stored or canonical_stale(writer.db)):
        from outputs.canonical import build

        build(writer.db)  # the canonical layer always matches what is stored
    summary.seconds = time.monotonic() - started
    return summary


def canonical_stale(db) -> bool:
    """True when documents were stored since the canonical layer was last built."""
    if not db["units"].exists():
        return True
    row = db.execute("SELECT value FROM meta WHERE key = 'canonical_stale'").fetchone()
    return bool(row and row[0] == "1")


def _failed(item: Found, sha: str, error: str) -> tuple[Document, None]:
    return Document(path=item.path, sha256=sha, format=Path(item.path).suffix.lstrip("."), status="failed",
                    error=error), None


def _worker_init() -> None:
    """Workers ignore Ctrl-C: the parent stops them after storing what is done."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_pool(jobs, workers: int, finish) -> None:
    """Run ``jobs`` on a process pool, calling ``finish(item, sha, size, doc, facts)`` per job.

    At most ``workers * 8`` jobs are in flight.  When a worker process dies
    (a crash in a parsing library, the kernel's OOM killer), the pool is
    rebuilt and the jobs that were in flight are run again one at a time in a
    pool of their own, so only the file that kills its worker is reported as
    failed.  Ctrl-C cancels what has not started and returns promptly.
    """
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    inflight: dict = {}
    limit = workers * 8

    def drain() -> None:
        nonlocal pool
        done, _ = wait(inflight, return_when=FIRST_COMPLETED)
        suspects = []
        for fut in done:
            job = inflight.pop(fut)
            try:
                finish(*job[:3], *fut.result())
            except BrokenProcessPool:
                suspects.append(job)
            except Exception as exc:  # the result could not be pickled, or similar
                finish(*job[:3], *_failed(job[0], job[1], f"worker failed: {type(exc).__name__}: {exc}"))
        if suspects:
            suspects += list(inflight.values())
            inflight.clear()
            pool.shutdown(wait=False, cancel_futures=True)
            for job in suspects:
                finish(*job[:3], *_alone(job))
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)

    try:
        for item, sha, size, data, suffix in jobs:
            job = (item, sha, size, data, suffix)
            inflight[pool.submit(_process_job, item.abspath, item.path, sha, data, suffix)] = job
            while len(inflight) >= limit:
                drain()
        while inflight:
            drain()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _alone(job) -> tuple[Document, object]:
    """Run one job in a pool of its own; a dead worker makes the file failed."""
    item, sha, _size, data, suffix = job
    with ProcessPoolExecutor(max_workers=1, initializer=_worker_init) as solo:
        try:
            return solo.submit(_process_job, item.abspath, item.path, sha, data, suffix).result()
        except BrokenProcessPool:
            return _failed(item, sha, "the worker process died while reading this file "
                                      "(a crash in a parsing library, or out of memory)")

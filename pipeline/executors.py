"""Executors: where the worker side of a load runs.

An executor takes an iterator of jobs ``(found, sha, size, data, suffix)``
and calls ``finish(found, sha, size, document, facts)`` in this process for
each, in completion order; this process alone writes the knowledge base.
Registered in :data:`EXECUTORS`:

- ``local``: a process pool on this machine (``--workers N``);
- ``dask``: a dask.distributed cluster (``--scheduler tcp://HOST:PORT``, or a
  ``LocalCluster`` of ``--workers`` processes when none is given).
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .interrupts import STOP_SIGNALS, on_signals, sigterm_as_ctrl_c
from .work import failed, process_job, process_jobs

Job = tuple  # (Found, sha256, size, bytes | None, reader suffix | None)
Finish = Callable[..., None]


class _Stopped(BaseException):
    """The load was interrupted: the job in hand is dropped (raised in a worker by SIGTERM)."""


#: this worker process: a job is running; the load was interrupted
_worker = {"in_job": False, "stopping": False}


def _worker_init(parent: int) -> None:
    """Workers ignore Ctrl-C (the parent stops them after storing what is done) and end at SIGTERM, the parent's
    stop (:func:`_on_sigterm`), or when the parent, the loader of pid ``parent``, is gone (:func:`_watch_parent`).
    The pid is the loader's own ``os.getpid()``, passed by the pool (``initargs``): a worker asking ``getppid()``
    after the loader died would get its new parent's and wait forever, the orphan the watch is for (a reader,
    session 27)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="watch-parent").start()


def _pool(workers: int) -> ProcessPoolExecutor:
    """A process pool of ``workers`` worker processes set up by :func:`_worker_init` with this process as their
    parent."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(os.getpid(),))


def _watch_parent(parent: int, every: float = 1.0) -> None:
    """End this worker once its parent process ``parent`` (a pid) has died: the loader killed without warning
    (SIGKILL, the OOM killer) cannot stop its workers, which would otherwise wait for work forever, orphaned.
    The worker sends itself SIGTERM, so the job in hand ends as at the parent's stop (:func:`_on_sigterm`: its
    Tesseract or LibreOffice process killed).  Looks every ``every`` seconds; returns only when the parent is gone.
    """
    while os.getppid() == parent:
        time.sleep(every)
    os.kill(os.getpid(), signal.SIGTERM)


def _on_sigterm(signum, frame) -> None:
    """End this worker: between jobs at once; inside one by raising :class:`_Stopped` through it, so that the
    Tesseract or LibreOffice process it runs is killed and its temporary files removed on the way out (the
    subprocess calls kill their process at any exception), then :func:`_worker_job` exits."""
    if not _worker["in_job"]:
        os._exit(130)
    _worker["stopping"] = True
    raise _Stopped


def _worker_job(abspath: str, name: str, sha: str, data: bytes | None, suffix: str | None) -> tuple:
    """:func:`~pipeline.work.process_job` in a pool's worker (:func:`_in_job`)."""
    return _in_job(process_job, abspath, name, sha, data, suffix)


def _worker_batch(jobs: list[tuple]) -> list[tuple]:
    """:func:`~pipeline.work.process_jobs` of several files in a pool's worker (:func:`_in_job`)."""
    return _in_job(process_jobs, jobs)


def _in_job(work: Callable, *args):
    """``work(*args)`` as one job of a pool's worker; the worker exits when the load was stopped during it (no
    further job of its queue starts)."""
    if _worker["stopping"]:
        os._exit(130)
    _worker["in_job"] = True
    try:
        return work(*args)
    finally:
        _worker["in_job"] = False
        if _worker["stopping"]:
            os._exit(130)


def _end_workers(procs: list, grace: float = 3.0) -> None:
    """Stop a pool's worker processes (``multiprocessing.Process``) now, an interrupted load: SIGTERM to each
    (:func:`_on_sigterm`: the job in hand is dropped, its OCR or conversion process killed), SIGKILL to one still
    running after ``grace`` seconds (a worker deep in a C library).  The jobs they held are read again by the next
    run."""
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    deadline = time.monotonic() + grace
    for proc in procs:
        proc.join(max(0.0, deadline - time.monotonic()))
        if proc.is_alive():
            proc.kill()
            proc.join(1.0)


@contextmanager
def _ctrl_c_at_safe_points():
    """Defer Ctrl-C (and SIGTERM, :data:`STOP_SIGNALS`) to the points where the caller checks the yielded event.

    A KeyboardInterrupt raised asynchronously inside ``ProcessPoolExecutor``
    (while ``submit`` or ``wait`` holds one of its locks) can leave the pool
    unable to shut down, and the load hangs instead of stopping.  Here the
    first SIGINT only sets the event; the loop raises KeyboardInterrupt itself
    (it looks every 0.2 s) and ends the workers (:func:`_end_workers`).  The first signal also puts the previous
    handlers back, so a second Ctrl-C (or SIGTERM) interrupts at once.  Outside the main thread (where Python
    cannot install handlers) the event is never set and nothing changes.
    """
    stop = threading.Event()
    with on_signals(STOP_SIGNALS, stop.set):
        yield stop


def run_inline(jobs: Iterator[Job], finish: Finish, release: Callable[[], None] | None = None, **_) -> None:
    """Run every job in this process (``--workers 1``), in the batches of one worker (:func:`_batches`: read and
    normalised in turn, then extracted together, :func:`pipeline.work.process_jobs`; ``finish`` per document
    once its batch is done).  Ctrl-C stops it by the KeyboardInterrupt Python raises wherever it lands, and SIGTERM
    likewise (:func:`~pipeline.interrupts.sigterm_as_ctrl_c`): the load ends as interrupted, with its summary
    (before session 27's reading, SIGTERM ended the process at once, with no summary); the batch in hand is read
    again by the next load.  An ``idle`` given
    (:meth:`outputs.kb.Writer.idle`) is not called: nothing waits here while a document is read.  ``release`` (the
    writer's :meth:`outputs.kb.Writer.commit`) is called before each batch is read, so that what was stored
    before it is not held open, the knowledge base locked, while this process reads a long file (OCR, a 5 MB text:
    minutes), as it was until session 30 (newcomer, sessions 29 and 30: a second writer failed after 30 s)."""
    with sigterm_as_ctrl_c():
        for batch in _batches(jobs, 1):
            if release:
                release()
            results = process_jobs([(item.abspath, item.path, sha, data, suffix)
                                    for item, sha, _size, data, suffix in batch])
            for (item, sha, size, _data, _suffix), result in zip(batch, results):
                finish(item, sha, size, *result)


def run_local(jobs: Iterator[Job], finish: Finish, workers: int = 2, idle: Callable[[], None] | None = None,
              **_) -> None:
    """Run ``jobs`` on a process pool, calling ``finish(item, sha, size, doc, facts)`` per job.

    A worker is handed several files at a time (:func:`_batches`: up to ``extractors.BATCH_DOCS``, fewer while the
    load starts so that every worker has work at once), which it reads and normalises in turn and extracts
    together (:func:`pipeline.work.process_jobs`); each file's ``finish`` is called when its batch is done.  At
    most ``workers * 2`` batches are in flight.  When a worker process dies
    (a crash in a parsing library, the kernel's OOM killer), the pool is
    rebuilt and the files that were in flight are run again one at a time in a
    pool of one worker of their own (:func:`_each_alone`), so only the file that kills its worker is reported as
    failed.  Ctrl-C or SIGTERM (:data:`STOP_SIGNALS`) returns within seconds: it is taken at a safe point
    (:func:`_ctrl_c_at_safe_points`) and raised here as KeyboardInterrupt
    after cancelling what has not started and stopping the workers, with the
    jobs (OCR of a scan, a LibreOffice conversion) they were running.
    ``idle`` (the writer's :meth:`outputs.kb.Writer.idle`) is called every 0.2 s while no job is done, so that a
    batch stored before a long document (OCR, a very long file) is committed, not held open while it is read.
    """
    with _ctrl_c_at_safe_points() as stop:
        _run_local(jobs, finish, workers, stop, idle)


def _run_local(jobs: Iterator[Job], finish: Finish, workers: int, stop: threading.Event,
               idle: Callable[[], None] | None = None) -> None:
    pool = _pool(workers)
    watch = _DeathWatch()
    inflight: dict = {}  # future -> its batch of jobs
    limit = workers * 2

    def check() -> None:
        if stop.is_set():
            raise KeyboardInterrupt

    def drain() -> None:
        nonlocal pool
        done: set = set()
        while not done:
            check()
            done, _ = wait(inflight, timeout=0.2, return_when=FIRST_COMPLETED)
            if not done:
                watch.check(pool)
                if idle:
                    idle()
        suspects = []
        for fut in done:
            batch = inflight.pop(fut)
            try:
                results = fut.result()
            except BrokenProcessPool:
                suspects += batch
                continue
            except Exception as exc:  # the result could not be pickled, or similar
                results = [failed(job[0].path, job[1], f"worker failed: {type(exc).__name__}: {exc}")
                           for job in batch]
            # outside the try: an error of the knowledge base while storing (a full disk) is no fault of the file
            # and ends the load; taken as the file's, it was stored as a failed document while SQLite had rolled
            # the batch back, and the summary counted its documents stored (newcomer, session 28)
            for job, result in zip(batch, results):
                finish(*job[:3], *result)
        if suspects:
            suspects += [job for batch in inflight.values() for job in batch]
            inflight.clear()
            pool.shutdown(wait=False, cancel_futures=True)
            for job, result in _each_alone(suspects, check):
                finish(*job[:3], *result)
            pool = _pool(workers)

    def submit(batch):
        """Submit ``batch`` (a list of jobs); when a worker died since the last drain (the pool refuses work), first
        drain what is in flight (its jobs are rerun alone and the pool rebuilt), then submit to a working pool."""
        nonlocal pool
        args = [(item.abspath, item.path, sha, data, suffix) for item, sha, _size, data, suffix in batch]
        try:
            return pool.submit(_worker_batch, args)
        except BrokenProcessPool:
            while inflight:
                drain()
            try:
                return pool.submit(_worker_batch, args)
            except BrokenProcessPool:  # broken with nothing in flight: start a new pool
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers)
                return pool.submit(_worker_batch, args)

    try:
        for batch in _batches(jobs, workers, check):
            inflight[submit(batch)] = batch
            while len(inflight) >= limit:
                drain()
        while inflight:
            drain()
    except BaseException:
        _stop_pool(pool)  # the jobs under way, and those queued to the workers, do not run to their end
        raise
    pool.shutdown(wait=True)


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` now, an interrupted load: what has not started is cancelled, its workers are ended
    (:func:`_end_workers`), then this process's write end of the pool's result pipe is closed.

    A worker ended while it was sending a batch's results (larger than the pipe's 64 KiB, so written in pieces as
    the pool's manager thread reads them) leaves a message cut short.  The manager thread waits for the rest of it
    forever: this process holds the pipe's write end too, so no end of file comes.  The interpreter joins that
    thread at exit, so the load printed its summary and then never ended (session 42: ``ingest --workers 2``
    stopped by Ctrl-C or SIGTERM still running a minute later, now and then).  With every worker gone and that
    end closed, the read ends (EOFError), the thread marks the pool broken and exits.  ``ProcessPoolExecutor``
    offers no way to this; its attributes ``_processes`` and ``_result_queue`` (CPython 3.11 to 3.13) are read
    before ``shutdown``, which forgets them."""
    workers_now = _workers_of(pool)
    results = getattr(pool, "_result_queue", None)
    pool.shutdown(wait=False, cancel_futures=True)
    _end_workers(workers_now)
    _close_write_end(results)


def _workers_of(pool: ProcessPoolExecutor) -> list:
    """The worker processes (``multiprocessing.Process``) of ``pool``, read from its ``_processes``."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _close_write_end(results) -> None:
    """Close this process's write end of a pool's result pipe (``results``, its ``_result_queue``; None: nothing),
    once no worker holds it: a read waiting for the rest of a message cut short then ends (EOFError)."""
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()


#: seconds a pool's worker may lie dead without the pool noticing before :class:`_DeathWatch` unblocks it
UNNOTICED_DEATH_SECONDS = 5.0


class _DeathWatch:
    """Unblocks a pool whose worker died while sending a result, outside an interrupt too.

    A worker dying (the kernel's OOM killer, a crash) is noticed by the pool within milliseconds and the pool
    marks itself broken (``BrokenProcessPool``, the files in flight run alone: :func:`_each_alone`), unless the
    worker died in the middle of sending a batch's results: the pool's manager thread then waits for the rest of
    the message forever (:func:`_stop_pool`), and the load hung with it.  :meth:`check`, called while waiting for
    results, ends the pool's other workers and closes this process's write end of the result pipe when a worker
    has been dead for :data:`UNNOTICED_DEATH_SECONDS` and the pool is not broken: the read ends, the pool marks
    itself broken, and the files in flight are run again alone as after any death."""

    def __init__(self) -> None:
        self.pool = None
        self.since: float | None = None  # time.monotonic() when a dead worker was first seen in self.pool

    def check(self, pool: ProcessPoolExecutor) -> None:
        """Look at ``pool`` (called every 0.2 s or so while waiting for its results); unblock it as above."""
        procs = _workers_of(pool)
        if pool is not self.pool or getattr(pool, "_broken", False) or all(p.exitcode is None for p in procs):
            self.pool, self.since = pool, None
            return
        if self.since is None:
            self.since = time.monotonic()
        elif time.monotonic() - self.since >= UNNOTICED_DEATH_SECONDS:
            _end_workers(procs)
            _close_write_end(getattr(pool, "_result_queue", None))
            self.since = None


#: file bytes of one batch of the local pool at most (:func:`_batches`): a batch of large files (scans to OCR,
#: long PDFs) is cut short, so that one worker is not left with many of them while the others are done
BATCH_BYTES = 2_000_000


def _batches(jobs: Iterator[Job], workers: int, check: Callable[[], None] = lambda: None) -> Iterator[list]:
    """The ``jobs`` in batches for the local pool's workers, in order: a batch holds at most
    ``extractors.BATCH_DOCS`` files (the batch extraction's size, as ``benchmarks/run.py`` times it) and at most
    :data:`BATCH_BYTES` of files (a file larger alone), and at most a worker's share of the files batched before
    it (at least one): the first ``2 * workers`` batches hold one file each, then they grow by half or more a
    round, so a load of a few files has every worker busy and a long load reaches full batches after some
    ``32 * workers`` files.  ``check`` is called before each job is taken (Ctrl-C at a safe point)."""
    from extractors import BATCH_DOCS

    batch: list = []
    size = sent = 0
    for job in _checked(jobs, check):
        batch.append(job)
        size += job[2] or 0
        if len(batch) >= min(BATCH_DOCS, max(1, sent // workers)) or size >= BATCH_BYTES:
            sent += len(batch)
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _checked(items: Iterator, check: Callable[[], None]) -> Iterator:
    """``items``, with ``check()`` called before each is taken."""
    for item in items:
        check()
        yield item


def _each_alone(jobs: list, check: Callable[[], None] = lambda: None) -> Iterator[tuple]:
    """``(job, (document, facts))`` for each of ``jobs``, in order, each run alone: one file a task in a pool of one
    worker, so a worker that dies names its file, which is made failed; the pool is rebuilt after a death only.
    One pool serves them all, a new one only after a death: each new worker loads spaCy and the gazetteers again
    (2-4 s a file, measured on this machine), and since session 34's batches up to ``workers * 2 * BATCH_DOCS``
    files may be in flight when a worker dies (128 for two workers), not the ``workers * 8`` single files of
    before.  ``check`` is called before each file and every 0.2 s while one is read (Ctrl-C at a safe point, as in
    :func:`run_local`): when it raises, the single-file pool is stopped at once (:func:`_stop_pool`), its file
    dropped, and the exception goes on; until session 43 a Ctrl-C here waited for every file left to run alone
    (up to 128 files at 2-4 s each, or an OCR of minutes: review, session 43)."""
    solo, watch = None, _DeathWatch()
    try:
        for item, sha, size, data, suffix in jobs:
            check()
            solo = solo or _pool(1)
            try:
                job = solo.submit(_worker_job, item.abspath, item.path, sha, data, suffix)
                while not wait([job], timeout=0.2).done:
                    check()
                    watch.check(solo)
                result = job.result()
            except BrokenProcessPool:
                solo.shutdown(wait=False, cancel_futures=True)
                solo = None
                result = failed(item.path, sha, "the worker process died while reading this file "
                                                "(a crash in a parsing library, or out of memory)")
            yield (item, sha, size, data, suffix), result
    except BaseException:
        if solo is not None:
            _stop_pool(solo)
            solo = None
        raise
    finally:
        if solo is not None:
            solo.shutdown(wait=True)


def process_batch(batch: list[tuple]) -> list[tuple]:
    """Worker side of a Dask task: several jobs ``(abspath, name, sha, data, suffix)`` in one task, read in turn and
    extracted together (:func:`pipeline.work.process_jobs`)."""
    return process_jobs(batch)


def run_dask(jobs: Iterator[Job], finish: Finish, workers: int = 2, scheduler: str | None = None,
             send_bytes: bool = False, batch: int = 32, idle: Callable[[], None] | None = None, **_) -> None:
    """Run the jobs on a dask.distributed cluster.

    ``scheduler``: address of a running scheduler (``tcp://HOST:PORT``); without
    one a ``LocalCluster`` of ``workers`` single-threaded processes is started
    here.  Workers read files by path (shared storage) unless ``send_bytes``,
    when this process reads each file and sends its bytes with the task.
    Jobs go to the cluster ``batch`` at a time (one Dask task costs a few
    milliseconds of scheduling, as much as extracting a short article), with
    at most ``4 × workers`` tasks in flight.  A worker that dies mid-task has
    the task retried on another worker (the scheduler's allowed failures); the
    writer's sha256 keys make a retried document harmless.  Ctrl-C (or SIGTERM) is taken
    between two stored batches (:func:`_ctrl_c_at_safe_points`, never inside
    the writer's transaction) and raised here as KeyboardInterrupt; the local
    cluster's workers ignore it (:func:`_ignore_ctrl_c`) and are stopped with
    the cluster.  ``idle`` is called while no batch is ready, as in :func:`run_local`.
    """
    with _ctrl_c_at_safe_points() as stop:
        _run_dask(jobs, finish, workers, scheduler, send_bytes, batch, stop, idle)


def _ignore_ctrl_c(dask_worker=None) -> None:
    """Run in each worker of the local cluster: SIGINT, which a Ctrl-C sends to the whole process group, is ignored
    there (as in the local pool, :func:`_worker_init`); the client stops the cluster after storing what is done."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def dask_missing() -> str:
    """What to do when dask.distributed is not installed: its install into the Python sovang runs in, from the
    sovang folder with the tested versions ("pip install 'sovang[dask]'" asked a package index for a sovang it does
    not hold, and a plain pip may serve another Python: newcomer, session 33)."""
    return (f"needs dask.distributed: install it into the Python sovang runs in, from the sovang folder: "
            f"{sys.executable} -m pip install '.[dask]' -c ci/constraints.txt")


def _run_dask(jobs: Iterator[Job], finish: Finish, workers: int, scheduler: str | None, send_bytes: bool,
              batch: int, stop: threading.Event, idle: Callable[[], None] | None = None) -> None:
    """Run ``jobs`` on a Dask cluster in batches of ``batch`` files, calling ``finish`` with each batch's documents
    in the order they complete: the cluster at ``scheduler`` ("tcp://HOST:PORT"), else a local one of ``workers``
    processes (one thread each, Ctrl-C ignored in them). At most 4 batches per worker are in flight; ``send_bytes``
    sends each file's bytes with the task (workers that cannot see the files). ``stop`` set (Ctrl-C, SIGTERM) ends the
    run after the batches already stored. Raises RuntimeError when dask.distributed is not installed."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RuntimeError(f"the dask executor {dask_missing()}") from exc
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = _local_cluster(workers)
        client = Client(cluster)
        client.run(_ignore_ctrl_c)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = 4 * n_workers
        pending = as_completed()
        meta: dict = {}
        chunk: list = []

        def submit() -> None:
            fut = client.submit(process_batch, [(i.abspath, i.path, sha, data, suffix)
                                                for i, sha, _, data, suffix in chunk], pure=False, retries=1)
            meta[fut.key] = [(i, sha, size) for i, sha, size, _, _ in chunk]
            pending.add(fut)
            chunk.clear()

        def finish_one() -> None:
            """Store the next finished batch, looking for Ctrl-C every 0.1 s while none is ready."""
            while not pending.has_ready():
                if stop.is_set():
                    raise KeyboardInterrupt
                if idle:
                    idle()
                time.sleep(0.1)
            _finish_batch(next(pending), meta, finish)

        for item, sha, size, data, suffix in jobs:
            if stop.is_set():
                raise KeyboardInterrupt
            if send_bytes and data is None:
                try:
                    data = Path(item.abspath).read_bytes()
                except OSError as exc:
                    finish(item, sha, size, *failed(item.path, sha, f"cannot read file: {exc.strerror or exc}"))
                    continue
            chunk.append((item, sha, size, data, suffix))
            if len(chunk) >= batch:
                submit()
            while pending.count() >= limit:
                finish_one()
        if chunk:
            submit()
        while pending.count():
            finish_one()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _local_cluster(workers: int):
    """A ``distributed.LocalCluster`` of ``workers`` single-threaded processes whose own logs stay off the terminal.

    silence_logs: the cluster's messages (a task cancelled, a worker killed after Ctrl-C, and at ERROR level with a
    traceback a worker's "Failed to communicate with scheduler during heartbeat" when Ctrl-C closes the scheduler
    while a loaded machine's worker is between two heartbeats: newcomer, session 43, under load 18) would print over
    the ingest summary; only CRITICAL ones pass. Failures reach the summary as failed documents
    (:func:`_finish_batch`). dashboard_address: None still starts the dashboard on every interface at port 8787 (and
    warns when that port is taken: review, session 25); a free port of the loopback keeps it private and silent."""
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                        dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL)


def _finish_batch(fut, meta: dict, finish: Finish) -> None:
    items = meta.pop(fut.key)
    try:
        results = fut.result()
    except Exception as exc:  # the task failed on every worker it was tried on
        results = [failed(item.path, sha, f"worker failed: {type(exc).__name__}: {exc}") for item, sha, _ in items]
    for (item, sha, size), (doc, facts) in zip(items, results):
        finish(item, sha, size, doc, facts)
    fut.release()


#: executor name -> function(jobs, finish, workers=, scheduler=, send_bytes=)
EXECUTORS = {"inline": run_inline, "local": run_local, "dask": run_dask}

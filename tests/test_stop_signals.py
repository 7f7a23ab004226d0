"""A load stopped by ``kill`` (SIGTERM) or whose loader is killed outright (SIGKILL).

SIGTERM, which ``kill PID``, ``timeout`` and service managers send, used to end the loader at once: no summary,
exit status 143, and its worker processes left waiting for work forever, orphaned.  It now stops the load as
Ctrl-C does (``pipeline.executors.STOP_SIGNALS``).  A loader killed with SIGKILL cannot stop its workers; they
notice the parent is gone and end (``pipeline.executors._watch_parent``).
"""
from __future__ import annotations

import os
import signal
import time

from tests.test_crash_safety import counts, make_corpus, sovang, wait_for_stored


def children(pid: int) -> list[int]:
    """The pids of the live processes whose parent is ``pid`` (read from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and _stat(int(entry))[1] == pid:
            found.append(int(entry))
    return found


def _stat(pid: int) -> tuple[str, int]:
    """(state, parent pid) of process ``pid``; ("gone", 0) when it no longer exists."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return "gone", 0
    return fields[0], int(fields[1])


def alive(pids: list[int]) -> list[int]:
    """The pids of ``pids`` still running (a zombie waiting to be reaped has ended)."""
    return [pid for pid in pids if _stat(pid)[0] not in ("gone", "Z", "X")]


def wait_gone(pids: list[int], seconds: float) -> list[int]:
    """Wait at most ``seconds`` for ``pids`` to end; returns those still running."""
    deadline = time.monotonic() + seconds
    while alive(pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    return alive(pids)


def started_load(tmp_path):
    """A load of 600 short documents by two workers, under way: (process, knowledge base, worker pids)."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 600)
    db = tmp_path / "kb.sqlite"
    proc = sovang("ingest", corpus, "--db", db, "-q", "--workers", "2")
    wait_for_stored(db, 120)
    workers = children(proc.pid)
    assert len(workers) >= 2
    return proc, db, workers


def test_sigterm_stops_the_load_as_ctrl_c_does(tmp_path):
    proc, db, workers = started_load(tmp_path)
    sent = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert time.monotonic() - sent < 10
    assert proc.returncode == 130, (out, err)
    assert "interrupted" in out and "documents stored:" in out and "Traceback" not in err
    assert wait_gone(workers, 5) == []
    assert 0 < counts(db)["documents"] < 600  # going on afterwards: test_crash_safety's Ctrl-C test


def test_workers_end_when_the_loader_is_killed_outright(tmp_path):
    proc, _db, workers = started_load(tmp_path)
    proc.kill()  # SIGKILL to the loader alone, as the OOM killer does: its workers get no word
    proc.wait(timeout=30)
    assert wait_gone(workers, 8) == []


def test_sigterm_stops_a_load_of_one_worker_too(tmp_path):
    """``--workers 1`` runs every job in the loader itself (``run_inline``): SIGTERM ends it as Ctrl-C does there,
    with the summary and exit status 130 (it ended the process at once, status -15, no summary: a reader, session
    27), and what was stored is whole: each stored document has its one path."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 2000)
    db = tmp_path / "kb.sqlite"
    proc = sovang("ingest", corpus, "--db", db, "-q", "--workers", "1")
    wait_for_stored(db, 120)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "interrupted" in out and "Traceback" not in err
    stored = counts(db)
    assert 0 < stored["documents"] < 2000 and stored["document_paths"] == stored["documents"]


def _watched_parent() -> list:
    """In a pool worker: the pids its parent watch was given (``pipeline.executors._worker_init``)."""
    import threading

    return [t._args[0] for t in threading.enumerate() if t.name == "watch-parent"]


def test_a_worker_watches_the_pid_of_the_loader_that_made_it():
    """The loader's pid is given to its workers, not read by them with getppid() (which, were the loader dead by
    then, would name their new parent and leave them waiting forever)."""
    from pipeline.executors import _pool

    with _pool(1) as pool:
        assert pool.submit(_watched_parent).result(timeout=60) == [os.getpid()]

"""The Dask executor: same facts as the local pool, and a worker killed mid-run loses nothing."""
from __future__ import annotations

import io
import os
import signal
import sqlite3
import threading
import time

import pytest

distributed = pytest.importorskip("distributed")

from outputs.export import write_facts  # noqa: E402
from outputs.kb import open_db  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from tests.test_crash_safety import make_corpus  # noqa: E402


def facts(db) -> str:
    out = io.StringIO()
    write_facts(open_db(db, readonly=True), out)
    return out.getvalue()


def test_dask_and_local_pool_give_identical_facts(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 60)
    local = ingest([corpus], tmp_path / "local.sqlite", workers=2)
    dask = ingest([corpus], tmp_path / "dask.sqlite", workers=2, executor="dask")
    assert (local.stored, dask.stored) == (60, 60)
    assert facts(tmp_path / "dask.sqlite") == facts(tmp_path / "local.sqlite")
    again = ingest([corpus], tmp_path / "dask.sqlite", workers=2, executor="dask")
    assert (again.stored, again.known) == (0, 60)


def test_dask_send_bytes(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 10)
    summary = ingest([corpus], tmp_path / "kb.sqlite", workers=2, executor="dask", send_bytes=True)
    assert summary.stored == 10 and not summary.failed


def test_killing_a_worker_loses_and_duplicates_nothing(tmp_path):
    from distributed import LocalCluster

    corpus = tmp_path / "corpus"
    make_corpus(corpus, 400)
    db = tmp_path / "kb.sqlite"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = {}
        thread = threading.Thread(target=lambda: result.update(
            summary=ingest([corpus], db, workers=2, executor="dask", scheduler=cluster.scheduler_address)))
        thread.start()
        deadline = time.monotonic() + 120
        killed = False
        while time.monotonic() < deadline and thread.is_alive():
            time.sleep(0.5)
            try:
                stored = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 20:
                nanny = next(iter(cluster.workers.values()))
                os.kill(nanny.process.process.pid, signal.SIGKILL)  # the worker process, mid-run
                killed = True
                break
        thread.join(timeout=600)
    assert killed, "the load ended before a worker could be killed"
    summary = result["summary"]
    assert summary.stored == 400 and not summary.failed
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (400, 400)
    assert conn.execute("SELECT count(*) FROM document_paths").fetchone()[0] == 400
    # every fact once: one positions row per official named in each document (one per document here)
    assert conn.execute("SELECT max(n) FROM (SELECT count(*) AS n FROM conferrals GROUP BY document, "
                        "recipient_name, award_name)").fetchone()[0] == 1


#: documents of the load Ctrl-C interrupts: enough that it is still running when the first batch is seen stored (800
#: were all stored within the 0.3 s between two looks on an idle machine in session 31, and the load ended with 0)
LONG_LOAD = 3000


def test_ctrl_c_to_the_process_group_stops_a_dask_load_cleanly(tmp_path):
    """Ctrl-C at a terminal reaches the loader and the local cluster's workers (one process group): the loader
    stops between two stored batches (never inside the writer's transaction, which gave 'no such savepoint'),
    exits 130 without a traceback or the cluster's warnings, and a second run stores the rest, nothing twice."""
    from tests.test_crash_safety import counts, sovang, wait_for_stored

    corpus = tmp_path / "corpus"
    make_corpus(corpus, LONG_LOAD)
    db = tmp_path / "kb.sqlite"
    proc = sovang("ingest", corpus, "--db", db, "-q", "--executor", "dask", start_new_session=True,
                  preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    wait_for_stored(db, 300)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, (out, err)
    assert "interrupted" in out and "Traceback" not in err and "warning" not in err.lower(), err
    stored = counts(db)["documents"]
    assert 0 < stored < LONG_LOAD
    again = sovang("ingest", corpus, "--db", db, "-q", "--executor", "dask")
    out, err = again.communicate(timeout=900)
    assert again.returncode == 0, err
    assert f"skipped, already known: {stored}" in out
    assert counts(db)["documents"] == counts(db)["document_paths"] == LONG_LOAD


def test_the_local_cluster_keeps_its_dashboard_private_and_silent(tmp_path):
    """The local cluster's dashboard listens on the loopback at a free port: with port 8787 taken (another program,
    another load) the ingest prints no "Port 8787 is already in use" warning (review, session 25: dashboard_address
    None still served 0.0.0.0:8787 and warned when it was taken)."""
    import socket

    from tests.test_crash_safety import sovang

    make_corpus(tmp_path / "corpus", 20)
    held = socket.socket()
    try:
        held.bind(("0.0.0.0", 8787))
        held.listen()
    except OSError:
        pass  # taken already: the case the test is about
    try:
        proc = sovang("ingest", tmp_path / "corpus", "--db", tmp_path / "kb.sqlite", "-q", "--executor", "dask")
        out, err = proc.communicate(timeout=600)
    finally:
        held.close()
    assert proc.returncode == 0, err
    assert "8787" not in err and "warning" not in err.lower(), err


def _log_heartbeat_failure() -> str:
    """Run in a worker: log what a worker logs when a heartbeat cannot reach the closing scheduler (an ERROR with
    its traceback, distributed/worker.py)."""
    import logging

    logging.getLogger("distributed.worker").exception("Failed to communicate with scheduler during heartbeat.")
    return "logged"


def test_the_local_clusters_error_logs_stay_off_the_terminal(capfd):
    """A worker's ERROR log (its heartbeat failing as Ctrl-C closes the scheduler on a loaded machine) does not print
    over the ingest's output: the newcomer of session 43 saw it fail the Ctrl-C test above under load 18 ("Traceback"
    on stderr). The worker is a process of its own writing to the inherited stderr, which capfd reads."""
    from distributed import Client

    from pipeline.executors import _local_cluster

    cluster = _local_cluster(1)
    client = Client(cluster)
    try:
        assert list(client.run(_log_heartbeat_failure).values()) == ["logged"]
        time.sleep(0.5)  # the worker's stderr is written by its own process
    finally:
        client.close()
        cluster.close()
    err = capfd.readouterr().err
    assert "heartbeat" not in err and "Traceback" not in err, err

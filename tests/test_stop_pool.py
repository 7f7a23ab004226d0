"""An interrupted load printed its summary and then never ended, now and then (session 42: ``ingest --workers 2``
stopped by Ctrl-C or SIGTERM, still running a minute later).  A worker ended while it was sending a batch's
results had left a message cut short in the pool's result pipe; the pool's manager thread waited for the rest of it
forever (the loader holds the pipe's write end too, so no end of file came), and the interpreter joins that thread
at exit.  :func:`pipeline.executors._stop_pool` closes the loader's write end once the workers are gone."""
from __future__ import annotations

import json
import subprocess
import sys
import time

from tests.conftest import REPO


def _send_half_a_result() -> None:
    """In a pool's worker: send half a result, then wait to be ended (:func:`pipeline.executors._end_workers`)."""
    from tests.half_send_reader import send_half_a_result

    send_half_a_result()
    time.sleep(60)


def stop_a_pool_cut_mid_result(stop) -> None:
    """Run in a subprocess: a pool of one worker whose job sends half its result, stopped by ``stop(pool)``; the
    process must then end."""
    from pipeline.executors import _pool

    pool = _pool(1)
    pool.submit(_send_half_a_result)
    time.sleep(3)  # the worker has written its half
    stop(pool)
    print("stopped", flush=True)


def run(stop: str) -> subprocess.CompletedProcess:
    code = f"import tests.test_stop_pool as t, pipeline.executors as e; t.stop_a_pool_cut_mid_result({stop})"
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)


def test_a_pool_stopped_while_a_worker_sends_its_result_lets_the_process_end():
    done = run("e._stop_pool")
    assert (done.returncode, done.stdout) == (0, "stopped\n"), done.stderr


#: seconds a process that printed "stopped" is given to end: it ends in milliseconds unless it hangs at exit
EXIT_SECONDS = 5


def test_without_closing_the_write_end_the_process_would_not_end():
    """The same pool stopped as before session 43 (cancel, end the workers): the process does not end.  A canary of
    CPython's behaviour, which the test above guards against: once "stopped" is printed, the process is given
    :data:`EXIT_SECONDS` to end (it waited 20 s in all until the review of session 43)."""
    before = "lambda pool: (w := list(pool._processes.values()), pool.shutdown(wait=False, cancel_futures=True), " \
             "e._end_workers(w))"
    code = f"import tests.test_stop_pool as t, pipeline.executors as e; t.stop_a_pool_cut_mid_result({before})"
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "stopped\n"  # it stopped the pool and printed
        proc.wait(timeout=EXIT_SECONDS)
    except subprocess.TimeoutExpired:
        return  # and hung at exit
    finally:
        proc.kill()
        proc.communicate()
    raise AssertionError(f"the process ended (status {proc.returncode}): the test no longer shows the hang")


def test_a_worker_dying_while_it_sends_fails_its_file_alone_and_the_load_goes_on(tmp_path):
    """Outside an interrupt too: a worker dying in the middle of sending (the OOM killer) left the load waiting
    forever; the pool is now unblocked after ``UNNOTICED_DEATH_SECONDS`` and the files in flight run alone, as
    after any death: the dying file is failed, every other file stored (in a subprocess, under a timeout)."""
    names = [f"ok{k}.txt" for k in range(6)] + ["killer.halfsend", "ok6.txt", "ok7.txt"]
    for name in names:
        (tmp_path / name).write_text("Văn bản thử.\\n" if name.endswith(".txt") else "boom", encoding="utf-8")
    code = f"""
import json
from pipeline import executors, readers
from pipeline.discover import Found
readers.READERS[".halfsend"] = "tests.half_send_reader:read"
executors.UNNOTICED_DEATH_SECONDS = 1.0
names = {names!r}
jobs = [(Found({str(tmp_path)!r}, n, {str(tmp_path)!r} + "/" + n), f"{{k:064x}}", 20, None, None)
        for k, n in enumerate(names)]
done = {{}}
executors.run_local(iter(jobs), lambda item, sha, size, doc, facts: done.setdefault(item.path, doc.status), workers=2)
print(json.dumps(done, sort_keys=True))
"""
    ran = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == {n: ("failed" if n == "killer.halfsend" else "ok") for n in names}

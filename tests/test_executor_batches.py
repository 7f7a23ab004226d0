"""The local pool hands each worker several files at a time (pipeline.executors._batches, extracted together by
pipeline.work.process_jobs): the batch sizes, one document's extractor error kept to it, and a worker killed by
one file of a batch failing that file alone."""
from __future__ import annotations

import dataclasses
import json

import pytest

import extractors
import pipeline.executors as executors
from pipeline.discover import Found
from pipeline.executors import _batches, process_batch, run_inline, run_local
from pipeline.work import process_job, process_jobs
from tests.test_extract_batch import break_step

#: sentences written for these tests (no corpus text)
TEXTS = {
    "a.txt": "Giám đốc Sở Tư pháp tỉnh Kon Tum tặng Giấy khen cho ông Võ Đình Lâm năm 2022.\n",
    "b.txt": "Bà Tạ Thị Hiền, Chủ tịch Hội Nông dân xã Đăk Hà, phát biểu tại hội nghị.\n",
    "bad.txt": "Ông Phùng Văn Sáu, Trưởng ban Dân vận huyện Ngọc Hồi, dự lễ.\n",
}


def _jobs(n: int, size: int = 100) -> list[tuple]:
    return [(f"f{k}", f"{k:064x}", size, None, None) for k in range(n)]


def test_batches_grow_to_a_workers_share_of_the_files_batched_before():
    # two workers: a batch holds at most (files batched before) // 2, at least 1: 0,1,2,3 before -> 1 file each;
    # 4 before -> 2; 6 -> 3; 9 -> 4, of which one file is left
    sizes = [len(b) for b in _batches(iter(_jobs(10)), 2)]
    assert sizes == [1, 1, 1, 1, 2, 3, 1]
    assert [job for b in _batches(iter(_jobs(10)), 2) for job in b] == _jobs(10)


def test_batches_stop_at_the_batch_size_and_at_the_bytes(monkeypatch):
    monkeypatch.setattr(extractors, "BATCH_DOCS", 3)
    # one worker: 1, 1 (1 before), 2 (2 before), then 3 each (capped), the last 1
    assert [len(b) for b in _batches(iter(_jobs(11)), 1)] == [1, 1, 2, 3, 3, 1]
    # files of 100 bytes and a cap of 150: a batch ends at its second file (200 bytes), whatever its share
    monkeypatch.setattr(executors, "BATCH_BYTES", 150)
    assert [len(b) for b in _batches(iter(_jobs(8)), 1)] == [1, 1, 2, 2, 2]


def _shown(result) -> str:
    doc, facts = result
    return json.dumps([doc.status, doc.error, dataclasses.asdict(facts) if facts else None], ensure_ascii=False)


def _files(tmp_path, names):
    for name in names:
        (tmp_path / name).write_text(TEXTS.get(name, "Văn bản thử.\n"), encoding="utf-8")
    return [(str(tmp_path / n), n, f"{k:064x}", None, None) for k, n in enumerate(names)]


def test_an_extractor_error_in_a_batch_makes_only_its_document_partial(tmp_path, monkeypatch):
    jobs = _files(tmp_path, ["a.txt", "bad.txt", "b.txt"])
    alone = [_shown(process_job(*job)) for job in jobs]
    break_step(monkeypatch, "_rules", "bad.txt", RuntimeError("a rule broke"))
    got = process_jobs(jobs)
    assert [_shown(r) for r in (got[0], got[2])] == [alone[0], alone[2]]
    assert got[0][1].conferrals and got[2][1].officials
    doc, facts = got[1]
    assert facts is None and doc.status == "partial"
    assert doc.error == "extraction failed: RuntimeError: a rule broke"
    assert doc.blocks and doc.blocks[0].text.startswith("Ông Phùng Văn Sáu")
    assert [_shown(r) for r in process_batch(jobs)] == [_shown(r) for r in got]  # (the Dask task's side)


def test_a_file_that_cannot_be_read_fails_alone_in_its_batch(tmp_path):
    jobs = _files(tmp_path, ["a.txt"]) + [(str(tmp_path / "gone.txt"), "gone.txt", "9" * 64, None, None)]
    got = process_jobs(jobs)
    assert got[0][0].status == "ok" and got[0][1].conferrals
    assert got[1][0].status == "failed" and got[1][0].error.startswith("cannot read file: ")
    assert got[1][1] is None


def test_a_worker_killed_in_a_batched_job_fails_only_that_file(tmp_path, monkeypatch):
    from pipeline import readers

    monkeypatch.setitem(readers.READERS, ".crash", "tests.crash_reader:read")
    names = [f"ok{k}.txt" for k in range(6)] + ["killer.crash", "ok6.txt", "ok7.txt"]
    for name in names:
        (tmp_path / name).write_text("Văn bản thử.\n" if name.endswith(".txt") else "boom", encoding="utf-8")
    jobs = [(Found(str(tmp_path), n, str(tmp_path / n)), f"{k:064x}", 20, None, None) for k, n in enumerate(names)]
    # the batches of two workers: 1, 1, 1, 1, 2, then the killer with the two files after it
    assert [[j[0].path for j in b] for b in _batches(iter(jobs), 2)][-1] == ["killer.crash", "ok6.txt", "ok7.txt"]
    done: dict[str, tuple] = {}
    pools = []  # the workers of each pool made
    made = executors._pool
    monkeypatch.setattr(executors, "_pool", lambda workers: pools.append(workers) or made(workers))
    run_local(iter(jobs), lambda item, sha, size, doc, facts: done.setdefault(item.path, (doc, facts)), workers=2)
    # the files in flight at the death (the killer's batch of 3, perhaps others) run alone in one pool of one
    # worker, a second made after the killer's death for the files after it: 2, not one a file
    assert pools.count(1) == 2 and pools.count(2) == 2
    assert sorted(done) == sorted(names)
    assert {n for n, (doc, _) in done.items() if doc.status != "ok"} == {"killer.crash"}
    assert "worker process died" in done["killer.crash"][0].error
    assert all(done[n][1] is not None for n in names if n.endswith(".txt"))


def test_one_worker_reads_in_batches_with_the_facts_of_each_file_alone(tmp_path, monkeypatch):
    names = ["a.txt", "b.txt", "c.txt", "d.txt"]
    jobs = _files(tmp_path, names)
    alone = [_shown(process_job(*job)) for job in jobs]
    batches = []
    real = executors.process_jobs

    def recorded(batch):
        batches.append([name for _, name, _, _, _ in batch])
        return real(batch)

    monkeypatch.setattr(executors, "process_jobs", recorded)
    found = [(Found(str(tmp_path), name, path), sha, 10, data, suffix) for path, name, sha, data, suffix in jobs]
    done = []
    run_inline(iter(found), lambda item, sha, size, doc, facts: done.append((item.path, _shown((doc, facts)))))
    assert batches == [["a.txt"], ["b.txt"], ["c.txt", "d.txt"]]  # one worker's batches: 1, 1, then 2
    assert done == list(zip(names, alone))


def _ended(proc, seconds: float = 2.0) -> bool:
    """Whether the worker process ``proc`` has ended, waiting up to ``seconds`` for its exit to be recorded: the
    pool's manager thread reaps a stopped worker too, and a poll made between its reaping and its recording the exit
    code finds no child and reads the process as alive (``Process.is_alive`` True although the process is gone: 1 run
    in 5 failed so, sessions 43 and 44). A worker still reading (the slow reader's 60 s) is not ended within it."""
    import time

    deadline = time.monotonic() + seconds
    while proc.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    return not proc.is_alive()


def test_ctrl_c_while_files_run_alone_stops_their_pool_at_once(tmp_path, monkeypatch):
    """After a worker's death the files in flight run alone (:func:`executors._each_alone`); a Ctrl-C then waited
    for every one of them (up to 128, or an OCR of minutes: review, session 43).  Now the stop check is asked every
    0.2 s there too: the slow file's worker is ended and KeyboardInterrupt goes on within seconds."""
    import time

    from pipeline import readers

    monkeypatch.setitem(readers.READERS, ".slow", "tests.slow_reader:read")
    (tmp_path / "scan.slow").write_text("a long scan", encoding="utf-8")
    jobs = [(Found(str(tmp_path), "scan.slow", str(tmp_path / "scan.slow")), "5" * 64, 11, None, None)]
    pools = []
    made = executors._pool
    monkeypatch.setattr(executors, "_pool", lambda workers: pools.append(made(workers)) or pools[-1])
    started, workers = time.monotonic(), []

    def stop_after_a_second():
        if time.monotonic() - started > 1.0:
            workers.extend(executors._workers_of(pools[0]))  # the worker reading the scan
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        list(executors._each_alone(jobs, stop_after_a_second))
    assert time.monotonic() - started < 10  # not the reader's 60 s
    assert len(pools) == 1 and len(workers) == 1 and _ended(workers[0])  # ended, not left reading

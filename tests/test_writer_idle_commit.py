"""The ingest's write transaction is not held open while a long document is read (newcomer, session 29). The writer
commits a batch when a document is stored and the batch is 2 s old; with a long file in a worker (OCR, a 6 MB
text: minutes) the transaction opened for the document before it stayed open all that time, and ``sovang correct``
and ``sovang forget`` run meanwhile waited out their 30 s and failed "database is locked". The executors now call
:meth:`outputs.kb.Writer.idle` while they wait, which commits a batch that is old enough."""
from __future__ import annotations

import sqlite3

import pytest

from extractors.facts import DocumentFacts
from outputs.kb import Writer, open_db
from pipeline.discover import Found
from pipeline.executors import run_local
from pipeline.model import Block, Document

LINE = "Ông Bùi Văn Khuê, đội trưởng đội thủy lợi xã, được tặng Giấy khen năm 2021 vì đã có nhiều đóng góp.\n"


def _doc(n: int) -> Document:
    return Document(path=f"t{n}.txt", sha256=f"{n:064x}", format="txt", status="ok", blocks=[Block(LINE.strip())])


def _other_writer_can_write(path) -> bool:
    """Whether another connection can take the write lock at once (no waiting)."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as exc:
        assert str(exc) == "database is locked"
        return False
    finally:
        conn.close()


@pytest.mark.parametrize("seconds, free", [(0.0, True), (60.0, False)])
def test_idle_commits_a_batch_old_enough(tmp_path, seconds, free):
    path = tmp_path / "kb.sqlite"
    writer = Writer(open_db(path), batch=100, seconds=60.0)
    writer.add(_doc(1), DocumentFacts(), str(tmp_path), "t1.txt")  # stored, its batch kept open
    assert not _other_writer_can_write(path)
    writer.seconds = seconds
    writer.idle()
    assert _other_writer_can_write(path) is free
    writer.close()
    assert _other_writer_can_write(path)


def test_the_local_pool_calls_idle_while_a_long_file_is_read(tmp_path):
    short, long_ = tmp_path / "ngan.txt", tmp_path / "dai.txt"
    short.write_text(LINE, encoding="utf-8")
    long_.write_text(LINE * 1500, encoding="utf-8")
    events: list[str] = []
    jobs = [(Found(str(tmp_path), p.name, str(p)), f"{n:064x}", p.stat().st_size, None, None)
            for n, p in enumerate((short, long_), start=1)]
    run_local(iter(jobs), lambda item, *rest: events.append(item.path), workers=2,
              idle=lambda: events.append("idle"))
    assert sorted(e for e in events if e != "idle") == ["dai.txt", "ngan.txt"]
    first, last = events.index("ngan.txt"), events.index("dai.txt")
    assert first < last and "idle" in events[first:last]  # waited for the long file, idle called meanwhile


def test_workers_1_commits_the_batch_before_reading_the_next_file(tmp_path, monkeypatch):
    """``--workers 1`` reads each file in the loader itself (:func:`pipeline.executors.run_inline`): the batch of
    the file stored before stayed open, the knowledge base locked, while the next, long file was read, and a second
    writer waited out its 30 s and failed (newcomer, sessions 29 and 30: a 5 MB text read for two minutes).  The
    batch is now committed before each batch of files is read."""
    import pipeline.executors
    from pipeline.executors import run_inline

    path = tmp_path / "kb.sqlite"
    writer = Writer(open_db(path), batch=100, seconds=60.0)
    free_while_reading: list[bool] = []

    def read(jobs):
        free_while_reading.append(_other_writer_can_write(path))
        return [(_doc(int(sha, 16)), DocumentFacts()) for _, _, sha, _, _ in jobs]

    monkeypatch.setattr(pipeline.executors, "process_jobs", read)
    jobs = [(Found(str(tmp_path), f"t{n}.txt", str(tmp_path / f"t{n}.txt")), f"{n:064x}", 10, None, None)
            for n in (1, 2, 3, 4)]
    run_inline(iter(jobs), lambda item, sha, size, doc, facts: writer.add(doc, facts, str(tmp_path), item.path),
               release=writer.commit)
    # read in the batches of one worker (executors._batches): t1, t2, then t3 and t4 together
    assert free_while_reading == [True, True, True]  # without release: [True, False, False]
    assert not _other_writer_can_write(path)  # the last file's batch, open until the writer closes
    writer.close()
    assert writer.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 4

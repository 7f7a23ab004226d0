"""Two writers loading one new knowledge base at the same time store every document and entity once
(values worked out by hand, sentences of our own).

A Writer opened on a knowledge base with no entities skips the per-name entity query while it is the only
writer; when another connection has committed since (``PRAGMA data_version`` changed), it looks names up again.
"""
from __future__ import annotations

import multiprocessing
import sqlite3

import pytest
from click.testing import CliRunner

from outputs import kb
from outputs.kb import Writer, open_db
from tests.test_speed_shared_words_and_writer import _doc, _facts  # one small document and its unit facts, shared


def test_two_writers_opened_on_a_new_knowledge_base_share_an_entity(tmp_path):
    path = tmp_path / "kb.sqlite"
    first, second = Writer(open_db(path)), Writer(open_db(path))
    assert first._all_entities_cached and second._all_entities_cached  # both opened on no entities
    first.add(_doc(1), _facts(["Hợp tác xã Ánh Dương"]), str(tmp_path), "d1.txt")
    first.commit()
    # the second writer's batch starts after the first one committed: it finds the stored entity
    second.add(_doc(2), _facts(["HỢP TÁC XÃ ÁNH DƯƠNG", "Hợp tác xã Bình An"]), str(tmp_path), "d2.txt")
    second.close()
    assert not second._all_entities_cached
    first.add(_doc(3), _facts(["Hợp tác xã Bình An", "Hợp tác xã Cửu Long"]), str(tmp_path), "d3.txt")
    first.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT id, canonical_name FROM entities ORDER BY id").fetchall() == [
        (1, "Hợp tác xã Ánh Dương"), (2, "Hợp tác xã Bình An"), (3, "Hợp tác xã Cửu Long")]
    assert conn.execute("SELECT document, entity FROM mentions ORDER BY id").fetchall() == [
        (f"{1:064x}", 1), (f"{2:064x}", 1), (f"{2:064x}", 2), (f"{3:064x}", 2), (f"{3:064x}", 3)]
    conn.close()


def test_a_writer_alone_keeps_the_shortcut_across_its_own_commits(tmp_path):
    writer = Writer(open_db(tmp_path / "kb.sqlite"))
    writer.add(_doc(1), _facts(["Hợp tác xã Ánh Dương"]), str(tmp_path), "d1.txt")
    writer.commit()
    writer.add(_doc(2), _facts(["Hợp tác xã Ánh Dương", "Hợp tác xã Bình An"]), str(tmp_path), "d2.txt")
    writer.close()
    assert writer._all_entities_cached  # its own commits do not change data_version
    assert writer.db.execute("SELECT count(*) FROM entities").fetchone() == (2,)


def _ingest_child(corpus, db, lock, barrier, out):
    """One `sovang ingest` run whose Writer waits, once opened, until the other run's Writer is open too.

    The two runs open the file one after the other (``lock``): two ``open_db`` at the same instant race on its
    schema and views (a separate fault, not this test's)."""
    from pipeline.cli import cli

    opened, open_db_ = kb.Writer.__init__, kb.open_db

    def open_one_at_a_time(*args, **kwargs):
        with lock:
            return open_db_(*args, **kwargs)

    def init(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        barrier.wait(timeout=60)

    kb.Writer.__init__, kb.open_db = init, open_one_at_a_time
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db), "--workers", "1", "--quiet"])
    out.put((result.exit_code, repr(result.exception) if result.exception else "", result.output))


def test_two_ingests_into_one_new_knowledge_base(tmp_path):
    """Two archives loaded at once (two terminals): each run stores its own documents; both name one cooperative."""
    corpora = [tmp_path / "lo1", tmp_path / "lo2"]
    places = [["Ánh Dương", "Bình An"], ["Cửu Long", "Đồng Tâm"]]
    for k, (corpus, names) in enumerate(zip(corpora, places)):
        corpus.mkdir()
        for n, place in enumerate(names):
            (corpus / f"tin{k}{n}.txt").write_text(
                f"Tin thi đua số {k}{n}\nỦy ban nhân dân tỉnh Nam Định tặng Bằng khen cho Hợp tác xã {place} "
                f"và Hợp tác xã Hòa Bình vì thành tích xuất sắc.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    ctx = multiprocessing.get_context("fork")
    lock, barrier, out = ctx.Lock(), ctx.Barrier(2), ctx.Queue()
    runs = [ctx.Process(target=_ingest_child, args=(corpus, db, lock, barrier, out)) for corpus in corpora]
    for p in runs:
        p.start()
    results = [out.get(timeout=300) for _ in runs]
    for p in runs:
        p.join(timeout=60)
    assert [r[0] for r in results] == [0, 0], results
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (4, 4)
    assert conn.execute("SELECT count(*) FROM document_paths").fetchone() == (4,)
    assert conn.execute("SELECT count(*) FROM entities").fetchone() == \
        conn.execute("SELECT count(*) FROM (SELECT DISTINCT kind, key FROM entities)").fetchone()
    hoa_binh = conn.execute("SELECT id FROM entities WHERE canonical_name = 'Hợp tác xã Hòa Bình'").fetchall()
    assert len(hoa_binh) == 1
    # the cooperative named in every document is one entity, mentioned by all four
    assert conn.execute("SELECT count(DISTINCT document) FROM mentions WHERE entity = ?", hoa_binh[0]).fetchone() == (4,)
    conn.close()

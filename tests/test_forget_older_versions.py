"""``sovang forget`` of a file that was changed and ingested again takes its older versions too (newcomer,
session 28): the older version stayed in ``documents`` and ``path_history``, and ``sovang search`` still found
its text ("older version, replaced …") after the file was forgotten."""
from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from pipeline.cli import cli

FIRST = "Quyết định\nTặng Giấy khen cho ông Hà Quang Vinh, kế toán Trường Tiểu học Yên Phú, năm 2022.\n"
SECOND = FIRST + "Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.\n"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def q(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _two_versions(tmp_path):
    corpus = tmp_path / "kho"
    corpus.mkdir()
    (corpus / "qd.txt").write_text(FIRST, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1", "-q")
    (corpus / "qd.txt").write_text(SECOND, encoding="utf-8")
    run("ingest", corpus, "--db", db, "--workers", "1", "-q")
    assert q(db, "SELECT count(*) FROM documents") == [(2,)] and q(db, "SELECT count(*) FROM path_history") == [(1,)]
    return corpus, db


def test_forget_takes_the_older_versions_of_the_file(tmp_path):
    corpus, db = _two_versions(tmp_path)
    result = run("forget", corpus / "qd.txt", "--db", db)
    assert result.exit_code == 0 and result.output == f"forgot {corpus}/qd.txt\n1 path removed\n"
    assert q(db, "SELECT count(*) FROM documents") == [(0,)]
    assert q(db, "SELECT count(*) FROM path_history") == [(0,)]
    assert q(db, "SELECT count(*) FROM blocks") == [(0,)]
    searched = CliRunner().invoke(cli, ["search", "ha quang vinh", "--db", str(db)])
    assert "Hà Quang Vinh" not in searched.output  # neither version's text is found


def test_an_older_version_still_at_another_path_stays(tmp_path):
    """The first version copied to another path before the change stays there: only the forgotten path's
    record of it goes."""
    corpus = tmp_path / "kho"
    corpus.mkdir()
    (corpus / "qd.txt").write_text(FIRST, encoding="utf-8")
    (corpus / "ban_sao.txt").write_text(FIRST, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1", "-q")
    (corpus / "qd.txt").write_text(SECOND, encoding="utf-8")
    run("ingest", corpus, "--db", db, "--workers", "1", "-q")
    assert run("forget", corpus / "qd.txt", "--db", db).exit_code == 0
    assert q(db, "SELECT path FROM document_paths") == [("ban_sao.txt",)]
    assert q(db, "SELECT count(*) FROM documents") == [(1,)] and q(db, "SELECT count(*) FROM path_history") == [(0,)]
    searched = CliRunner().invoke(cli, ["search", "ha quang vinh", "--db", str(db)])
    assert "ban_sao.txt #" in searched.output and "older version" not in searched.output


def test_a_path_known_only_by_its_older_versions_is_forgotten(tmp_path):
    """A knowledge base whose file was forgotten by an older sovang keeps the older versions alone: forgetting
    the path again takes them, and says so."""
    corpus, db = _two_versions(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM document_paths")  # as an older sovang's forget left it
    conn.commit()
    conn.close()
    result = run("forget", corpus / "qd.txt", "--db", db)
    assert result.exit_code == 0
    assert result.output == f"forgot {corpus}/qd.txt (older versions)\n1 path removed\n"
    assert q(db, "SELECT count(*) FROM path_history") == [(0,)]

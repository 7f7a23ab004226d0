"""Versions, forget, kept originals, and hostile paths (Vietnamese names, quotes, symlink loops)."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3

from click.testing import CliRunner

from pipeline.cli import cli

TEXT_V1 = "Tin\nNgày 2/3/2023, ông Lê Văn Nam, Giám đốc Sở Tư pháp tỉnh Nghệ An, nhận Bằng khen.\n"
TEXT_V2 = "Tin\nNgày 2/3/2024, bà Trần Thị Mai, Giám đốc Sở Y tế tỉnh Nghệ An, nhận Bằng khen.\n"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def q(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_changed_file_is_a_new_version(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    f = corpus / "tin.txt"
    f.write_text(TEXT_V1, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1")
    f.write_text(TEXT_V2, encoding="utf-8")
    run("ingest", corpus, "--db", db, "--workers", "1")
    # both versions are stored; the path points at the new one; the old one is history
    assert q(db, "SELECT count(*) FROM documents") == [(2,)]
    v1 = hashlib.sha256(TEXT_V1.encode()).hexdigest()
    assert q(db, "SELECT sha256 FROM path_history") == [(v1,)]
    facts = json.loads(run("export", "facts", "--db", db).output)
    assert [o["name"] for o in facts["officials"]] == ["Trần Thị Mai"]
    # the old version's people leave the current view
    assert q(db, "SELECT canonical_name FROM persons") == [("Trần Thị Mai",)]


def test_forget_removes_a_document_and_its_facts(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT_V1, encoding="utf-8")
    (corpus / "b.txt").write_text(TEXT_V2, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1")
    result = run("forget", corpus / "a.txt", "--db", db)
    assert result.exit_code == 0 and "1 path removed" in result.output
    assert q(db, "SELECT path FROM document_paths") == [("b.txt",)]
    assert q(db, "SELECT count(*) FROM documents") == [(1,)]
    v1 = hashlib.sha256(TEXT_V1.encode()).hexdigest()
    for table in ("blocks", "mentions", "positions", "conferrals"):
        assert q(db, f"SELECT count(*) FROM {table} WHERE document = '{v1}'") == [(0,)]
    assert ("Lê Văn Nam",) not in q(db, "SELECT canonical_name FROM persons")
    assert run("forget", "nothing-here.txt", "--db", db).exit_code == 1


# ``sovang forget`` of a file that was changed and ingested again takes its older versions too (newcomer, session
# 28): the older version stayed in ``documents`` and ``path_history``, and ``sovang search`` still found its text
# ("older version, replaced …") after the file was forgotten.

FIRST = "Quyết định\nTặng Giấy khen cho ông Hà Quang Vinh, kế toán Trường Tiểu học Yên Phú, năm 2022.\n"
SECOND = FIRST + "Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.\n"


def _two_versions(tmp_path, copy: str | None = None):
    """qd.txt ingested, changed and ingested again (and its first version also at ``copy``, if given)."""
    corpus = tmp_path / "kho"
    corpus.mkdir()
    (corpus / "qd.txt").write_text(FIRST, encoding="utf-8")
    if copy:
        (corpus / copy).write_text(FIRST, encoding="utf-8")
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
    corpus, db = _two_versions(tmp_path, copy="ban_sao.txt")
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


def test_keep_originals_is_content_addressed(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT_V1, encoding="utf-8")
    (corpus / "copy.txt").write_text(TEXT_V1, encoding="utf-8")
    store = tmp_path / "store"
    run("ingest", corpus, "--db", tmp_path / "kb.sqlite", "--workers", "1", "--keep-originals", store)
    sha = hashlib.sha256(TEXT_V1.encode()).hexdigest()
    kept = [p for p in store.rglob("*") if p.is_file()]
    assert kept == [store / sha[:2] / sha]
    assert kept[0].read_text(encoding="utf-8") == TEXT_V1


def test_hostile_paths(tmp_path):
    corpus = tmp_path / "c"
    (corpus / "thư mục 'năm' \"2023\"").mkdir(parents=True)
    (corpus / "thư mục 'năm' \"2023\"" / "Quyết định số 1 – tặng Bằng khen.txt").write_text(TEXT_V1, encoding="utf-8")
    os.symlink(corpus, corpus / "loop")  # a symbolic link loop: not followed
    os.symlink(tmp_path / "missing.txt", corpus / "dangling.txt")
    db = tmp_path / "kb.sqlite"
    result = run("ingest", corpus, "--db", db, "--workers", "1")
    assert result.exit_code == 0
    assert "documents stored: 1" in result.output
    assert "dangling.txt: broken symbolic link" in result.output
    # named in the summary, not stored: no document stands for a link to nothing (README, session 36)
    assert "dangling" not in run("failures", "--db", db).output
    assert q(db, "SELECT path FROM document_paths") == [("thư mục 'năm' \"2023\"/Quyết định số 1 – tặng Bằng khen.txt",)]

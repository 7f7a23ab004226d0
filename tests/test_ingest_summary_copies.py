"""The ingest summary counts documents, not paths: a content at several paths (a file copied into two folders) is
one document stored once, its further paths counted apart as copies, so "documents stored" is the number of
documents the run added to the knowledge base; a copy of a failed file is listed with it and marked."""
from __future__ import annotations

import sqlite3

from tests.cli import run_cli


def _corpus(root):
    """Our own files: a broken .docx in three places (two names), a short news text twice, another text once."""
    for folder in ("a", "b", "c"):
        (root / folder).mkdir(parents=True)
    broken = b"PK\x03\x04not a zip at all"
    (root / "a" / "qd.docx").write_bytes(broken)
    (root / "b" / "qd.docx").write_bytes(broken)
    (root / "c" / "qd_ban_sao.docx").write_bytes(broken)
    (root / "a" / "tin.txt").write_text("Ông Lê Văn Tâm được tặng Giấy khen.\n", encoding="utf-8")
    (root / "b" / "tin.txt").write_text("Ông Lê Văn Tâm được tặng Giấy khen.\n", encoding="utf-8")
    (root / "c" / "tin_khac.txt").write_text("Bà Hà Thị Lan được tặng Bằng khen.\n", encoding="utf-8")


def test_copies_are_counted_apart_and_the_stored_count_matches_the_database(tmp_path):
    corpus = tmp_path / "kho"
    _corpus(corpus)
    db = tmp_path / "kb.sqlite"
    out = run_cli("ingest", corpus, "--db", db, "--workers", "1")
    # 6 files, 3 contents: the broken one (failed) and two texts (ok); 3 further paths are copies
    assert "documents stored: 3 (ok 2, partial 0, failed 1: kept with the reason, listed below); counted apart " \
           "below: 3 copies of a document stored in this run" in out
    assert "copies, another path of a document stored in this run (same content, stored once): 3" in out
    assert "skipped, already known: 0" in out
    assert "failed: 3 files (documents 1, copies 2)" in out
    failed = [line.strip() for line in out.splitlines() if line.strip().startswith("failed ")]
    assert failed[0].startswith("failed   a/qd.docx: ") and "[copy" not in failed[0]
    assert failed[1].endswith("[copy of a/qd.docx]") and failed[1].startswith("failed   b/qd.docx: ")
    assert failed[2].endswith("[copy of a/qd.docx]") and failed[2].startswith("failed   c/qd_ban_sao.docx: ")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (3,)
        assert conn.execute("SELECT count(*) FROM document_paths").fetchone() == (6,)


def test_copies_in_flight_in_a_pool_are_counted_alike(tmp_path):
    corpus = tmp_path / "kho"
    _corpus(corpus)
    out = run_cli("ingest", corpus, "--db", tmp_path / "kb.sqlite", "--workers", "2")
    assert "documents stored: 3 (ok 2, partial 0, failed 1" in out
    assert "failed: 3 files (documents 1, copies 2)" in out


def test_a_second_run_knows_every_path(tmp_path):
    corpus = tmp_path / "kho"
    _corpus(corpus)
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", corpus, "--db", db, "--workers", "1")
    again = run_cli("ingest", corpus, "--db", db, "--workers", "1", "--retry-failed")
    # the texts are known at all 3 paths; the failed content is tried again at its 3 paths (counted per path)
    assert "documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 3 tried again, 3 already known" \
        in again

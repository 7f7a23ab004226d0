"""Empty files (0 bytes, or a few bytes of white space) are each a failure of their own path: two empty files of
different names are two failed documents, never one document and its copy (newcomer, session 34: an archivist
expects each file accounted for)."""
from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.ingest import empty_reason


def _run(*args) -> list[str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return [line.strip() for line in result.output.splitlines()]


def test_each_empty_file_is_its_own_failure(tmp_path):
    folder = tmp_path / "luu_tru"
    folder.mkdir()
    (folder / "bien_ban.txt").write_bytes(b"")
    (folder / "to_trinh.txt").write_bytes(b"")
    (folder / "ghi_chu.txt").write_bytes(b"\xef\xbb\xbf  \r\n\t\n")  # a byte order mark (3 bytes), then 6 blanks: 9 bytes
    (folder / "thu.txt").write_text("Ông Đỗ Minh Khoa nhận Giấy khen.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    out = _run("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert out[0] == "documents stored: 4 (ok 1, partial 0, failed 3: kept with the reason, listed below)"
    assert [line for line in out if line.startswith("failed ")] == [
        "failed   bien_ban.txt: empty file (0 bytes)",
        "failed   ghi_chu.txt: empty file (9 bytes, white space only)",
        "failed   to_trinh.txt: empty file (0 bytes)"]
    assert not [line for line in out if "copy" in line]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents WHERE error LIKE 'empty file%'").fetchone() == (3,)
    listed = _run("failures", "--db", db)
    assert [line for line in listed if line.startswith("failed ")] == [
        "failed   bien_ban.txt: empty file (0 bytes)",
        "failed   ghi_chu.txt: empty file (9 bytes, white space only)",
        "failed   to_trinh.txt: empty file (0 bytes)"]
    again = _run("ingest", folder, "--db", db, "--workers", "1", "--quiet")  # unchanged: skipped, each named
    assert [line for line in again if line.startswith("skipped  ")] == [
        "skipped  bien_ban.txt: empty file (0 bytes)",
        "skipped  ghi_chu.txt: empty file (9 bytes, white space only)",
        "skipped  to_trinh.txt: empty file (0 bytes)"]


def test_empty_reason_by_size_and_bytes(tmp_path):
    blank, text, zero = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    blank.write_bytes(b"\n")
    text.write_bytes(b" x ")
    zero.write_bytes(b"")
    assert empty_reason(str(zero), 0) == "empty file (0 bytes)"
    assert empty_reason(str(blank), 1) == "empty file (1 byte, white space only)"
    assert empty_reason(str(text), 3) is None


def test_an_empty_file_keyed_by_its_bytes_before_session_34_is_the_same_document(tmp_path):
    """A knowledge base of a sovang before session 34 keyed an empty file by the sha256 of its bytes; ingested again
    unchanged after the upgrade it is that failed document, skipped as failed before for its own bytes, not a new
    version replacing it (newcomer, session 37: "replaced a failed or partial version at the same path" for every
    empty file, and 'sovang failures' named each twice, failed and superseded)."""
    import hashlib

    folder = tmp_path / "kho_cu"
    folder.mkdir()
    (folder / "phieu_trong.txt").write_bytes(b"")
    (folder / "de_trang.txt").write_bytes(b" \n\n")
    db = tmp_path / "kb.sqlite"
    _run("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    with sqlite3.connect(db) as conn:  # the keys an older sovang gave them: their bytes' sha256
        for name, data in (("phieu_trong.txt", b""), ("de_trang.txt", b" \n\n")):
            (old,) = conn.execute("SELECT sha256 FROM document_paths WHERE path = ?", [name]).fetchone()
            new = hashlib.sha256(data).hexdigest()
            conn.execute("UPDATE documents SET sha256 = ? WHERE sha256 = ?", [new, old])
            conn.execute("UPDATE document_paths SET sha256 = ? WHERE sha256 = ?", [new, old])
    out = _run("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert out[0] == ("documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 2 failed before, "
                      "unchanged")
    assert not [line for line in out if line.startswith("replaced")]
    listed = _run("failures", "--db", db)
    assert [line for line in listed if line.startswith(("failed ", "superseded "))] == [
        "failed   de_trang.txt: empty file (3 bytes, white space only)",
        "failed   phieu_trong.txt: empty file (0 bytes)"]

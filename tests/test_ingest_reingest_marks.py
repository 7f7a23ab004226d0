"""Re-ingest marks and superseded failures (session 10): the real ``sovang`` CLI on real SQLite files."""
from __future__ import annotations

import sqlite3

from outputs.kb import open_db
from outputs.queries import failures, format_failure
from tests.test_reingest_marks import ingest


def _set_status(db, status: str) -> None:
    """Make every stored content look as if the earlier ingest had left it ``status``."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET status = ?", [status])


def test_second_path_of_a_content_reads_the_status_before_the_run(tmp_path):
    """One content (NUL bytes in a text file: it fails) at two paths, stored 'partial' by an earlier ingest: both
    paths are marked 'partial before' (the second path read 'failed', the status the first path had just
    written)."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"\x00\x00")
    (folder / "b.txt").write_bytes(b"\x00\x00")
    db = tmp_path / "x.db"
    ingest(folder, db)
    _set_status(db, "partial")
    again = ingest(folder, db)
    binary = "binary content (NUL bytes), not a text file"
    assert f"failed   a.txt: {binary}  [tried again: partial before]" in again
    assert f"failed   b.txt: {binary}  [tried again: partial before]" in again
    assert not [line for line in again if "failed before" in line]
    assert "failed: 2 (new 0, tried again 2)" in again
    # counted per path, whether the second path is in flight with the first (a pool) or read again after it
    # (one worker): both were tried again, none is newly stored
    assert "documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 2 tried again" in again
    assert "tried again after an earlier failure or partial read: 2 (read whole now 0, failed or partial again 2)" \
        in again


def test_a_failed_file_fixed_and_ingested_again_is_superseded_not_failed(tmp_path):
    """An empty file (failed) filled in and ingested again: the summary says its path is now stored; the failures
    listing (outputs.queries.failures) no longer lists it as failed but its old version as superseded by the ok
    version its path holds now (it was listed 'failed' with no path); documents_view names the old version's
    path, marked superseded."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "hong.pdf").write_bytes(b"%PDF-1.4 truncated")
    (folder / "rong.txt").write_bytes(b"")
    db = tmp_path / "x.db"
    first = ingest(folder, db)
    assert not [line for line in first if "replaced a failed" in line]
    before = failure_lines(db)
    assert before == sorted(before) and len(before) == 2
    assert before[1] == "failed   rong.txt: empty file (0 bytes)"  # as the ingest summary names it

    (folder / "rong.txt").write_text("Ông Trần Văn An nhận Giấy khen.\n", encoding="utf-8")
    second = ingest(folder, db)
    assert "replaced a failed or partial version at the same path: 1 (the old version is kept, listed as " \
           "superseded in documents_view)" in second
    assert "stored   rong.txt: a new version replaces the failed one" in second
    after = failure_lines(db)
    assert after[0] == before[0] and after[0].startswith("failed   hong.pdf: ")
    assert len(after) == 2 and after[1].startswith("superseded rong.txt: empty file (0 bytes)  [failed "
                                                   "before; replaced ")
    assert after[1].endswith(": the path now holds a new version, ok]")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT status, paths FROM documents_view WHERE paths LIKE 'rong.txt%' "
                            "ORDER BY status").fetchall()
    assert [r[0] for r in rows] == ["failed", "ok"] and rows[1][1] == "rong.txt"
    assert rows[0][1].startswith("rong.txt (superseded ") and rows[0][1].endswith(")")


def failure_lines(db) -> list[str]:
    """The failures listing of the knowledge base at ``db``, one line per row."""
    return [format_failure(row) for row in failures(open_db(db, readonly=True))]


def test_failures_command_and_site_query_leave_out_a_fixed_file(tmp_path):
    """`sovang failures` (the real CLI) lists the broken PDF as failed and the fixed file's old version as
    superseded; the site's canned query tai_lieu_loi (current failures only) lists the PDF alone."""
    import json

    from click.testing import CliRunner

    from outputs.site import QUERIES
    from pipeline.cli import cli

    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "hong.pdf").write_bytes(b"%PDF-1.4 truncated")
    (folder / "rong.txt").write_bytes(b"")
    db = tmp_path / "x.db"
    ingest(folder, db)
    (folder / "rong.txt").write_text("Ông Trần Văn An nhận Giấy khen.\n", encoding="utf-8")
    ingest(folder, db)

    out = CliRunner().invoke(cli, ["failures", "--db", str(db)], catch_exceptions=False)
    assert out.exit_code == 0
    lines = out.output.splitlines()
    assert len(lines) == 4  # the ingest root, then each file by its path within it, as the ingest summary names it
    assert lines[0] == f"in {folder}:"
    assert lines[1].startswith("failed   hong.pdf: ")
    assert lines[2].startswith("superseded rong.txt: empty file (0 bytes)")
    assert lines[3].startswith("the next ingest skips 1 failed for the file's own bytes")  # hong.pdf, not rong.txt
    rows = json.loads(CliRunner().invoke(cli, ["failures", "--db", str(db), "--json"]).output)
    assert [(r["state"], r["status"]) for r in rows] == [("current", "failed"), ("superseded", "failed")]

    sql = QUERIES["tai_lieu_loi"][2]
    with sqlite3.connect(db) as conn:
        found = conn.execute(sql).fetchall()
    assert len(found) == 1 and found[0][0] == "failed" and found[0][1].endswith("hong.pdf")


def test_failures_command_on_a_clean_knowledge_base(tmp_path):
    """No failed file: the command says so (exit status 0)."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "tin.txt").write_text("Bà Lê Thị Hoa nhận Bằng khen.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    ingest(folder, db)
    out = CliRunner().invoke(cli, ["failures", "--db", str(db)], catch_exceptions=False)
    assert out.exit_code == 0 and out.output.strip() == "no failed or partial document"


def test_the_replaced_file_is_counted_with_the_stored_ones_not_with_those_tried_again(tmp_path):
    """Two broken files left as they were (tried again, failing again) and a third fixed: the first line says the
    fixed one, newly stored, replaces a failed version, inside the count of stored files, not after the files
    counted apart (which read as if one of the two tried again had replaced it)."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "cat.pdf").write_bytes(b"%PDF-1.4 cut short")
    (folder / "trong.txt").write_bytes(b"")
    (folder / "hu.docx").write_bytes(b"PK not a zip")
    db = tmp_path / "x.db"
    ingest(folder, db)
    (folder / "trong.txt").write_text("Bà Lê Thị Hoa nhận Giấy khen.\n", encoding="utf-8")
    again = ingest(folder, db, "--retry-failed")  # (without it the two failed for their own bytes are skipped)
    assert again[0] == ("documents stored: 1 (ok 1, partial 0, failed 0; 1 of them replaces a failed or partial "
                        "version at the same path); counted apart below: 2 tried again")

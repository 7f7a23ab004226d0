"""The failures listing follows each path (newcomer's finding, session 21): a broken content that is also at a second
path is listed superseded at the path a good copy replaced it at, and a broken file renamed or deleted is no longer
listed as a current failure. The real CLI on files written for this test."""
from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import cli
from tests.test_reingest_marks import ingest


def _rows(db) -> list[tuple[str, str]]:
    result = CliRunner().invoke(cli, ["failures", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return sorted((r["state"], r["relative"]) for r in json.loads(result.output))


def _ingested(tmp_path, files: dict[str, bytes]):
    """(folder, knowledge base) after ingesting ``files`` (path within the folder → bytes) with the real CLI."""
    folder, db = tmp_path / "kho", tmp_path / "kb.sqlite"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    ingest(folder, db)
    return folder, db


def test_a_copy_of_a_broken_file_replaced_at_one_path(tmp_path):
    folder, db = _ingested(tmp_path, {"loi.txt": b"", "ban_sao/loi.txt": b""})  # (empty: fails)
    assert _rows(db) == [("current", "ban_sao/loi.txt"), ("current", "loi.txt")]
    (folder / "loi.txt").write_text("Bà Đỗ Thị Lan nhận Giấy khen của Giám đốc Sở Y tế.\n", encoding="utf-8")
    ingest(folder, db)
    assert _rows(db) == [("current", "ban_sao/loi.txt"), ("superseded", "loi.txt")]
    out = CliRunner().invoke(cli, ["failures", "--db", str(db)]).output
    assert "superseded loi.txt: " in out and "the path now holds a new version, ok]" in out


def test_a_broken_file_renamed_or_deleted_is_no_current_failure(tmp_path):
    folder, db = _ingested(tmp_path, {"hong.pdf": b"%PDF-1.4 cut short", "rong.txt": b""})
    (folder / "hong.pdf").rename(folder / "hong_cu.pdf")
    (folder / "rong.txt").unlink()
    ingest(folder, db)
    # the renamed file's old path is taken out by the ingest (its content is at hong_cu.pdf: session 26); the
    # deleted one, at no other file, stays listed gone
    assert _rows(db) == [("current", "hong_cu.pdf"), ("gone", "rong.txt")]
    out = CliRunner().invoke(cli, ["failures", "--db", str(db)]).output
    assert f"gone     rong.txt: empty file (0 bytes)  [failed; the file is no longer there (renamed or deleted): " \
           f"'sovang forget {folder}/rong.txt' drops it]" in out
    CliRunner().invoke(cli, ["forget", str(folder / "rong.txt"), "--db", str(db)])
    assert ("gone", "rong.txt") not in _rows(db)

"""The ingest summary names a file changed since it was stored (newcomer, session 28): an edited decision ingested
again said "documents stored: 1" and nothing of the version it replaced, whose facts left every view."""
from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli

FIRST = "Tặng Giấy khen cho ông Nông Văn Dền, Trưởng thôn Nà Sác, năm 2022.\n"
HEADING = ("changed since it was stored: the new version stored, the old one kept as an older version (still "
           "searchable; its facts leave exports, awards and who): 1")


def ingest(folder, db):
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_an_edited_file_is_named_as_changed(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(FIRST, encoding="utf-8")
    (folder / "tin.txt").write_text("Tặng Giấy khen cho bà Hoàng Thị Nhị năm 2021.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert not any(line.startswith("changed") for line in ingest(folder, db))  # first read: nothing changed
    (folder / "qd.txt").write_text(FIRST + "Điều 2. Quyết định có hiệu lực từ ngày ký.\n", encoding="utf-8")
    lines = ingest(folder, db)
    assert lines[0] == "documents stored: 1 (ok 1, partial 0, failed 0); counted apart below: 1 already known"
    i = lines.index(HEADING)
    assert lines[i + 1] == "  changed  qd.txt" and not lines[i + 2].startswith("  changed")
    assert not any(line.startswith("changed") for line in ingest(folder, db))  # read again unchanged: no notice


def test_a_failed_file_fixed_is_not_called_changed(tmp_path):
    """A failed file fixed keeps its own notice ("replaced a failed or partial version …"), not this one."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text("", encoding="utf-8")  # empty: failed
    db = tmp_path / "kb.sqlite"
    ingest(folder, db)
    (folder / "qd.txt").write_text(FIRST, encoding="utf-8")
    lines = ingest(folder, db)
    assert any(line.startswith("replaced a failed or partial version") for line in lines)
    assert not any(line.startswith("changed") for line in lines)

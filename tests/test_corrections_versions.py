"""Staff corrections follow a fact to a new version of its file (session 11, newcomer's finding: after a one-word
edit of a decision, every conferral got a new key and a rejected conferral came back without a warning). Runs the
real CLI on a file written for this test; the expected rows are worked out by hand."""
from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import cli

DECISION = ("UBND TỈNH HÀ TĨNH\nSố: 15/QĐ-UBND\nQUYẾT ĐỊNH\nĐiều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho ông "
            "Trương Văn Lộc và bà Phan Thị Mơ đã có thành tích xuất sắc năm 2023.\n")


def _rows(run, db) -> dict:
    out = run(["awards", "--db", db, "--format", "json"])
    return {r["recipient"]: r for r in json.loads(out)}


def test_a_rejection_and_a_fix_survive_an_edit_of_the_file(tmp_path):
    runner = CliRunner()

    def run(args):
        result = runner.invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    folder, db = tmp_path / "docs", str(tmp_path / "kb.sqlite")
    folder.mkdir()
    path = folder / "qd.txt"
    path.write_text(DECISION, encoding="utf-8")
    run(["ingest", str(folder), "--db", db, "-q"])
    first = _rows(run, db)
    run(["correct", "reject", first["Phan Thị Mơ"]["key"], "--by", "test", "--db", db])
    run(["correct", "fix", first["Trương Văn Lộc"]["key"], "year", "2022", "--by", "test", "--db", db])

    for edit in ("Nơi nhận: như Điều 1.\n", "Lưu: VT.\n"):  # two later versions of the same file
        path.write_text(path.read_text(encoding="utf-8") + edit, encoding="utf-8")
        run(["ingest", str(folder), "--db", db, "-q"])
        rows = _rows(run, db)
        assert list(rows) == ["Trương Văn Lộc"]  # (the rejected fact stays out of the listing)
        assert rows["Trương Văn Lộc"]["year"] == 2022
        assert rows["Trương Văn Lộc"]["key"] != first["Trương Văn Lộc"]["key"]  # (a new document: a new key)

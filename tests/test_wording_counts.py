"""Counts in CLI output agree with their number (newcomer's finding, session 21: "1 paths removed", "1 campaigns").
Runs the real CLI on a document written for this test."""
from __future__ import annotations

import re

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.wording import counted

NEWS = ("Sáng 3/4, Hội Nông dân xã Tân Lập tổ chức tổng kết phong trào thi đua \"Nông dân sản xuất giỏi\". "
        "Dịp này, ông Hà Văn Khải được tặng Giấy khen của Hội Nông dân huyện.\n")


def test_counted():
    assert [counted(n, "path") for n in (0, 1, 2)] == ["0 paths", "1 path", "2 paths"]
    assert counted(1, "text file") == "1 text file" and counted(1, "copy", "copies") == "1 copy"
    assert counted(3, "copy", "copies") == "3 copies"


def test_no_singular_count_with_a_plural_noun(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "tin.txt").write_text(NEWS, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    runner = CliRunner()
    outs = []
    for args in (["ingest", folder, "--db", db, "-q", "--workers", "1"],
                 ["export", "facts", "--db", db, "-o", tmp_path / "f.jsonl"],
                 ["export", "text", "--db", db, "-o", tmp_path / "t"],
                 ["awards", "--db", db],
                 ["forget", folder / "tin.txt", "--db", db]):
        result = runner.invoke(cli, [str(a) for a in args])
        assert result.exit_code == 0, result.output
        outs.append(result.output)
    said = "\n".join(outs)
    assert "1 document written" in said and "1 text file written" in said and "1 path removed" in said
    assert "1 conferral" in said
    assert not re.search(r"(?<![\d.,])1 (?!of )[a-z]+s\b", said), said

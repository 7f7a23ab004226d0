"""'sovang export facts -o FILE' counts on stderr what it wrote. It wrote a line per stored path and called each one
a document: an archive holding copies read "49 documents written" after the ingest's "45 stored" (a newcomer,
session 34). The real CLI on a real SQLite file; text written for this test."""
from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import cli, written_lines
from tests.cli import run_cli

STORY = "Ngày 2/4/2024, Chủ tịch UBND huyện tặng Giấy khen cho ông Đỗ Văn Khải vì thành tích xuất sắc.\n"
OTHER = "Ngày 9/4/2024, Chủ tịch UBND huyện tặng Giấy khen cho bà Phan Thị Cúc vì thành tích xuất sắc.\n"


def test_a_copy_is_counted_as_a_path_not_as_a_document(tmp_path):
    folder = tmp_path / "kho"
    (folder / "ban_sao").mkdir(parents=True)
    (folder / "khai.txt").write_text(STORY, encoding="utf-8")
    (folder / "ban_sao" / "khai - Copy.txt").write_text(STORY, encoding="utf-8")  # the same bytes
    (folder / "cuc.txt").write_text(OTHER, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    assert "documents stored: 2 (ok 2" in run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    out = tmp_path / "facts.jsonl"
    result = CliRunner().invoke(cli, ["export", "facts", "--db", db, "-o", str(out)], catch_exceptions=False)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3 and sum(len(line["awards"]) for line in lines) == 3  # the copy's line has its facts
    assert result.stderr.startswith(f"3 paths (2 documents: 1 path holds a copy of another's content, each line "
                                    f"with its facts) written to {out}: ")
    assert result.stderr.strip().endswith("3 awards")


def test_the_count_is_one_of_documents_when_no_path_holds_a_copy():
    assert written_lines(11, 11) == "11 documents"
    assert written_lines(1, 1) == "1 document"
    assert written_lines(7, 4) == "7 paths (4 documents: 3 paths hold a copy of another's content, each line with " \
                                  "its facts)"

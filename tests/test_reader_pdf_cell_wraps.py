"""A name or a unit wrapped onto a second line inside a PDF table's cell ("Ông Phan Đình" / "Khải" in a narrow
column) came out as two lines of the cell, and the text read "Phan Đình" as a person of its own (and "Văn phòng
Ủy ban" as a unit).  A cell's line now goes on from the one above after a space where its first word would not
have fitted there (pipeline.wrap.cell_wraps), in ruled and borderless tables alike; a line that would have fitted
was broken on purpose and stays a line of its own.  Found by a newcomer.  PDFs of our own wording drawn with
reportlab; the knowledge base is made by the real CLI."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.readers import read_bytes
from tests.documents import table_pdf

COLUMNS = (50, 85, 165, 275)  # STT | Họ và tên (80 pt) | Đơn vị công tác (110 pt) | Khen thưởng (65 pt)
RIGHT = 340
HEAD = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
        "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các cá nhân có thành tích xuất sắc."]
# each row: its lines, each line the text of each column ("" where a cell has no more lines)
ROWS = [[("STT", "Họ và tên", "Đơn vị công tác", "Khen thưởng")],
        [("1", "Ông Phan Đình", "Phó Trưởng phòng Tổ", "Bằng khen"), ("", "Khải", "chức, Sở Nội vụ tỉnh", "")],
        [("2", "Bà Lê Thị Thu", "Chuyên viên,", "Bằng khen"), ("", "Hương", "Sở Tài chính", "")],
        [("3", "Ông Lê An", "Kế toán,", "Bằng khen"), ("", "", "Trường THCS Hòa Bình", "")]]
TAIL = ["Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]


def _drawn(path: Path, ruled: bool) -> bytes:
    """A one-page PDF: the heading lines, the table (with its rules when ``ruled``), the closing article."""
    return table_pdf(path, HEAD, ROWS, TAIL, COLUMNS, RIGHT, 60, ruled)


# by hand: "Khải" (19.6 pt) does not fit after "Ông Phan Đình" (ends at 154.5) before the name column's edge (163);
# "chức" not after "Phó Trưởng phòng Tổ" (ends at 263.4, edge 273); "Sở" (11.2) fits after "Chuyên viên," (ends at
# 226), "Trường" (31.8) after "Kế toán," (ends at 204.4): those lines were broken on purpose
CELLS = [["STT", "Họ và tên", "Đơn vị công tác", "Khen thưởng"],
         ["1", "Ông Phan Đình Khải", "Phó Trưởng phòng Tổ chức, Sở Nội vụ tỉnh", "Bằng khen"],
         ["2", "Bà Lê Thị Thu Hương", "Chuyên viên,\nSở Tài chính", "Bằng khen"],
         ["3", "Ông Lê An", "Kế toán,\nTrường THCS Hòa Bình", "Bằng khen"]]


def test_a_ruled_cells_wrapped_lines_are_joined(tmp_path):
    doc = read_bytes(_drawn(tmp_path / "ruled.pdf", ruled=True), "ruled.pdf")
    assert [b.cells for b in doc.blocks if b.kind == "table_row"] == CELLS


def test_a_borderless_cells_wrapped_lines_are_joined(tmp_path):
    doc = read_bytes(_drawn(tmp_path / "plain.pdf", ruled=False), "plain.pdf")
    assert [b.cells for b in doc.blocks if b.kind == "table_row"] == CELLS


def test_no_half_name_is_an_official(tmp_path):
    (tmp_path / "docs").mkdir()
    _drawn(tmp_path / "docs" / "qd.pdf", ruled=True)
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "facts.jsonl"
    assert CliRunner().invoke(cli, ["export", "facts", "--db", db, "-o", str(out)]).exit_code == 0
    facts = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    names = {o["name"] for o in facts["officials"]}
    assert names == {"Phan Đình Khải", "Lê Thị Thu Hương", "Lê An"}
    assert sorted(a["recipient"] for a in facts["awards"]) == ["Lê An", "Lê Thị Thu Hương", "Phan Đình Khải"]

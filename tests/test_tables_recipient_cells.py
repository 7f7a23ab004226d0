"""Cells of a decision's list of recipients read as running text reads them: a name cell opening with an honorific
written capitalised ("Thầy Võ Đức Nhân", "Cô Trịnh Thị Yến": "thầy", "cô" of honorifics.tsv, the one list) gives
the person without it; an "Đơn vị" cell naming the school with its managing department ("Trường THCS X, Phòng
GD&ĐT huyện Y") is the person's unit though the row names no position; a "Truy tặng" note in the "Ghi chú" column
makes the row's award posthumous (``outputs.posthumous.in_row``).  A document of our own wording, built with
python-docx and ingested with the real CLI, exported with ``export facts --canonical``; values worked out by hand."""
from __future__ import annotations

import json

import docx
import pytest

from extractors.lexicon import lexicon
from extractors.tables import _without_honorific, lexicon_tables
from outputs.posthumous import in_row
from tests.cli import run_cli

ROWS = [("STT", "Họ và tên", "Đơn vị", "Ghi chú"),
        ("1", "Thầy Võ Đức Nhân", "Trường THCS Triệu Đông, Phòng GD&ĐT huyện Triệu Phong", ""),
        ("2", "Cô Trịnh Thị Yến", "Trường Mầm non Hoa Sen, Phòng GD&ĐT huyện Cam Lộ", "Truy tặng")]
AWARD = "Bằng khen của Giám đốc Sở Giáo dục và Đào tạo"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = tmp_path_factory.mktemp("cells")
    (root / "docs").mkdir()
    d = docx.Document()
    for line in ("SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ", "Số: 88/QĐ-SGDĐT", "QUYẾT ĐỊNH",
                 "Điều 1. Tặng Bằng khen của Giám đốc Sở Giáo dục và Đào tạo cho các cá nhân sau đây đã có thành "
                 "tích xuất sắc trong năm học 2024-2025:"):
        d.add_paragraph(line)
    t = d.add_table(rows=len(ROWS), cols=4)
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    d.save(root / "docs" / "qd88.docx")
    db, out = root / "kb.sqlite", root / "facts.jsonl"
    run_cli("ingest", root / "docs", "--db", db, "--workers", "1", "--quiet")
    run_cli("export", "facts", "--canonical", "--db", db, "-o", out)
    (line,) = out.read_text(encoding="utf-8").splitlines()
    return json.loads(line)


def test_the_honorific_is_no_part_of_the_name(exported):
    assert sorted(a["recipient"] for a in exported["awards"]) == ["Trịnh Thị Yến", "Võ Đức Nhân"]
    assert {a["award"] for a in exported["awards"]} == {AWARD}


def test_the_unit_cell_is_the_persons_unit(exported):
    units = {o["name"]: o["unit"] for o in exported["officials"]}
    assert units["Võ Đức Nhân"] == "Trường THCS Triệu Đông, Phòng GD&ĐT huyện Triệu Phong"
    assert units["Trịnh Thị Yến"] == "Trường Mầm non Hoa Sen, Phòng GD&ĐT huyện Cam Lộ"


def test_a_truy_tang_note_makes_that_rows_award_posthumous(exported):
    assert {a["recipient"]: a["posthumous"] for a in exported["awards"]} == \
        {"Trịnh Thị Yến": True, "Võ Đức Nhân": False}


@pytest.mark.parametrize("cell, name", [
    ("Thầy Võ Đức Nhân", "Võ Đức Nhân"), ("Cô Trịnh Thị Yến", "Trịnh Thị Yến"), ("Ông Hà Văn Lục", "Hà Văn Lục"),
    ("Đồng chí Lê Văn Sáu", "Lê Văn Sáu"),
    ("Anh hùng Lao động Phan Văn Bảy", "Phan Văn Bảy"),  # an honorary title of the list, as written there
    ("Chị em phụ nữ thôn Tân Mỹ", None),  # a capitalised "chị" before a lower-case word: no honorific
    ("Trường Mầm non Hoa Sen", None)])
def test_without_honorific(cell, name):
    assert _without_honorific(cell, lexicon_tables(lexicon())) == name


@pytest.mark.parametrize("row, posthumous", [
    ("2 | Trịnh Thị Yến | Trường Mầm non Hoa Sen | Truy tặng", True),
    ("3 | Hà Văn Lục | truy tặng Huân chương Chiến công hạng Ba", True),
    ("4 | Hà Văn Lục | Trường Tiểu học Cam Thủy | Đã truy tặng năm trước", False),  # a note of another act
    ("Truy tặng Huân chương cho liệt sĩ Hà Văn Lục", False)])  # running text: no table row
def test_in_row(row, posthumous):
    assert in_row(row) is posthumous

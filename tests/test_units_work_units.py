"""A title heading a work unit inside its body, written in lower case before a comma ("Quản đốc phân xưởng, Nhà máy
X", "Tổ trưởng tổ ngữ văn, Trường THPT X"): the title with its work unit is the position, the body after the comma
the unit, in a "Chức vụ, đơn vị" cell and in running text alike (session 16 newcomer's finding).  Sentences and
cells written for these tests; every expected value is written by hand."""
from __future__ import annotations

import pytest

from extractors import extract
from extractors.lexicon import lexicon
from extractors.tables import _split_position, lexicon_tables
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes
from tests.test_extractors import facts_of


@pytest.mark.parametrize("cell, expected", [
    ("Quản đốc phân xưởng, Nhà máy Gạch men Thanh Chương",
     ("Quản đốc phân xưởng", "Nhà máy Gạch men Thanh Chương")),
    ("Phó Quản đốc phân xưởng, Nhà máy Gạch men Thanh Chương",
     ("Phó Quản đốc phân xưởng", "Nhà máy Gạch men Thanh Chương")),
    ("Tổ trưởng tổ lịch sử, Trường THPT Nguyễn Du", ("Tổ trưởng tổ lịch sử", "Trường THPT Nguyễn Du")),
    ("Đội trưởng đội kinh tế, Công an huyện Diễn Châu", ("Đội trưởng đội kinh tế", "Công an huyện Diễn Châu")),
    # no work unit after the title: as before
    ("Trưởng phòng, Sở Tài chính", ("Trưởng phòng", "Sở Tài chính")),
    ("Trưởng phòng kế hoạch, Sở Y tế", ("Trưởng phòng", "phòng kế hoạch, Sở Y tế")),
    # no unit's head after the comma: the work unit stays with the rest
    ("Quản đốc phân xưởng, xã Diễn Kỷ", ("Quản đốc", "phân xưởng, xã Diễn Kỷ")),
])
def test_a_title_with_its_work_unit_is_the_position_of_a_cell(cell, expected):
    assert _split_position(cell, lexicon_tables(lexicon())) == expected


def test_a_table_row_gives_the_plant_as_the_unit():
    text = "\n".join([
        "Điều 1. Tặng Giấy khen của Giám đốc Công ty cho 01 cá nhân (có danh sách kèm theo) đã có thành tích "
        "trong sản xuất năm 2025.",
        "",
        "DANH SÁCH",
        "STT\tHọ và tên\tChức vụ, đơn vị",
        "1\tÔng Đinh Văn Lực\tQuản đốc phân xưởng, Nhà máy Gạch men Thanh Chương",
        ""])
    facts = extract(normalize_document(read_bytes(text.encode("utf-8"), "qd.txt")))
    officials = {(o.name.text, o.position, o.unit) for o in facts.officials}
    assert ("Đinh Văn Lực", "Quản đốc phân xưởng", "Nhà máy Gạch men Thanh Chương") in officials


def test_running_text_names_the_plant_after_the_title_and_its_work_unit():
    g = facts_of("Theo ông Đinh Văn Lực, quản đốc phân xưởng, Nhà máy Gạch men Thanh Chương, lò nung mới chạy ổn định.")
    assert "Nhà máy Gạch men Thanh Chương" in g["units"]
    assert {"name": "Đinh Văn Lực", "position": "quản đốc phân xưởng", "unit": "Nhà máy Gạch men Thanh Chương"} \
        in g["officials"]


def test_a_plant_after_a_comma_without_a_title_stays_a_site():
    g = facts_of("Đoàn đã đến thăm kho hàng, Nhà máy Gạch men Thanh Chương và cảng cá Lạch Vạn.")
    assert "Nhà máy Gạch men Thanh Chương" not in g["units"]

"""A "Chức vụ, đơn vị" cell split into position and unit: a title after words for former/acting/deputy
("Nguyên", "Quyền", "Phó"), the deputy of a sub-department's head ("Phó Chi cục trưởng"), and a job outside
positions.txt written before a unit's head with no comma ("Kế toán Trường …"). Cells written for these tests."""
from __future__ import annotations

import pytest

from extractors import extract
from extractors.lexicon import lexicon
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document
from extractors.tables import _split_position, _title_starts, lexicon_tables


@pytest.mark.parametrize("cell, split", [
    ("Kế toán Trường Mầm non Hoa Sen", ("Kế toán", "Trường Mầm non Hoa Sen")),
    ("Thủ quỹ Hội Nông dân xã Tân Lập", ("Thủ quỹ", "Hội Nông dân xã Tân Lập")),
    ("Phó Chi cục trưởng Chi cục Thủy sản tỉnh Cà Mau", ("Phó Chi cục trưởng", "Chi cục Thủy sản tỉnh Cà Mau")),
    ("Nguyên Giám đốc Ban Quản lý rừng phòng hộ Sông Đà", ("Nguyên Giám đốc", "Ban Quản lý rừng phòng hộ Sông Đà")),
    ("Nguyên Phó Giám đốc Sở Nội vụ", ("Nguyên Phó Giám đốc", "Sở Nội vụ")),
    ("Phòng Tài chính UBND huyện Bắc Yên", ("", "Phòng Tài chính UBND huyện Bắc Yên")),  # a unit whole
    # "Phó phòng", the deputy head of a department written short, is a title (positions.txt, session 39), the
    # department its unit, as for "Phó Trưởng phòng"
    ("Phó Phòng Nội vụ huyện Bắc Yên", ("Phó Phòng", "Phòng Nội vụ huyện Bắc Yên")),
    ("Phó Trưởng phòng Nội vụ huyện Bắc Yên", ("Phó Trưởng phòng", "phòng Nội vụ huyện Bắc Yên")),
])
def test_position_unit_cell(cell, split):
    assert _split_position(cell, lexicon_tables(lexicon())) == split


def test_title_starts_past_prefix_words():
    assert _title_starts("nguyên phó giám đốc sở") == [0, 7, 11]
    assert _title_starts("giám đốc") == [0]


def test_a_table_of_jobs_gives_officials_with_position_and_unit():
    rows = [["STT", "Họ và tên", "Chức vụ, đơn vị"],
            ["1", "Bà Lường Thị Thảo", "Văn thư Trường Tiểu học Chiềng Sại"],
            ["2", "Ông Cầm Văn Thắng", "Nguyên Giám đốc Ban Quản lý rừng phòng hộ Sông Đà"]]
    blocks = [Block(text="Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện Bắc Yên cho các cá nhân sau đây:")]
    blocks += [Block(text=" | ".join(r), kind="table_row", table=0, row=i, cells=r) for i, r in enumerate(rows)]
    doc = normalize_document(Document(path="t.docx", sha256="0", format="docx", blocks=blocks))
    g = extract(doc).to_guidelines("t.docx")
    got = {(o["name"], o["position"], o["unit"]) for o in g["officials"]}
    assert got == {("Lường Thị Thảo", "Văn thư", "Trường Tiểu học Chiềng Sại"),
                   ("Cầm Văn Thắng", "Nguyên Giám đốc", "Ban Quản lý rừng phòng hộ Sông Đà")}
    assert "Văn thư Trường Tiểu học Chiềng Sại" not in g["units"]

"""A decision's attached list whose first column holds collectives and persons together ("Tên tập thể, cá nhân",
"Tên đơn vị, cá nhân", "Tập thể, cá nhân được khen thưởng", "Tập thể/cá nhân"): a person's row keeps the unit of its
"Chức vụ, đơn vị" (or "Đơn vị") cell, as under a "Họ và tên" column (newcomer's finding, sessions 13-14: the unit
came out empty). Tables of our own wording."""
from __future__ import annotations

import json

import docx
import pytest

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document
from tests.cli import run_cli

ARTICLE = ("Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 01 cá nhân "
           "(có danh sách kèm theo) đã có thành tích xuất sắc năm 2023.")
NAME_HEADERS = ["Họ và tên", "Họ tên", "Tên tập thể, cá nhân", "Tên đơn vị, cá nhân",
                "Tập thể, cá nhân được khen thưởng", "Tập thể/cá nhân", "Cá nhân, tập thể"]
POSITION_UNIT_HEADERS = ["Chức vụ, đơn vị", "Chức vụ và đơn vị công tác", "Chức danh, cơ quan",
                         "Chức vụ, nơi công tác", "Chức vụ - Đơn vị công tác"]


def _doc(rows, lines=("QUYẾT ĐỊNH", ARTICLE, "DANH SÁCH")):
    blocks = [Block(text=t) for t in lines]
    for i, cells in enumerate(rows):
        blocks.append(Block(text=" | ".join(cells), kind="table_row", table=0, row=i, cells=list(cells)))
    return normalize_document(Document(path="qd.docx", sha256="qd", format="docx", blocks=blocks))


def _officials(facts):
    return [(o.name.text, o.position, o.unit) for o in facts.officials]


@pytest.mark.parametrize("name_header", NAME_HEADERS)
@pytest.mark.parametrize("unit_header", POSITION_UNIT_HEADERS)
def test_every_name_header_keeps_the_unit_of_the_position_unit_cell(name_header, unit_header):
    facts = extract(_doc([["STT", name_header, unit_header],
                          ["1", "Trường Mầm non Hoa Sen, huyện Lộc Bình", ""],
                          ["2", "Bà Vi Thị Nhung", "Phó Hiệu trưởng Trường Tiểu học Na Dương, huyện Lộc Bình"]]))
    assert ("Vi Thị Nhung", "Phó Hiệu trưởng", "Trường Tiểu học Na Dương, huyện Lộc Bình") in _officials(facts)
    got = {(c.recipient.text, c.recipient_type) for c in facts.conferrals}
    assert got == {("Trường Mầm non Hoa Sen, huyện Lộc Bình", "collective"), ("Vi Thị Nhung", "person")}


def test_a_mixed_column_beside_position_and_unit_columns():
    """Separate "Chức vụ" and "Đơn vị" columns: the person takes both; a collective stays its own cell."""
    facts = extract(_doc([["TT", "Tên tập thể, cá nhân", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
                          ["1", "Ông Hoàng Văn Tỉnh", "Kế toán", "Sở Tài chính tỉnh Lạng Sơn", "Giấy khen"],
                          ["2", "Phòng Tài chính - Kế hoạch", "", "Sở Tư pháp tỉnh Lạng Sơn", "Giấy khen"]],
                         lines=("QUYẾT ĐỊNH",)))
    assert _officials(facts) == [("Hoàng Văn Tỉnh", "Kế toán", "Sở Tài chính tỉnh Lạng Sơn")]
    assert [(c.recipient.text, c.recipient_type) for c in facts.conferrals] == \
        [("Hoàng Văn Tỉnh", "person"), ("Phòng Tài chính – Kế hoạch", "collective")]


def test_a_person_without_honorific_in_a_mixed_column():
    """A name without "Ông"/"Bà" opening on a surname is a person all the same."""
    facts = extract(_doc([["STT", "Tên đơn vị, cá nhân", "Chức vụ, đơn vị"],
                          ["1", "Lương Thị Huệ", "Giáo viên Trường Trung học cơ sở Tân Thanh"]]))
    assert _officials(facts) == [("Lương Thị Huệ", "Giáo viên", "Trường Trung học cơ sở Tân Thanh")]


def test_a_count_column_of_collectives_and_persons_is_no_recipient_column():
    facts = extract(_doc([["STT", "Hình thức khen thưởng", "Số lượng tập thể, cá nhân"],
                          ["1", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "12"]], lines=("BÁO CÁO",)))
    assert facts.conferrals == []


def _decision(path, name_header: str) -> None:
    """A decision of a provincial committee with its list headed ``name_header`` | "Chức vụ, đơn vị"."""
    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Số: 812/QĐ-UBND", "QUYẾT ĐỊNH",
                 "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "QUYẾT ĐỊNH:", ARTICLE, "DANH SÁCH"):
        d.add_paragraph(line)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["TT", name_header, "Chức vụ, đơn vị"],
                             ["1", "Trường Mầm non Hoa Sen, huyện Lộc Bình", ""],
                             ["2", "Bà Vi Thị Nhung", "Phó Hiệu trưởng Trường Tiểu học Na Dương, huyện Lộc Bình"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(path)


@pytest.mark.parametrize("name_header", ["Tên tập thể, cá nhân", "Họ và tên"])
def test_cli_exports_the_unit_of_a_person_listed_under_either_header(tmp_path, name_header):
    (tmp_path / "qd").mkdir()
    _decision(tmp_path / "qd" / "bang-khen.docx", name_header)
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "qd", "--db", db, "--quiet", "--workers", "1")
    (doc,) = [json.loads(line) for line in run_cli("export", "facts", "--db", db).splitlines()]
    officials = [o for o in doc["officials"] if o["name"] == "Vi Thị Nhung"]
    assert officials == [{"name": "Vi Thị Nhung", "position": "Phó Hiệu trưởng",
                          "unit": "Trường Tiểu học Na Dương, huyện Lộc Bình"}]

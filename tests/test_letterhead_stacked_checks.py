"""A letterhead typed as one column (bodies over "Số:", no national title nor motto beside them) is read only when
"Số:" gives a symbol after its number and the issuing body opens with a unit's head: a bulletin's or a journal's
masthead over its issue number, a form's label over a blank number, are no letterhead.  A Party document's title
line ("ĐẢNG CỘNG SẢN VIỆT NAM", Hướng dẫn 36-HD/VPTW 2018) typed beside the issuing body is its title, never a
second body.  Documents of our own wording; every expected value written by hand."""
from __future__ import annotations

import pytest

from extractors import extract
from extractors.lexicon import lexicon
from extractors.tables import _split_position, lexicon_tables
from pipeline.letterhead import letterhead_bodies, opens_unit, rewrite_letterhead
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document
from pipeline.readers import read_file
from tests.test_extractors import facts_of

BODY = ["Về việc tổ chức phong trào thi đua năm 2026",
        "Căn cứ Luật Thi đua, khen thưởng năm 2022;",
        "Điều 1. Tặng Giấy khen cho ông Vi Văn Sáng, đã có thành tích xuất sắc."]


def _rewritten(lines: list[str]) -> Document:
    doc = Document(path="x.txt", sha256="0", format="txt", blocks=[Block(text=t, original=t) for t in lines])
    return rewrite_letterhead(doc)


@pytest.mark.parametrize("head", [
    # a bulletin's masthead over its issue: the number has no symbol
    ["BẢN TIN HỘI NÔNG DÂN", "Số: 14/2026", "THÔNG BÁO"],
    # a journal's issue and month
    ["TẠP CHÍ GIÁO DỤC MIỀN NÚI", "Số: 208 (tháng 3/2026)", "KẾ HOẠCH"],
    # a form's label over a blank number: the symbol is there, the label opens no unit
    ["MẪU SỐ 07", "Số: .../QĐ-SGD", "QUYẾT ĐỊNH"],
])
def test_no_stacked_letterhead_above_an_issue_or_a_label(head):
    doc = _rewritten(head + BODY)
    assert [b.text for b in doc.blocks] == head + BODY
    assert letterhead_bodies(doc.blocks) == []


@pytest.mark.parametrize("head, bodies", [
    (["UBND HUYỆN MƯỜNG TÈ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 31/QĐ-PGDĐT", "QUYẾT ĐỊNH"], [0, 1]),
    (["HUYỆN ỦY MƯỜNG TÈ", "Số: 31/2026/NQ-HU", "NGHỊ QUYẾT"], [0]),
    # a blank number under a unit is still a letterhead (a draft)
    (["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số:      /KH-SGDĐT", "KẾ HOẠCH"], [0]),
])
def test_stacked_letterhead_with_a_symbol_and_a_unit(head, bodies):
    doc = _rewritten(head + BODY)
    assert letterhead_bodies(doc.blocks) == bodies


@pytest.mark.parametrize("name, opens", [
    ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", True), ("UỶ BAN NHÂN DÂN TỈNH LAI CHÂU", True), ("TỈNH ỦY LAI CHÂU", True),
    ("SỞ Y TẾ", True), ("BẢN TIN HỘI NÔNG DÂN", False), ("MẪU SỐ 07", False),
])
def test_a_body_opens_with_a_unit_head(name, opens):
    assert opens_unit(name) is opens


PARTY = ["TỈNH ỦY LAI CHÂU\tĐẢNG CỘNG SẢN VIỆT NAM", "*",
         "Số 57-QĐ/TU\tLai Châu, ngày 9 tháng 3 năm 2026", "QUYẾT ĐỊNH"] + BODY + \
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lò Văn Páo"]


def test_the_party_title_beside_the_issuing_body_is_a_title():
    doc = _rewritten(PARTY)
    assert [b.text for b in doc.blocks][:5] == ["TỈNH ỦY LAI CHÂU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 57-QĐ/TU",
                                                "Lai Châu, ngày 9 tháng 3 năm 2026", "QUYẾT ĐỊNH"]
    assert letterhead_bodies(doc.blocks) == [0]


def test_the_signer_of_a_party_document_belongs_to_its_committee(tmp_path):
    path = tmp_path / "qd.txt"
    path.write_text("\n".join(PARTY) + "\n", encoding="utf-8")
    facts = extract(normalize_document(read_file(path)))
    signer = [(o.position, o.unit) for o in facts.officials if o.name.text == "Lò Văn Páo"]
    assert signer == [("Bí thư", "Tỉnh ủy Lai Châu")]


def test_the_party_name_inside_a_body_stays_in_the_body():
    doc = _rewritten(["BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 5-QĐ/TW", "QUYẾT ĐỊNH"] + BODY)
    assert doc.blocks[0].text == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM"
    assert letterhead_bodies(doc.blocks) == [0]


@pytest.mark.parametrize("written, title, unit", [
    ("Trưởng phòng Nội vụ, UBND huyện Mường Tè", "Trưởng phòng", "phòng Nội vụ, UBND huyện Mường Tè"),
    ("Phó Trưởng ban Dân vận Huyện ủy Mường Tè", "Phó Trưởng ban", "ban Dân vận Huyện ủy Mường Tè"),
    ("Trưởng khoa Sản, Bệnh viện Đa khoa huyện Mường Tè", "Trưởng khoa", "khoa Sản, Bệnh viện Đa khoa huyện Mường Tè"),
])
def test_a_table_cell_gives_the_unit_running_text_gives(written, title, unit):
    """A "Chức vụ, đơn vị" cell and the same words after a name in running text give one position and one unit:
    the unit opens on the title's last word when it opens a head ("phòng", "ban", "khoa": unit_types.tsv)."""
    assert _split_position(written, lexicon_tables(lexicon())) == (title, unit)
    g = facts_of(f"Anh Vi Văn Sáng, {written}, nhận Giấy khen.")
    assert g["officials"] == [{"name": "Vi Văn Sáng", "position": title, "unit": unit}]

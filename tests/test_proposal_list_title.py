"""A list whose title proposes its awards ("DANH SÁCH ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN … NĂM 2023"), in
a spreadsheet, a .docx or a PDF: a spreadsheet's title, in a row of its own above the header, was read for its
year only, so its rows were stored ``conferred`` (GUIDELINES: "đề nghị tặng" is ``proposed``); the award named in
an upper-case title took its year ("… HUYỆN YÊN THÀNH NĂM 2023"), so did the unit.  Found by a newcomer; documents
of our own wording."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.engine import extract
from pipeline.readers import read_bytes
from tests.documents import decision_docx, list_pdf, list_xlsx

TITLE = "DANH SÁCH ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN YÊN THÀNH NĂM 2023"
ROWS = [["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
        ["1", "Hồ Văn Khanh", "Trưởng thôn", "Thôn Bắc Sơn", "Giấy khen"],
        ["2", "Phan Thị Ngọc Dung", "Văn thư", "UBND xã Hoa Thành", "Giấy khen"]]


def _xlsx(path: Path) -> bytes:
    return list_xlsx(path, [TITLE], ROWS)


def _docx(path: Path) -> bytes:
    decision_docx(path, [TITLE], ROWS, closing="Danh sách có 02 cá nhân./.")
    return path.read_bytes()


def _pdf(path: Path) -> bytes:
    return list_pdf(path, [TITLE], ROWS)


@pytest.mark.parametrize("make,name", [(_xlsx, "ds.xlsx"), (_docx, "ds.docx"), (_pdf, "ds.pdf")])
def test_a_list_titled_as_a_proposal_proposes_every_row(tmp_path, make, name):
    facts = extract(read_bytes(make(tmp_path / name), name))
    got = sorted((c.recipient.text, c.status, c.year) for c in facts.conferrals)
    assert got == [("Hồ Văn Khanh", "proposed", 2023), ("Phan Thị Ngọc Dung", "proposed", 2023)]


@pytest.mark.parametrize("make,name", [(_xlsx, "ds.xlsx"), (_docx, "ds.docx"), (_pdf, "ds.pdf")])
def test_the_title_s_year_is_no_part_of_its_award_nor_of_a_unit(tmp_path, make, name):
    facts = extract(read_bytes(make(tmp_path / name), name))
    assert {c.award.text.lower() for c in facts.conferrals} == {"giấy khen của chủ tịch ubnd huyện yên thành"}
    assert not [u.text for u in facts.units if "2023" in u.text or u.text.upper().endswith("NĂM")]

"""A list standing alone as a decision's appendix ("DANH SÁCH … NĂM 2023" over "(Kèm theo Quyết định số 17/QĐ-UBND
ngày 08/01/2024 của …)"), in a spreadsheet, a .docx or a PDF: its awards took the year of the decision's date
(2024) instead of the title's year of the achievement (2023), and no decision.  The caption now names the list's
decision (extractors.engine.ATTACHED_TO) and the title its year (extractors.tables._title_year).  Found by a
newcomer; documents of our own wording."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.engine import extract
from pipeline.readers import read_bytes
from tests.documents import decision_docx, list_pdf, list_xlsx

TITLE = "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN NĂM 2023"
CAPTION = "(Kèm theo Quyết định số 17/QĐ-UBND ngày 08/01/2024 của Chủ tịch UBND huyện Nho Quan)"
ROWS = [["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
        ["1", "Đoàn Văn Hải", "Trưởng thôn", "Thôn Đồng Chưa", "Giấy khen"],
        ["2", "Cao Thị Ngọc Ánh", "Văn thư", "UBND xã Quỳnh Lưu", "Giấy khen"]]


def _xlsx(path: Path) -> bytes:
    return list_xlsx(path, [TITLE, CAPTION], ROWS)


def _docx(path: Path) -> bytes:
    decision_docx(path, [TITLE, CAPTION], ROWS, closing="Danh sách có 02 cá nhân./.")
    return path.read_bytes()


def _pdf(path: Path) -> bytes:
    return list_pdf(path, [TITLE, CAPTION], ROWS)


@pytest.mark.parametrize("make,name", [(_xlsx, "ds.xlsx"), (_docx, "ds.docx"), (_pdf, "ds.pdf")])
def test_an_attached_list_takes_its_decision_and_its_title_s_year(tmp_path, make, name):
    facts = extract(read_bytes(make(tmp_path / name), name))
    got = sorted((c.recipient.text, c.year, c.decision, c.decision_date) for c in facts.conferrals)
    assert got == [("Cao Thị Ngọc Ánh", 2023, "17/QĐ-UBND", "2024-01-08"),
                   ("Đoàn Văn Hải", 2023, "17/QĐ-UBND", "2024-01-08")]


def test_a_list_without_a_caption_names_no_decision(tmp_path):
    path = tmp_path / "ds.xlsx"
    import openpyxl

    wb = openpyxl.Workbook()
    for row in [[TITLE]] + ROWS:
        wb.active.append(row)
    wb.save(path)
    facts = extract(read_bytes(path.read_bytes(), "ds.xlsx"))
    assert {(c.year, c.decision) for c in facts.conferrals} == {(2023, None)}

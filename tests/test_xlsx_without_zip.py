"""A file named .xlsx with no ZIP container is read by its content, as a foreign .xls is
(tests/test_readers_foreign_content.py): a text as a .txt, an Excel web page through LibreOffice as an .xls, junk
failing with a reason of its own bytes. Each failed "not a valid .xlsx (corrupt or truncated zip)" before, which
sent the user after a broken download (newcomer, session 46)."""
from __future__ import annotations

import random
import shutil

import pytest

from pipeline.failure_causes import own_bytes
from pipeline.readers import read_bytes

TABLE = "Đơn vị\tSố người\nPhòng Tài chính\t12\nPhòng Nội vụ\t7\n".encode("utf-8")
PAGE = ("<html><body><table><tr><td>STT</td><td>Họ và tên</td><td>Hình thức</td></tr>"
        "<tr><td>1</td><td>Ông Lê Văn Mẫu</td><td>Bằng khen</td></tr></table></body></html>").encode("utf-8")


def test_a_tsv_named_xlsx_is_read_as_a_text_of_table_rows():
    doc = read_bytes(TABLE, "so_lieu.xlsx")
    assert doc.status == "ok"
    assert [b.cells for b in doc.blocks] == [["Đơn vị", "Số người"], ["Phòng Tài chính", "12"], ["Phòng Nội vụ", "7"]]
    assert doc.warnings == ["read as .txt: the content is not the .xlsx its name says"]


def test_junk_named_xlsx_fails_for_its_bytes_not_as_a_cut_zip():
    junk = b"\x01\x00\x05" + bytes(random.Random(46).randrange(256) for _ in range(2000))
    doc = read_bytes(junk, "bang.xlsx")
    assert doc.status == "failed" and not doc.blocks
    assert doc.error.startswith("not a .xlsx file (its bytes are neither that format nor a text: binary ")
    assert own_bytes(doc.error)


def test_a_workbook_cut_short_is_still_told_so():
    doc = read_bytes(b"PK\x03\x04" + b"\x00" * 40, "bang.xlsx")
    assert doc.error == "not a valid .xlsx (corrupt or truncated zip)"


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="needs LibreOffice")
def test_an_excel_web_page_named_xlsx_is_read_as_an_xls():
    doc = read_bytes(PAGE, "danh_sach.xlsx")
    assert doc.status == "ok"
    assert [b.cells for b in doc.blocks] == [["STT", "Họ và tên", "Hình thức"], ["1", "Ông Lê Văn Mẫu", "Bằng khen"]]
    assert doc.warnings == ["read as .xls: the content is not the .xlsx its name says"]

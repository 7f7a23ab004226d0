"""A signature block standing just below a recipients' table drawn without borders, on the same page ("KT. CHỦ
TỊCH" / "PHÓ CHỦ TỊCH" / the signer's name, in the table's right column) was read as lines of the table's last row:
the signer's name went into the last recipient's award cell.  The table now ends at a line of a signature block
(the signer's authority, "KT.", "TM.", or "Nơi nhận:", pipeline.letterhead.signs), which stays a paragraph.  Found
by a newcomer.  A PDF of our own wording drawn with reportlab."""
from __future__ import annotations

from pathlib import Path

from pipeline.readers import read_bytes
from tests.documents import dejavu_canvas

COLUMNS = (50, 85, 230, 400)  # STT | Họ và tên | Chức vụ, đơn vị | Hình thức khen thưởng
ROWS = [("STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"),
        ("1", "Bà Hà Thị Mơ", "Kế toán Trường Mầm non Hoa Sen", "Giấy khen"),
        ("2", "Ông Đỗ Minh Tú", "Bảo vệ Trường Mầm non Hoa Sen", "Giấy khen")]
SIGNATURE = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vương Đức Thịnh"]


def _drawn(path: Path, authority: str) -> bytes:
    c = dejavu_canvas(path, 9)
    y = 780
    for line in ("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", "(Kèm theo Quyết định số 15/QĐ-UBND ngày 3/5/2025)"):
        c.drawString(150, y, line)
        y -= 20
    for row in ROWS:
        for x, text in zip(COLUMNS, row):
            c.drawString(x + 2, y, text)
        y -= 15
    y -= 6
    for line in [authority] + SIGNATURE[1:]:
        c.drawString(410, y, line)
        y -= 13
    c.save()
    return path.read_bytes()


def test_the_signature_below_a_borderless_table_is_no_row(tmp_path):
    doc = read_bytes(_drawn(tmp_path / "ds.pdf", SIGNATURE[0]), "ds.pdf")
    rows = [b.cells for b in doc.blocks if b.kind == "table_row"]
    assert rows == [list(r) for r in ROWS]
    assert [b.text for b in doc.blocks if b.kind == "paragraph"][-3:] == SIGNATURE


def test_the_recipients_head_ends_the_table_too(tmp_path):
    doc = read_bytes(_drawn(tmp_path / "ds.pdf", "TM. ỦY BAN NHÂN DÂN"), "ds.pdf")
    assert [b.cells for b in doc.blocks if b.kind == "table_row"] == [list(r) for r in ROWS]

"""A borderless recipients' table of a PDF that the next page may go on with (pipeline.readers.pdf_tables._goes_on):
numbers written "12." on the page before and "1.", "2." at the top of the next (a new list) start no rows of it; a
row the page break split keeps its whole text as its ``original`` too; a page with no text between (a scanned
page) ends the table.  PDFs of our own wording drawn with reportlab."""
from __future__ import annotations

from pathlib import Path


from pipeline.readers import read_bytes
from tests.documents import dejavu_canvas

COLUMNS = (80, 110, 250, 440)
NAMES = ["Lương Văn Hòa", "Mạc Thị Yến", "Kiều Đức Tín", "Đoàn Minh Khôi"]


def _pages(path: Path, pages: list[list[tuple[float, str]]], dot: str = ".") -> bytes:
    """Page 1: a borderless table whose numbers end in ``dot`` running to the page's end; then ``pages``, each its
    lines (x, text) from the top (an empty list: a page with no text)."""
    c = dejavu_canvas(path, 9)
    y = 800
    c.drawString(78, y, "Điều 1. Tặng Giấy khen của Giám đốc Sở cho các cá nhân có tên sau:")
    y -= 24
    for x, text in zip(COLUMNS, ["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"]):
        c.drawString(x, y, text)
    i = 0
    while y > 60:
        y -= 16
        i += 1
        for x, text in zip(COLUMNS, [f"{i}{dot}", NAMES[i % 4], f"Nhân viên Chi nhánh số {i}", "Giấy khen"]):
            c.drawString(x, y, text)
    for lines in pages:
        c.showPage()
        c.setFont("DejaVuSans", 9)
        y = 800
        for x, text in lines:
            c.drawString(x, y, text)
            y -= 16
    c.save()
    return path.read_bytes()


def _rows(doc, page: int) -> list:
    return [b for b in doc.blocks if b.kind == "table_row" and b.page == page]


def test_a_list_numbered_anew_with_dots_goes_not_on(tmp_path):
    data = _pages(tmp_path / "a.pdf", [[(80, "1."), (110, "Phan Văn Sơn"), (80, "2."), (110, "Cao Thị Mơ")]])
    doc = read_bytes(data, "a.pdf")
    assert _rows(doc, 2) == []
    assert [b.text for b in doc.blocks if b.page == 2][-1] == "Cao Thị Mơ"


def test_rows_numbered_next_with_dots_go_on(tmp_path):
    first = _rows(read_bytes(_pages(tmp_path / "a.pdf", []), "a.pdf"), 1)
    n = len(first) - 1  # the header row aside
    data = _pages(tmp_path / "b.pdf", [[(80, f"{n + 1}."), (110, "Tôn Thất Bảo")]])
    rows = _rows(read_bytes(data, "b.pdf"), 2)
    assert [r.cells[:2] for r in rows] == [[f"{n + 1}.", "Tôn Thất Bảo"]]
    assert rows[0].row == n + 1


def test_a_row_split_by_the_page_break_keeps_its_whole_original(tmp_path):
    first = _rows(read_bytes(_pages(tmp_path / "a.pdf", []), "a.pdf"), 1)
    n = len(first) - 1
    data = _pages(tmp_path / "b.pdf", [[(250, "tỉnh Hưng Yên"), (80, f"{n + 1}."), (110, "Tôn Thất Bảo")]])
    doc = read_bytes(data, "b.pdf")
    last = _rows(doc, 1)[-1]
    assert last.cells[2] == f"Nhân viên Chi nhánh số {n}\ntỉnh Hưng Yên"
    assert last.text == f"{n}. | {NAMES[n % 4]} | Nhân viên Chi nhánh số {n}\ntỉnh Hưng Yên | Giấy khen"
    assert last.original == last.text


def test_a_page_without_text_ends_the_table(tmp_path):
    first = _rows(read_bytes(_pages(tmp_path / "a.pdf", []), "a.pdf"), 1)
    n = len(first) - 1
    data = _pages(tmp_path / "b.pdf", [[], [(80, f"{n + 1}."), (110, "Tôn Thất Bảo")]])
    doc = read_bytes(data, "b.pdf")
    assert _rows(doc, 3) == []

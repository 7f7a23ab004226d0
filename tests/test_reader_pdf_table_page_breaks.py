"""A borderless recipients' table of a PDF that the next page may go on with (pipeline.readers.pdf_tables._goes_on):
numbers written "12." on the page before and "1.", "2." at the top of the next (a new list) start no rows of it; a
row the page break split keeps its whole text as its ``original`` too; a page with no text between (a scanned
page) ends the table; the list's next section at the top of the next page ("II. | CÁ NHÂN", "| Tập thể |"), its rows
numbered anew, goes on with it.  PDFs of our own wording drawn with reportlab."""
from __future__ import annotations

from pathlib import Path


from pipeline.readers import read_bytes
from tests.documents import dejavu_canvas

COLUMNS = (80, 110, 250, 440)
NAMES = ["Lương Văn Hòa", "Mạc Thị Yến", "Kiều Đức Tín", "Đoàn Minh Khôi"]


def _pages(path: Path, pages: list[list[tuple[float, str]]], dot: str = ".") -> bytes:
    """Page 1: a borderless table whose numbers end in ``dot`` running to the page's end; then ``pages``, each its
    lines (x, text) from the top, or lists of them on one line (an empty list: a page with no text)."""
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
        for line in lines:  # a line: (x, text), or a list of them side by side (a row's cells)
            for x, text in (line if isinstance(line, list) else [line]):
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


def _row(number: str, name: str, unit: str) -> list:
    return list(zip(COLUMNS, [number, name, unit, "Giấy khen"]))


def test_the_next_section_numbered_anew_goes_on(tmp_path):
    """Page 2 opens with the list's next section, "II. | CÁ NHÂN", its rows numbered from 1: rows of the table,
    the last row of page 1 unchanged."""
    page = [[(80, "II."), (110, "CÁ NHÂN")], _row("1.", "Trịnh Văn Khải", "Lái xe Chi nhánh số 2"),
            _row("2.", "Hà Thị Duyên", "Thủ kho Chi nhánh số 5")]
    doc = read_bytes(_pages(tmp_path / "s.pdf", [page]), "s.pdf")
    assert [r.cells[:2] for r in _rows(doc, 2)] == [["II.", "CÁ NHÂN"], ["1.", "Trịnh Văn Khải"],
                                                    ["2.", "Hà Thị Duyên"]]
    last = _rows(doc, 1)[-1]
    assert last.cells[1] in NAMES and "\n" not in last.text


def test_a_section_label_without_a_mark_goes_on_as_its_own_row(tmp_path):
    """"Tập thể:" alone in the name column over rows numbered from 1: a row of its own, not the last row's name
    going on."""
    page = [[(110, "Tập thể:")], _row("1.", "Tổ Bảo vệ", "Chi nhánh số 7")]
    doc = read_bytes(_pages(tmp_path / "t.pdf", [page]), "t.pdf")
    assert [r.cells[:2] for r in _rows(doc, 2)] == [["", "Tập thể:"], ["1.", "Tổ Bảo vệ"]]
    assert _rows(doc, 1)[-1].cells[1] in NAMES


def test_a_new_list_opening_with_a_recipient_collective_goes_not_on(tmp_path):
    """"1. | Tập thể Tổ Bảo vệ" names a recipient, no section: a list numbered anew, as before."""
    page = [_row("1.", "Tập thể Tổ Bảo vệ", "Chi nhánh số 7"), _row("2.", "Tổ Lái xe", "Chi nhánh số 8")]
    doc = read_bytes(_pages(tmp_path / "u.pdf", [page]), "u.pdf")
    assert _rows(doc, 2) == []

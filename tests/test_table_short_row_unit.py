"""A row of a recipients' table left short by a merged cell ("3 | Phòng Kinh tế huyện Yên Thành | Giấy khen" under
"STT | Họ và tên | Chức vụ | Đơn vị | Hình thức khen thưởng") took the "Đơn vị" of the row above as its own
(carried as for a cell merged down), so a district's department was linked under a provincial one.  Found by a
newcomer; a document of our own wording."""
from __future__ import annotations

from extractors.engine import extract
from pipeline.readers import read_bytes
from tests.documents import list_xlsx

ROWS = [["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
        ["1", "Hồ Văn Khanh", "Phó Giám đốc", "Sở Công Thương tỉnh Nghệ An", "Giấy khen"],
        ["2", "Phòng Kinh tế huyện Yên Thành", "Giấy khen"]]


def test_a_short_row_takes_no_unit_from_the_row_above(tmp_path):
    data = list_xlsx(tmp_path / "ds.xlsx", ["DANH SÁCH KHEN THƯỞNG NĂM 2023"], ROWS)
    facts = extract(read_bytes(data, "ds.xlsx"))
    got = {c.recipient.text: (c.row_unit.text if c.row_unit else None) for c in facts.conferrals}
    assert got == {"Hồ Văn Khanh": "Sở Công Thương tỉnh Nghệ An", "Phòng Kinh tế huyện Yên Thành": None}


def _merged_list(path) -> bytes:
    """A list whose 'Đơn vị', its last column, is one cell merged down beside two persons, then a department whose
    name is merged across two columns, with its own 'Đơn vị' cell left empty (review finding 4)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN NĂM 2022"])
    ws.merge_cells("A1:E2")  # a title merged over two rows: its second row is no row of the list
    ws.append([])
    ws.append(["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Đơn vị"])
    ws.append(["1", "Phan Văn Đức", "Kế toán", "Giấy khen", "Trường Tiểu học Nghi Phú"])
    ws.append(["2", "Vũ Thị Lan", "Văn thư", "Giấy khen", None])
    ws.merge_cells("E4:E5")
    ws.append(["3", "Phòng Nội vụ huyện Nghi Lộc", None, "Giấy khen", None])
    ws.merge_cells("B6:C6")
    wb.save(path)
    return path.read_bytes()


def test_the_reader_keeps_a_cell_merged_down_as_an_empty_cell_and_one_merged_across_as_one(tmp_path):
    doc = read_bytes(_merged_list(tmp_path / "ds.xlsx"), "ds.xlsx")
    assert [(b.row, b.cells) for b in doc.blocks] == [
        (0, ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN NĂM 2022"]),
        (2, ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Đơn vị"]),
        (3, ["1", "Phan Văn Đức", "Kế toán", "Giấy khen", "Trường Tiểu học Nghi Phú"]),
        (4, ["2", "Vũ Thị Lan", "Văn thư", "Giấy khen", ""]),
        (5, ["3", "Phòng Nội vụ huyện Nghi Lộc", "Giấy khen"])]


def test_a_unit_merged_down_reaches_every_row_it_covers_and_a_short_row_none(tmp_path):
    facts = extract(read_bytes(_merged_list(tmp_path / "ds.xlsx"), "ds.xlsx"))
    got = {c.recipient.text: (c.row_unit.text if c.row_unit else None) for c in facts.conferrals}
    assert got == {"Phan Văn Đức": "Trường Tiểu học Nghi Phú", "Vũ Thị Lan": "Trường Tiểu học Nghi Phú",
                   "Phòng Nội vụ huyện Nghi Lộc": None}

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

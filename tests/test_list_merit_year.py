"""The clause of merit closing a decision's ";" list of recipients gives its year to every item's award, as the
dev gold dates a school year "năm học X-Y" by its end year Y (newcomer's finding, session 22).  Sentences written
for these tests."""
from __future__ import annotations

from tests.test_extractors import facts_of

_HEAD = ("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔ LƯƠNG", "Số: 15/QĐ-UBND", "Đô Lương, ngày 8 tháng 1 năm 2031", "QUYẾT ĐỊNH",
         "Về việc tặng Giấy khen")


def _years(g: dict) -> dict:
    return {a["recipient"]: a["year"] for a in g["awards"]}


def test_the_merit_clause_closing_the_list_dates_every_item():
    g = facts_of(*_HEAD, "Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho: bà Trần Thị Hoa, giáo viên Trường "
                 "Tiểu học Đông Sơn; ông Lê Văn Tám, Hiệu trưởng Trường Tiểu học Đà Sơn, đã có thành tích xuất sắc "
                 "trong năm học 2029-2030.")
    assert _years(g) == {"Trần Thị Hoa": 2030, "Lê Văn Tám": 2030}


def test_a_later_item_with_its_own_year_keeps_it_apart():
    g = facts_of("Năm 2028, ông Phan Văn Quý được tặng Bằng khen của Bộ Tài chính; năm 2030 ông được tặng Huân "
                 "chương Lao động hạng Ba.")
    assert {(a["award"], a["year"]) for a in g["awards"]} == {("Bằng khen của Bộ Tài chính", 2028),
                                                             ("Huân chương Lao động hạng Ba", 2030)}

"""The date of another event (a birth, a Party admission, enlistment) gives no award its year (newcomer's finding,
session 22).  Sentences written for these tests."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _years(g: dict) -> set:
    return {(a["award"], a["year"]) for a in g["awards"]}


def test_party_dates_give_no_year():
    g = facts_of("Sáng 4/3, Chi bộ Công ty Điện lực Bắc Kạn trao Huy hiệu 40 năm tuổi Đảng cho ông Hà Văn Toàn.",
                 "Ông Hà Văn Toàn sinh ngày 2/9/1960, vào Đảng ngày 5/7/1983, ngày chính thức 5/7/1984. Ông đã "
                 "được Bộ Công Thương tặng Bằng khen.")
    assert {y for _, y in _years(g)} == {None}


def test_enlistment_year_is_no_award_year():
    g = facts_of("Cựu chiến binh Lò Văn Pọm, nhập ngũ năm 1971, được tặng Huy chương Kháng chiến hạng Nhất.")
    assert {y for _, y in _years(g)} == {None}


def test_an_award_year_stays():
    g = facts_of("Ông Hà Văn Toàn, vào Đảng ngày 5/7/1983, được tặng Bằng khen của Bộ Công Thương năm 2019.")
    assert _years(g) == {("Bằng khen của Bộ Công Thương", 2019)}

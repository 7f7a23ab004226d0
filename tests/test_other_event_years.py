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


def test_an_award_on_retirement_keeps_its_year():
    """"nhân dịp nghỉ hưu năm 2020": retirement is no other event's date (not in other_event_dates.txt), its year
    the award's (review of session 22, finding 3)."""
    g = facts_of("Ông Lê Văn Hòa được tặng Huân chương Lao động hạng Ba nhân dịp nghỉ hưu năm 2020.",
                 "Bà Phan Thị Tâm nhận Huy hiệu 30 năm tuổi Đảng khi chính thức nghỉ hưu năm 2018.")
    assert _years(g) == {("Huân chương Lao động hạng Ba", 2020), ("Huy hiệu 30 năm tuổi Đảng", 2018)}


def test_the_end_of_a_longer_word_is_no_other_event():
    """"tuyển sinh năm 2024", "học sinh ngày 20/11/2023", "phát sinh năm 2023": "sinh" closes a word of the
    dictionary there, no birth; "Ông Toàn sinh ngày …" (a name before it) and "ông sinh năm …" stay births."""
    from extractors.engine import _other_event
    for text, other in [("kế hoạch tuyển sinh năm 2024", False), ("các em học sinh ngày 20/11/2023", False),
                        ("chi phí phát sinh năm 2023", False), ("ông sinh năm 1960", True),
                        ("Ông Toàn sinh ngày 2/9/1960", True), ("đã kết nạp Đảng năm 1999", True)]:
        assert _other_event(text, len(text) - 4) is other, text

"""The date of another event (a birth, a Party admission, enlistment) gives no award its year (newcomer's finding,
session 22).  Sentences written for these tests."""
from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("sentence, year", [
    ("Trường Cao đẳng Y tế Hà Tĩnh được tặng Cờ thi đua của Chính phủ vì thành tích tuyển sinh năm 2022.", 2022),
    ("Tuyển sinh năm 2022, Trường Cao đẳng Y tế Hà Tĩnh được tặng Cờ thi đua của Chính phủ.", 2022),
])
def test_a_longer_word_ending_in_sinh_dates_the_award(sentence, year):
    """"tuyển sinh năm 2022" is no birth: one predicate (engine._birth_before, _compound_before: a dictionary word
    opened by the word before "sinh", in any case, not after a name) is read by the award's year, the document's
    years and the other events (review of session 23, finding 10); a birth after a name is still skipped."""
    assert facts_of(sentence)["awards"][0]["year"] == year


def test_sinh_after_a_capitalised_word_is_a_birth_only_after_a_name():
    from extractors.engine import _birth_before, _other_event
    for text, other in [("Tuyển sinh năm 2024", False), ("HỌC SINH NĂM 2023", False),
                        ("Học sinh ngày 20/11/2023", False), ("ông Nguyễn Văn Học sinh năm 1970", True)]:
        assert _other_event(text, len(text) - 4) is other, text
    assert not _birth_before("Tuyển sinh năm 2024", 15) and _birth_before("ông Nguyễn Văn Học sinh năm 1970", 28)


def test_a_record_field_with_a_colon_is_another_event():
    """A profile in a news story writes a member's record as fields, a colon before each date ("Ngày vào Đảng:
    25-8-1982; Ngày chính thức: 25-8-1983"): neither date is the story's (a newcomer, session 42, saw the second
    taken for the document's date, and the awards of the story dated 1984 by it) nor an award's."""
    from pipeline.dates import document_date
    profile = ("Ông Hà Văn Toàn sinh ngày 2-9-1960. Ngày vào Đảng: 25-8-1982; Ngày chính thức: 25-8-1983. "
               "Ông được tặng Huân chương Lao động hạng Ba.")
    assert document_date([profile]) is None
    assert document_date(["Hà Nội, ngày 5/3/2017", profile]) == "2017-03-05"
    g = facts_of("Ông Hà Văn Toàn. Ngày vào Đảng: 25-8-1982; Ngày chính thức: 25-8-1983. Ông được tặng Bằng khen "
                 "của Bộ Công Thương.")
    assert _years(g) == {("Bằng khen của Bộ Công Thương", None)}

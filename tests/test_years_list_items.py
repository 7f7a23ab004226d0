"""The year of a recipient written in a later ";" item of its award's list (review of session 22, finding 13):
that item's own year, not an earlier item's (engine._recipient_item_year). Sentences written for these tests; the
years worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _years(*lines: str) -> dict:
    return {a["recipient"]: a["year"] for a in facts_of(*lines)["awards"]}


def test_a_later_item_takes_the_year_of_its_own_merit_clause():
    assert _years("Tặng Giấy khen cho: ông Lê Văn An, năm 2022 hoàn thành xuất sắc nhiệm vụ; ông Trần Văn Bình, "
                  "Phó trưởng phòng, đã có thành tích xuất sắc trong năm học 2023-2024.") == {
        "Lê Văn An": 2022, "Trần Văn Bình": 2024}


def test_items_without_a_year_of_their_own_share_the_award_year():
    assert _years("Năm 2021, UBND huyện tặng Giấy khen cho: ông Lê Văn An, Trưởng phòng; ông Trần Văn Bình, Phó "
                  "trưởng phòng.") == {"Lê Văn An": 2021, "Trần Văn Bình": 2021}
    assert _years("Tặng Giấy khen cho: ông Lê Văn An, Trưởng phòng; ông Trần Văn Bình, Phó trưởng phòng, đã có "
                  "thành tích xuất sắc trong năm học 2023-2024.") == {"Lê Văn An": 2024, "Trần Văn Bình": 2024}


def test_a_later_item_without_a_year_takes_none_of_another_items_year():
    """B's item writes no year: B takes the year written before the list opens (the lead's "Năm 2023") or the
    document's (2024, its only other year), never A's 2022 (review of session 23, finding 11; engine._list_opening)."""
    sentence = ("Chủ tịch UBND huyện tặng Giấy khen cho: ông Lê Văn An, năm 2022 hoàn thành xuất sắc nhiệm vụ; ông "
                "Trần Văn Bình, cán bộ Phòng Nội vụ, có nhiều đóng góp cho phong trào.")
    assert _years("Năm 2023, " + sentence) == {"Lê Văn An": 2022, "Trần Văn Bình": 2023}
    assert _years("Năm 2024, huyện kỷ niệm ngày thành lập.", sentence) == {"Lê Văn An": 2022, "Trần Văn Bình": 2024}


def test_a_middle_item_shares_the_year_of_the_merit_closing_the_list():
    """Three bodies in one ";" list, the clause of merit closing it with a school year: that clause is said of every
    item (engine._shared_merit), the middle one's too. The middle item took the document's year instead (2019 here,
    the first year the document writes) while the first and the last took the merit's (review of session 40)."""
    got = _years("QUYẾT ĐỊNH", "Căn cứ kết quả bình xét năm 2019;",
                 "Điều 1. Tặng Bằng khen cho Trường Mầm non Hoa Sen, huyện Tân Phú; Trường THCS Hùng Vương, huyện "
                 "Định Quán; Trường THPT Ngô Quyền, huyện Xuân Lộc, đã có thành tích xuất sắc trong năm học "
                 "2020-2021.")
    assert got["Trường THCS Hùng Vương, huyện Định Quán"] == 2021
    assert list(got.values()) == [2021, 2021, 2021]

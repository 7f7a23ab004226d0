"""Persons: a name glued to the two-word connective that opens the next sentence when a caption or a scraped text
lost its sentence break. Sentences written for these tests; every expected value worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(*lines: str) -> dict:
    """name -> position of every official of ``lines``."""
    return {o["name"]: o["position"] for o in facts_of(*lines)["officials"]}


def test_a_name_stops_before_tuy_nhien_and_ngoai_ra():
    o = names("Ảnh: Ca sĩ Bảo Trâm Tuy nhiên, chương trình vẫn diễn ra đúng giờ.",
              "Đạo diễn Lưu Trọng Ninh Ngoài ra, đoàn phim còn quay thêm hai cảnh.")
    assert o == {"Bảo Trâm": "Ca sĩ", "Lưu Trọng Ninh": "Đạo diễn"}


def test_a_foreign_name_and_a_title_stay_whole_before_a_connective():
    o = names("Thủ tướng Canada Justin Trudeau Tuy vậy, cuộc họp kéo dài thêm một giờ.")
    assert o == {"Justin Trudeau": "Thủ tướng Canada"}


def test_a_given_name_before_a_look_alike_word_stays():
    # "Đồng thời" and "Hiện nay" are no such connective: "Đồng", "Hiện" are given names too
    o = names("Ông Phạm Văn Hiện nay đã ngoài tám mươi tuổi.")
    assert o == {"Phạm Văn Hiện": ""}

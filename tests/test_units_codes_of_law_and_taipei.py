"""A code of law written "Bộ Luật" with a capital L is no ministry (not_heads.txt "bộ luật"; Luật Ban hành văn bản
quy phạm pháp luật 2015, Điều 4); "Đài Bắc" is Taipei, a place (places.txt), not a station.  Sentences written for
these tests; values worked out by hand: before the entries "Bộ Luật Dân sự", "Bộ Luật Hàng hải" and "Đài Bắc" were units."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_code_of_law_is_no_unit():
    assert unit_names("Hợp đồng này trái với Bộ Luật Dân sự năm 2015.") == []
    assert unit_names("Theo Bộ Luật Hàng hải, chủ tàu phải bồi thường.") == []


def test_the_ministry_that_drafts_a_code_is_still_a_unit():
    assert unit_names("Bộ Tư pháp đang lấy ý kiến về Bộ Luật Dân sự sửa đổi.") == ["Bộ Tư pháp"]


def test_taipei_is_a_place_not_a_station():
    # places.txt "Đài Bắc": the city (and, as "Bắc Kinh" is, its government by metonymy), no "Đài" (station) head
    assert unit_names("Giới chức Đài Bắc lên tiếng phản đối quyết định này.") == []
    assert unit_names("Đài Truyền hình Việt Nam đưa tin sáng nay.") == ["Đài Truyền hình Việt Nam"]

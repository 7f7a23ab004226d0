"""A place (commune, district, province) as the recipient of an award: written with its level word, as the
held-out golds write place recipients ("huyện X", "tỉnh X"); also after the words for its people, party and
government (place_communities.txt). Sentences written for these tests; facts worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _got(*lines):
    g = facts_of(*lines)
    return [(a["recipient"], a["recipient_type"], a["award"]) for a in g["awards"]], g["units"]


def test_commune_opening_the_clause_is_the_recipient_with_its_level():
    got, units = _got("Xã Phong Lạc được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì năm 2021.")
    assert got == [("xã Phong Lạc", "collective", "Huân chương Lao động hạng Nhì")]
    assert units == []  # a bare place is no unit (GUIDELINES)


def test_district_after_a_fronted_year():
    got, _ = _got("Năm 2019, huyện Kim Bôi vinh dự đón nhận Cờ thi đua của Chính phủ.")
    assert got == [("huyện Kim Bôi", "collective", "Cờ thi đua của Chính phủ")]


def test_people_party_and_government_of_a_commune_stand_for_the_commune():
    got, _ = _got("Năm 2022, Đảng bộ, chính quyền và Nhân dân xã Tân Mỹ vinh dự được Nhà nước tặng thưởng "
                  "Huân chương Lao động hạng Ba.")
    assert got == [("xã Tân Mỹ", "collective", "Huân chương Lao động hạng Ba")]
    got, _ = _got("Quân và dân thị xã Ba Đồn được tuyên dương danh hiệu Anh hùng Lực lượng vũ trang nhân dân.")
    assert got == [("thị xã Ba Đồn", "collective", "Anh hùng Lực lượng vũ trang nhân dân")]


def test_province_with_or_without_its_level():
    assert _got("Tỉnh Kon Tum đón nhận Huân chương Độc lập hạng Nhì.")[0] == \
        [("tỉnh Kon Tum", "collective", "Huân chương Độc lập hạng Nhì")]
    assert _got("Hải Phòng đón nhận Huân chương Sao Vàng.")[0] == \
        [("thành phố Hải Phòng", "collective", "Huân chương Sao vàng")]


def test_a_body_of_the_commune_stays_the_body():
    got, units = _got("Ủy ban nhân dân xã Phong Lạc được tặng Huân chương Lao động hạng Ba.")
    assert got == [("Ủy ban nhân dân xã Phong Lạc", "collective", "Huân chương Lao động hạng Ba")]


def test_a_lower_case_word_after_the_level_is_no_place():
    got, _ = _got("Xã này được tặng Huân chương Lao động hạng Ba.")
    assert all(not r.startswith("xã") for r, _, _ in got)


def test_place_after_a_numbered_headings_label_is_the_recipient():
    # the label closed by a colon opens the item; the place in lower case after it opens the clause
    got, _ = _got("3. Về thi đua: huyện Yên Lạc được Chính phủ tặng Cờ thi đua năm 2022 vì dẫn đầu phong trào.")
    assert got == [("huyện Yên Lạc", "collective", "Cờ thi đua của Chính phủ")]
    got, _ = _got("b) Khen thưởng: phường Tân Phú được Ủy ban nhân dân tỉnh tặng Bằng khen.")
    assert got == [("phường Tân Phú", "collective", "Bằng khen của Ủy ban nhân dân tỉnh")]


def test_province_after_a_label_and_a_fronted_year():
    got, _ = _got("Kết quả: năm 2021, tỉnh Hà Giang đón nhận Huân chương Lao động hạng Nhất.")
    assert got == [("tỉnh Hà Giang", "collective", "Huân chương Lao động hạng Nhất")]

"""A title's tail naming the field in charge or the course of study: a capitalised field whose first syllable is a
surname, after a lower-case word of the tail, and two fields joined by a dash (hand-written sentences)."""
from __future__ import annotations

from tests.test_extractors import positions


def test_a_field_opening_with_a_surname_after_phu_trach_is_part_of_the_title():
    got = positions("Bà Trần Thị Mai, Phó Giám đốc phụ trách Đào tạo của trường, đã chủ trì buổi họp.")
    assert got["Trần Thị Mai"] == "Phó Giám đốc phụ trách Đào tạo"


def test_two_fields_joined_by_a_dash_stay_in_the_title():
    got = positions("Ông Lê Văn Bình, Phó Giám đốc phụ trách Kế hoạch - Tài chính, đã phát biểu tại hội nghị.")
    assert got["Lê Văn Bình"] == "Phó Giám đốc phụ trách Kế hoạch – Tài chính"


def test_a_course_of_study_opening_with_a_surname_stays_in_the_title():
    got = positions("Em Phạm Văn Long, sinh viên hệ Cao đẳng ngành Cơ khí, đã nhận học bổng.")
    assert got["Phạm Văn Long"] == "sinh viên hệ Cao đẳng ngành Cơ khí"


def test_right_after_the_title_such_a_word_opens_the_body_and_is_left_out():
    got = positions("Ông Đỗ Văn Hải, Cục trưởng Quản lý giá, đã trả lời báo chí.")
    assert got["Đỗ Văn Hải"] == "Cục trưởng"

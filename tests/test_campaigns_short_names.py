"""Round 6 of campaign extraction: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_a_short_named_movement_in_quotes_needs_no_head():
    g = facts_of("Quận tổ chức lễ tuyên dương “Người tốt, việc tốt” của năm 2024 tại nhà văn hóa.")
    assert g["campaigns"] == ["Người tốt, việc tốt"]
    g = facts_of("Hội viên tích cực tham gia công tác “đền ơn, đáp nghĩa” tại địa phương.")
    assert g["campaigns"] == ["đền ơn, đáp nghĩa"]


def test_the_same_name_after_an_award_noun_is_a_title():
    g = facts_of("Thành phố trao danh hiệu “Người tốt, việc tốt” cho anh Đỗ Văn Hùng.")
    assert g["campaigns"] == []


def test_the_same_words_unquoted_without_head_are_no_name():
    g = facts_of("Tỉnh thực hiện tốt chính sách đền ơn đáp nghĩa với người có công.")
    assert g["campaigns"] == []


def test_drives_of_labour_and_start_ups_unquoted():
    g = facts_of("Công đoàn đẩy mạnh phong trào lao động sản xuất trong công nhân.")
    assert g["campaigns"] == ["lao động sản xuất"]
    g = facts_of("Thành phố duy trì phong trào khởi nghiệp sáng tạo trong thanh niên.")
    assert g["campaigns"] == ["khởi nghiệp sáng tạo"]

"""Session 40 (pos): "<title> của <possessor>, ông X" names X by the title before "của"; the possessor (a title,
a body, a person) is no part of X's position, and a title X acts for ("Thay mặt …") is none of his.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import positions_and_units


def test_the_title_before_a_possessing_title():
    """Before: Luc Moreau was given the minister's title ("Bộ trưởng Quốc phòng Pháp")."""
    text = "Thư ký riêng của Bộ trưởng Quốc phòng Pháp, ông Luc Moreau, đã từ chức."
    assert positions_and_units(text) == \
        {"Luc Moreau": ("Thư ký riêng", "")}


def test_the_title_before_a_possessing_body():
    """Before: no position (the chain before the comma held no title)."""
    text = "Huấn luyện viên thủ môn của câu lạc bộ, ông Marco Bianchi cho biết đội đã sẵn sàng."
    assert positions_and_units(text) == \
        {"Marco Bianchi": ("Huấn luyện viên thủ môn", "")}


def test_a_title_acted_for_stays_the_principal_s():
    assert positions_and_units("Thay mặt lãnh đạo của tỉnh, ông Nguyễn Văn An phát biểu.") == \
        {"Nguyễn Văn An": ("", "")}

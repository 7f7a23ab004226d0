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


def test_a_title_after_a_verb_is_its_object_not_the_name_s():
    """Before the mend: Đỗ Quang Vinh was given "phóng viên", the title of the person he answered."""
    text = "Trả lời phóng viên của tạp chí Nông Thôn Mới, ông Đỗ Quang Vinh nói rằng giá lúa đã tăng."
    assert positions_and_units(text)["Đỗ Quang Vinh"] == ("", "")


def test_a_title_after_a_preposition_is_not_the_name_s():
    text = "Sau buổi làm việc với Giám đốc của công ty, bà Hà Thị Lụa đã ký biên bản."
    assert positions_and_units(text)["Hà Thị Lụa"] == ("", "")


def test_a_title_after_the_source_opener_still_reads():
    text = "Theo người phát ngôn của bộ ngoại giao nước này, ông Pierre Lantier đã bác bỏ tin đồn."
    assert positions_and_units(text)["Pierre Lantier"] == ("người phát ngôn", "")


def test_a_title_as_the_object_of_a_main_verb_stays_the_name_s():
    # not a fronted clause: the title and the name after the comma are one apposition, the object of "nhắc tới"
    text = "Bộ trưởng nhắc tới cố vấn riêng của mình, ông Lê Văn Khải, trong buổi họp báo."
    assert positions_and_units(text)["Lê Văn Khải"] == ("cố vấn riêng", "")


def test_a_time_phrase_before_the_title_keeps_it_the_name_s():
    text = "Hôm qua trợ lý riêng của Bộ trưởng, ông Lê Văn Khải, đã gửi thư xin lỗi."
    assert positions_and_units(text)["Lê Văn Khải"] == ("trợ lý riêng", "")

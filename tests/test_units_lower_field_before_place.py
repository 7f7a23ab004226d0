"""A name whose capitalised field word goes on with a lower-case dictionary word of two syllables and then ends
on a place of places.txt ("Sở Giao thông vận tải | Hà Nội"): the whole name, not the head and first field word;
sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_lower_case_field_word_then_a_place_ends_the_name():
    assert _unit_names("Hôm qua, Sở Giao thông vận tải Đà Nẵng công bố phương án phân luồng.") == \
        ["Sở Giao thông vận tải Đà Nẵng"]
    assert _unit_names("Ông Khoa là Phó Giám đốc Cảng vụ Đường thủy nội địa Hải Phòng.") == \
        ["Cảng vụ Đường thủy nội địa Hải Phòng"]
    assert _unit_names("Đoàn công tác của Ban Quản lý thị trường Trung ương đến làm việc.") == \
        ["Ban Quản lý thị trường Trung ương"]


def test_lower_case_verb_after_the_field_is_no_part_of_the_name():
    # "tổ chức" is a verb here: the name ends on its field ("Sở Y tế"), the place is the verb's
    assert _unit_names("Năm nay Sở Y tế tổ chức Hà Nội hội thảo về dịch bệnh.") == ["Sở Y tế"]

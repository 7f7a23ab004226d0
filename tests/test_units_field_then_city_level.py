"""A capitalised head, its field in lower case (two dictionary words), then the body's place written with a level of
two syllables or a dotted one ("thành phố X", "TP. X", "thị xã X"): the place closes the name as "tỉnh X" does
(GUIDELINES: the fullest name with its place qualifier); sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_two_word_field_then_city_level():
    # before: nothing (the level "thành" was read alone, its name "phố" in lower case)
    assert unit_names("Bà Thảo công tác tại Trung tâm kiểm soát bệnh tật thành phố Vũng Tàu đã lâu.") == \
        ["Trung tâm kiểm soát bệnh tật thành phố Vũng Tàu"]
    assert unit_names("Bà Thảo công tác tại Trung tâm y tế dự phòng thị xã Sơn Tây đã lâu.") == \
        ["Trung tâm y tế dự phòng thị xã Sơn Tây"]


def test_province_level_unchanged_and_bare_level_no_place():
    assert unit_names("Bà Thảo công tác tại Trung tâm kiểm soát bệnh tật tỉnh Long An đã lâu.") == \
        ["Trung tâm kiểm soát bệnh tật tỉnh Long An"]
    # a city level with no capitalised name after it closes no name
    assert unit_names("Bà Thảo công tác tại Trung tâm kiểm soát bệnh tật thành phố đã lâu.") == []


def test_capitalised_field_word_then_lower_case_run_then_city_level():
    # before: "Chi cục Thi hành" (the run "án dân sự" stopped at "thị", its "xã" in lower case)
    assert unit_names("Ông Tám là chấp hành viên Chi cục Thi hành án dân sự thị xã Bình Minh từ năm 2015.") == \
        ["Chi cục Thi hành án dân sự thị xã Bình Minh"]
    # a run of four syllables before a two-syllable level is kept whole, as before "tỉnh"
    assert unit_names("Bà Mai công tác ở Chi cục An toàn vệ sinh thực phẩm thành phố Cần Thơ đã lâu.") == \
        ["Chi cục An toàn vệ sinh thực phẩm thành phố Cần Thơ"]

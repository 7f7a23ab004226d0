"""Session 17 (awardsr): a body spread over a list of places after "các" keeps every item, also one whose place
ends with a word that is a unit head ("Hải Phòng": "Phòng" read as a bare head and the item dropped as a fragment
by unit_parents._parents_named). Sentences written for these tests; facts computed by hand."""
from __future__ import annotations

from tests.test_extractors import awards, facts_of, unit_names


def test_every_youth_union_of_a_place_list_receives_the_flag():
    g = facts_of("Trung ương Đoàn tặng cờ thi đua cho các Tỉnh đoàn Nam Định, Hải Phòng, Thái Bình.")
    assert awards(g) == {("Tỉnh đoàn Nam Định", "Cờ thi đua của Trung ương Đoàn", "conferred"),
                         ("Tỉnh đoàn Hải Phòng", "Cờ thi đua của Trung ương Đoàn", "conferred"),
                         ("Tỉnh đoàn Thái Bình", "Cờ thi đua của Trung ương Đoàn", "conferred")}


def test_a_department_of_each_place_is_a_unit_with_hai_phong_last():
    names = unit_names("Bộ Giáo dục và Đào tạo tặng bằng khen cho các Sở Giáo dục và Đào tạo Thái Bình, "
                       "Nam Định, Hải Phòng.")
    assert {"Sở Giáo dục và Đào tạo Thái Bình", "Sở Giáo dục và Đào tạo Hải Phòng",
            "Sở Giáo dục và Đào tạo Nam Định"} <= set(names)


def test_an_office_of_a_bare_head_without_letterhead_is_still_left_out():
    assert "Văn phòng Sở" not in unit_names("Văn phòng Sở đã gửi công văn cho các trường học trong tháng 5.")

"""A school's name after its type ("Đại học", "Cao đẳng"): a field whose second word is also a surname ("Nông
Lâm") goes on to the school's place, no person; a school named by a place alone ("Đại học Huế") ends before the
name of its head written after it. Sentences written for these tests; facts worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_field_then_place_of_a_school_is_no_person():
    g = facts_of("Trường Đại học Nông Lâm Bắc Giang vừa đón nhận Huân chương Lao động hạng Nhì.")
    assert g["units"] == ["Trường Đại học Nông Lâm Bắc Giang"]
    assert g["officials"] == []
    assert [(a["recipient"], a["award"]) for a in g["awards"]] == \
        [("Trường Đại học Nông Lâm Bắc Giang", "Huân chương Lao động hạng Nhì")]


def test_school_named_by_a_place_ends_before_its_heads_name():
    g = facts_of("Giám đốc Đại học Huế Trần Quốc Bảo phát biểu tại buổi lễ.")
    assert g["units"] == ["Đại học Huế"]
    assert [(o["name"], o["position"], o["unit"]) for o in g["officials"]] == \
        [("Trần Quốc Bảo", "Giám đốc", "Đại học Huế")]
    g = facts_of("Hiệu trưởng Trường Đại học Vinh Đặng Thị Mai chủ trì hội nghị.")
    assert [(o["name"], o["position"], o["unit"]) for o in g["officials"]] == \
        [("Đặng Thị Mai", "Hiệu trưởng", "Trường Đại học Vinh")]


def test_school_named_after_a_person_keeps_the_name():
    g = facts_of("Trường Tiểu học Nguyễn Văn Trỗi tổ chức lễ khai giảng.")
    assert g["units"] == ["Trường Tiểu học Nguyễn Văn Trỗi"]
    assert g["officials"] == []

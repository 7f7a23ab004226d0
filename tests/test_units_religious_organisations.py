"""Religious organisations ("Giáo hội …"; Luật Tín ngưỡng, tôn giáo 02/2016/QH14, Điều 2) are units by the head
"Giáo hội" of unit_types.tsv.  Sentences are written for these tests."""
from __future__ import annotations

from tests.test_units_noise import facts


def test_a_church_is_named_whole_not_from_the_hoi_inside_its_head():
    """Before: "hội Phật giáo Việt Nam" (the head "Hội" read inside "Giáo hội") was listed."""
    g = facts("Lễ cầu an do Giáo hội Phật giáo Việt Nam tổ chức tại chùa Quán Sứ.")
    assert g["units"] == ["Giáo hội Phật giáo Việt Nam"]


def test_a_foreign_church_named_by_its_country():
    """Before: "hội Chính thống Nga"."""
    g = facts("Người đứng đầu Giáo hội Chính thống Nga sẽ dự lễ Giáng sinh tại Moskva.")
    assert g["units"] == ["Giáo hội Chính thống Nga"]

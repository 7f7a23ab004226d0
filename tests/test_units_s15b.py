"""Session 15 (unit boundaries): a unit cut short before a lower-case syllable that another mention of the same
document writes whole is that fuller name (sentences of our own)."""
from __future__ import annotations

from extractors.resolve import continued_names
from tests.test_extractors import unit_names as _unit_names


def test_a_short_mention_takes_the_name_another_mention_continues():
    """Before: both "Viện Dinh dưỡng" and "Viện Dinh dưỡng lâm sàng Trung ương" were listed."""
    names = _unit_names("Viện Dinh dưỡng vừa tổ chức hội thảo khoa học.",
                        "Ông Lê Văn Nam, Viện trưởng Viện Dinh dưỡng lâm sàng Trung ương, chủ trì hội thảo.")
    assert "Viện Dinh dưỡng lâm sàng Trung ương" in names
    assert "Viện Dinh dưỡng" not in names


def test_continued_names_maps_cut_names_and_keeps_venues_and_clauses():
    got = continued_names(["Công ty Cổ phần", "Công ty Cổ phần sữa tươi Ba Vì",
                           "Hội Nông", "Hội nông dân Việt Nam", "Hội nông dân tỉnh Cao Bằng",
                           "Công ty Gạch Đồng Tâm", "Công ty Gạch Đồng Tâm tại xã Phú Lộc",
                           "Bộ Công Thương", "Bộ Công Thương quản lý",
                           "Sở Tài chính", "Sở Tài chính bên lề Hội nghị",
                           "Cục Thuế", "Cục Thuế Hà Nội"])
    # a lower-case continuation holding a capitalised word: the one longer name
    assert got["Công ty Cổ phần"] == "Công ty Cổ phần sữa tươi Ba Vì"
    # two longer names go on with it: a fragment of one of them
    assert got["Hội Nông"] is None
    # a venue after "tại", a verb, a clause: no continuation; a capitalised continuation is another rule's
    assert set(got) == {"Công ty Cổ phần", "Hội Nông"}

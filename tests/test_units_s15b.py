"""Session 15 (unit boundaries): a unit cut short before a lower-case syllable that another mention of the same
document writes whole is that fuller name (sentences of our own)."""
from __future__ import annotations

from extractors.resolve import continued_names, level_written_names
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


def test_a_name_written_without_its_commune_s_level_is_the_name_with_it():
    """Before: "Trường Tiểu học Hòa Bình" was listed beside "trường Tiểu học xã Hòa Bình"."""
    names = _unit_names("Em Lan là học sinh trường Tiểu học xã Hòa Bình (huyện Yên Thành).",
                        "Thầy Hùng, Hiệu trưởng Trường Tiểu học Hòa Bình, cho biết em rất chăm ngoan.")
    assert set(names) == {"trường Tiểu học xã Hòa Bình"}
    assert level_written_names(["UBND huyện Yên Thành", "UBND Yên Thành", "Trường Tiểu học A", "trường Tiểu học A"]) \
        == {"UBND Yên Thành": "UBND huyện Yên Thành"}


def test_a_party_committee_s_standing_board_is_a_unit_but_not_inside_a_title():
    """Before: only "Tỉnh ủy Lạng Sơn" was read from "Thường trực Tỉnh ủy Lạng Sơn đã chỉ đạo …"."""
    names = _unit_names("Sau khi nhận báo cáo, Thường trực Tỉnh ủy Lạng Sơn đã chỉ đạo kiểm tra ngay.")
    assert set(names) == {"Thường trực Tỉnh ủy Lạng Sơn"}
    # a title's part: the committee is the unit
    assert set(_unit_names("Ông Hoàng Văn Bảy, Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn, dự buổi lễ.")) == \
        {"Tỉnh ủy Lạng Sơn"}
    # before another body than a party committee: no board
    assert set(_unit_names("Bà Lò Thị Mai, Phó Chủ tịch Thường trực UBND tỉnh Sơn La, dự buổi lễ.")) == \
        {"UBND tỉnh Sơn La"}

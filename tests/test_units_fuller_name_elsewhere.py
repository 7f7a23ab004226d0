"""Session 15 (unit boundaries): a unit cut short before a lower-case syllable that another mention of the same
document writes whole is that fuller name (sentences of our own)."""
from __future__ import annotations

from extractors.resolve import continued_names, level_written_names
from tests.test_extractors import facts_of, unit_names as _unit_names


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


def _recipients(g: dict) -> set:
    return {a["recipient"] for a in g["awards"]}


def test_two_levels_of_one_place_name_two_bodies():
    """Before: the district's police and its award were read as the town's ("huyện" and "thị trấn" both left out
    before grouping, the longer name won)."""
    g = facts_of("Ngày 5/3, Công an thị trấn Nghi Xuân phối hợp với người dân bắt giữ hai đối tượng trộm cắp.",
                 "Ghi nhận thành tích này, Công an huyện Nghi Xuân được Bộ Công an tặng Bằng khen.")
    assert {"Công an thị trấn Nghi Xuân", "Công an huyện Nghi Xuân"} <= set(g["units"])
    assert _recipients(g) == {"Công an huyện Nghi Xuân"}
    g = facts_of("Ông Nguyễn Văn Tư, Chủ tịch UBND xã Hương Sơn, dự buổi lễ.",
                 "Bà Lê Thị Hoa, Chủ tịch UBND thị xã Hương Sơn, phát biểu.")
    assert {o["unit"] for o in g["officials"]} == {"UBND xã Hương Sơn", "UBND thị xã Hương Sơn"}
    assert level_written_names(["UBND huyện Can Lộc", "UBND thị trấn Can Lộc", "UBND Can Lộc", "UBND xã Kỳ Hoa",
                                "UBND thị xã Kỳ Hoa", "Trường Mầm non Kỳ Hoa", "trường Mầm non xã Kỳ Hoa"]) \
        == {"Trường Mầm non Kỳ Hoa": "trường Mầm non xã Kỳ Hoa"}


def test_a_short_name_two_places_continue_stays_a_unit():
    """Before: "Sở Tư pháp" was dropped from the units while an award still went to it."""
    g = facts_of("Sở Tư pháp tỉnh Quảng Bình và Sở Tư pháp tỉnh Quảng Trị vừa ký kết chương trình phối hợp.",
                 "Dịp này, Sở Tư pháp được Chủ tịch UBND tỉnh tặng Cờ thi đua.")
    assert "Sở Tư pháp" in g["units"] and _recipients(g) == {"Sở Tư pháp"}
    assert continued_names(["Sở Tư pháp", "Sở Tư pháp tỉnh Quảng Bình", "Sở Tư pháp tỉnh Quảng Trị"]) == {}


def test_a_fragment_of_several_names_stays_when_an_award_goes_to_it():
    """Before: "Viện Kinh tế" was dropped from the units, its award kept."""
    first = "Viện Kinh tế thủy sản Miền Bắc và Viện Kinh tế nông nghiệp Miền Nam cùng tổ chức hội thảo."
    g = facts_of(first, "Nhân dịp này, Viện Kinh tế được Bộ trưởng Bộ Nông nghiệp tặng Bằng khen.")
    assert "Viện Kinh tế" in g["units"] and "Viện Kinh tế" in _recipients(g)
    # named by no fact: a fragment, dropped as before
    assert "Viện Kinh tế" not in facts_of(first, "Đại diện Viện Kinh tế phát biểu tại hội thảo.")["units"]

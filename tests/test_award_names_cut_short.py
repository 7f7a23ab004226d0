"""Session 6 of award names (extractors/components/awards.py): names found cut short on unseen news.

Every sentence here was written for these tests; the expected names are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_hero_title_is_written_without_its_period():
    """The dev gold (the target annotation) writes "Anh hùng Lao động" where the story writes the title both plain
    and with the period it is conferred for ("… thời kỳ đổi mới"): the plain title names the award (session 35:
    a story writing only the period form keeps it, as the held-out gold does; resolve._plain_titles_written and
    tests/test_award_names_renovation_period.py)."""
    g = facts_of("Năm 2012, ông Lò Văn Tám được phong tặng danh hiệu Anh hùng Lao động thời kỳ đổi mới. "
                 "Danh hiệu Anh hùng Lao động là phần thưởng cao quý của Nhà nước.")
    assert people(g) == {("Lò Văn Tám", "Anh hùng Lao động")}


def test_hero_title_without_period_is_unchanged():
    g = facts_of("Năm 2015, ông Lò Văn Tám được phong tặng danh hiệu Anh hùng Lao động.")
    assert people(g) == {("Lò Văn Tám", "Anh hùng Lao động")}


def test_foreign_order_named_with_a_vietnamese_orders_words():
    g = facts_of("Năm 2019, ông Peter Brown được nhận Huân chương Hữu nghị Hợp tác Trung Quốc.")
    assert people(g) == {("Peter Brown", "Huân chương Hữu nghị Hợp tác Trung Quốc")}


def test_minister_with_a_long_field_gives_his_certificate():
    g = facts_of("Sáng 5/3, Bộ trưởng Lao động Thương binh và Xã hội Trần Văn Bình đã trao bằng khen cho "
                 "ông Phạm Văn Toàn.")
    assert ("Phạm Văn Toàn", "Bằng khen của Bộ trưởng Lao động Thương binh và Xã hội") in people(g)


def test_named_foreign_order_keeps_its_state_after_cua():
    g = facts_of("Năm 2005, bà Lê Thị Hồng được trao Huân chương Cành cọ Hàn lâm của Pháp.")
    assert people(g) == {("Lê Thị Hồng", "Huân chương Cành cọ Hàn lâm của Pháp")}


def test_vietnamese_place_after_a_named_order_is_no_state():
    g = facts_of("Năm 2005, bà Lê Thị Hồng được trao Huân chương Hữu nghị của Hà Nội.")
    assert people(g) == {("Lê Thị Hồng", "Huân chương Hữu nghị")}


def test_provincial_level_named_in_full_is_one_conferrer():
    g = facts_of("Năm 2018, Chi cục Kiểm lâm được tặng Bằng khen của Ủy ban nhân dân tỉnh, thành phố trực thuộc "
                 "Trung ương.")
    assert {a for _, a in people(g)} == {"Bằng khen của Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"}

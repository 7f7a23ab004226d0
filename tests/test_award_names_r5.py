"""Round 5 of award names (extractors/components/awards.py): one test per kind of incomplete name fixed.

Every sentence here was written for these tests; the expected names are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_foreign_order_keeps_its_state_after_cua():
    g = facts_of("Năm 2010, ông Lê Văn Khải được tặng Huân chương Hữu nghị của Hội đồng Nhà nước Cuba.")
    assert people(g) == {("Lê Văn Khải", "Huân chương Hữu nghị của Hội đồng Nhà nước Cuba")}


def test_foreign_order_keeps_its_state_written_without_cua():
    g = facts_of("Bà Đinh Thị Hoa đã nhận Huân chương Hữu nghị Hoàng gia Campuchia năm 2015.")
    assert people(g) == {("Đinh Thị Hoa", "Huân chương Hữu nghị Hoàng gia Campuchia")}


def test_named_foreign_order_keeps_its_head_of_state():
    g = facts_of("Giáo sư Trần Đức Minh được trao huân chương Sao Bắc Cực của Tổng thống Pháp vào năm 2001.")
    assert people(g) == {("Trần Đức Minh", "huân chương Sao Bắc Cực của Tổng thống Pháp")}


def test_royal_order_named_by_its_monarchy():
    g = facts_of("Ông Somchai Wong từng được nhà vua trao huân chương hoàng gia vì công lao với đất nước.")
    assert people(g) == {("Somchai Wong", "Huân chương hoàng gia")}


def test_vietnamese_state_after_an_order_is_no_conferrer():
    # "của Nhà nước Việt Nam": every Vietnamese order is the state's; the name stays the catalogue's
    g = facts_of("Ông Hà Văn Lâm được tặng Huân chương Lao động hạng Ba của Nhà nước Việt Nam.")
    assert people(g) == {("Hà Văn Lâm", "Huân chương Lao động hạng Ba")}


def test_a_province_after_an_order_is_no_conferrer():
    g = facts_of("Ông Hà Văn Lâm được tặng Huân chương Lao động hạng Ba của Hà Nội.")
    assert people(g) == {("Hà Văn Lâm", "Huân chương Lao động hạng Ba")}

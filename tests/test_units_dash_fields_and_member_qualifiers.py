"""Units: a lower-case field after a dash that opens on a STOP syllable ("Khoa học - công nghệ"), and an
association's members' qualifier in lower case ("Hội Doanh nhân trẻ"; ``member_qualifiers.txt``). Every sentence
here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_dash_field_opening_on_a_stop_syllable_goes_on_to_the_place():
    g = facts_of("Bà Lê Thị Mai, Phó Giám đốc Sở Khoa học - công nghệ Quảng Bình, đã dự lễ.")
    assert "Sở Khoa học – công nghệ Quảng Bình" in g["units"]


def test_three_fields_joined_by_dashes():
    g = facts_of("Chị Hoa là giảng viên Trường đại học Kinh tế - kỹ thuật - công nghiệp Nam Định.")
    assert g["units"] == ["Trường đại học Kinh tế – kỹ thuật – công nghiệp Nam Định"]


def test_a_noun_that_is_no_field_after_a_dash_ends_the_name():
    g = facts_of("Sinh viên Đại học Bách khoa - công trình của năm đã khánh thành.")
    assert g["units"] == ["Đại học Bách khoa"]


def test_members_qualifier_then_the_place():
    g = facts_of("Hội Thầy thuốc trẻ Việt Nam đã tặng quà cho bệnh nhân.")
    assert g["units"] == ["Hội Thầy thuốc trẻ Việt Nam"]


def test_members_qualifier_closing_the_name():
    g = facts_of("Năm nay, Hội Doanh nhân trẻ vừa trao học bổng cho sinh viên.")
    assert g["units"] == ["Hội Doanh nhân trẻ"]

"""A unit's name and what follows a dash after its place (unit_extent.NameExtent._field_before_dash), and heads
written inside a street's or a community's name (units.UnitRecognizer._street_or_community). Sentences and names
of our own; units by hand."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_dash_after_the_place_opens_the_clause_not_a_field():
    assert unit_names("Ông Lò Văn Khiêm - phó trưởng Công an huyện Quế Sơn - có mặt ở hiện trường.") == \
        ["Công an huyện Quế Sơn"]
    assert unit_names("Dự án được bàn giao cho UBND TP. Hà Nội - lãnh đạo ban dự án cho biết.") == \
        ["UBND TP. Hà Nội"]


def test_a_dash_after_a_proper_name_opens_an_apposition():
    assert unit_names("Nhóm này thuộc Hội Kim Xà - nghiệp đoàn buôn bán lớn nhất vùng.") == ["Hội Kim Xà"]


def test_a_field_before_the_dash_still_pairs_with_the_field_after_it():
    assert unit_names("Ông Lò Văn Khiêm, Giám đốc Sở Tài nguyên – môi trường tỉnh Yên Bái, phát biểu.") == \
        ["Sở Tài nguyên – môi trường tỉnh Yên Bái"]
    assert unit_names("Bộ Văn hóa – thể thao và du lịch vừa ký văn bản.") == ["Bộ Văn hóa – thể thao và du lịch"]
    assert unit_names("Ông là chủ tịch Tập đoàn công nghiệp Than – khoáng sản Việt Nam.") == \
        ["Tập đoàn công nghiệp Than – khoáng sản Việt Nam"]


def test_a_head_opening_a_street_or_village_name_is_no_unit():
    assert unit_names("Người dân đi bộ trên đường Đội Cấn rất đông.") == []
    assert unit_names("Loa cảnh báo làng Ban Mai rằng nước sẽ tràn.") == []


def test_a_head_after_a_word_closing_another_word_is_still_a_unit():
    # ("chăm sóc": "sóc", a community's level of sub_commune_levels.txt, closes the verb here)
    assert unit_names("Các em được chăm sóc Hội Chữ thập đỏ tỉnh Yên Bái tặng quà.") == \
        ["Hội Chữ thập đỏ tỉnh Yên Bái"]

"""Collectives listed as the examples of a plural classifier with no name of its own ("các tờ báo … như A, B hay C":
collectives.CollectiveRecognizer._examples, collective_list_openers.txt). Sentences of our own; units by hand."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_papers_listed_after_a_plural_press_classifier_are_units_written_bare():
    u = unit_names("Tuần qua, hàng loạt các tờ báo uy tín của Anh như Daily Planet, The Globe hay Herald Weekly cùng "
                   "bình luận trận đấu.")
    assert sorted(u) == ["Daily Planet", "Herald Weekly", "The Globe"]


def test_companies_listed_after_a_plural_company_classifier():
    assert sorted(unit_names("Những hãng taxi lớn như Vinasun hay Mai Linh cũng giảm giá cước.")) == \
        ["Mai Linh", "Vinasun"]


def test_the_papers_country_between_classifier_and_opener():
    assert sorted(unit_names("Nhiều tờ báo Pháp như Le Monde, Libération và Le Figaro đã bình luận.")) == \
        ["Le Figaro", "Le Monde", "Libération"]


def test_a_club_item_keeps_the_place_opening_its_name():
    assert sorted(unit_names("Anh từng khoác áo nhiều câu lạc bộ như Paris Saint Germain và Olympique Lyon.")) == \
        ["Olympique Lyon", "Paris Saint Germain"]


def test_a_singular_classifier_before_nhu_compares_and_lists_nothing():
    assert unit_names("Cậu ấy muốn làm thủ lĩnh ở đội bóng như Ibra từng làm.") == []


def test_a_demonstrative_points_back_and_the_list_is_of_something_else():
    assert unit_names("Các huyền thoại của các câu lạc bộ này như Gary Neville, Jamie Carragher đều lên tiếng.") == []


def test_a_long_gap_before_nhu_lists_no_body():
    assert unit_names("Đội bóng này muốn chào đón những người mới như Lindelof, Ivan Perisic hay Danny Rose.") == []


def test_a_capitalised_classifier_opening_a_sentence_before_a_country_names_no_body():
    # units._classifier_then_place: was "Đội bóng Anh", "Hãng xe Nhật" (the head "Đội"/"Hãng", a field, a place)
    assert unit_names("Đội bóng Anh chơi áp đảo trong suốt hiệp một.") == []
    assert unit_names("Hãng xe Nhật vừa ra mắt mẫu xe mới.") == []


def test_a_capitalised_classifier_before_a_name_keeps_its_unit():
    assert unit_names("Hãng thông tấn Yonhap dẫn lời một quan chức.") == ["Hãng thông tấn Yonhap"]
    assert unit_names("Đội bóng Arsenal đã thắng trận thứ ba.") == ["Đội bóng Arsenal"]

"""Awards mined from unlabelled news (session 6): kinds of construction that miss on unseen news.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_short_name_after_a_fronted_time_receives():
    g = facts_of("Nữ phi công Natalia Kravtsova sinh năm 1920 tại Moskva.",
                 "Năm 1944, Kravtsova được trao danh hiệu Anh hùng Liên Xô.")
    assert people(g) == {("Natalia Kravtsova", "Anh hùng Liên Xô")}


def test_short_name_after_a_copula_receives():
    g = facts_of("Ca sĩ Lê Thị Thu Hằng sinh năm 1975 tại Huế.",
                 "Gương mặt tiêu biểu của đoàn là Thu Hằng đã được phong tặng danh hiệu Nghệ sĩ Ưu tú.")
    assert people(g) == {("Lê Thị Thu Hằng", "Nghệ sĩ Ưu tú")}


def test_short_form_before_the_verb_needs_one_full_name():
    # two full names end in "Hằng": the short form names neither
    g = facts_of("Ca sĩ Lê Thị Thu Hằng và nhạc sĩ Trần Thu Hằng cùng biểu diễn.",
                 "Năm 2012, Thu Hằng được phong tặng danh hiệu Nghệ sĩ Ưu tú.")
    assert people(g) == set()


def test_pronoun_object_of_give_is_the_person_named_before():
    g = facts_of("Ông Trần Văn Khoa sinh năm 1930 tại Nam Định.",
                 "Nhà nước đã tặng thưởng ông Huân chương Độc lập hạng Nhất và Huân chương Kháng chiến hạng Nhì.")
    assert people(g) == {("Trần Văn Khoa", "Huân chương Độc lập hạng Nhất"),
                         ("Trần Văn Khoa", "Huân chương Kháng chiến hạng Nhì")}


def test_pronoun_object_after_a_generic_award_head():
    g = facts_of("Ghi nhận công lao của đồng chí Lê Văn Hiến, Đảng và Nhà nước đã tặng thưởng đồng chí nhiều "
                 "phần thưởng cao quý như Huân chương Sao vàng, Huân chương Hồ Chí Minh.")
    assert people(g) == {("Lê Văn Hiến", "Huân chương Sao vàng"), ("Lê Văn Hiến", "Huân chương Hồ Chí Minh")}


def test_pronoun_object_is_not_the_giver_of_the_same_sentence():
    # "anh" is someone the story has not named as a person; the giver named in the sentence is no recipient
    g = facts_of("Tổng thống Pháp Emmanuel Macron đã đến gặp gia đình để truy tặng anh Huân chương Bắc đẩu Bội tinh.")
    assert people(g) == set()


def test_coordinated_recipients_each_with_a_title_of_several_syllables():
    g = facts_of("Nhạc sĩ Hoàng Văn Sáu và nhà báo Lê Thị Bảy đều được Nhà nước trao Giải thưởng Hồ Chí Minh.")
    assert people(g) == {("Hoàng Văn Sáu", "Giải thưởng Hồ Chí Minh"), ("Lê Thị Bảy", "Giải thưởng Hồ Chí Minh")}

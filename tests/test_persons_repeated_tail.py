"""Persons, session 39: a foreign name whose capitalised run goes on into the same name written again (a heading run
into the paragraph that opens on it, or a name and its short form joined by a dash) ends before the second writing
(``extractors/components/persons.py``, ``_without_repeated_tail``). Every sentence here was written for these tests;
the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import official_names, positions


def test_a_heading_run_into_its_paragraph_is_one_name():
    names = official_names("Những gương mặt đáng nhớ: 3. Oskar Lindqvist Oskar Lindqvist từng hai lần đoạt cúp.")
    assert names == ["Oskar Lindqvist"]


def test_a_surname_after_a_dash_is_the_short_form_not_a_third_word():
    p = positions("Cơ hội cho tay đua Marco Bellandi – Bellandi thắng chặng cuối là rất lớn.")
    assert p == {"Marco Bellandi": "tay đua"}


def test_a_given_name_written_again_ends_the_name():
    # the cut needs "Greta Hollis" written alone elsewhere (else the repeated word may be part of the name, below)
    assert official_names("Bức thư của Greta Hollis Greta và chồng được công bố.",
                          "Greta Hollis viết bức thư năm 1950.") == ["Greta Hollis"]


def test_an_arabic_name_repeating_a_word_stays_whole():
    # a father's or grandfather's name may repeat the given name: no dash, no two words repeated, no shorter writing
    assert positions("Ông Idris Karim Idris, Bộ trưởng Năng lượng Oman, tới Hà Nội hôm qua.") == {
        "Idris Karim Idris": "Bộ trưởng"}
    assert official_names("Thủ tướng Yusuf Amin Yusuf đã phát biểu.") == ["Yusuf Amin Yusuf"]


def test_a_short_form_elsewhere_takes_the_cut_full_name():
    names = set(official_names("Cơ hội cho tay đua Marco Bellandi – Bellandi thắng chặng cuối là rất lớn.",
                               "Năm ngoái Bellandi chỉ về thứ ba."))
    assert names == {"Marco Bellandi"}


def test_a_word_doubled_in_a_row_is_a_name_of_its_own():
    # "Jin Jin", "Alioum Alioum": real names are written so
    assert "Toto Toto" in official_names("Trọng tài Toto Toto điều khiển trận đấu.")


def test_a_vietnamese_name_repeating_a_syllable_stays_whole():
    assert "Lê Văn Lê" in official_names("Ông Lê Văn Lê là nông dân giỏi của xã.")

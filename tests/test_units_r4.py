"""Units and persons, round 4: kinds of faults seen on both held-out news sets and on unannotated news
(``extractors/components/units.py``, ``corpora/gazetteers/places.txt``). Every sentence here was written for
these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


# --- a lower-case field closed by the unit's number ------------------------------------------------------

def test_lower_case_field_then_number_is_one_name():
    g = facts_of("Năm 1975, Lữ đoàn Công binh vận tải 299 (nay thuộc Quân khu 5) được thành lập.")
    assert "Lữ đoàn Công binh vận tải 299" in g["units"]
    assert "Lữ đoàn Công binh" not in g["units"]


def test_a_count_after_a_verb_is_no_number_of_the_body():
    g = facts_of("Sở Y tế kiểm tra 12 cơ sở trong tháng.")
    assert g["units"] == ["Sở Y tế"]


# --- a country written between a title and a foreign name ------------------------------------------------

def test_country_between_title_and_foreign_name_goes_to_the_title():
    g = facts_of("Tổng thống Nam Phi Jacob Zuma tiếp đoàn đại biểu.")
    names = [o["name"] for o in g["officials"]]
    assert "Jacob Zuma" in names and "Nam Phi Jacob Zuma" not in names


def test_country_of_two_syllables_before_a_name_of_three():
    g = facts_of("Hôm qua, Thủ tướng Ba Lan Mateusz Jan Morawiecki phát biểu.")
    names = [o["name"] for o in g["officials"]]
    assert "Mateusz Jan Morawiecki" in names


# --- a given name that is also the first syllable of a common word ----------------------------------------

def test_given_name_before_a_word_it_could_start_stays_in_the_name():
    g = facts_of("Sáng nay, ông Phạm Văn Thành ra sân bay đón đoàn.")
    assert [o["name"] for o in g["officials"]] == ["Phạm Văn Thành"]


def test_two_syllable_given_name_starting_with_a_common_word():
    g = facts_of("Bà Trần Thị Quyết Tâm phát biểu tại buổi lễ.")
    assert [o["name"] for o in g["officials"]] == ["Trần Thị Quyết Tâm"]


def test_a_name_before_a_city_still_ends_at_the_city():
    g = facts_of("Ông Lê Văn Bình Thành phố Huế cho biết.")
    assert [o["name"] for o in g["officials"]] == ["Lê Văn Bình"]

"""Persons, session 47: a foreign name whose capitalised run goes on into another person's name (a caption or a
heading run into the text without its full stop) ends where the other name starts, when each part is written
elsewhere on its own (``extractors/components/persons.py``, ``_without_glued_name``). Every sentence here was written
for these tests; the expected names are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import official_names


def test_two_names_run_together_are_two_persons():
    text = ("Marco Bellandi thắng chặng đầu. Oskar Lindqvist về nhì. Tay đua trẻ nhất mùa này là Marco Bellandi "
            "Oskar Lindqvist hiện đang học tại một trường đại học.")
    assert official_names(text) == ["Marco Bellandi", "Oskar Lindqvist"]


def test_a_surname_written_alone_elsewhere_keeps_a_three_word_name_whole():
    # (the first two words are never written alone: no second person starts at the surname)
    text = "Chủ tịch Jerome Hayden Powell phát biểu. Ông Powell cho biết lãi suất không đổi."
    assert official_names(text) == ["Jerome Hayden Powell"]


def test_a_tail_written_only_after_another_capitalised_word_is_no_name_of_its_own():
    # ("Sanusi Putra" closes two names of one family: the four words are one person)
    text = ("Bố mẹ cháu là Rizal Gilang Sanusi Putra và Wita Seriani. Anh Rizal Gilang cho biết ông nội "
            "Gerian Sanusi Putra đã đến sân bay.")
    assert "Rizal Gilang Sanusi Putra" in official_names(text)


def test_a_full_name_at_its_first_mention_stays_whole_beside_its_short_forms():
    # (the run is the first writing of both its parts: one person named in full, then by "Mary Jane" and by
    # "Watson"; a cut there gave "Mary Jane" and lost the surname)
    text = ("Nữ diễn viên Mary Jane Watson xuất hiện tại buổi ra mắt. Khán giả chào đón Mary Jane nồng nhiệt. "
            "Sau buổi chiếu, khán giả gọi Watson là ngôi sao.")
    assert "Mary Jane Watson" in official_names(text)  # (the short form "Mary Jane" is listed too, as before)

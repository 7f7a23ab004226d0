"""The district names of a document (persons.PersonRecognizer._districts_of) are looked for only where a capitalised
word and the word after it open a district of districts.tsv (session 29, speed: the same names as before).
Sentences of our own wording; the values worked out by hand."""
from __future__ import annotations

from itertools import compress

from extractors.components.persons import _UPPER_FIRST
from extractors.nlp import get_nlp


def _districts(text: str):
    finder = get_nlp().get_pipe("sovang_persons")
    words = text.split()
    starts = list(compress(range(len(words)), map(_UPPER_FIRST.__getitem__, words)))
    return finder._districts_of(words, starts)


def test_a_district_after_its_level_is_a_place():
    at, placed = _districts("Ông Lê Văn Tâm ở huyện Thạch Hà , còn bà Đỗ Thị Hoa ở quận Tây Hồ .")
    assert at == {6: 2, 16: 2}
    assert placed == frozenset({"Thạch Hà", "Tây Hồ"})


def test_a_district_running_into_a_name_is_none():
    at, placed = _districts("Chị Hoàng Mai Anh và anh Thạch Hà Nam cùng dự .")
    assert at == {} and placed == frozenset()


def test_a_district_written_bare_is_found_but_not_placed():
    at, placed = _districts("Đoàn công tác đến Thạch Hà sáng nay")
    assert at == {4: 2} and placed == frozenset()


def test_a_districts_first_word_closing_the_text_opens_none():
    assert _districts("Bà Nguyễn Thị Hoàng") == ({}, frozenset())

"""Persons, session 35: a name-like run that opens a quoted title (a film, a book, a talk) is no person
(``persons.PersonRecognizer._quoted_title``); a quote that goes on in Vietnamese is speech, and a short Vietnamese
nickname filling the quotes stays a person. Every sentence here was written for these tests; the expected facts are
worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(g: dict) -> set:
    return {o["name"] for o in g["officials"]}


def test_a_long_foreign_film_title_in_quotes():
    g = facts_of("Nữ diễn viên Hà Thu Trang từng góp mặt trong 'Sweet Rain Falls Down Again' năm ngoái.")
    assert names(g) == {"Hà Thu Trang"}


def test_a_vietnamese_book_title_of_three_syllables_filling_the_quotes():
    g = facts_of("Nhà xuất bản vừa tái bản cuốn “Đoàn Phú Xuân” của nhà văn Mạc Thị Liên.")
    assert names(g) == {"Mạc Thị Liên"}


def test_speech_opening_on_a_name_keeps_the_person():
    g = facts_of("\"Peter Hall là người thầy lớn của tôi\", đạo diễn Lưu Quang Vinh chia sẻ.")
    assert names(g) == {"Peter Hall", "Lưu Quang Vinh"}

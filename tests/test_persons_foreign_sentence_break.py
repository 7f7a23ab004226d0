"""Persons, session 39: after a foreign name cued by a title, a capitalised Vietnamese word that opens a common word
with the lower-case word after it, or a pronoun, opens the next sentence whose full stop was lost; it is no last
syllable of the name (``extractors/components/persons.py``, ``PersonRecognizer._run``). Every sentence here was
written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import positions


def test_a_verb_opening_the_next_sentence_is_cut_off():
    # "Nhấn" is no word of the name: "nhấn mạnh" is a word of the dictionary
    p = positions("Thủ tướng Canada Martin Greely Nhấn mạnh điều này trong cuộc họp sáng nay.")
    assert p == {"Martin Greely": "Thủ tướng Canada"}


def test_a_pronoun_opening_the_next_sentence_is_cut_off():
    p = positions("Ảnh mới của người mẫu Tessa Marlowe Cô xuất hiện trên bìa tạp chí.")
    assert p == {"Tessa Marlowe": "người mẫu"}


def test_a_vietnamese_surname_closing_a_foreign_name_stays():
    # "Lê" closes the name: "lê đến" is no word of the dictionary
    p = positions("Người mẫu Anna Sofia Lê đến dự buổi ra mắt.")
    assert p == {"Anna Sofia Lê": "Người mẫu"}

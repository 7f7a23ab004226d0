"""Sentence boundaries (``extractors.components.sentences.boundaries``) on token lists written for these tests."""
from __future__ import annotations

from extractors.components.sentences import boundaries


def sentences(text: str) -> list[str]:
    words = text.split(" ")
    return [" ".join(words[a:b]) for a, b in boundaries(words)]


def test_a_quote_ending_a_sentence_ends_it():
    assert sentences("Phong trào mang tên “ Xanh ” . Ông A phát biểu .") == ["Phong trào mang tên “ Xanh ” .",
                                                                           "Ông A phát biểu ."]


def test_initials_abbreviations_and_list_numbers_do_not_end_a_sentence():
    assert sentences("Ông Abraham A . Lincoln đến Tp . Huế .") == ["Ông Abraham A . Lincoln đến Tp . Huế ."]
    assert sentences("Tặng bằng khen cho : 1 . Ông Lê Văn Nam ; 2 . Bà Võ Thị Hoa .") == [
        "Tặng bằng khen cho : 1 . Ông Lê Văn Nam ; 2 . Bà Võ Thị Hoa ."]

"""Persons: a name glued to the first word of the next sentence when a caption or a sub-heading lost its full stop
("TS X Tôi muốn hỏi …"): the word is one of sentence_openers.txt (syllables that open sentences in the bulk news and
never end a name there) and a lower-case word follows it. Sentences and names written for these tests; every
expected value worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(*lines: str) -> dict:
    """name -> position of every official of ``lines``."""
    return {o["name"]: o["position"] for o in facts_of(*lines)["officials"]}


def test_a_caption_name_stops_before_the_name_written_again():
    # "Tôi muốn" is no word of the dictionary: the name written on its own elsewhere tells the boundary
    o = names("TS Lạc Thu Vân Tôi muốn hỏi về lương giáo viên.", "Theo TS Lạc Thu Vân, lương còn thấp.")
    assert o == {"Lạc Thu Vân": "TS"}


def test_a_name_stops_before_an_opener_that_makes_a_word_with_the_next():
    # "Xác định" is a word of the dictionary: the name needs not be written elsewhere
    o = names("Ông Đào Sĩ Khang Xác định rõ chủ thể là việc cần làm.")
    assert o == {"Đào Sĩ Khang": ""}


def test_a_rare_given_name_before_a_verb_stays():
    # "Lo" opens sentences ("Lo lắng …") but "lo cũng" is no word and the name is written nowhere else
    o = names("Bà Trần Thị Lo cũng bị rắn cắn.")
    assert o == {"Trần Thị Lo": ""}


def test_a_name_never_ends_on_its_middle_name():
    o = names("Tay đua Ngô Thị Thật về đích an toàn.", "Ngô Thị Thật giữ áo vàng.")
    assert o == {"Ngô Thị Thật": "Tay đua"}

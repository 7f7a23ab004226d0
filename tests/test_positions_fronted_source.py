"""A title written over a name inside a fronted phrase is not shared with the name after that phrase's comma (session
31): "Theo HLV A, B nên …" names the source A of what B should do, not a list "A, B" of coaches. Sentences written
for these tests; every expected position worked out by hand from the annotation guidelines (the title as written, ""
when the document gives none)."""
from __future__ import annotations

from tests.test_extractors import positions


def test_no_title_shared_across_the_comma_of_a_source_phrase():
    p = positions("Theo huấn luyện viên Hans Becker, Marco Rossi nên rời câu lạc bộ vào mùa hè.")
    assert p["Hans Becker"] == "huấn luyện viên"
    assert p["Marco Rossi"] == ""


def test_a_list_after_a_title_still_shares_it():
    # the clause opens with the title, not with a fronting word: "A, B và C" are the players
    p = positions("Năm 2016, cầu thủ Hans Becker, Marco Rossi và Pierre Lemoine cùng rời câu lạc bộ.")
    assert p["Hans Becker"] == p["Marco Rossi"] == p["Pierre Lemoine"] == "cầu thủ"


def test_no_title_shared_across_the_comma_of_a_phrase_opened_by_two_words():
    # reviewer, session 31: the first test reads only the one-word opener "Theo"; "vượt qua" and "mặc dù" are fronted
    # openers of two words whose first word alone is none (officials._in_fronted's second look-up; fails without it,
    # both given the rival's title)
    p = positions("Vượt qua tiền đạo Hans Becker, Marco Rossi giành danh hiệu Vua phá lưới mùa này.")
    assert p["Hans Becker"] == "tiền đạo"
    assert p["Marco Rossi"] == ""
    p = positions("Mặc dù thua hậu vệ Hans Becker, Marco Rossi vẫn được chọn vào đội hình tiêu biểu.")
    assert p["Hans Becker"] == "hậu vệ"
    assert p["Marco Rossi"] == ""

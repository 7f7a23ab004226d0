"""Session 41: a title won told as "lên ngôi vô địch" (the crowning verb ending in "ngôi", a holder's word) and as a
count of titles between the winning verb and "chức" ("giành 3 chức vô địch …"). Sentences written for these tests;
the expected facts are read off each by hand."""
from __future__ import annotations

from tests.test_championships import awards_of


def test_crowned_champion_is_a_title_won():
    """"lên ngôi vô địch <competition>": "ngôi" closes the winning verb, not a holder's noun (before: no fact)."""
    assert awards_of("Năm 2019, Câu lạc bộ Hà Nội đã chính thức lên ngôi vô địch V-League.") == \
        [("Câu lạc bộ Hà Nội", "vô địch V-League", 2019)]
    assert awards_of("Tay vợt Đỗ Minh Quân lên ngôi vô địch Qatar Open năm 2021.") == \
        [("Đỗ Minh Quân", "vô địch Qatar Open", 2021)]


def test_crowning_still_ahead_or_a_holders_throne_gives_no_fact():
    """A future or a condition leaves the title unwon; "ngôi vô địch" after no winning verb stays a holder's noun."""
    assert awards_of("Câu lạc bộ Hà Nội sẽ lên ngôi vô địch V-League nếu thắng trận cuối.") == []
    assert awards_of("Câu lạc bộ Hà Nội bảo vệ ngôi vô địch V-League trong mùa này.") == []


def test_titles_counted_between_the_verb_and_chuc():
    """"giành (được) N chức vô địch <competition>", N a digit or a number word: one title of the winner, written from
    "chức" (before: no fact)."""
    assert awards_of("Trong 8 năm ở Arsenal, Đỗ Minh Quân giành được 3 chức vô địch Premier League.") == \
        [("Đỗ Minh Quân", "chức vô địch Premier League", None)]
    assert awards_of("Năm 2016, Sevilla đoạt hai chức vô địch Europa League liên tiếp.") == \
        [("Sevilla", "chức vô địch Europa League", 2016)]


def test_a_count_without_a_winning_verb_or_still_ahead_gives_no_fact():
    """No winning verb before the count, or an aim before it: no title won."""
    assert awards_of("Đỗ Minh Quân và 3 chức vô địch Premier League là chủ đề của buổi họp báo.") == []
    assert awards_of("Đỗ Minh Quân có thể giành 2 chức vô địch Premier League trong 5 năm tới.") == []

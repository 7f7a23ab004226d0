"""Session 33 (spt): a club's nickname in quotes as a championship's winner ("“Kền kền trắng” vô địch …") names the
club, written as the document names it (team_nicknames.tsv). Sentences written for these tests; every expected fact
read off by hand."""
from __future__ import annotations

from extractors.components.championships import team_written
from tests.test_championships import awards_of


def test_a_nickname_winner_is_the_club_the_story_names():
    text = "Năm 2018, “Kền kền trắng” lại vô địch La Liga nhờ phong độ của Luka Modric. Real Madrid có 34 danh hiệu."
    assert awards_of(text) == [("Real Madrid", "vô địch La Liga", 2018)]


def test_a_nickname_winner_takes_the_short_name_written():
    text = "Mùa này, “Quỷ đỏ” đã vô địch Europa League. MU vì thế được dự Champions League."
    assert [(r, a) for r, a, _ in awards_of(text)] == [("MU", "vô địch Europa League")]


def test_no_winner_when_the_story_never_names_the_club():
    assert awards_of("Mùa này, “Quỷ đỏ” đã vô địch Europa League.") == []


def test_an_unlisted_quote_names_no_club():
    assert awards_of("Mùa này, “Đội bóng lạ” đã vô địch Europa League. MU đứng thứ sáu.") == []


def test_the_forms_a_club_is_written_in():
    assert team_written("Real Madrid", "Real thắng 2-0, Real Madrid vô địch") == "Real Madrid"
    assert team_written("Real Madrid", "Real thắng 2-0") == "Real"
    assert team_written("Manchester United", "Man Utd thua, MU hòa") == "Man Utd"
    assert team_written("Manchester United", "Manchester thắng") is None  # two listed clubs open with it
    assert team_written("Chelsea", "Arsenal thắng") is None


"""Session 37: a title won told with "chính thức" (officially) before the win, or as "trở thành nhà (tân) vô địch"
(became the champion). Sentences written for these tests; the expected facts are read off each by hand."""
from __future__ import annotations

from tests.test_championships import awards_of


def test_officially_between_the_winner_and_the_title():
    """"chính thức" between the winner and "vô địch" (or its win verb) leaves the winner found (before: no fact)."""
    assert awards_of("Tay vợt Đỗ Minh Quân đã chính thức vô địch Qatar Open.") == \
        [("Đỗ Minh Quân", "vô địch Qatar Open", None)]
    assert awards_of("Sau trận hòa, Porto chính thức giành chức vô địch Primeira Liga năm 2018.") == \
        [("Porto", "chức vô địch Primeira Liga", 2018)]


def test_became_the_champion_is_a_title_won():
    """"trở thành nhà vô địch", "trở thành nhà tân vô địch", "trở thành tân vô địch": the title is won, written from
    "vô địch" (before: no fact)."""
    assert awards_of("Năm 2014, tay vợt Đỗ Minh Quân trở thành nhà vô địch Qatar Open.") == \
        [("Đỗ Minh Quân", "vô địch Qatar Open", 2014)]
    assert awards_of("Kỳ thủ Phan Thành Đạt chính thức trở thành nhà tân vô địch Asian Cup.") == \
        [("Phan Thành Đạt", "vô địch Asian Cup", None)]
    assert awards_of("Tay vợt Đỗ Minh Quân trở thành tân vô địch Qatar Open.") == \
        [("Đỗ Minh Quân", "vô địch Qatar Open", None)]


def test_becoming_the_champion_still_ahead_gives_no_fact():
    """A future, a purpose or a chance before "trở thành" ("sẽ", "để", "có thể") leaves the title unwon."""
    assert awards_of("Nếu thắng trận cuối, tay vợt Đỗ Minh Quân sẽ chính thức trở thành nhà vô địch Qatar Open.") == []
    assert awards_of("Tay vợt Đỗ Minh Quân chỉ cần một trận thắng để trở thành nhà vô địch Qatar Open.") == []
    assert awards_of("Tay vợt Đỗ Minh Quân có thể trở thành nhà vô địch Qatar Open.") == []

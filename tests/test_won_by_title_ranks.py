"""sovang_won_by: the rank of a contest's result written before "thuộc về" with no prize noun ("Ngôi vị Quán quân X
thuộc về A", "Á quân 1 thuộc về B") is a title won, the noun of the title left out and a year after the contest's
name the fact's (won_by._title_before, won_by_cues.txt "Title heads", "Title nouns dropped"). Sentences written
for these tests, the expected facts read off each by hand."""
from __future__ import annotations

import pytest

from tests.test_championships import awards_of


@pytest.mark.parametrize("text, fact", [
    ("Ngôi vị Quán quân Giọng Hát Vàng 2017 thuộc về Lê Hoàng Dương.", ("Lê Hoàng Dương", "Quán quân Giọng Hát Vàng", 2017)),
    ("Á quân thuộc về Trần Kiều Oanh.", ("Trần Kiều Oanh", "Á quân", None)),
    ("Kết quả, Á quân 1 thuộc về thí sinh Trần Quang Thắng.", ("Trần Quang Thắng", "Á quân 1", None)),
])
def test_a_rank_said_to_belong_to_its_winner_is_won(text, fact):
    assert [fact] == awards_of(text)


@pytest.mark.parametrize("text", [
    # a record held, not the title's head opening the clause
    "Kỷ lục vô địch Hanoi Open thuộc về Nguyễn Minh Khoa với 6 lần.",
    # the competition left unnamed after "vô địch"; a future
    "Ngôi vô địch thuộc về Nguyễn Minh Khoa.",
    "Ngôi vị Quán quân nhiều khả năng sẽ thuộc về Lê Hoàng Dương.",
])
def test_no_title_won(text):
    assert awards_of(text) == []

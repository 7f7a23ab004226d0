"""Session 41: "giành|đoạt (được) <competition>" in a sports story, no "vô địch" between, is the title "vô địch
<competition>" won, as after a crowning verb. Sentences written for these tests; the facts read off each by hand."""
from __future__ import annotations

from tests.test_championships import awards_of

SPORTS = " Các cầu thủ ghi bàn liên tục, HLV trưởng hài lòng."


def test_a_taking_verb_before_a_named_competition_is_a_title_won():
    """(before: no fact)"""
    assert ("Đỗ Minh Quân", "vô địch Roland Garros", 2009) in awards_of(
        "Tay vợt Đỗ Minh Quân giành được Roland Garros năm 2009." + SPORTS)
    assert ("Real Madrid", "vô địch Champions League", 2016) in awards_of(
        "Năm 2016, Real Madrid đoạt Champions League." + SPORTS)


def test_no_title_outside_a_sports_story_before_a_prize_or_when_aimed():
    assert not [a for a in awards_of("Năm 2016, Real Madrid đoạt Champions League.") if "vô địch" in a[1]]
    assert not [a for a in awards_of("Trần Văn Khoa giành Giải Nhất Open Cup." + SPORTS) if "vô địch" in a[1]]
    assert not [a for a in awards_of("Đỗ Minh Quân có cơ hội giành Roland Garros năm nay." + SPORTS)
                if "vô địch" in a[1]]

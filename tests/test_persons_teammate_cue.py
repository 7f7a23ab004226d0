"""Persons, session 35: "đồng đội" (a teammate, foreign_name_cues.txt) cues the foreign name after it although its
last word "đội" (a team) is a word after which a foreign run names no person (persons.NOT_PERSON_BEFORE). Every
sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(g: dict) -> set:
    return {o["name"] for o in g["officials"]}


def test_a_full_foreign_name_after_teammate_is_a_person():
    g = facts_of("Mùa trước, người đồng đội Mateo Kovacic cũng đã chia tay đội bóng.")
    assert names(g) == {"Mateo Kovacic"}


def test_one_foreign_word_after_teammate_is_a_person():
    g = facts_of("Anh giành giải sau khi vượt qua hai đồng đội Lewandowski và Thomas Delaney.")
    assert names(g) == {"Lewandowski", "Thomas Delaney"}


def test_a_foreign_run_after_team_alone_stays_a_team():
    g = facts_of("Năm ngoái anh chuyển tới đội Aston Villa theo hợp đồng ba năm.")
    assert names(g) == set()

"""Persons, session 35: a two-syllable given name that opens on a one-word country of places.txt ("Mỹ", "Đức",
"Anh", "Nga") right after a title is the person's name, not the title's country then a one-syllable name
(``persons.PersonRecognizer._given_after_title``). Every sentence here was written for these tests; the expected
facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def officials(g: dict) -> set:
    return {(o["name"], o["position"]) for o in g["officials"]}


def test_a_stage_name_opening_on_a_country_after_a_title():
    g = facts_of("Tối qua, ca sĩ Mỹ Duyên hát mở màn, giám khảo Đức Trọng chấm điểm cao nhất.")
    assert officials(g) == {("Mỹ Duyên", "ca sĩ"), ("Đức Trọng", "giám khảo")}


def test_a_footballer_named_by_two_syllables_opening_on_anh():
    g = facts_of("Phút 75, tiền vệ Anh Quân sút tung lưới đội khách.")
    assert officials(g) == {("Anh Quân", "tiền vệ")}


def test_a_country_before_a_foreign_name_stays_the_title_s():
    # the word after the country is no Vietnamese syllable, or a full name follows: the country qualifies the title
    g = facts_of("Thủ tướng Đức Merkel và Tổng thống Nga Vladimir Putin điện đàm hôm thứ Hai.")
    assert officials(g) == {("Merkel", "Thủ tướng Đức"), ("Vladimir Putin", "Tổng thống Nga")}

"""Persons, session 39: foreign cities named most often in the news (``corpora/gazetteers/places.txt``) are places,
neither a person of their own nor part of the name written after them. Every sentence here was written for these
tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import official_names, positions


def test_a_city_alone_is_no_person():
    assert official_names("Chuyến bay tới Abu Dhabi bị hoãn. Abu Dhabi đón đoàn khách vào sáng hôm sau.") == []


def test_a_city_between_a_title_and_a_name_is_cut_off():
    # the run "New York Walter Brennick" after the title: the city qualifies the title
    assert positions("Luật sư New York Walter Brennick phản đối phán quyết.") == {"Walter Brennick": "Luật sư"}


def test_a_club_named_after_the_city_is_still_no_person():
    assert official_names("Real Madrid thắng 2-0 trên sân nhà tối qua.") == []

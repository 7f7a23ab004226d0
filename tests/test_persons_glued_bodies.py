"""Persons, session 39: a team or a body of the document glued to a foreign name in one capitalised run — before it,
after a title ("Đội trưởng <club> <name>"), or after it (a transfer list's club) — is no part of the name
(``extractors/components/persons.py``, ``named_bodies`` and ``unit_edges``). Every sentence here was written for these
tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import official_names


def test_a_club_between_the_title_and_the_name_is_cut_off():
    # "Barcelona" is a club of sports_teams.txt
    names = official_names("Đội trưởng Barcelona Henrik Solberg nói rằng đội sẽ thắng.")
    assert names == ["Henrik Solberg"]


def test_a_club_glued_after_the_name_is_cut_off():
    names = official_names("Barcelona đã chi 30 triệu euro. Bản hợp đồng: Henrik Solberg Barcelona ra mắt hôm qua.")
    assert names == ["Henrik Solberg"]


def test_the_proper_name_closing_a_unit_of_the_document_is_a_body():
    # the unit "Công ty Zentrix" names the body "Zentrix"
    names = official_names("Công ty Zentrix vừa công bố báo cáo. Cố Chủ tịch Zentrix Walter Brennick từng nói vậy.")
    assert "Walter Brennick" in names
    assert not any("Zentrix" in n for n in names)


def test_two_bodies_leave_no_name_between_them():
    # "Las Palmas" and "Rayo Vallecano", clubs of sports_teams.txt, after the cue "cầu thủ": without the guard the
    # second club would be read as the name once the first is cut off
    names = official_names("Bảng điểm cầu thủ Las Palmas Rayo Vallecano được công bố sau trận.")
    assert not any("Vallecano" in n for n in names)


def test_a_body_opening_an_uncued_run_is_not_cut_off():
    # with no title before it, "Zentrix Nova Drive" is a product's name, not a body and a person
    names = official_names("Công ty Zentrix vừa công bố báo cáo. Mẫu Zentrix Nova Drive bán chạy nhất.")
    assert "Nova Drive" not in names

"""A dash between two persons' full names ("A B – C D", a match or a pair) separates them; a dash inside one
foreign name ("Vasquez - Moreno") joins it. Sentences are of the test's own wording; expected names worked
out by hand (officials: every named person, no others)."""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(*lines: str) -> set:
    """The names of every official of ``lines``."""
    return {o["name"] for o in facts_of(*lines)["officials"]}


def test_a_dash_between_two_full_names_written_alone_elsewhere_separates_them():
    got = names("Trận tứ kết Martin Kowalski – Peter Lindgren kéo dài gần ba giờ.",
                "Peter Lindgren thắng sau ba ván và gặp Martin Kowalski ở giải sau.")
    assert got == {"Martin Kowalski", "Peter Lindgren"}


def test_a_dash_inside_one_name_joins_it():
    got = names("Thủ tướng Elena Vasquez - Moreno đến thăm trường.",
                "Bà Elena Vasquez - Moreno tặng quà cho học sinh.")
    assert len(got) == 1
    (name,) = got
    assert name.startswith("Elena Vasquez") and name.endswith("Moreno")

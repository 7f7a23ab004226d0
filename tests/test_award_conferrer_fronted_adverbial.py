"""Session 24 of award names (conferral_award_names.py, _fronted_adverbial): a body named inside a fronted
adverbial of place or time ("Tại lễ … Trường Y, UBND tỉnh X trao …") is no co-giver of the certificate; the comma
closing the adverbial ends the givers.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_body_in_a_fronted_place_phrase_gives_nothing():
    g = facts_of("Tại lễ công bố đổi tên Trường THPT Lê Lợi thành Trường THPT Ngô Quyền, UBND tỉnh Thái Bình đã "
                 "trao tặng bằng khen cho ông Trần Văn Lực.")
    assert people(g) == {("Trần Văn Lực", "Bằng khen của UBND tỉnh Thái Bình")}


def test_two_givers_after_a_fronted_date_stay_two():
    """The comma between two givers after a fronted date is no adverbial's end (the adverbial has its own comma)."""
    g = facts_of("Sáng 5/3, UBND tỉnh Thái Bình, Sở Y tế tỉnh Thái Bình trao tặng bằng khen cho ông Trần Văn Lực.")
    assert people(g) == {("Trần Văn Lực", "Bằng khen của UBND tỉnh Thái Bình"),
                         ("Trần Văn Lực", "Bằng khen của Sở Y tế tỉnh Thái Bình")}

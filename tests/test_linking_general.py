"""Award linking and conferrer naming, kinds of fault seen on unseen news (``ConferralLinker`` in
``extractors/components/conferrals.py``, ``extractors/resolve.py``).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people


# --- the giver before the verb ends with a number or an abbreviation ----------------------------------

def test_giver_whose_name_closes_with_a_number_is_not_a_count():
    g = facts_of("Công ty cổ phần Nhiệt điện Hải Hà được Tổng công ty Phát điện 3 tặng cờ thi đua năm 2020.")
    assert people(g) == {("Công ty cổ phần Nhiệt điện Hải Hà", "Cờ thi đua của Tổng công ty Phát điện 3")}


def test_a_count_between_giver_and_verb_is_still_passed_over():
    g = facts_of("UBND tỉnh Nam Định ngày 5 đã trao tặng 3 bằng khen cho ông Nguyễn Văn An.")
    assert people(g) == {("Nguyễn Văn An", "Bằng khen của UBND tỉnh Nam Định")}


def test_giver_followed_by_its_abbreviation_in_parentheses():
    g = facts_of("Tập đoàn Điện lực Việt Nam (EVN) đã tặng bằng khen cho ông Nguyễn Văn An.")
    assert people(g) == {("Nguyễn Văn An", "Bằng khen của Tập đoàn Điện lực Việt Nam")}

"""Small helpers shared by the conferral and championship readers: the start of a ";" clause
(conferral_words.semicolon_clause_start), the adverbs before a verb with another list of two-word adverbs
(conferral_words.adverbs_start), and the give cues of a sentence worked out once (conferral_cues.give_starts)."""
from __future__ import annotations

from extractors.components.championships import WIN_ADVERB_PAIRS
from extractors.components.conferral_cues import give_starts, proposal_reach
from extractors.components.conferral_words import adverbs_start, semicolon_clause_start


def test_semicolon_clause_start():
    words = "Xã A nhận cờ ; xã B nhận giấy khen ; hết".split()
    assert semicolon_clause_start(words, 0, 3) == 0  # no ";" before token 3
    assert semicolon_clause_start(words, 0, 8) == 5  # after the first ";"
    assert semicolon_clause_start(words, 0, 11) == 11  # the ";" at 10 is the last one before 11
    assert semicolon_clause_start(words, 6, 8) == 6  # the ";" at 4 lies before lo


def test_adverbs_start_with_pairs_of_its_own():
    words = "Đội B đã chính thức vô địch".split()
    assert adverbs_start(words, 0, 5) == 5  # "thức" is no adverb of subject_adverbs.txt: the walk stops at once
    assert adverbs_start(words, 0, 5, WIN_ADVERB_PAIRS) == 2  # "chính thức", then "đã"
    assert adverbs_start(words, 4, 5, WIN_ADVERB_PAIRS) == 5  # the pair would start before lo


def test_give_starts_and_the_reach_they_feed():
    cues = [(9, 10, "give"), (2, 3, "propose"), (4, 5, "give")]
    assert give_starts(cues) == [4, 9]
    words = "Sở trình Bộ trưởng tặng cờ cho A ; tặng cờ cho B".split()
    # the second clause opens with a give verb and the first lays a propose cue before a named giver: reached
    assert proposal_reach(words, 0, 9, cues) == proposal_reach(words, 0, 9, cues, give_starts(cues)) == 0

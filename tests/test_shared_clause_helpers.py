"""Small helpers shared by the conferral and championship readers: the start of a ";" clause
(conferral_words.semicolon_clause_start), the adverbs before a verb with another list of two-word adverbs
(conferral_words.adverbs_start), and the give cues of a sentence worked out once (conferral_cues.give_starts)."""
from __future__ import annotations

from extractors.components.conferral_cues import give_starts, proposal_reach


def test_give_starts_and_the_reach_they_feed():
    cues = [(9, 10, "give"), (2, 3, "propose"), (4, 5, "give")]
    assert give_starts(cues) == [4, 9]
    words = "Sở trình Bộ trưởng tặng cờ cho A ; tặng cờ cho B".split()
    # the second clause opens with a give verb and the first lays a propose cue before a named giver: reached
    assert proposal_reach(words, 0, 9, cues) == proposal_reach(words, 0, 9, cues, give_starts(cues)) == 0

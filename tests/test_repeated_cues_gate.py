"""engine._told_as_record runs its regexes only on a sentence holding "hiều" (of "nhiều") or "ần này" (of "lần
này"): a cue added to repeated_award_cues.txt without either would never be read.  Every cue holds one (re-read,
session 43)."""
from extractors.gazetteer import word_list


def test_every_repeated_award_cue_holds_a_word_the_gate_looks_for():
    cues = word_list("repeated_award_cues.txt")
    assert cues and all("nhiều" in c.lower() or "lần này" in c.lower() for c in cues)

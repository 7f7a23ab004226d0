"""Session 26's speed changes of the awards, persons and officials family (values worked out by hand, sentences of
our own).

The list of a conferral after "cho" ended at the first give or receive cue, list end or credit after it, but every
word to the sentence's end was tested to find it: the scan stops at the first.  An occupation opening the next sentence joined and lower-cased up to three words at
every sentence's head to look for a connective: only a first word that opens one is looked at further.  A title's
lower-case tail asked the joined fields' table at every word: only where a field opens.  The persons' line-ups and
the coordinated foreign names built their token sets before knowing whether any line-up or foreign name is there.
"""
from __future__ import annotations

from extractors.components.foreign_single import coordinated_items
from extractors.components.role_anaphora import _after_openers
from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_connective_before_an_occupation_with_and_without_first_words():
    openers = {"tuy nhiên", "sau đó", "sau"}
    firsts = {"tuy", "sau"}
    words = ["\n", "Tuy", "nhiên", ",", "cầu", "thủ", "người", "Bỉ"]
    assert _after_openers(words, 0, len(words), openers) == 4
    assert _after_openers(words, 0, len(words), openers, firsts) == 4
    words = ["Sau", "đó", ",", "tiền", "vệ"]
    assert _after_openers(words, 0, len(words), openers, firsts) == 3  # the longest connective, then its comma
    words = ["Tiền", "vệ", "người", "Bỉ"]
    assert _after_openers(words, 0, len(words), openers, firsts) == 0


def test_coordinated_names_only_after_a_foreign_name():
    words = "Djokovic và Federer đã gặp nhau .".split()
    assert coordinated_items(words, [(0, 1)], set(), set()) == [(2, 3)]
    words = "Nguyễn Văn An và Federer đã gặp nhau .".split()
    assert coordinated_items(words, [(0, 3)], set(), set()) == []  # a Vietnamese name seeds no list


def test_list_after_cho_ends_before_the_next_give_verb():
    g = facts_of("Chủ tịch UBND tỉnh Nam Định tặng bằng khen cho ông Nguyễn Văn An, bà Trần Thị Bình; "
                 "Giám đốc Sở Y tế trao giấy khen cho ông Lê Văn Cường.")
    got = people(g)
    assert ("Nguyễn Văn An", "Bằng khen của Chủ tịch UBND tỉnh Nam Định") in got
    assert ("Trần Thị Bình", "Bằng khen của Chủ tịch UBND tỉnh Nam Định") in got
    assert ("Lê Văn Cường", "Bằng khen của Chủ tịch UBND tỉnh Nam Định") not in got


def test_first_words_of_the_openers_found_once():
    from extractors.components.role_anaphora import _first_words

    openers = frozenset({"tuy nhiên", "sau đó", "sau"})
    assert _first_words(openers) == {"tuy", "sau"}
    assert _first_words(openers) is _first_words(openers)  # (the same table for every document)
    assert _first_words({"ngoài ra", "còn"}) == {"ngoài", "còn"}  # a plain set: computed, not cached


def test_word_tables_of_the_conferral_scans():
    from extractors.components.conferral_recipients import _MATTER, _PASSIVE_VERB
    from extractors.components.conferrals import _NEGATION_WORD, _NOT_ONLY_WORD

    assert _PASSIVE_VERB["Được"] and _PASSIVE_VERB["nhận"] and not _PASSIVE_VERB["tặng"]
    assert _MATTER["Việc"] and not _MATTER["việc làm"]
    assert _NEGATION_WORD["Không"] and not _NEGATION_WORD["có"]
    assert _NOT_ONLY_WORD["chỉ"] and not _NOT_ONLY_WORD["có"]  # "không chỉ": not a negation of the award


def test_negated_award_and_not_only():
    # "không được tặng": no award; "không chỉ giành …": still won
    assert people(facts_of("Ông Nguyễn Văn An không được tặng Bằng khen của Thủ tướng.")) == set()
    assert people(facts_of("Ông Nguyễn Văn An không chỉ được tặng Bằng khen của Thủ tướng mà còn được "
                           "khen thưởng nhiều lần.")) == {("Nguyễn Văn An", "Bằng khen của Thủ tướng")}

"""The C-level scans that replaced word-by-word walks (session 42, speed): they find the same tokens the walks found.
Invented wordings."""
from extractors.components.conferral_exemplars import _clause_starts
from extractors.components.conferral_recipients import _aside_open


def test_clause_starts_are_the_sentence_start_and_each_word_after_a_comma():
    words = "Năm nay , các cá nhân sau , gồm : anh A , chị B .".split()
    # the sentence [1, 12): its start, then after the commas at 2 and 7 (the one at 12 is past it)
    assert list(_clause_starts(words, 1, 12)) == [1, 3, 8]
    assert list(_clause_starts(words, 0, 16)) == [0, 3, 8, 13]
    # a comma as the sentence's last word opens nothing inside it
    assert list(_clause_starts(words, 0, 3)) == [0]
    assert list(_clause_starts(words, 4, 4)) == []


def test_aside_open_finds_the_nearest_parenthesis_not_closed_before_the_award():
    words = "Đạo diễn A ( 71 tuổi , đoạt giải X ) nói".split()
    # the award "giải X" at 8: the "(" at 3 opens its aside
    assert _aside_open(words, 0, 8) == 3
    # not before lo
    assert _aside_open(words, 4, 8) is None
    # after the ")" at 10 the aside is closed
    assert _aside_open(words, 0, 11) is None
    # two asides: the later one, still open, holds the award
    words = "A ( X ) và B ( đoạt giải Y".split()
    assert _aside_open(words, 0, 8) == 6
    # nor more than ASIDE_REACH (20) words back
    words = ["("] + ["x"] * 25 + ["giải"]
    assert _aside_open(words, 0, 26) is None
    assert _aside_open(words, 0, 20) == 0

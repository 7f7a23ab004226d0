"""Session 31, code health: rules moved from code to gazetteers and look-ups shared instead of written twice
(conferral_words.WORKFORCE_OPENERS, awards.PAGEANT_HEADS, conferral_words._opening over word tuples,
awards._cue_before's lower bound, conferral_subjects._level_at / _level_starts).

Every value here is worked out by hand; the word lists are the repository's own.
"""
from __future__ import annotations

from extractors.components.awards import CATEGORY_WIN_VERBS, PAGEANT_HEADS, _cue_before
from extractors.components.conferral_subjects import SUBJECT_LEVELS, _level_at, _level_starts
from extractors.components.conferral_words import WORKFORCE_OPENERS, _opening, workforce_before
from extractors.gazetteer import word_list


class _Words:
    """What _cue_before reads of a document: its words."""

    def __init__(self, text: str):
        self.words = text.split()


def test_workforce_openers_are_read_from_their_file_with_the_line_end():
    assert set(word_list("workforce_openers.txt")) == {"cho", "tặng", "thưởng", "trao", "gồm", ":", ";", "."}
    assert WORKFORCE_OPENERS == set(word_list("workforce_openers.txt")) | {"\n"}
    words = "Bộ trưởng trao cho cán bộ , chiến sĩ Đồn Biên phòng A".split()
    assert workforce_before(words, 9)  # "cho cán bộ, chiến sĩ | Đồn …"
    words = "Ông Ba , cán bộ Đồn Biên phòng A".split()
    assert not workforce_before(words, 5)  # a name before the staff noun: one person's calling


def test_pageant_heads_are_the_ranked_pageants_of_the_cue_file():
    assert PAGEANT_HEADS == {("hoa", "hậu"), ("hoa", "khôi")}


def test_opening_reads_phrases_written_as_word_tuples():
    assert _opening(["thị", "xã", "Bến"], SUBJECT_LEVELS) == ("thị", "xã")
    assert _opening(["thị", "trấn"], SUBJECT_LEVELS) == ("thị", "trấn")
    assert _opening(["thị"], SUBJECT_LEVELS) is None
    assert _opening([], SUBJECT_LEVELS) is None
    assert _opening(["đã", "tặng"], ("đã tặng", "đã")) == "đã tặng"  # (strings as before)


def test_level_at_and_level_starts_in_any_case():
    words = "Đảng bộ Thị xã Sông Cầu và XÃ An Hòa".split()
    assert _level_at(words, 2) == ("thị", "xã")
    assert _level_at(words, 3) == ("xã",)
    assert _level_at(words, 0) is None and _level_at(words, len(words)) is None
    assert _level_starts(words) == [2, 3, 7]


def test_cue_before_reads_no_word_before_its_lower_bound():
    d = _Words("đội Hà Tây đoạt tượng vàng ở hạng mục Phim hay nhất")
    # "đoạt tượng vàng | ở hạng mục": the verb "tượng vàng" ends before the preposition (token 6), opens at 4
    assert _cue_before(d, 6, CATEGORY_WIN_VERBS) == 2  # "tượng vàng", the shortest first
    assert _cue_before(d, 6, CATEGORY_WIN_VERBS, lo=5) == 0  # only "vàng" may be read: no verb
    assert _cue_before(d, 5, CATEGORY_WIN_VERBS) == 0

"""Session 29 of award recipients (conferral_words.workforce_before, conferrals.ConferralLinker): a body written after
its workforce alone ("cho cán bộ, công nhân viên Công ty X") is the collective the award goes to.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from extractors.components.conferral_words import workforce_before
from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_staff_nouns_after_cho_stand_for_their_body():
    g = facts_of("Năm 2016, Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho cán bộ, công nhân viên "
                 "Công ty Thủy điện Sông Đà.")
    assert people(g) == {("Công ty Thủy điện Sông Đà", "Huân chương Lao động hạng Nhì")}


def test_collective_of_leaders_and_staff_stands_for_their_body():
    g = facts_of("Năm 2016, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho tập thể lãnh đạo và cán bộ công "
                 "nhân viên Công ty Cấp nước Hải Dương.")
    assert people(g) == {("Công ty Cấp nước Hải Dương", "Huân chương Lao động hạng Ba")}


def test_staff_nouns_after_a_give_verb_after_the_award():
    g = facts_of("Năm 2016, Chủ tịch nước tặng Huân chương Lao động hạng Ba tặng thưởng cán bộ, công nhân viên "
                 "Công ty Cấp nước Hải Dương.")
    assert people(g) == {("Công ty Cấp nước Hải Dương", "Huân chương Lao động hạng Ba")}


def test_counted_staff_name_persons_not_their_body():
    """"5 cán bộ, chiến sĩ …": five persons not named, no fact (GUIDELINES: a count without names gives none)."""
    g = facts_of("Năm 2016, UBND tỉnh tặng bằng khen cho 5 cán bộ, chiến sĩ Công an huyện Kim Thành.")
    assert people(g) == set()


def test_workforce_before_reads_the_words_before_the_body():
    words = "tặng cờ cho cán bộ , chiến sĩ Công an huyện Kim Thành".split()
    assert workforce_before(words, 8) is True
    assert workforce_before("cho các chiến sĩ Công an huyện".split(), 4) is False  # plural: persons
    assert workforce_before("ông Lê Văn Tâm , cán bộ Công an huyện".split(), 7) is False  # one person's calling
    assert workforce_before("cho Công an huyện".split(), 1) is False  # no staff noun at all

"""Session 24 of award recipients (conferral_recipients.py, conferral_lists._unfound_last): a list of recipients
whose last item is a name the person finder missed (a stage name, a name without surname: "A và Thu Vân") now
keeps that item before a passive or receive verb ("A và Thu Vân được tặng …") and after "là"/"như" as well as
after "cho", also when an adverb stands before the verb ("… cũng nhận …").

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_stage_name_last_in_a_passive_subject_list():
    g = facts_of("Năm 2019, hai diễn viên Đinh Quang Huy và Mai Lan được tặng danh hiệu NSƯT.")
    assert people(g) == {("Đinh Quang Huy", "Nghệ sĩ Ưu tú"), ("Mai Lan", "Nghệ sĩ Ưu tú")}


def test_stage_name_last_before_an_adverb_and_the_verb():
    g = facts_of("Năm 2019, ông Đinh Quang Huy và Mai Lan đã được tặng bằng khen của UBND tỉnh Thái Bình.")
    assert people(g) == {("Đinh Quang Huy", "Bằng khen của UBND tỉnh Thái Bình"),
                         ("Mai Lan", "Bằng khen của UBND tỉnh Thái Bình")}


def test_stage_name_last_in_a_list_after_la():
    g = facts_of("Danh sách đề nghị xét tặng danh hiệu NSƯT năm 2019 có hai ca sĩ là Đinh Quang Huy và Mai Lan.")
    assert people(g) == {("Đinh Quang Huy", "Nghệ sĩ Ưu tú"), ("Mai Lan", "Nghệ sĩ Ưu tú")}


def test_one_word_after_va_is_no_name():
    """A single capitalised word after "và" is not taken (two to four syllables make a name)."""
    g = facts_of("Năm 2019, ông Đinh Quang Huy và Lan được tặng bằng khen.")
    assert people(g) == {("Đinh Quang Huy", "Bằng khen")}

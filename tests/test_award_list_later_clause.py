"""Session 38: the last award of a list received by a subject is the subject's, also when a later clause of the
sentence has a give verb of its own with a "cho" ("…, báo chí bàn về việc khen thưởng cho doanh nghiệp"): that
"cho" is the later verb's object marker, not the award's (the award was dropped as given to an unnamed count).
Sentences written for these tests; the expected facts worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_last_listed_award_before_a_later_clause_with_its_own_give_verb():
    g = facts_of("Năm 2012, Công ty Hòa Bình được nhận Huân chương Lao động hạng Ba và Huân chương Độc lập hạng "
                 "Nhì, nhiều người thắc mắc về việc khen thưởng cho doanh nghiệp.")
    assert people(g) == {("Công ty Hòa Bình", "Huân chương Lao động hạng Ba"),
                         ("Công ty Hòa Bình", "Huân chương Độc lập hạng Nhì")}


def test_give_verb_right_after_the_comma_still_names_the_recipient():
    g = facts_of("Năm 2012, UBND huyện trao Giấy khen, khen thưởng cho bà Lê Thị Hoa.")
    assert {r for r, _ in people(g)} == {"Lê Thị Hoa"}


def test_give_cue_holding_a_shorter_cue_right_after_the_comma_names_the_recipient():
    # "trao tặng" holds the cue "tặng": the words are counted to "trao", the first give cue after the comma (2
    # words: "đồng thời"), not to the inner "tặng" (3 words), so the "cho" stays the award's.
    g = facts_of("Năm 2015, UBND huyện trao Giấy khen, đồng thời trao tặng cho ông Đỗ Minh Khang.")
    assert people(g) == {("Đỗ Minh Khang", "Giấy khen của UBND huyện")}

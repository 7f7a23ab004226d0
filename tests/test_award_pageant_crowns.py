"""Session 41: a pageant's crown won after "chiếc vương miện", and a pageant named in lower case with its edition's
year (awards.py AwardRecognizer._won_at, _lower_pageant_end; championship_cues.txt "# Won title nouns").

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(g) -> set:
    """(recipient, award, year) of every award fact."""
    return {(a["recipient"], a["award"], a["year"]) for a in g["awards"]}


def test_crown_with_its_classifier_is_won():
    """"giành chiếc vương miện Hoa hậu X 2014": the classifier "chiếc" before "vương miện" still names the title
    won (as "giành vương miện Hoa hậu X")."""
    g = facts_of("Trần Thị Thu biến mất ngay sau khi giành chiếc vương miện Hoa hậu Đông Nam Á 2014.")
    assert awards(g) == {("Trần Thị Thu", "Hoa hậu Đông Nam Á", 2014)}


def test_lower_case_pageant_closed_by_its_year():
    """"đăng quang Hoa hậu thể thao 2019": lower-case words closed by a year are the pageant's name (the year is the
    fact's); no other pageant of the document completes it."""
    g = facts_of("Cuộc thi Hoa hậu Biển Xanh 2019 vừa khép lại.",
                 "Trước đó, Lê Thị Vân đăng quang Hoa hậu thể thao 2017.")
    assert awards(g) == {("Lê Thị Vân", "Hoa hậu thể thao", 2017)}
    # without a year the lower-case words describe ("là hoa hậu được yêu thích"): no fact; a cue that itself ends on
    # a title noun ("lên ngôi") still wins
    assert facts_of("Lê Thị Vân là hoa hậu được yêu thích nhất năm nay.")["awards"] == []
    assert awards(facts_of("Lê Thị Vân lên ngôi Hoa hậu Biển Xanh 2019.")) == {("Lê Thị Vân", "Hoa hậu Biển Xanh", 2019)}


def test_a_word_a_number_follows_before_the_year_is_no_pageant_name():
    """"đăng quang Hoa hậu mùa 2019", "… Hoa hậu hồi 2019", "… Hoa hậu khóa 2019": the word before the year dates it
    (number_words.txt), no lower-case name of the pageant; the bare title is completed by the document's pageant, as
    "đăng quang Hoa hậu 2019" is (review of 711f769: "Hoa hậu mùa", "Hoa hậu hồi" were read as names)."""
    for when in ("mùa", "hồi", "khóa"):
        g = facts_of("Cuộc thi Hoa hậu Biển Xanh 2019 vừa khép lại.",
                     f"Lê Thị Vân đăng quang Hoa hậu {when} 2019.")
        assert awards(g) == {("Lê Thị Vân", "Hoa hậu Biển Xanh", 2019)}, when

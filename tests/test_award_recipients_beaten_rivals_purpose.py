"""Award recipients: a winner the person finder misses, written before a verb of beating a rival and a win as its
purpose ("A (đã) (xuất sắc) vượt qua B để đăng quang …"), is the subject of the win (sentences written for these
tests; the expected facts are read off each sentence by hand)."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_unfound_winner_before_a_beaten_rival_and_a_purpose():
    g = facts_of("Năm 2019, Mai Trần đã vượt qua 30 thí sinh để đăng quang Hoa hậu Biển Thế giới 2019.")
    assert people(g) == {("Mai Trần", "Hoa hậu Biển Thế giới")}


def test_a_manner_adverb_before_the_verb_of_beating():
    g = facts_of("Năm 2019, đại diện Việt Nam Mai Trần đã xuất sắc vượt qua mọi đối thủ để giành giải "
                 "Người đẹp Tài năng.")
    assert people(g) == {("Mai Trần", "giải Người đẹp Tài năng")}


def test_rivals_beaten_stay_no_recipients():
    g = facts_of("Năm 2019, Mai Trần đã xuất sắc vượt qua Lê Thu Hà để đăng quang Hoa hậu Biển Thế giới 2019.")
    assert people(g) == {("Mai Trần", "Hoa hậu Biển Thế giới")}


# reviewer, session 31: the three tests above pass without conferral_subjects.purpose_subject_end: "Mai Trần" is found
# by the person finder, so the unfound-subject reader it mends is never asked. "Thu Lê" (given name before surname, as
# h12's "Chi Nguyễn") is missed by the finder: each sentence below gives no fact without purpose_subject_end, and the
# two with "xuất sắc" none without its step over DEFEAT_MANNERS.
def test_unfound_winner_written_given_name_first():
    g = facts_of("Năm 2019, Thu Lê đã vượt qua 30 thí sinh để đăng quang Hoa hậu Biển Thế giới 2019.")
    assert people(g) == {("Thu Lê", "Hoa hậu Biển Thế giới")}


def test_unfound_winner_before_a_manner_adverb():
    g = facts_of("Năm 2019, đại diện Việt Nam Thu Lê đã xuất sắc vượt qua mọi đối thủ để giành giải "
                 "Người đẹp Tài năng.")
    assert people(g) == {("Thu Lê", "giải Người đẹp Tài năng")}


def test_unfound_winner_before_a_rival_named():
    g = facts_of("Năm 2019, Thu Lê đã xuất sắc vượt qua Lê Thu Hà để đăng quang Hoa hậu Biển Thế giới 2019.")
    assert people(g) == {("Thu Lê", "Hoa hậu Biển Thế giới")}

"""A conferral clause with no subject of its own after a comma ("X được tặng A, được phong tặng danh hiệu B"):
the title is the earlier clause's subject's (extractors/components/conferral_cues._subjectless_receipt, read by
conferrals.py).  Sentences written for these tests; the expected facts are worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def facts(*lines: str) -> set:
    return {(a["recipient"], a["award"], a["year"]) for a in facts_of(*lines)["awards"]}


def test_title_after_comma_goes_to_the_subject_of_the_earlier_award():
    got = facts("Bà Đặng Thu Hà được tặng Bằng khen năm 2009, được phong tặng danh hiệu Nhà giáo Ưu tú năm 2014.")
    assert got == {("Đặng Thu Hà", "Bằng khen", 2009), ("Đặng Thu Hà", "Nhà giáo Ưu tú", 2014)}


def test_title_after_a_win_and_an_adverb_goes_to_the_winner():
    got = facts("Ông Phạm Quốc Bảo giành giải nhì Hội diễn năm 1996, cũng được phong danh hiệu Nghệ sĩ Ưu tú.")
    assert ("Phạm Quốc Bảo", "Nghệ sĩ Ưu tú") in {(r, a) for r, a, _ in got}


def test_clause_with_a_subject_of_its_own_keeps_it():
    # the second clause names its own recipient: the earlier subject is not borrowed
    got = facts("Bà Đặng Thu Hà được tặng Bằng khen năm 2009, ông Lý Văn Khải được phong tặng danh hiệu "
                "Nhà giáo Ưu tú.")
    assert ("Đặng Thu Hà", "Nhà giáo Ưu tú") not in {(r, a) for r, a, _ in got}
    assert ("Lý Văn Khải", "Nhà giáo Ưu tú") in {(r, a) for r, a, _ in got}

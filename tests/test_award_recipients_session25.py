"""Session 25 of award recall on real news (conferral_lists.py): kinds of missed award facts on held-out news.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_subject_list_goes_on_after_an_apposition_with_a_rank():
    """"A, B, <apposition of both> và <rank> C, <apposition>, được trao …": a rank after the list glue opens the
    next item as an address word does ("và ông C"), so C is a recipient too."""
    g = facts_of("Đại úy Lê Văn Tâm, Trần Văn Bình, hai phi công của biên đội và Thiếu tá Phạm Văn Hùng, "
                 "chỉ huy biên đội, được trao Huân chương Chiến công hạng Ba.")
    assert people(g) == {("Lê Văn Tâm", "Huân chương Chiến công hạng Ba"),
                         ("Trần Văn Bình", "Huân chương Chiến công hạng Ba"),
                         ("Phạm Văn Hùng", "Huân chương Chiến công hạng Ba")}


def test_a_rank_inside_the_apposition_opens_no_item():
    """"A, con của Đại tá B, được tặng …": the rank stands inside A's calling after "của", not after list
    glue: B is no recipient."""
    g = facts_of("Ông Lê Văn Tâm, con trai của Đại tá Trần Văn Bình, được tặng Bằng khen của Thủ tướng.")
    assert people(g) == {("Lê Văn Tâm", "Bằng khen của Thủ tướng")}


def test_a_capitalised_group_item_of_a_colon_list_is_a_collective():
    """"cho 2 tập thể là: A …, và Nhóm <calling> <Title> …": the group written with a capital inside the sentence
    names a collective; the title's capitalised first word ("Về", a preposition in lower case) is part of it."""
    g = facts_of("Bộ trưởng Bộ Văn hóa trao Bằng khen cho 2 tập thể là: Trường Đại học Sân khấu Điện ảnh đã hoàn "
                 "thành xuất sắc vở diễn và Nhóm biên kịch bộ phim Về làng em đã hoàn thành xuất sắc bộ phim.")
    got = {(a["recipient"], a["recipient_type"]) for a in g["awards"]}
    assert got == {("Trường Đại học Sân khấu Điện ảnh", "collective"),
                   ("Nhóm biên kịch bộ phim Về làng em", "collective")}


def test_a_lower_case_group_stays_no_recipient():
    """"… cho Trường X và nhóm nghiên cứu của GS A": a group in lower case is the story's, not a named
    collective (list_collective_heads.txt, "Not nhóm")."""
    g = facts_of("Bộ trưởng Bộ Y tế trao Bằng khen cho Bệnh viện Bạch Mai và nhóm nghiên cứu của ông Lê Văn Tâm.")
    assert {a["recipient"] for a in g["awards"]} == {"Bệnh viện Bạch Mai"}


def test_list_goes_on_after_the_merit_of_its_first_item():
    """"cho A đã hoàn thành xuất sắc … và B đã …": the first item's clause of merit (achievement_clauses.txt)
    stands between the items; the list goes on after its "và"."""
    g = facts_of("Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen cho Công an huyện Nghi Lộc đã có thành tích xuất sắc "
                 "trong công tác phòng chống tội phạm ma túy và Trường THPT Lê Lợi đã hoàn thành xuất sắc nhiệm vụ.")
    assert {a["recipient"] for a in g["awards"]} == {"Công an huyện Nghi Lộc", "Trường THPT Lê Lợi"}

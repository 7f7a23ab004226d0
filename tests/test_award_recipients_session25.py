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

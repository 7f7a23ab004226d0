"""A nomination's category after "cho" ("A được đề cử giải X cho Nam diễn viên phụ xuất sắc nhất") names what the
prize is for, not its recipient: the passive subject is the nominee (conferral_recipients._passive_cue_before,
CATEGORY_REACH; GUIDELINES: a nomination is a fact with status "proposed"). Every sentence was written for these
tests; the expected facts are read off each sentence by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(*lines: str) -> set:
    """(recipient, award, status) of every award fact of a document of ``lines``."""
    return {(a["recipient"], a["award"], a["status"]) for a in facts_of(*lines)["awards"]}


def test_the_nominee_before_a_category_after_cho():
    """"A được đề cử giải Oscar cho Nam diễn viên phụ …": A is nominated (proposed); the category is no name."""
    assert awards("Lưu Văn Bính được đề cử giải Oscar cho Nam diễn viên phụ xuất sắc nhất.") == {
        ("Lưu Văn Bính", "giải Oscar", "proposed")}


def test_a_named_person_after_cho_still_receives():
    """An active give with "cho nam diễn viên A": A, named after the category noun, is the recipient."""
    assert awards("Ban tổ chức trao giải Cánh diều vàng cho nam diễn viên Lưu Văn Bính.") == {
        ("Lưu Văn Bính", "giải Cánh diều vàng", "conferred")}

"""A fronted time phrase closed by a comma ("Trong năm, …", "Trong tháng, …") does not qualify the name after the
comma: that name is the clause's subject and the award's recipient (found by the lead in session 14: the modifier
test of conferral_recipients read "trong" three words before the name as "cán bộ trong X"). Sentences written for
these tests; the facts worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _awards(text):
    return [(a["recipient"], a["award"]) for a in facts_of(text)["awards"]]


def test_a_company_after_a_fronted_time_phrase_receives_the_award():
    assert _awards("Trong năm, Công ty Cổ phần Sông Lam được UBND tỉnh Nghệ An tặng Cờ thi đua.") == [
        ("Công ty Cổ phần Sông Lam", "Cờ thi đua của UBND tỉnh Nghệ An")]


def test_a_school_after_trong_thang_receives_the_award():
    assert _awards("Trong tháng, Trường THCS Hưng Dũng vinh dự nhận Cờ thi đua của UBND tỉnh Nghệ An.") == [
        ("Trường THCS Hưng Dũng", "Cờ thi đua của UBND tỉnh Nghệ An")]


def test_a_body_inside_a_modifier_without_a_comma_is_still_no_recipient():
    # "cán bộ trong Công ty X": the company qualifies the staff, who are not named; no award to the company
    assert ("Công ty Cổ phần Sông Lam", "Bằng khen của UBND tỉnh Nghệ An") not in _awards(
        "Nhiều cán bộ trong Công ty Cổ phần Sông Lam được UBND tỉnh Nghệ An tặng Bằng khen.")

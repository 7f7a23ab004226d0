"""A decision cited with its date written in words, as a document's own date line writes it ("ngày 20 tháng 10 năm
2023", Nghị định 30/2020/NĐ-CP, Phụ lục I), gives that date to the conferral it names (session 13, newcomer's
finding: a revocation citing "Quyết định số 2315/QĐ-UBND ngày 20 tháng 10 năm 2023" kept its number but lost its
date). Sentences written for these tests; dates worked out by hand."""
from __future__ import annotations

from extractors.lexicon import DECISION
from extractors.revocation import revocation_decisions


def test_a_decisions_date_in_words_or_with_slashes():
    got = [DECISION.search(t).groups() for t in (
        "đã được tặng tại Quyết định số 1402/QĐ-UBND ngày 7 tháng 9 năm 2022 của Chủ tịch",
        "theo Quyết định số 88/QĐ-BCA ngày 15/1/2021",
        "QĐ số 9/QĐ-UBND ngày 3 tháng 2, năm 2020")]
    assert got == [("1402/QĐ-UBND", "7", "9", "2022"), ("88/QĐ-BCA", "15", "1", "2021"),
                   ("9/QĐ-UBND", "3", "2", "2020")]


def test_a_decision_with_a_day_and_month_only_has_no_date():
    assert DECISION.search("Quyết định số 5/QĐ-UBND ngày 3 tháng 2 về việc").groups() == ("5/QĐ-UBND", None, None, None)


def test_a_revoked_conferral_keeps_its_decisions_date_in_words():
    conferring, revoking = revocation_decisions(
        "Thu hồi Bằng khen của Chủ tịch UBND tỉnh đã tặng cho bà Phan Thị Mai tại Quyết định số 1402/QĐ-UBND ngày "
        "7 tháng 9 năm 2022.", ("61/QĐ-UBND", "2024-03-02"))
    assert (conferring, revoking) == (("1402/QĐ-UBND", "2022-09-07"), ("61/QĐ-UBND", "2024-03-02"))


def test_header_date_and_decision_share_one_date_pattern():
    """engine.HEADER_DATE and lexicon.DECISION are built from lexicon.day_month_year: the same regular expressions as
    written out by hand before (session 24 tidy), DECISION also allowing a comma before "năm" (and, since session 43,
    "Quyết" and "quyết" written as two alternatives: the same matches, test_speed_session43_gates.py)."""
    from extractors.engine import HEADER_DATE
    from extractors.lexicon import DECISION

    assert HEADER_DATE.pattern == (r"ngày\s*(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)"
                                   r"((?:19|20)\d\d)(?!\d)")
    assert DECISION.pattern == (
        r"(?:Quyết [Đđ]ịnh|quyết [Đđ]ịnh|QĐ)\s*(?:số\s*)?(\d+[\w/.-]*/[\w.-]*[A-ZĐ][\w-]*(?:\s?[-\u2013]\s?[A-ZĐ]{2}[\w-]*)?)"
        r"(?:\s*,?\s*ngày\s*(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|\s*,?\s+năm\s+)((?:19|20)\d\d))?")
    assert HEADER_DATE.search("Hà Nội, ngày 5 tháng 3 năm 2024").groups() == ("5", "3", "2024")
    assert HEADER_DATE.search("ngày 5 tháng 3, năm 2024") is None  # no comma in a header's date
    assert DECISION.search("Quyết định số 12/QĐ-UBND ngày 5 tháng 3, năm 2024").groups() == ("12/QĐ-UBND", "5", "3",
                                                                                              "2024")

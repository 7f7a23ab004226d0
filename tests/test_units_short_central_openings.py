"""Units: listed central bodies whose opening words the press writes short ("T.Ư Đoàn", "BCH Trung ương Đảng";
``unit_variants.short_openings``). Every sentence here was written for these tests; the expected facts are worked
out by hand.
"""
from __future__ import annotations

from extractors.components.unit_variants import short_openings
from tests.test_extractors import facts_of

ABBREVIATIONS = {"BCH": "Ban Chấp hành", "TP": "thành phố"}


def test_short_openings_of_a_central_name():
    assert short_openings("Trung ương Đoàn", ABBREVIATIONS) == ["TƯ Đoàn", "TW Đoàn", "T.Ư Đoàn"]
    assert short_openings("Ban Chấp hành Trung ương", ABBREVIATIONS) == [
        "BCH Trung ương", "BCH TƯ", "BCH TW", "BCH T.Ư"]
    assert short_openings("Bộ Công an", ABBREVIATIONS) == []


def test_youth_union_centre_written_t_u():
    g = facts_of("Hôm qua, T.Ư Đoàn đã tặng bằng khen cho em Lê Văn Tâm.")
    assert "T.Ư Đoàn" in g["units"]


def test_central_committee_written_bch():
    g = facts_of("Nhà trường làm theo Nghị quyết 20 của BCH Trung ương khóa XII về y tế.")
    assert g["units"] == ["BCH Trung ương"]


def test_central_committee_of_the_party_written_bch_t_u():
    g = facts_of("Hội nghị lần thứ tư BCH T.Ư Đảng đã bế mạc.")
    assert g["units"] == ["BCH T.Ư Đảng"]


def test_lower_case_syllables_are_no_short_opening():
    g = facts_of("Các nhà đầu tư đoàn kết để vượt khó.")
    assert g["units"] == []

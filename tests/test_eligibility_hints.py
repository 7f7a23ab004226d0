"""Eligibility hints say what their rule needs (newcomer's finding, session 21: a single Bằng khen of the Thủ tướng
gave "1 consecutive year(s) … may be proposed for Huân chương Lao động hạng Ba", though the rule also asks for five
more years of excellent work). Timelines written for this test; hints worked out by hand from eligibility.tsv."""
from __future__ import annotations

from outputs.eligibility import hints


def _award(name, year):
    return {"award": name, "year": year, "status": "conferred", "revoked": 0}


def test_one_certificate_of_the_prime_minister_is_not_a_streak():
    out = hints([_award("Bằng khen của Thủ tướng Chính phủ", 2024)], "person")
    assert len(out) == 1
    assert "consecutive year(s)" not in out[0] and "1 consecutive" not in out[0]
    assert "Huân chương Lao động hạng Ba may be proposed only after 5 or more further consecutive years" in out[0]
    assert "from 2029 at the earliest" in out[0] and "Art. 44" in out[0]


def test_a_rule_for_individuals_gives_a_unit_no_hint():
    assert hints([_award("Bằng khen của Thủ tướng Chính phủ", 2024)], "unit") == []
    units = hints([_award("Tập thể Lao động xuất sắc", 2024), _award("Tập thể Lao động xuất sắc", 2025)], "unit")
    assert len(units) == 1 and units[0].startswith("2 consecutive years of an award matching")
    assert hints([_award("Tập thể Lao động xuất sắc", 2024), _award("Tập thể Lao động xuất sắc", 2025)],
                 "person") == []


def test_a_streak_still_counts_its_years():
    out = hints([_award("Chiến sĩ thi đua cơ sở", y) for y in (2024, 2025, 2026)], "person")
    assert out and out[0].startswith("3 consecutive years of an award matching 'chien si thi dua co so' (2024–2026)")

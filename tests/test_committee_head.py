"""One definition of a people's committee's opening words (session 36): unit_parents.PROVINCE_COMMITTEE wrote the
alternation of conferral_passes' committee again, with "[Nn]hân dân". Both now take it from
unit_words.committee_head, matching as before: the same expressions, character for character."""
from __future__ import annotations

from extractors.components.conferral_passes import CHAIRMAN_CONF, COMMITTEE_CONF
from extractors.components.unit_parents import PROVINCE_COMMITTEE
from extractors.components.unit_words import committee_head


def test_the_expressions_are_those_written_before():
    assert committee_head() == "(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)"
    assert PROVINCE_COMMITTEE.pattern == \
        r"(?:UBND|Ủy ban [Nn]hân dân|Uỷ ban [Nn]hân dân) (?:tỉnh |thành phố |TP\.? ?|Tp\.? ?)?(.+)$"


def test_what_each_reads():
    assert PROVINCE_COMMITTEE.match("Ủy ban Nhân dân tỉnh Lạng Sơn").group(1) == "Lạng Sơn"
    assert PROVINCE_COMMITTEE.match("Uỷ ban nhân dân thành phố Cần Thơ").group(1) == "Cần Thơ"
    assert PROVINCE_COMMITTEE.match("UBND TP. Huế").group(1) == "Huế"
    assert PROVINCE_COMMITTEE.match("Hội đồng nhân dân tỉnh Lạng Sơn") is None
    assert COMMITTEE_CONF.match("Uỷ ban nhân dân tỉnh Cao Bằng").groups() == ("tỉnh", "Cao Bằng")
    assert COMMITTEE_CONF.match("Ủy ban Nhân dân tỉnh Cao Bằng") is None  # a capital "Nhân": not this rule's
    assert CHAIRMAN_CONF.match("Chủ tịch UBND huyện").groups() == ("huyện", None)

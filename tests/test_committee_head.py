"""One definition of a people's committee's opening words (session 36): unit_parents.PROVINCE_COMMITTEE wrote the
alternation of conferral_passes' committee again, with "[Nn]hân dân". Both now take it from
unit_words.committee_head, matching as before: what each expression takes and leaves (every spelling of the head,
every way of writing the level), not its text."""
from __future__ import annotations

import re

from extractors.components.conferral_passes import CHAIRMAN_CONF, COMMITTEE_CONF
from extractors.components.unit_parents import PROVINCE_COMMITTEE
from extractors.components.unit_words import committee_head


def test_the_head_takes_the_abbreviation_and_both_tone_placements():
    head = re.compile(committee_head() + "$")
    for name in ("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân"):
        assert head.match(name), name
    for name in ("Ủy ban Nhân dân", "Ủy ban", "UB nhân dân", "Ubnd", "Hội đồng nhân dân"):
        assert head.match(name) is None, name
    title_case = re.compile(committee_head("[Nn]hân dân") + "$")
    assert title_case.match("Ủy ban Nhân dân") and title_case.match("Uỷ ban Nhân dân")
    assert re.fullmatch(committee_head(), "UBND x") is None  # no group, no trailing words: the caller writes them


def test_the_province_committee_takes_each_level_written_before_the_name():
    for typed, place in (("UBND tỉnh Hà Giang", "Hà Giang"), ("Ủy ban nhân dân thành phố Đà Lạt", "Đà Lạt"),
                         ("Uỷ ban Nhân dân TP.Vinh", "Vinh"), ("UBND TP Thủ Đức", "Thủ Đức"),
                         ("UBND Tp. Bảo Lộc", "Bảo Lộc"), ("Ủy ban nhân dân Tp Sa Đéc", "Sa Đéc"),
                         ("UBND huyện Mèo Vạc", "huyện Mèo Vạc")):  # (a district's level is not taken off)
        assert PROVINCE_COMMITTEE.match(typed).group(1) == place, typed
    assert PROVINCE_COMMITTEE.groups == 1


def test_what_each_reads():
    assert PROVINCE_COMMITTEE.match("Ủy ban Nhân dân tỉnh Lạng Sơn").group(1) == "Lạng Sơn"
    assert PROVINCE_COMMITTEE.match("Uỷ ban nhân dân thành phố Cần Thơ").group(1) == "Cần Thơ"
    assert PROVINCE_COMMITTEE.match("UBND TP. Huế").group(1) == "Huế"
    assert PROVINCE_COMMITTEE.match("Hội đồng nhân dân tỉnh Lạng Sơn") is None
    assert COMMITTEE_CONF.match("Uỷ ban nhân dân tỉnh Cao Bằng").groups() == ("tỉnh", "Cao Bằng")
    assert COMMITTEE_CONF.match("Ủy ban Nhân dân tỉnh Cao Bằng") is None  # a capital "Nhân": not this rule's
    assert CHAIRMAN_CONF.match("Chủ tịch UBND huyện").groups() == ("huyện", None)

"""A district, town or ward written by its abbreviated level glued to its name ("Q.", "H.", "TX.", "P.") belongs to
the unit's name, as "TP." does (unit_extent.DOTTED_MARKS).  Sentences written for these tests; values worked out by
hand: before the rule the name stopped at the level's letter ("Công an Q", "UBND P")."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_glued_district_or_ward_stays_in_the_name():
    assert unit_names("Công an Q.Tân Phú vừa tạm giữ hai thanh niên.") == ["Công an Q.Tân Phú"]
    assert unit_names("Đội CSGT Công an H.Bình Chánh lập biên bản.") == ["Đội CSGT Công an H.Bình Chánh"]
    assert unit_names("UBND P.Hòa Bình đã họp dân chiều qua.") == ["UBND P.Hòa Bình"]
    assert unit_names("Ông Lâm, Trưởng Công an TX.Hương Trà, cho biết.") == ["Công an TX.Hương Trà"]


def test_a_dot_that_ends_the_sentence_still_ends_the_name():
    # the dot after a level's letter joins only a capitalised word written next; a sentence's stop ends the name
    assert unit_names("Hồ sơ gửi Công an TP Huế. Sáng nay trời mưa.") == ["Công an TP Huế"]

"""Units: a local body named only by its level, which no place of its sentence or document completes, is no unit of
its own (session 29)."""
from __future__ import annotations

from extractors.resolve import _placeless
from tests.test_units_noise import facts


def test_a_film_title_holding_a_party_committee_gives_no_unit():
    g = facts("Nghệ sĩ Trần Hải từng đóng các phim: Mùa lúa chín, Bí thư tỉnh ủy, Dòng sông quê.")
    assert g["units"] == []


def test_a_level_alone_completed_by_its_sentence_stays():
    g = facts("Tại tỉnh Bắc Giang, UBND tỉnh đã tặng bằng khen cho ông Hà Văn Lực.")
    assert "UBND tỉnh Bắc Giang" in g["units"]


def test_which_names_are_placeless():
    assert [_placeless(n) for n in ("Tỉnh ủy", "UBND TP", "Công an huyện", "Công an Thành phố", "UBND tỉnh Bắc Giang",
                                    "Sở Y tế")] == [True, True, True, False, False, False]

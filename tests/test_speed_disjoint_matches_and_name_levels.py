"""Session 17's speed structures, their values checked by hand: longest_first's pass-through of matches that do
not overlap (base._disjoint) and the per-name part of resolve.complete_place (resolve.name_levels)."""
from extractors.components.base import _disjoint, longest_first
from extractors.resolve import complete_place, name_levels

K = 7  # (the match key longest_first ignores)


def test_disjoint_matches_pass_through_in_order():
    assert _disjoint([(0, 2), (2, 3), (5, 9)])
    assert longest_first([(K, 0, 2), (K, 2, 3), (K, 5, 9)]) == [(0, 2), (2, 3), (5, 9)]
    assert longest_first([]) == []


def test_out_of_order_or_overlapping_matches_take_the_greedy_pass():
    assert not _disjoint([(5, 7), (1, 3)])  # out of order: sorted by the greedy pass
    assert longest_first([(K, 5, 7), (K, 1, 3)]) == [(1, 3), (5, 7)]
    assert not _disjoint([(0, 2), (1, 4), (4, 5)])
    assert longest_first([(K, 0, 2), (K, 1, 4), (K, 4, 5)]) == [(1, 4), (4, 5)]  # the longest first, then what fits
    assert longest_first([(K, 1, 3), (K, 1, 3)]) == [(1, 3)]  # the same span twice is kept once


def test_name_levels_by_hand():
    assert name_levels("UBND tỉnh") == (("tỉnh",), "tỉnh", True, -1)
    assert name_levels("Thành ủy") == (("city",), None, False, -1)
    assert name_levels("ỦY BAN NHÂN DÂN TỈNH") == ((), "tỉnh", False, -1)
    assert name_levels("tỉnh") == ((), None, False, -1)  # a level word alone closes no name (BARE_LEVEL: after a space)
    assert name_levels("Sở Nội vụ") == ((), None, False, 0)
    assert name_levels("Văn phòng Sở Nội vụ") == ((), None, False, 10)
    assert name_levels("Hội Nông dân") == ((), None, False, -1)


def test_complete_place_reads_the_levels_as_before():
    assert complete_place("UBND tỉnh", {"tỉnh": "Phú Thọ"}) == "UBND tỉnh Phú Thọ"
    assert complete_place("Thành đoàn", {"city": "HCM"}) == "Thành đoàn TP. HCM"
    assert complete_place("Hội Nông dân tỉnh", {}) == "Hội Nông dân tỉnh"
    assert complete_place("Sở Nội vụ", {}, "", "tỉnh Quảng Trị") == "Sở Nội vụ tỉnh Quảng Trị"
    assert complete_place("Sở Nội vụ", {}) == "Sở Nội vụ"
    assert complete_place("Sở Nội vụ", {}, "Ở tỉnh Bắc Kạn, Sở Nội vụ vừa khen thưởng 3 cán bộ.") == \
        "Sở Nội vụ tỉnh Bắc Kạn"

"""Award names, round 2: kinds seen on news outside the dev set (``extractors/components/awards.py``).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import awards, facts_of  # noqa: F401  (shared helpers)


# --- the titled giver of a certificate is its conferrer ----------------------------------------------

def test_titled_giver_with_name_confers_the_certificate():
    g = facts_of("Chủ tịch UBND tỉnh Hòa Bình Nguyễn Văn Long đã tặng bằng khen cho anh Lê Văn Tám vì thành tích cứu người.")
    assert awards(g) == {("Lê Văn Tám", "Bằng khen của Chủ tịch UBND tỉnh Hòa Bình", "conferred")}


def test_titled_giver_with_rank_and_comma():
    g = facts_of("Giám đốc Công an tỉnh Thái Bình, Đại tá Phạm Văn Minh trao giấy khen cho Đội Cảnh sát giao thông.")
    assert awards(g) == {("Đội Cảnh sát giao thông", "Giấy khen của Giám đốc Công an tỉnh Thái Bình", "conferred")}


def test_passive_subject_is_no_giver():
    g = facts_of("Chủ tịch UBND xã Yên Lạc Trần Văn Cường được tặng bằng khen.")
    assert all(" của " not in a["award"] for a in g["awards"])

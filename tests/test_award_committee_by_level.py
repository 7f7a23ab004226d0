"""Round 4 of award extraction: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_committee_named_by_its_level_is_the_chairman_the_document_names():
    # the chairman of the province's committee confers it (Luật 06/2022/QH15 Art. 74); the second sentence names
    # the committee by its level only
    g = facts_of("Chủ tịch UBND tỉnh Bình Phước đã truy tặng bằng khen cho anh Lê Văn Tám.",
                 "Chiều 5/3, bà Hoa trao bằng khen đột xuất của UBND tỉnh cho anh Lê Văn Tám.")
    assert people(g) == {("Lê Văn Tám", "Bằng khen của Chủ tịch UBND tỉnh Bình Phước")}


def test_committee_by_level_stays_bare_without_a_chairman_of_that_level():
    g = facts_of("Chủ tịch UBND tỉnh Bình Phước đã tặng bằng khen cho anh Lê Văn Tám.",
                 "Chiều 5/3, UBND huyện trao giấy khen của UBND huyện cho anh Trần Văn Bảy.")
    assert people(g) == {("Lê Văn Tám", "Bằng khen của Chủ tịch UBND tỉnh Bình Phước"),
                         ("Trần Văn Bảy", "Giấy khen của UBND huyện")}

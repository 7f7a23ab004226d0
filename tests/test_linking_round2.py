"""Linking round 2: award recipients and names on sentences written for these tests (expected values by hand)."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_named_force_subject_receives_listed_awards():
    """"lực lượng <proper name>" as the subject of "được … trao tặng" receives each listed award."""
    g = facts_of("Nhờ những đóng góp đó, lực lượng Kiểm lâm đã được Nhà nước trao tặng Huân chương lao động, "
                 "Bằng khen của Thủ tướng Chính phủ.")
    assert people(g) == {("lực lượng Kiểm lâm", "Huân chương Lao động"),
                         ("lực lượng Kiểm lâm", "Bằng khen của Thủ tướng Chính phủ")}


def test_unnamed_force_is_no_recipient():
    """A force without a proper name ("lực lượng chức năng") is nobody's recipient."""
    g = facts_of("Lực lượng chức năng đã được tặng Bằng khen của Thủ tướng Chính phủ.")
    assert people(g) == set()

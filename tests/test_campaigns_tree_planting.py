"""Round 4 of campaign extraction: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_tree_planting_festival_without_a_head():
    g = facts_of("Sáng 5/2, huyện Lộc Ninh tổ chức lễ ra quân Tết trồng cây Xuân Giáp Thìn.")
    assert g["campaigns"] == ["Tết trồng cây"]
    # written in lower case it is the event, not a cue of its own
    assert facts_of("Các em đi tết trồng cây cùng thầy cô.")["campaigns"] == []

"""Round 4 of campaign extraction: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_patriotic_emulation_keeps_its_emulation():
    # the movement's own name is "thi đua yêu nước" (Lời kêu gọi thi đua ái quốc, 1948)
    assert facts_of("Nhà máy đẩy mạnh phong trào thi đua yêu nước trong công nhân.")["campaigns"] == \
        ["thi đua yêu nước"]
    assert facts_of("Hội nông dân hưởng ứng phong trào thi đua ái quốc.")["campaigns"] == ["thi đua ái quốc"]


def test_other_short_names_do_not_take_the_emulation():
    assert facts_of("Xã phát huy phong trào thi đua dân vận khéo.")["campaigns"] == ["dân vận khéo"]


def test_tree_planting_festival_without_a_head():
    g = facts_of("Sáng 5/2, huyện Lộc Ninh tổ chức lễ ra quân Tết trồng cây Xuân Giáp Thìn.")
    assert g["campaigns"] == ["Tết trồng cây"]
    # written in lower case it is the event, not a cue of its own
    assert facts_of("Các em đi tết trồng cây cùng thầy cô.")["campaigns"] == []

"""A preamble naming a proposer before the giver ("Theo kiến nghị của Thanh tra tỉnh, Chủ tịch UBND tỉnh tặng …",
"Trên cơ sở đề nghị của …, … đã tặng …") made the award proposed, and the proposer a second conferrer, once
"kiến nghị" became a propose cue (848ba0f): the preamble was a word list in code of four phrases.  Now any propose
cue of triggers.tsv after an opener of preamble_openers.txt ("theo", "xét", "trên cơ sở") and before "của" opens a
preamble (conferral_cues._preamble_at).  Review of session 23, finding 6; sentences of our own wording."""
from __future__ import annotations

import pytest

from extractors.components.conferral_cues import _preamble_at
from tests.test_extractors import facts_of


def _awards(*lines) -> list:
    return sorted((a["recipient"], a["award"], a["status"]) for a in facts_of(*lines)["awards"])


@pytest.mark.parametrize("sentence", [
    "Theo kiến nghị của Thanh tra tỉnh, Chủ tịch UBND tỉnh Hà Nam tặng Bằng khen cho bà Lê Thị Hoa.",
    "Trên cơ sở đề nghị của Hội đồng Thi đua - Khen thưởng, Chủ tịch UBND tỉnh Hà Nam đã tặng Bằng khen cho bà Lê "
    "Thị Hoa.",
    "Xét đề xuất của Sở Y tế, Chủ tịch UBND tỉnh Hà Nam tặng Bằng khen cho bà Lê Thị Hoa.",
])
def test_a_preamble_naming_the_proposer_leaves_the_conferral(sentence):
    assert _awards(sentence) == [("Lê Thị Hoa", "Bằng khen của Chủ tịch UBND tỉnh Hà Nam", "conferred")]


def test_a_recommendation_without_an_opener_still_proposes():
    assert _awards("Thanh tra tỉnh kiến nghị Chủ tịch UBND tỉnh Hà Nam tặng Bằng khen cho bà Lê Thị Hoa.") == [
        ("Lê Thị Hoa", "Bằng khen của Chủ tịch UBND tỉnh Hà Nam", "proposed")]


def test_the_preamble_words():
    words = "Trên cơ sở kiến nghị của Sở".split()  # "của" is word 5
    assert _preamble_at(words, 5) and not _preamble_at(words, 4)
    assert not _preamble_at("Kiến nghị của Sở".split(), 2)  # no opener before the cue

"""Session 25's speed changes of the sports gate and of two sets made per document (values worked out by hand,
sentences of our own).

``is_sports_text`` ran its regex of 80 alternatives over every document's whole text, about 2% of extraction;
almost no document holds three cue tails of two entries, and those never reach the regex now.  The collectives'
set of sports teams was made anew for every document, and the minister titles' test collected the tokens of every
unit of a document before knowing whether a title is written: the set is made once, the tokens only for a title.
"""
from __future__ import annotations

import pytest

from extractors import sports
from extractors.components.base import state
from extractors.nlp import get_nlp
from extractors.sports import _may_be_sports, is_sports_text, sports_team_set, sports_teams


def test_counts_of_cue_tails():
    # "cầu thủ", "ghi bàn", "hlv" in the lower-cased text: three cues of three entries
    assert _may_be_sports("Cầu thủ trẻ ghi bàn ở phút cuối và HLV rất hài lòng.")
    # "clb" thrice: one entry ("CLB") whatever the count
    assert not _may_be_sports("CLB dưỡng sinh, CLB thơ và CLB cựu chiến binh của phường.")
    # "lập công" of "thành lập công ty" and "motogp": two cues of two entries, two in all (three needed)
    assert not _may_be_sports("Hãng thành lập công ty mới và lấy cảm hứng từ MotoGP.")
    # cues inside longer words count too (a necessary test only): "clb" of "HCLB", "motogp" of "MotoGPX", "lập công"
    assert _may_be_sports("Nhóm HCLB, hãng MotoGPX và người lập công.")
    assert not is_sports_text("Nhóm HCLB, hãng MotoGPX và người lập công.")  # whole words: "lập công" alone


def test_no_regex_pass_when_the_counts_rule_it_out(monkeypatch):
    def no_regex():
        raise AssertionError("the regex ran")

    monkeypatch.setattr(sports, "_cue_pattern", no_regex)
    assert not is_sports_text("UBND huyện tặng Bằng khen cho CLB dưỡng sinh của phường.")
    with pytest.raises(AssertionError):
        is_sports_text("Cầu thủ trẻ ghi bàn ở phút cuối và HLV rất hài lòng.")


def test_the_team_set_is_made_once():
    assert sports_team_set() is sports_team_set()
    assert sports_team_set() == set(sports_teams())


def test_minister_fields_with_and_without_units_before():
    def units(text):
        return [u.text for u in state(get_nlp()(text))["unit"]]

    assert units("Ông Trần Văn Bình, Thứ trưởng Nội vụ, dự lễ.") == ["Bộ Nội vụ"]  # no unit before the title
    # a unit covers the first field; the second title names the ministry again
    assert units("Thứ trưởng Bộ Nội vụ Trần Văn Bình dự lễ cùng Thứ trưởng Nội vụ Lê An.") == ["Bộ Nội vụ", "Bộ Nội vụ"]
    assert units("Bằng khen của Bộ trưởng Công an tặng ông Lê An.") == []  # a title that confers names no ministry

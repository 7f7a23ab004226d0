"""Session 26: the collectives ask whether a document is a sports story only when it names a team of
``sports_teams.txt``; a story naming none is not read for cues at all (it was, for every document)."""
from __future__ import annotations

from extractors import sports
from extractors.components.base import state
from extractors.nlp import get_nlp


def _units_and_asked(monkeypatch, text):
    asked = []
    real = sports._sports_lowered  # (what sports_story asks of the document's lower-cased text, session 41)

    def counted(t):
        asked.append(t)
        return real(t)

    monkeypatch.setattr(sports, "_sports_lowered", counted)
    units = [u.text for u in state(get_nlp()(text))["unit"]]
    return units, len(asked)


def test_no_team_named_no_cue_reading(monkeypatch):
    units, asked = _units_and_asked(monkeypatch, "Cầu thủ Lê An ghi bàn, HLV đội tuyển khen ngợi tại sân Mỹ Đình.")
    assert asked == 0


def test_a_team_named_in_a_sports_story_is_still_a_unit(monkeypatch):
    units, asked = _units_and_asked(monkeypatch, "Cầu thủ trẻ ghi bàn, HLV khen ngợi. Đội khách Valencia thua 1-2.")
    assert asked == 1 and "Valencia" in units


def test_a_team_named_outside_a_sports_story_is_no_unit(monkeypatch):
    units, asked = _units_and_asked(monkeypatch, "Đoàn khách du lịch đã đến Valencia trong tuần qua.")
    assert asked == 1 and "Valencia" not in units

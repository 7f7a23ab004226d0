"""``_shared_conferrers`` (extractors/components/awards.py) walks the award list once: the run of awards that
start together after award k is found by index, not by skipping k items again on every step.

Sentences and lists here are made up for these tests; the expected names are worked out by hand.
"""
from __future__ import annotations

import time
from types import SimpleNamespace

from extractors.components.awards import _shared_conferrers
from extractors.components.base import Ent


def _entry(kind, tail=None):
    return SimpleNamespace(kind=kind, tail=tail)


def test_flag_before_a_certificate_takes_its_conferrer():
    # words: Cờ thi đua , Bằng khen của Bộ Y tế
    doc = SimpleNamespace(words=["Cờ", "thi", "đua", ",", "Bằng", "khen", "của", "Bộ", "Y", "tế"])
    awards = [Ent("award", 0, 3, "Cờ thi đua", {"entry": _entry("emulation", "conferrer")}),
              Ent("award", 4, 10, "Bằng khen của Bộ Y tế", {"entry": _entry("certificate")})]
    out = _shared_conferrers(doc, awards)
    assert [a.text for a in out] == ["Cờ thi đua của Bộ Y tế", "Bằng khen của Bộ Y tế"]


def test_long_award_list_is_walked_in_linear_time():
    n = 60000
    doc = SimpleNamespace(words=["x"] * (2 * n))
    awards = [Ent("award", 2 * i, 2 * i + 1, "Huân chương Lao động", {"entry": None}) for i in range(n)]
    t = time.process_time()
    out = _shared_conferrers(doc, awards)
    assert len(out) == n
    # a quadratic walk takes ~9 s here (0.15 s for 8000); a linear one well under a second
    assert time.process_time() - t < 3.0

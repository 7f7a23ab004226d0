"""Session 46's speed changes give the same answers as before (names and sentences of our own, values worked out by
hand).

- ``extractors.once.Once``: a document's year and places, computed on the first call and kept, as
  ``functools.cache(functools.partial(...))`` gave them, without its wrapper's cost.
- ``unit_holders.Holders._foreign_holder_at`` asks first whether a position title ends before the body (its last
  test, a pure one): a body after no title is not walked for a holder's name.
- ``pipeline.normalize.normalize_text`` scans a text once for every character it replaces one by one (zero-width
  characters, dashes, lookalikes of "Đ", blanks other than a space) and runs none of the four patterns when none is
  there.
- ``pipeline.letterhead._cited_title`` upper-cases and normalises only a line of a title's length (300 characters at
  most): a longer one was never taken.
"""
from __future__ import annotations

import pytest

from pipeline.model import Block


def test_once_computes_on_the_first_call_and_keeps_the_value():
    from extractors.once import Once

    calls = []

    def year(text, bonus):
        calls.append(text)
        return int(text[-4:]) + bonus

    value = Once(year, "ngày 2/9/2019", 1)
    assert calls == []  # (nothing computed when made)
    assert value() == 2020 and value() == 2020
    assert calls == ["ngày 2/9/2019"]  # (once)
    none = Once(lambda: None)
    assert none() is None and none() is None  # (None is a value kept too)


def test_once_keeps_no_exception():
    from extractors.once import Once

    tries = []

    def flaky():
        tries.append(1)
        if len(tries) == 1:
            raise ValueError("first")
        return len(tries)

    value = Once(flaky)
    with pytest.raises(ValueError):
        value()
    assert value() == 2 and value() == 2 and len(tries) == 2  # (computed again after the exception, then kept)


def test_the_documents_places_are_a_once_value():
    from extractors import resolve
    from extractors.once import Once

    places = resolve._DocumentPlaces(["Tại tỉnh Lai Châu, đoàn thăm tỉnh Lai Châu."])
    assert isinstance(places.places, Once)
    assert places.get("tỉnh") == "Lai Châu" and places.get("huyện") is None


def test_a_cited_title_longer_than_a_title_is_not_normalised(monkeypatch):
    from pipeline import letterhead

    seen = []
    real = letterhead._normalize_text()
    monkeypatch.setattr(letterhead, "_normalize_text", lambda: lambda text: seen.append(text) or real(text))
    long_line = "Nghị định của Chính phủ số 12/2009/NĐ-CP ngày 5/3/2009 về chợ " + "và hội chợ " * 22
    assert len(long_line) > 300
    blocks = [Block("Chính phủ"), Block(long_line), Block("Nghị định của Chính phủ số 45/2011/NĐ-CP"),
              Block("ngày 3/6/2011 về quản lý chợ.")]
    assert letterhead._cited_title(blocks) == "Nghị định của Chính phủ số 45/2011/NĐ-CP ngày 3/6/2011 về quản lý chợ."
    assert seen == ["NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 45/2011/NĐ-CP"]  # (the long line never upper-cased nor normalised)
    assert letterhead._cited_title(blocks[:2]) is None  # (too long to be a title, as before)


def _facts(line: str) -> dict:
    from extractors import extract
    from pipeline.model import Document
    from pipeline.normalize import normalize_document

    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=line)]))
    return extract(doc).to_guidelines("t.txt")


def test_a_body_after_no_title_is_not_walked_for_a_foreign_holder(monkeypatch):
    from extractors.components import unit_holders

    asked = []
    real = unit_holders.chamber_before
    monkeypatch.setattr(unit_holders, "chamber_before", lambda words, k: asked.append(words[k]) or real(words, k))
    # no title before the body: no holder, the capitalised run stays the body's name, as before
    g = _facts("Ủy ban Tình báo Thượng viện Harold Venning cho biết cuộc điều tra sẽ tiếp tục.")
    assert g["units"] == ["Ủy ban Tình báo Thượng viện Harold Venning"] and g["officials"] == []
    g = _facts("Đoàn đã làm việc với Hạ viện Doreen Whitcombe về dự luật.")
    assert g["units"] == ["Hạ viện Doreen Whitcombe"] and g["officials"] == []
    assert asked == []  # (the chamber, the name's run and its words never read)
    # after a title, the holder as before (tests/test_units_foreign_holders.py)
    g = _facts("Phát biểu hôm qua, Chủ tịch Hạ viện Doreen Whitcombe cho biết dự luật sẽ được thông qua.")
    assert g["units"] == []
    assert g["officials"] == [{"name": "Doreen Whitcombe", "position": "Chủ tịch", "unit": "Hạ viện"}]
    assert "Doreen" in asked


def test_a_text_without_the_characters_replaced_is_scanned_once(monkeypatch):
    from pipeline import normalize

    asked = []

    class Recorded:
        def __init__(self, pattern):
            self.pattern = pattern

        def sub(self, *args):
            asked.append(self.pattern.pattern)
            return self.pattern.sub(*args)

        def search(self, *args):
            asked.append(self.pattern.pattern)
            return self.pattern.search(*args)

    for name in ("_ZERO_WIDTH", "_DASHES", "_D_LOOKALIKE", "_ODD_BLANK"):
        monkeypatch.setattr(normalize, name, Recorded(getattr(normalize, name)))
    # two spaces, a lone hyphen, tones placed the old way: no character of the four patterns
    assert normalize.normalize_text("Ông  Trần Văn Hoà - khoẻ") == "Ông Trần Văn Hòa – khỏe"
    assert asked == []
    # each of them, replaced as before: a zero-width space, an em dash, an eth for "Đ", a no-break space and a tab
    assert normalize.normalize_text("\u00d0\u200bội\u00a0tuyển\u2014U23\tthuỷ") == "Đội tuyển-U23 thủy"
    assert len(asked) == 4
    assert normalize.normalize_text("Doi\tU23") == "Doi U23" and len(asked) == 5  # (ASCII: the blanks' pattern alone)


def test_time_adverbs_are_one_set_made_once():
    """officials._time_adverb_before reads one set of the later and then adverbs, made at import (review of 359c221:
    the union was built anew for every word length of every "là" after a name)."""
    from extractors.components import officials
    assert officials.TIME_ADVERBS == officials.LATER_ADVERBS | officials.THEN_ADVERBS
    words = "ông A , khi đó là Phó".split()
    assert officials._time_adverb_before(words, 5) and not officials._time_adverb_before(words, 4)

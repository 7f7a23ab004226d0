"""The years a fact may be of are one named range, lexicon.FIRST_FACT_YEAR to LAST_FACT_YEAR (1940 to 2049), which
the year pattern, the championships' sentence year and the anniversaries read (session 34: 1940 and 2049 were
written in three places). Years and sentences written for this test."""
from __future__ import annotations

from types import SimpleNamespace

from extractors import engine, lexicon
from extractors.components import championships


def test_the_year_pattern_spells_the_named_range():
    matched = [y for y in range(1000, 3000) if lexicon.YEAR.fullmatch(str(y))]
    assert (matched[0], matched[-1], len(matched)) == (lexicon.FIRST_FACT_YEAR, lexicon.LAST_FACT_YEAR, 110)
    # the years a story writes of itself end where the facts' do
    assert [y for y in range(1000, 3000) if engine.YEAR_OF.fullmatch(f"năm {y}")][-1] == lexicon.LAST_FACT_YEAR


def test_a_championships_sentence_year_is_a_fact_year():
    sentence = SimpleNamespace(words=["mùa", "1939", ",", "2050", "và", "1940", "2049"])
    assert championships._sentence_year(sentence, 0, 7) == 1940
    assert championships._sentence_year(sentence, 3, 5) is None  # 2050 only: no fact year


def test_an_anniversary_later_than_the_last_fact_year_is_no_event():
    text = "Lễ kỷ niệm 10 năm ngày truyền thống ({})"
    for origin, event in ((2039, 2049), (2040, 2040)):  # 2040 + 10 = 2050: the year stays as written
        written = text.format(origin)
        assert engine.anniversary(written, written.index(str(origin)), origin) == event

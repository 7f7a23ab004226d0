"""Persons and units, session 39: a foreign government's seat named for its building ("Lầu Năm Góc", the US
Department of Defense) is a unit by its bare name (``corpora/gazetteers/named_units.txt``), never a person read from
its first word, a surname of surnames.txt; a spokesman's name glued after it starts after it. Every sentence here was
written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import official_names, unit_names


def test_the_body_opening_a_sentence_is_a_unit_not_a_person():
    text = "Hôm thứ Hai, Lầu Năm Góc thông báo sẽ điều thêm hai tàu khu trục tới khu vực."
    assert official_names(text) == []
    assert "Lầu Năm Góc" in unit_names(text)


def test_a_spokesman_glued_after_the_body_is_the_name_alone():
    names = official_names("Người phát ngôn Lầu Năm Góc Harold Brisco nói cuộc tập trận vẫn diễn ra.")
    assert names == ["Harold Brisco"]

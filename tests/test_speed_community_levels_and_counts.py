"""Session 16's speed changes give the same results as before (values worked out by hand, sentences of our own).

- ``persons.after_community_level`` answers at once unless the word before ends as a community's level does
  (``persons._ENDS_COMMUNITY_LEVEL``, a word table);
- ``conferral_counts.COUNT_WORD`` and ``_DUOC``: word tables finding the count words and "được" of a stretch;
- ``resolve._without_levels`` is cached per name.
"""
from __future__ import annotations

from itertools import compress

from extractors import resolve
from extractors.components import conferral_counts, persons


def test_community_level_last_words_by_hand():
    assert {"thôn", "phố", "khu", "ấp", "xóm"} <= persons.COMMUNITY_LAST_WORDS
    assert "tổ" not in persons.COMMUNITY_LAST_WORDS and "dân" not in persons.COMMUNITY_LAST_WORDS
    ends = persons._ENDS_COMMUNITY_LEVEL
    assert ends["Thôn"] and ends["phố"] and ends["XÓM"]
    assert not ends["Văn"] and not ends["tổ"] and not ends[","]


def test_after_community_level_by_hand():
    words = "Trưởng thôn Hòa Bình và tổ dân phố Bắc Sơn , khu phố 3 của ông Lê".split()
    # after "thôn" (2), "tổ dân phố" (8), "khu phố" (13); not after "khu" alone (12), "và", "ông", nor at 0
    assert [i for i in range(len(words)) if persons.after_community_level(words, i)] == [2, 8, 13]
    assert not persons.after_community_level(["thôn"], 0)
    assert not persons.after_community_level(["Tổ", "dân"], 2)  # "tổ dân" is no level


def test_count_words_by_hand():
    words = ["Hai", "sinh", "viên", "và", "12", "em", ",", "100", "người", "được", "Được", "ba", "năm"]
    assert list(compress(range(len(words)), map(conferral_counts.COUNT_WORD.__getitem__, words))) == [0, 4, 11, 12]
    assert list(compress(range(len(words)), map(conferral_counts._DUOC.__getitem__, words))) == [9, 10]


def test_without_levels_cached_by_hand():
    assert resolve._without_levels("Trường Tiểu học xã An Phú") == ("trường", "tiểu", "học", "an", "phú")
    assert resolve._without_levels("Công an thị trấn Cẩm Xuyên") == ("công", "an", "cẩm", "xuyên")
    assert resolve._without_levels("UBND xã nghèo") == ("ubnd", "xã", "nghèo")  # (a level before no name stays)
    assert resolve._without_levels("Trường Tiểu học xã An Phú") is resolve._without_levels("Trường Tiểu học xã An Phú")

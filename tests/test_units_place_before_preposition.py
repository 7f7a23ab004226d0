"""A name closed by a one-syllable place before a preposition of place or direction (unit_extent.AFTER_PLACE): the
preposition opens the predicate, though the place's syllable and it make a dictionary word ("mỹ từ"). Sentences and
names of our own; units by hand."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_preposition_after_a_one_syllable_place_opens_the_predicate():
    assert unit_names("Ông Lâm phục vụ trong Không quân Mỹ từ năm 1990 đến năm 1995.") == ["Không quân Mỹ"]
    assert unit_names("Hải quân Mỹ từ chối bình luận về vụ việc.") == ["Hải quân Mỹ"]


def test_a_seat_after_the_place_still_goes_on():
    assert unit_names("Đại sứ quán Mỹ tại Hà Nội ra thông báo.") == ["Đại sứ quán Mỹ tại Hà Nội"]

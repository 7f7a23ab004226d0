"""Session 29 of award names (resolve._named_in_full_with_recipient): an award given under its short name takes the
fuller name another sentence writes for the same recipient.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_short_title_takes_the_level_written_with_the_same_person():
    g = facts_of("Theo Hội đồng, bà Nguyễn Thị Lan chưa đủ điều kiện xét công nhận danh hiệu chiến sĩ thi đua "
                 "tỉnh Ninh Bình năm 2019.",
                 "Trước đó, huyện đã đề nghị tỉnh xét danh hiệu chiến sĩ thi đua cho bà Lan.")
    assert ("Nguyễn Thị Lan", "Chiến sĩ thi đua tỉnh Ninh Bình") in people(g)
    assert ("Nguyễn Thị Lan", "Chiến sĩ thi đua") not in people(g)


def test_two_fuller_forms_leave_the_short_name():
    """Two levels written with the same person: which one the short name stands for is not said."""
    g = facts_of("Năm 2019, bà Nguyễn Thị Lan không được xét chiến sĩ thi đua cơ sở và chiến sĩ thi đua tỉnh Ninh "
                 "Bình.",
                 "Năm 2020, huyện đề nghị tỉnh xét danh hiệu chiến sĩ thi đua cho bà Lan.")
    assert ("Nguyễn Thị Lan", "Chiến sĩ thi đua") in people(g)

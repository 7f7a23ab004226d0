"""China's State Council is a head of its own ("Quốc vụ viện", unit_types.tsv), not "viện" inside a longer word; a
listed body right after "chỉ số" names a stock index called after it, no mention of the body (eponym_nouns.txt).
Sentences written for these tests; values worked out by hand: before the rules "viện TQ" was the unit of the first,
none of the second, and "Nikkei" the unit of the index."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_the_state_council_is_named_whole_with_its_state():
    assert unit_names("Một cố vấn của Quốc vụ viện TQ nhận định như vậy.") == ["Quốc vụ viện TQ"]
    assert unit_names("Ông Vương từng là ủy viên Quốc vụ viện Trung Quốc.") == ["Quốc vụ viện Trung Quốc"]


def test_an_index_named_after_a_paper_is_no_unit():
    assert unit_names("Phiên sáng nay, chỉ số Nikkei 225 mất gần 1%.") == []
    # the paper itself, named as a source in the same story, is still a unit
    assert unit_names("Chỉ số Nikkei 225 hồi phục, báo Nikkei viết.") == ["báo Nikkei"]

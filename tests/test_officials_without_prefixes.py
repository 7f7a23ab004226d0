"""Session 38 (mndy): one helper strips the prefixes of title_prefixes.txt off a title's words (officials.
_without_prefixes), read by _government_member and by the superlative trimmer.  Titles of our own choosing."""
from __future__ import annotations

from extractors.components.officials import _government_member, _without_prefixes


def test_the_prefixes_opening_a_title_are_stripped_and_its_last_word_kept():
    assert _without_prefixes(["nguyên", "Bộ", "trưởng"]) == ["Bộ", "trưởng"]
    assert _without_prefixes(["Bộ", "trưởng"]) == ["Bộ", "trưởng"]
    assert _without_prefixes(["nguyên"]) == ["nguyên"]  # nothing after it: the word stays
    assert _without_prefixes([]) == []


def test_a_government_member_is_read_after_its_prefix():
    assert _government_member("nguyên Phó Thủ tướng thường trực")
    assert _government_member("cựu Bộ trưởng")
    assert not _government_member("nguyên Giám đốc")

"""Session 14 of campaign extraction: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_a_named_drive_written_without_quotes_is_not_cut_at_its_comma():
    g = facts_of("Phường đẩy mạnh cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh trên "
                 "địa bàn dân cư.")
    assert g["campaigns"] == ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]
    # in lower case, and with the clause going on after a second comma
    g = facts_of("Các thôn hưởng ứng cuộc vận động toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh, "
                 "giữ gìn trật tự xóm làng.")
    assert g["campaigns"] == ["toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]


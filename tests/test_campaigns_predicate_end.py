"""Session 16 of campaign extraction: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_an_unquoted_drive_ends_where_its_predicate_begins():
    # the drive's words, then what the drive does: the name stops before "đẩy nhanh" / "hướng tới"
    g = facts_of("Ban chỉ huy công trường phát động phong trào thi đua lao động sản xuất đẩy nhanh tiến độ đổ bê tông.")
    assert g["campaigns"] == ["lao động sản xuất"]
    g = facts_of("Theo ông Hải, phong trào thi đua xây dựng đời sống văn hóa hướng tới những khu phố không rác thải.")
    assert g["campaigns"] == ["xây dựng đời sống văn hóa"]
    # "lên", "với": the drive's name is then too short to be one (two words)
    assert facts_of("Các quỹ đầu tư đã đẩy phong trào khởi nghiệp lên quá nóng.")["campaigns"] == []
    assert facts_of("Bộ trưởng muốn có phong trào khởi nghiệp với tâm thế của cả một dân tộc.")["campaigns"] == []


def test_a_drive_may_open_with_a_predicate_word():
    # the predicate words close a name only after its first word
    g = facts_of("Hội Nông dân xã phát động phong trào thi đua đẩy mạnh chăn nuôi bò sinh sản trong các chi hội.")
    assert g["campaigns"] == ["đẩy mạnh chăn nuôi bò sinh sản"]

"""A one-letter given name closing a full name ("Hồ Văn Ý": the newcomer of session 44 found "Hồ Văn" for the
goalkeeper) is part of it; a toneless letter (an initial or a placeholder) and a word opened by "Ý" are not.
Sentences written for these tests; each expected value worked out by hand."""
from __future__ import annotations

from tests.test_extractors import official_names as names


def test_y_closes_a_full_name():
    assert names("Thủ môn Phạm Văn Ý đã có trận đấu xuất sắc.") == ["Phạm Văn Ý"]
    assert names("Hội đồng gồm ông Lưu Quang Minh, ông Tạ Văn Ý và bà Hứa Thị Loan.") == \
        ["Lưu Quang Minh", "Tạ Văn Ý", "Hứa Thị Loan"]


def test_a_word_opened_by_y_is_no_part_of_the_name():
    assert names("Cầu thủ Tô Văn Khang Ý kiến của anh được ban huấn luyện lắng nghe.") == ["Tô Văn Khang"]

"""Session 26 (units named twice): a national body written by the initials of its English name ("VOV", "VTV") in a
document that also writes its Vietnamese name is one unit, under that name (held-out 6 and 9 news). Sentences of
our own."""
from __future__ import annotations

from extractors.resolve import english_initials_named
from tests.test_extractors import unit_names


def test_the_initials_beside_the_vietnamese_name_are_that_body():
    """Before: both "VOV" and "Đài Tiếng nói Việt Nam" were listed."""
    names = unit_names("Đài Tiếng nói Việt Nam vừa khai trương kênh phát thanh mới.",
                       "Tổng Giám đốc VOV đã trao quà cho thính giả.")
    assert "Đài Tiếng nói Việt Nam" in names
    assert "VOV" not in names


def test_the_name_is_taken_as_the_document_writes_it_and_only_when_written():
    text = "Bộ phim do Trung tâm Sản xuất phim, Đài truyền hình Việt Nam làm, phát trên VTV."
    assert english_initials_named(["VTV", "Trung tâm Sản xuất phim"], text) == {"VTV": "Đài truyền hình Việt Nam"}
    assert english_initials_named(["VTV", "VOV"], "Ảnh: nguồn VTV, VOV.") == {}

"""The last item of a list of names, followed by the clause's verb rather than a comma or a full stop, is a name
like the items before it ("A, B và Minh Khôi | được tại ngoại"); the next word must make no dictionary word with the
item's last syllable, and no two words there may open a title (an apposition's "Nguyên Phó | hiệu trưởng").
Sentences written for these tests; expected values worked out by hand from GUIDELINES.md (officials are every named
person)."""
from __future__ import annotations

from tests.test_extractors import official_names as names


def test_the_last_item_before_a_verb_is_a_name():
    assert names("Tòa án cho Lê Thị Hồng Nhung, Thùy Dung và Minh Khôi được tại ngoại.") == [
        "Lê Thị Hồng Nhung", "Thùy Dung", "Minh Khôi"]
    assert names("Các cầu thủ Nguyễn Văn Toàn, Đức Huy và Quang Hải đã ra sân.") == [
        "Nguyễn Văn Toàn", "Đức Huy", "Quang Hải"]


def test_a_list_goes_on_from_an_item_found_by_the_list():
    assert names("Tòa án cho Lê Thị Hồng Nhung, Thùy Dung, Minh Khôi được tại ngoại.") == [
        "Lê Thị Hồng Nhung", "Thùy Dung", "Minh Khôi"]


def test_a_title_after_the_comma_is_no_item():
    assert names("Hội đồng có giáo sư Peter Brown, Nguyên Phó hiệu trưởng trường Đại học Y, làm chủ tịch.") == [
        "Peter Brown"]

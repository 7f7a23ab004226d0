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


def test_a_list_walked_through_one_syllable_items_ends_no_name_on_the_verb():
    # rivers: the list goes on from "Gianh", an item of one syllable (no name of its own)
    assert "Kiến Giang" not in names("Thượng lưu các sông Thao, Lô, Cầu, Lục Nam, Mã, Gianh, Kiến Giang sẽ "
                                     "xuất hiện đợt lũ nhỏ.")


def test_an_uncued_foreign_run_carries_no_list_on_to_the_verb():
    # airlines: "Cathay Pacific" is read by the foreign-name test alone, behind no title or honorific
    assert "Hong Kong Dragon" not in names("Ủy ban giục Cathay Pacific và Hong Kong Dragon xác nhận danh tính "
                                           "khách hàng.")
    # behind a title a foreign name carries the list on
    assert names("Hai diễn viên Laura Whitby và Nathan Crowe trở thành ngôi sao.") == [
        "Laura Whitby", "Nathan Crowe"]
    assert names("Cuộc gặp giữa Tổng thống Brandt và Okafor ở châu Âu chưa được xác nhận.") == ["Brandt", "Okafor"]

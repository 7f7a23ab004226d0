"""Award years of a dated sentence (session 14): a full date that opens the sentence ("Ngày 3/10/2021, Chủ tịch
nước ký …") is the award's date, not a document symbol like "89/2014/NĐ-CP" for being followed by a capital; it
dates the award when the sentence writes no other year, and gives way to a year the award is for (session 11: a
span "từ năm 2019 đến năm 2023" stays 2023). Sentences written for these tests; the years worked out by hand."""
from __future__ import annotations

from extractors.engine import _year_near
from tests.test_extractors import facts_of


def test_a_fronted_date_before_a_capital_dates_the_award():
    text = ("Ngày 3/10/2021, Chủ tịch nước đã ký quyết định tặng thưởng Huân chương Lao động hạng Ba cho "
            "ông Đoàn Văn Khải, Giám đốc Sở Xây dựng tỉnh Bắc Giang.")
    at = text.index("Huân chương")
    assert _year_near(text, 0, at, at + len("Huân chương Lao động hạng Ba")) == 2021


def test_a_dated_award_in_a_story_of_a_later_year():
    f = facts_of("Sáng 6/1/2022, tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác xây dựng.",
                 "Ngày 3/10/2021, Chủ tịch nước đã ký quyết định tặng thưởng Huân chương Lao động hạng Ba cho "
                 "ông Đoàn Văn Khải, Giám đốc Sở Xây dựng tỉnh Bắc Giang.")
    assert [(a["recipient"], a["year"]) for a in f["awards"]] == [("Đoàn Văn Khải", 2021)]


def test_a_date_gives_way_to_the_year_the_award_is_for():
    text = "Ngày 14/2/2022 tại hội nghị, giám đốc tặng Giấy khen cho chị Hà vì thành tích xuất sắc năm 2021."
    at = text.index("Giấy khen")
    assert _year_near(text, 0, at, at + len("Giấy khen")) == 2021


def test_a_decision_symbol_is_still_no_year():
    text = "Theo Nghị định 91/2017/NĐ-CP, ông Bình được tặng Bằng khen."
    at = text.index("Bằng khen")
    assert _year_near(text, 0, at, at + len("Bằng khen")) is None

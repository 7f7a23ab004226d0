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


def test_a_founding_year_is_no_award_year():
    # the review of session 14: with the date ranked after other years, a founding year won; it dates the unit
    text = "UBND tỉnh Nam Định ngày 3-2-2023 tặng Bằng khen cho Công ty Sao Mai, một doanh nghiệp được thành lập năm 1998."
    at = text.index("Bằng khen")
    assert _year_near(text, 0, at, at + len("Bằng khen")) == 2023
    text = "Chủ tịch nước ký quyết định ngày 1-9-2020 tặng Huân chương Lao động hạng Ba cho Trường Lê Lợi, ra đời năm 1965."
    at = text.index("Huân chương")
    assert _year_near(text, 0, at, at + len("Huân chương Lao động hạng Ba")) == 2020


def test_a_founding_year_counts_when_an_anniversary_counts_from_it():
    # "kỷ niệm 50 năm" from 1973 is 2023 (engine.anniversary)
    text = "Nhân kỷ niệm 50 năm (thành lập năm 1973), Trường THCS Nam Hà được tặng Huân chương Lao động hạng Nhì."
    at = text.index("Huân chương")
    assert _year_near(text, 0, at, at + len("Huân chương Lao động hạng Nhì")) == 2023

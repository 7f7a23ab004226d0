"""Award years from the document when the award's sentence writes none (``extractors.engine.document_year``).

GUIDELINES.md: ``year`` is the year the award "was conferred or is for, when the text says or its date implies
it".  A news article written without a date line still dates its story by the years it writes.  Sentences are
written for these tests; expected years worked out by hand.
"""
from __future__ import annotations

from tests.test_awards_kinds import years
from tests.test_extractors import facts_of

AWARD = ("Kim Văn Hòa", "Huân chương Hữu nghị")


def test_a_year_written_once_dates_the_story():
    g = facts_of("Chiều 12/5/2019, tại Hà Nội, lễ trao tặng đã diễn ra trang trọng.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2019


def test_a_month_and_year_counts():
    g = facts_of("Đoàn công tác đến thăm trường vào tháng 9/2021.", "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2021


def test_the_year_written_most_wins_over_an_earlier_one():
    # 2008 once (a past event), 2017 twice: the story is of 2017
    g = facts_of("Từ năm 2008, ông đã gắn bó với địa phương.", "Ngày 3/2/2017, đoàn khách đến thăm.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.", "Hoạt động kết thúc trong tháng 2/2017.")
    assert years(g)[AWARD] == 2017


def test_on_a_tie_the_later_year_wins():
    g = facts_of("Năm 2015, ông về công tác tại tỉnh.", "Năm 2018, ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    # the sentence's own year comes first
    assert years(g)[AWARD] == 2018
    g = facts_of("Ông về công tác tại tỉnh từ năm 2015.", "Đến năm 2018 ông nghỉ hưu.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2018


def test_a_birth_or_founding_date_is_not_the_story_year():
    g = facts_of("Ông Kim Văn Hòa sinh năm 1960 tại Lạng Sơn.", "Trường được thành lập ngày 15/6/1976.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] is None


def test_no_year_written_gives_none():
    g = facts_of("Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] is None


def test_a_span_of_years_dates_its_end():
    g = facts_of("Trong năm học 2020-2021, ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2021
    g = facts_of("Nhân kỷ niệm 60 năm thành lập trường (1962 – 2022), ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2022


def test_an_anniversary_dates_the_event_from_its_origin():
    # 1962 + 60 = 2022
    g = facts_of("Nhân dịp kỷ niệm 60 năm ngày truyền thống (15/3/1962), trường tổ chức lễ đón nhận huân chương.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2022
    g = facts_of("Nhân kỷ niệm 60 năm thành lập trường (1962), ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2022
    # a year written at the anniversary itself stays
    g = facts_of("Kỷ niệm 60 năm thành lập trường vào năm 2022, ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2022


def test_the_end_of_an_anniversary_span_is_not_shifted():
    # 2012 + 10 = 2022, and 2022 itself is not the origin
    g = facts_of("Lễ kỷ niệm 10 năm ngày thành lập (15/3/2012-15/3/2022) và đón nhận huân chương diễn ra sáng nay.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2022


def test_a_period_to_the_present_dates_neither_the_award_nor_the_story():
    # "từ năm 1950" opens a period running to the story's time: the story is later, the year is no one's
    g = facts_of("Bài ca này từ năm 1950 đã được hát trong mọi lễ chào cờ.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] is None
    # with its end written it is a span, read as before (its end year dates the award)
    g = facts_of("Ông Kim Văn Hòa được trao Huân chương Hữu nghị vì thành tích từ năm 2016 đến năm 2020.")
    assert years(g)[AWARD] == 2020


def test_no_year_before_a_period_to_the_present_is_the_story_year():
    # 1984 is written most (twice), but "Từ năm 1999, …" tells the story after 1999: 1984 dates none of it
    g = facts_of("Ngày 3/4/1984 ông bay chuyến đầu tiên; tháng 8/1984 ông bay lần nữa.",
                 "Từ năm 1999, ông làm cố vấn cho một hãng bay.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] is None
    # a story whose year is written after its period's start keeps that year
    g = facts_of("Từ năm 2012, ông làm cố vấn cho một hãng bay.", "Ngày 9/6/2019, đoàn khách đến thăm.",
                 "Hoạt động kết thúc trong tháng 6/2019.", "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2019


def test_a_year_told_after_tung_is_a_past_experience_not_the_story_year():
    # "từng" (ever before): the two 2014s are what she had done before the story, which is of 2018
    g = facts_of("Chị Lò Thị Mai từng giành huy chương bạc giải cầu lông khu vực năm 2014 và vào chung kết năm 2014.",
                 "Năm 2018, chị được gọi vào đội tuyển.", "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2018
    # a story writing only such years gives its other awards none
    g = facts_of("Ông Kim Văn Hòa từng công tác tại Viêng Chăn năm 2009.", "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] is None
    # the award told in the "từng" sentence keeps the year written with it
    g = facts_of("Ông Kim Văn Hòa từng được trao Huân chương Hữu nghị năm 2009.")
    assert years(g)[AWARD] == 2009


def test_a_bare_year_of_a_future_act_is_not_the_story_year():
    # "sẽ … Đại hội 2034": a plan, no time of the story, as a "năm YYYY" after "sẽ" is none
    g = facts_of("Ba thành phố sẽ cùng tổ chức Đại hội thể thao 2034.", "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] is None
    # a bare year of a past event still dates the story
    g = facts_of("Ba thành phố đã cùng tổ chức Đại hội thể thao 2014.", "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] == 2014


def test_tung_meaning_each_or_step_by_step_leaves_the_year_the_story_year():
    # before a noun "từng" means "each" or "step by step": no past experience, the year dates the story
    for text in ("Xã đã từng bước tháo gỡ vướng mắc, năm 2021 về đích nông thôn mới.",
                 "Bảng xếp hạng của từng chi đoàn năm 2022 được công bố tại hội nghị.",
                 "Cán bộ huyện tới thăm từng gia đình chính sách trong năm 2020."):
        g = facts_of(text, "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
        assert years(g)[AWARD] == int(text.split("năm ")[1][:4]), text
    # before a verb, also with a number of times between, it is "ever": no year of the story
    g = facts_of("Ông Kim Văn Hòa từng ba lần đoạt giải cờ tướng năm 2011.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
    assert years(g)[AWARD] is None


def test_a_period_starting_in_a_year_to_come_leaves_the_story_year():
    # the story writes 2016 twice; "Từ năm 2017 …" opens a rule to come ("sẽ", "trở đi"), no past the story follows
    for rule in ("Từ năm 2017, mức phụ cấp mới sẽ được chi trả cho giáo viên vùng cao.",
                 "Từ năm 2017 trở đi, quỹ khuyến học nâng mức học bổng."):
        g = facts_of("Ngày 8/3/2016, nhà trường tổ chức lễ tổng kết.", rule, "Hội nghị khép lại trong tháng 3/2016.",
                     "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.")
        assert years(g)[AWARD] == 2016, rule


def test_a_period_written_with_cho_den_nam_is_a_closed_span():
    # "từ năm 2010 cho đến năm 2012" ends: it runs to no present, so the story's 2009 stands
    g = facts_of("Ngày 2/11/2009, đoàn khách thăm nhà máy.", "Từ năm 2010 cho đến năm 2012, ông làm giám đốc.",
                 "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.", "Buổi lễ diễn ra trong tháng 11/2009.")
    assert years(g)[AWARD] == 2009

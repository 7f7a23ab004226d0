"""Award years of news stories without a written date (extractors.engine.document_year); sentences of our own."""
import pytest

from extractors.engine import document_year
from pipeline.model import Block, Document
from tests.test_extractors import facts_of


def _doc(*lines):
    return Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines])


def test_a_founding_anniversary_dates_the_story():
    d = _doc("Sáng 12/4, Công ty X tổ chức lễ kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Ba.",
             "Công ty được thành lập năm 1998 tại Hải Phòng.",
             "Năm 2010, công ty mở thêm hai nhà máy; năm 2010 doanh thu đạt 100 tỷ đồng.")
    assert document_year(d) == 2018


def test_a_founding_date_before_the_founding_word():
    d = _doc("Chiều 3/9, Trường Y kỷ niệm 30 năm xây dựng và phát triển.",
             "Ngày 1/9/1990, Bộ Giáo dục ban hành Quyết định 12/1990/QĐ-BGD thành lập trường.",
             "Ngày 5/10/1995, trường mở khóa học đầu tiên.")
    assert document_year(d) == 2020


def test_a_span_as_long_as_the_anniversary():
    d = _doc("Kỷ niệm truyền thống 40 năm Nhà máy Z (1978-2018) và lễ đón nhận Huân chương Độc lập hạng Ba.",
             "Năm 1985, nhà máy được tặng Huân chương Lao động hạng Ba.")
    assert document_year(d) == 2018


def test_no_anniversary_keeps_the_most_written_year():
    d = _doc("Chiều 3/9, xã Y đón nhận Bằng khen.", "Năm 2015 xã đạt chuẩn; năm 2015 xã được công nhận.")
    assert document_year(d) == 2015


def test_a_story_dated_before_a_past_event_of_its_year_is_of_the_next_year():
    d = _doc("Ngày 10/2, UBND huyện X cho biết Chủ tịch tỉnh vừa tặng bằng khen cho anh A.",
             "Trước đó, ngày 20/11/2019, anh A cứu hai em nhỏ đuối nước.")
    assert document_year(d) == 2020


def test_a_deadline_or_an_anniversary_span_does_not_move_the_year():
    d = _doc("Chiều 18/5, Tỉnh ủy Y trao Huy hiệu Đảng cho 20 đảng viên.",
             "Nhân kỷ niệm ngày sinh (19/5/1890 – 19/5/2019), các đơn vị phải hoàn thành trước ngày 30/11/2019.",
             "Năm 2019 tỉnh có 300 đảng viên mới.")
    assert document_year(d) == 2019


def test_an_event_days_after_the_story_does_not_move_the_year():
    d = _doc("Sáng 3/6, Sở X tổng kết phong trào thi đua.", "Lễ tuyên dương diễn ra ngày 11/6/2019 tại Hà Nội.")
    assert document_year(d) == 2019


def test_a_decision_date_in_the_award_sentence_dates_the_award():
    from extractors.engine import _year_near
    t = "Quyết định tặng Huân chương Lao động hạng Ba cho ông B do Chủ tịch nước ký ngày 5-8-2014 đã được công bố."
    assert _year_near(t, 0, t.find("Huân"), t.find(" cho")) == 2014


def test_a_founding_date_in_the_award_sentence_is_no_award_year():
    from extractors.engine import _year_near
    t = "Trường được thành lập ngày 15/4/1976, nay nhận Huân chương Lao động hạng Nhì."
    assert _year_near(t, 0, t.find("Huân"), len(t) - 1) is None


def _award_years(*lines):
    from extractors import extract
    facts = extract(_doc(*lines))
    return {(c.recipient.text, c.year) for c in facts.conferrals}


def test_n_years_after_the_year_of_the_sentence_before():
    years = _award_years("Năm 2004, Công ty Cơ khí Z được phong tặng danh hiệu Anh hùng Lao động.",
                         "Hai năm sau, ông Trần Văn Khải, Giám đốc công ty, được phong tặng danh hiệu Anh hùng Lao động.")
    assert ("Trần Văn Khải", 2006) in years


def test_one_year_before_the_story():
    from extractors.engine import RELATIVE, NUMERALS
    m = RELATIVE.match("Một năm trước, em giành huy chương vàng.")
    assert m and NUMERALS[m.group(1).lower()] == 1 and m.group(2) == "trước"
    assert RELATIVE.match("Năm 2015, em giành huy chương vàng.") is None


def test_the_start_of_a_period_to_the_present_is_no_award_year():
    from extractors.engine import _year_near
    t = "Từ 1960 đến nay, trường đã 3 lần được tặng Huân chương Lao động hạng Nhất."
    assert _year_near(t, 0, t.find("Huân"), len(t) - 1) is None
    t = "Từ năm 2001 đến năm 2005, trường được tặng Huân chương Lao động hạng Ba."
    assert _year_near(t, 0, t.find("Huân"), len(t) - 1) == 2005


def test_a_story_with_only_a_bare_year_takes_it():
    """No "năm YYYY" and no date anywhere: the year written on its own ("cúp … 2016") is the story's year.
    (Since session 7 the trophy itself is an award too: GUIDELINES count non-state awards.)"""
    g = facts_of("Tài xế Nguyễn Văn Hòa nhận cúp Vô lăng vàng 2016.",
                 "Anh được tặng Bằng khen của Bộ Giao thông vận tải vì lái xe an toàn.")
    assert [(a["recipient"], a["award"], a["year"]) for a in g["awards"]] == [
        ("Nguyễn Văn Hòa", "cúp Vô lăng vàng", 2016), ("Nguyễn Văn Hòa", "Bằng khen của Bộ Giao thông vận tải", 2016)]


def test_a_birth_year_is_no_year_of_the_story():
    g = facts_of("Ông Trần Văn Bình (SN 1960) được tặng Bằng khen của Bộ Giao thông vận tải vì lái xe an toàn.")
    assert [(a["recipient"], a["year"]) for a in g["awards"]] == [("Trần Văn Bình", None)]



# --- session 38 (yrs): a story opening on a day and month without a year that reports a part of a year as over ("5
# tháng đầu năm Y", "quý I/Y") is of that year Y; "năm 2019" written twice, the count alone gives 2019
_OLDER_YEAR = ("Trong năm 2019, tỉnh đón 2 triệu khách.", "Năm 2019, doanh thu du lịch tăng 15%.")


@pytest.mark.parametrize("opening, part, year", [
    ("Chiều 12/6, Sở Du lịch tỉnh Ninh Thuận họp báo.", "4 tháng đầu năm 2020, lượng khách giảm mạnh.", 2020),
    ("Sáng 20/5, Sở Du lịch họp báo.", "Quý I/2020, lượng khách giảm.", 2020),
    ("Chiều 12/3, Sở Du lịch họp báo.", "Quý I/2020, lượng khách giảm.", 2019),  # not over by 12 March
    ("Chiều 12/6, Sở Du lịch họp báo.", "Quý IV/2020, lượng khách giảm.", 2019),  # told in the next year
    ("Chiều 12/6, Sở Du lịch họp báo.", "Dự án dự kiến khởi công quý II/2021.", 2019),  # a plan
    ("Chiều 12/6, Sở Du lịch họp báo.", "Công trình được bàn giao vào quý I/2021.", 2019),  # a schedule
])
def test_a_part_of_a_year_over_by_the_story_s_day_dates_the_story(opening, part, year):
    assert document_year(_doc(opening, *_OLDER_YEAR, part)) == year


def test_a_quarter_over_by_the_story_s_month_dates_its_award():
    g = facts_of("Sáng 20/5, Công ty Điện lực Phú Yên tổng kết năm 2021.",
                 "Năm 2021, công ty vượt kế hoạch; năm 2021 sản lượng tăng 8%.",
                 "Quý I/2022, sản lượng điện tăng 5%.",
                 "Dịp này, ông Trần Văn Khải được tặng Bằng khen của Bộ Công Thương.")
    assert [(a["recipient"], a["year"]) for a in g["awards"]] == [("Trần Văn Khải", 2022)]


# --- session 38 (yrs): the one year a story writes in words or a date, once, is background when the story writes a
# later bare year ("Lễ hội Hoa Ban 2019"): the story is of the latest
_BACKGROUND = "Năm 2008, tỉnh Điện Biên đã đưa lễ hội vào danh mục di sản."


@pytest.mark.parametrize("lines, year", [
    (("Nhân dịp Lễ hội Hoa Ban 2019, tỉnh đón khách.", _BACKGROUND), 2019),
    (("Lễ hội Hoa Ban năm nay rất đông khách.", _BACKGROUND), 2008),  # no later year written
    (("Tỉnh sẽ tổ chức Lễ hội Hoa Ban vào mùa xuân 2021.", _BACKGROUND), 2008),  # a future act's
    (("Tỉnh triển khai kế hoạch du lịch 2019 - 2025.", _BACKGROUND), 2008),  # a span's start
    (("Nhân dịp Lễ hội Hoa Ban 2019, tỉnh đón khách.", _BACKGROUND, "Năm 2008, lễ hội đón 5 vạn khách."), 2008),
])
def test_a_later_bare_year_outweighs_a_year_written_once(lines, year):
    assert document_year(_doc(*lines)) == year


def test_a_later_bare_year_dates_the_award_of_a_story():
    g = facts_of("Nhân dịp Lễ hội Hoa Ban 2019, tỉnh đón khách.", _BACKGROUND,
                 "Chủ tịch UBND tỉnh tặng Bằng khen cho bà Lò Thị Xuân.")
    assert {(a["recipient"], a["year"]) for a in g["awards"]} == {("Lò Thị Xuân", 2019)}


# --- session 38 (mndy): a part of a year a figure is compared with ("cao hơn 5 tháng đầu năm Y", "so với cùng kỳ
# quý I/Y") may be an older period than the story's: the year it writes in words stands when later
@pytest.mark.parametrize("part", [
    "Năm 2021, lượng hàng xuất khẩu cao hơn 5 tháng đầu năm 2020.",
    "Năm 2021, lượng hàng xuất khẩu tăng 7% so với cùng kỳ 5 tháng đầu năm 2020.",
    "Năm 2021, lượng hàng xuất khẩu tăng 7% so với quý I/2020.",
])
def test_a_compared_part_of_a_year_does_not_date_the_story(part):
    assert document_year(_doc("Chiều 18/7, Sở Công Thương tỉnh Bến Tre họp báo.", part)) == 2021


def test_a_compared_part_of_a_year_no_older_than_the_written_year_dates_the_story():
    d = _doc("Chiều 18/7, Sở Du lịch tỉnh Hà Giang họp báo.",
             "Lượng khách tăng 20% so với quý I/2022 nhưng chỉ bằng 60% so với cùng kỳ năm 2019.")
    assert document_year(d) == 2022

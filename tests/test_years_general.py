"""Award years: anniversaries and plan horizons (extractors.engine)."""
from extractors.engine import _written_years, anniversary, document_year
from tests.test_extractors import make_doc


def test_anniversary_adds_to_its_origin_year():
    t = "kỷ niệm 65 năm ngày truyền thống (25/10/1951)"
    assert anniversary(t, t.find("1951"), 1951) == 2016


def test_a_year_after_a_clause_break_is_no_origin():
    t = "Nhân lễ kỷ niệm 10 năm thành lập, đồng chí X đã trao tặng cờ thi đua năm 2016"
    assert anniversary(t, t.find("2016"), 2016) == 2016


def test_a_plan_horizon_is_no_date_of_the_document():
    t = "Quy hoạch giai đoạn 2017 - 2025, định hướng đến năm 2035; năm 2017 công ty nhận cờ."
    assert list(_written_years(t)) == [2017]


def test_a_deadline_is_no_date_of_the_document():
    """Session 29: "đến năm 2025" is a plan's end, no date of the story; a count "tính đến năm …" and the end of a
    period written with its start ("từ năm … đến năm …") are dates of the story's time."""
    t = "Bộ rà soát quy hoạch khoáng sản làm vật liệu xây dựng ở các tỉnh phía Bắc đến năm 2025."
    assert list(_written_years(t)) == []
    assert list(_written_years("Tính đến năm 2016, xã có 12 hợp tác xã.")) == [2016]
    assert list(_written_years("Từ năm 2009 đến năm 2016, bà là Hiệu trưởng trường.")) == [2009, 2016]


def test_a_document_writing_only_deadlines_and_spans_takes_the_spans_start():
    """No "năm YYYY" left after the deadlines: the bare years are counted without the deadlines and the ends of
    spans ("giai đoạn 2016 – 2030", the later start wins a tie): 2016, not 2030."""
    doc = make_doc("Ngày 3/4, tỉnh khánh thành nhà máy nước và đón nhận Huân chương Lao động hạng Ba.",
                   "Tỉnh thực hiện quy hoạch cấp nước giai đoạn 2011-2020 và quy hoạch giai đoạn 2016 – 2030, "
                   "phủ kín nước sạch đến năm 2030.")
    assert document_year(doc) == 2016


def test_a_deadline_written_as_a_date_is_no_date_of_the_document():
    """Session 45: a deadline written as a full date or a month ("đến tận ngày 30/6/2021", "đến hết tháng
    12/2020") is a plan's end as "đến năm 2021" is; the end of a period written with its start day or month ("từ
    ngày 3-7 đến hết ngày 11-7-2018", "từ tháng 8/2012 đến tháng 1/2013") stays the story's time."""
    t = "Hôm 5/7, cầu thủ A ký gia hạn hợp đồng đến tận ngày 30/6/2021 với câu lạc bộ B."
    assert list(_written_years(t)) == []
    assert list(_written_years("Ưu đãi áp dụng đến hết tháng 12/2020.")) == []
    assert list(_written_years("Thời gian lấy ý kiến từ ngày 3-7 đến hết ngày 11-7-2018.")) == [2018]
    assert list(_written_years("Ông sưu tập bản đồ từ tháng 8/2012 đến tháng 1/2013.")) == [2012, 2013]


def test_a_deadline_date_among_the_first_blocks_does_not_date_the_document():
    """Session 45 (held-out 11, a story of 2017 read as 2021): a full date in the first blocks dates the document
    only when it is no deadline's."""
    doc = make_doc("Cầu thủ A gia hạn hợp đồng",
                   "Hôm 5/7 vừa qua, A đã ký vào bản gia hạn hợp đồng với câu lạc bộ B đến tận ngày 30/6/2021.",
                   "Trong năm 2017, A đã ghi 40 bàn thắng cho B.")
    assert document_year(doc) == 2017


def test_a_quantity_from_before_a_target_year_is_no_period():
    """Review of 364ebf6 (rvb, session 45): "từ" before a quantity ("từ 80% lên 95%", "từ 20 tỷ đồng lên 35 tỷ
    đồng") opens no period, so the year after "đến" is a plan's target as before 364ebf6, no year of the story; a
    period from a day, a month or a year still ends in the story's time."""
    assert list(_written_years("Năm 2018, tỉnh đặt mục tiêu nâng tỷ lệ hộ dùng nước sạch từ 80% lên 95% đến năm 2025."
                               )) == [2018]
    assert list(_written_years("Năm 2018, doanh thu tăng từ 20 tỷ đồng lên 35 tỷ đồng đến năm 2020.")) == [2018]
    assert list(_written_years("Năm 2016, đơn vị giảm từ 3 phòng xuống 2 phòng đến hết năm 2020.")) == [2016]
    assert list(_written_years("Năm 2015, ông làm Giám đốc từ năm 2011 đến năm 2018.")) == [2015, 2011, 2018]
    assert list(_written_years("Hội chợ mở từ 3/7/2018 đến ngày 11/7/2018.")) == [2018, 2018]

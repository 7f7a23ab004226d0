"""Award years: anniversaries and plan horizons (extractors.engine)."""
from extractors.engine import _written_years, anniversary


def test_anniversary_adds_to_its_origin_year():
    t = "kỷ niệm 65 năm ngày truyền thống (25/10/1951)"
    assert anniversary(t, t.find("1951"), 1951) == 2016


def test_a_year_after_a_clause_break_is_no_origin():
    t = "Nhân lễ kỷ niệm 10 năm thành lập, đồng chí X đã trao tặng cờ thi đua năm 2016"
    assert anniversary(t, t.find("2016"), 2016) == 2016


def test_a_plan_horizon_is_no_date_of_the_document():
    t = "Quy hoạch giai đoạn 2017 - 2025, định hướng đến năm 2035; năm 2017 công ty nhận cờ."
    assert list(_written_years(t)) == [2017]

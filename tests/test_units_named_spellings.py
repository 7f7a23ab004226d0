"""Bodies listed by name (named_units.txt) in a spelling other than their listed one: the Government in title
case ("Chính Phủ"), the Bank for Social Policies with its lower-case "xã hội" read whole; sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_government_in_title_case_is_the_government():
    assert _unit_names("Năm 2019, Chính Phủ và UBND tỉnh Nam Định đã khen thưởng 12 tập thể.") == \
        ["Chính Phủ", "UBND tỉnh Nam Định"]
    assert _unit_names("Công ty vinh dự đón nhận Cờ thi đua của Chính Phủ năm 2020.") == ["Chính Phủ"]


def test_government_in_title_case_inside_an_award_title_is_no_mention():
    # as "Thủ tướng Chính phủ" naming the conferrer of an award: the award's, not a mention of the body
    assert _unit_names("Công ty vinh dự đón nhận Cờ thi đua của Thủ tướng Chính Phủ năm 2020.") == []


def test_national_assembly_in_title_case_is_not_listed():
    # "Quốc Hội" is a given name too: a person's name, no body
    assert _unit_names("Ông Trần Quốc Hội, cán bộ địa chính xã, cho biết.") == []


def test_bank_for_social_policies_read_whole():
    assert _unit_names("Ông Hưng, Phó Tổng Giám đốc Ngân hàng Chính sách xã hội Việt Nam, phát biểu.") == \
        ["Ngân hàng Chính sách xã hội Việt Nam"]
    assert _unit_names("Năm nay Ngân hàng Chính sách xã hội giải ngân cho 300 hộ nghèo.") == \
        ["Ngân hàng Chính sách xã hội"]
    assert _unit_names("Bà Mai, Giám đốc Ngân hàng Chính sách xã hội tỉnh Hà Giang, phát biểu.") == \
        ["Ngân hàng Chính sách xã hội tỉnh Hà Giang"]

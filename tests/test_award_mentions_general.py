"""Award mentions (extractors/components/awards.py): one test per kind of award name recognised or named better.

Every sentence here was written for these tests; the expected names are worked out by hand from the eval
GUIDELINES (an award with its class and conferrer, written as the document writes it).
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_coordinated_flag_and_certificate_share_their_conferrer():
    # "Cờ thi đua và Bằng khen của X": the "của" phrase qualifies both nouns
    g = facts_of("Công ty Cổ phần Sông Đà được tặng Cờ thi đua và Bằng khen của Bộ trưởng Bộ Xây dựng.")
    assert {a["award"] for a in g["awards"]} == {"Cờ thi đua của Bộ trưởng Bộ Xây dựng",
                                                 "Bằng khen của Bộ trưởng Bộ Xây dựng"}


def test_a_comma_list_of_awards_shares_the_last_conferrer():
    g = facts_of("Năm 2017, Công ty Cổ phần Sông Đà được tặng Cờ thi đua, Bằng khen của UBND tỉnh Hòa Bình.")
    assert {a["award"] for a in g["awards"]} == {"Cờ thi đua của UBND tỉnh Hòa Bình",
                                                 "Bằng khen của UBND tỉnh Hòa Bình"}


def test_an_order_before_a_certificate_takes_no_conferrer():
    # orders have no conferrer tail (Luật 06/2022/QH15: the state confers them)
    g = facts_of("Công ty Cổ phần Sông Đà được tặng Huân chương Lao động hạng Ba, Bằng khen của Thủ tướng Chính phủ.")
    assert {a["award"] for a in g["awards"]} == {"Huân chương Lao động hạng Ba", "Bằng khen của Thủ tướng Chính phủ"}


def test_fourth_prize_written_in_lower_case():
    g = facts_of("Em Lê Minh Khoa đạt giải tư cuộc thi Khoa học kỹ thuật quốc tế.")
    assert people(g) == {("Lê Minh Khoa", "giải tư cuộc thi Khoa học kỹ thuật quốc tế")}


def test_an_academic_rank_in_quotes_is_no_certificate_title():
    g = facts_of('Ca sĩ Trần Văn Long được tặng bằng khen "Tiến sĩ âm nhạc".')
    assert people(g) == {("Trần Văn Long", "Bằng khen")}


def test_a_quoted_title_of_a_certificate_is_kept():
    g = facts_of('Anh Lê Văn Hùng được tặng bằng khen "Thanh niên sống đẹp" của Tỉnh đoàn Quảng Nam.')
    assert people(g) == {("Lê Văn Hùng", "Bằng khen Thanh niên sống đẹp của Tỉnh đoàn Quảng Nam")}


def test_a_bare_unit_head_as_conferrer_is_the_one_unit_of_that_head():
    g = facts_of("Bà Trần Thị Mai là nhân viên Công ty Điện lực Hải Dương. "
                 "Bà Trần Thị Mai nhận bằng khen của công ty vì hành động đẹp.")
    assert people(g) == {("Trần Thị Mai", "Bằng khen của Công ty Điện lực Hải Dương")}


def test_a_bare_unit_head_with_two_candidates_stays_as_written():
    g = facts_of("Bà Trần Thị Mai chuyển từ Công ty Điện lực Hải Dương sang Công ty Điện lực Hưng Yên. "
                 "Bà Trần Thị Mai nhận bằng khen của công ty vì hành động đẹp.")
    assert {a["award"] for a in g["awards"]} <= {"Bằng khen", "Bằng khen của công ty"}


def test_a_title_after_a_bare_head_is_no_bare_head():
    # "của bộ trưởng …": the minister's certificate, not the ministry's
    g = facts_of("Ông Lê Văn Bình nhận bằng khen của Bộ trưởng Bộ Y tế.")
    assert people(g) == {("Lê Văn Bình", "Bằng khen của Bộ trưởng Bộ Y tế")}

"""Award names, round 2: kinds seen on news outside the dev set (``extractors/components/awards.py``).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import awards, facts_of  # noqa: F401  (shared helpers)


# --- the titled giver of a certificate is its conferrer ----------------------------------------------

def test_titled_giver_with_name_confers_the_certificate():
    g = facts_of("Chủ tịch UBND tỉnh Hòa Bình Nguyễn Văn Long đã tặng bằng khen cho anh Lê Văn Tám vì thành tích cứu người.")
    assert awards(g) == {("Lê Văn Tám", "Bằng khen của Chủ tịch UBND tỉnh Hòa Bình", "conferred")}


def test_titled_giver_with_rank_and_comma():
    g = facts_of("Giám đốc Công an tỉnh Thái Bình, Đại tá Phạm Văn Minh trao giấy khen cho Đội Cảnh sát giao thông.")
    assert awards(g) == {("Đội Cảnh sát giao thông", "Giấy khen của Giám đốc Công an tỉnh Thái Bình", "conferred")}


def test_passive_subject_is_no_giver():
    g = facts_of("Chủ tịch UBND xã Yên Lạc Trần Văn Cường được tặng bằng khen.")
    assert all(" của " not in a["award"] for a in g["awards"])


# --- honorary titles: abbreviations and foreign states ------------------------------------------------

def test_abbreviated_armed_forces_hero():
    g = facts_of("Năm 1970, bà Lê Thị Hoa được phong Anh hùng LLVT.")
    assert awards(g) == {("Lê Thị Hoa", "Anh hùng Lực lượng vũ trang nhân dân", "conferred")}


def test_labour_hero_of_a_foreign_state():
    g = facts_of("Ông Nguyễn Văn Đông được tặng danh hiệu Anh hùng Lao động nước Cộng hòa Cuba.")
    assert awards(g) == {("Nguyễn Văn Đông", "Anh hùng Lao động nước Cộng hòa Cuba", "conferred")}


def test_foreign_hero_title_is_found_without_danh_hieu():
    from extractors.nlp import get_nlp
    doc = get_nlp()("Phi công Sergei Petrov được phong Anh hùng Liên bang Nga năm 2016.")
    assert [a.text for a in doc.spans["award"]] == ["Anh hùng Liên bang Nga"]


def test_vietnam_is_no_foreign_state():
    g = facts_of("Ông Lê Văn Minh được phong Anh hùng Lao động năm 2000.")
    assert awards(g) == {("Lê Văn Minh", "Anh hùng Lao động", "conferred")}


def test_latin_abbreviation_inside_a_foreign_order():
    from extractors.nlp import get_nlp
    doc = get_nlp()("Năm 2017, ông Sergei Ivanov được trao Huân chương St. Andrew hạng nhất.")
    assert [a.text for a in doc.spans["award"]] == ["Huân chương St. Andrew hạng nhất"]


# --- a bare order named by its giver ------------------------------------------------------------------

def test_bare_order_of_a_giver_is_the_order_that_giver_gives():
    g = facts_of("Báo Tuổi Xanh nhận huân chương của Chủ tịch nước",
                 "Ngày 14/6, báo Tuổi Xanh được Chủ tịch nước Nguyễn Văn An tặng Huân chương Lao động hạng Nhì.")
    assert awards(g) == {("Báo Tuổi Xanh", "Huân chương Lao động hạng Nhì", "conferred")}


# --- conferrer titles ---------------------------------------------------------------------------------

def test_title_written_lower_case_is_one_award_with_the_capitalised_one():
    g = facts_of("Anh Lê Văn Hải được nhận bằng khen của chủ tịch UBND tỉnh Hà Nam.",
                 "Bằng khen của Chủ tịch UBND tỉnh Hà Nam ghi nhận hành động dũng cảm của anh Hải.")
    assert awards(g) == {("Lê Văn Hải", "Bằng khen của Chủ tịch UBND tỉnh Hà Nam", "conferred")}


def test_title_field_named_with_va():
    g = facts_of("Ban chỉ đạo truy tặng bằng khen của Bộ trưởng Nông nghiệp và Phát triển nông thôn cho ông Lê Văn Hải.")
    assert awards(g) == {("Lê Văn Hải", "Bằng khen của Bộ trưởng Nông nghiệp và Phát triển nông thôn", "conferred")}


def _spans(text):
    from extractors.nlp import get_nlp
    return [a.text for a in get_nlp()(text).spans["award"]]


def test_count_of_the_next_order_is_no_class():
    assert _spans("Đoàn đã trao 12 Huân chương Độc lập hạng Ba, 4 Huân chương Lao động hạng Nhì cho các tập thể.") == \
        ["Huân chương Độc lập hạng Ba", "Huân chương Lao động hạng Nhì"]


def test_hero_inside_an_order_name_is_one_award():
    assert _spans("Tổng thống trao huân chương Anh hùng Nga cho gia đình người lính.") == ["huân chương Anh hùng Nga"]


def test_prize_name_stops_before_a_dashed_apposition():
    assert _spans("Công ty Minh Phát nhận giải thưởng BCI Asia Awards 2016 - Giải thưởng dành cho doanh nghiệp xanh.") \
        == ["giải thưởng BCI Asia Awards 2016"]


def test_bare_order_takes_the_one_order_written_with_and_without_its_class():
    from extractors.nlp import get_nlp
    doc = get_nlp()("Năm 2003, ông Karl Weber được trao huân chương Sao Bắc Cực hạng nhất. Ông trả lại huân chương. "
                    "Huân chương Sao Bắc Cực là phần thưởng cao quý của Thụy Điển.")
    assert [a.text for a in doc.spans["award"]][:2] == ["huân chương Sao Bắc Cực hạng nhất", "huân chương"]
    from extractors.components.base import state
    texts = [a.text for a in state(doc)["award"]]
    assert texts[1] == "huân chương Sao Bắc Cực hạng Nhất"

"""Award names: a foreign order the press names in lower-case words after a bare "Huân chương"
(awards._lower_order_end, corpora/gazetteers/order_name_not_words.txt).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(g) -> set:
    """(recipient, award) of every award fact."""
    return {(a["recipient"], a["award"]) for a in g["awards"]}


def test_lower_case_name_closed_by_its_recipient():
    """"cho" closes the name: the three lower-case words are the order's name."""
    g = facts_of("Tổng thống Brazil đã trao Huân chương ngôi sao phương nam cho ông Lucas Moreira tại thủ đô.")
    assert awards(g) == {("Lucas Moreira", "Huân chương ngôi sao phương nam")}


def test_lower_case_body_after_cua_closed_by_the_reason():
    """"của" and a lower-case body, closed by "vì" (the reason): the body is part of the order's name."""
    g = facts_of("Trung úy Daniel Brooks được trao huân chương của hải quân hoàng gia vì đã cứu hai thủy thủ.")
    assert awards(g) == {("Daniel Brooks", "huân chương của hải quân hoàng gia")}


def test_praise_of_the_order_is_no_name():
    """"danh giá" praises the order (order_name_not_words.txt): the award stays a bare "Huân chương"."""
    g = facts_of("Thủ tướng Australia đã trao huân chương danh giá cho bà Emily Carter hôm qua.")
    assert awards(g) == {("Emily Carter", "Huân chương")}


def test_frequency_word_is_no_name():
    """"hằng năm" says how often the order is given, not which: a bare "Huân chương"."""
    g = facts_of("Chính phủ Pháp trao huân chương hằng năm cho ông Julien Moreau.")
    assert awards(g) == {("Julien Moreau", "Huân chương")}


def test_run_not_closed_by_cho_or_vi_is_no_name():
    """Without "cho" or "vì" right after the lower-case words nothing is added to the bare head."""
    g = facts_of("Bà Emily Carter nhận huân chương danh dự từ quân đội Hoa Kỳ.")
    assert {a for _, a in awards(g)} <= {"Huân chương"}



def test_the_name_holds_at_most_five_words_cua_included():
    """LOWER_ORDER_MAX = 5 words, "của" counted: five are the order's name, a sixth leaves a bare "Huân chương"."""
    five = "Trung úy Daniel Brooks được trao huân chương của lực lượng hải quân vì đã cứu thủy thủ."
    assert awards(facts_of(five)) == {("Daniel Brooks", "huân chương của lực lượng hải quân")}
    six = "Trung úy Daniel Brooks được trao huân chương của lực lượng hải quân anh vì đã cứu thủy thủ."
    assert awards(facts_of(six)) == {("Daniel Brooks", "Huân chương")}
    five = "Tổng thống Brazil đã trao Huân chương sao bắc đẩu mùa đông cho ông Lucas Moreira."
    assert awards(facts_of(five)) == {("Lucas Moreira", "Huân chương sao bắc đẩu mùa đông")}
    six = "Tổng thống Brazil đã trao Huân chương sao bắc đẩu mùa đông giá cho ông Lucas Moreira."
    assert awards(facts_of(six)) == {("Lucas Moreira", "Huân chương")}

"""Persons, session 35: a street named after a person, written after a bare house number, is no person
(``persons.PersonRecognizer._street``, ``persons._address_listed``), and a street's name is skipped whole, not read
again from its second syllable. Every sentence here was written for these tests; the expected facts are worked out by
hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(g: dict) -> set:
    return {o["name"] for o in g["officials"]}


def test_a_list_of_addresses_names_no_person():
    g = facts_of("Ba lô đất vàng ở 14 Hoàng Diệu, 7 Lý Tự Trọng, 80 Trần Quang Khải đã bị thu hồi.")
    assert names(g) == set()


def test_a_house_number_after_a_locative_preposition():
    g = facts_of("Ông Đỗ Minh Khang mở quán tại 218 Phan Đình Phùng từ năm 2010.")
    assert names(g) == {"Đỗ Minh Khang"}


def test_a_street_after_duong_gives_no_tail_of_its_name():
    g = facts_of("Vụ va chạm xảy ra trên đường Nguyễn Tất Thành lúc 7 giờ sáng.")
    assert names(g) == set()


def test_a_number_before_a_name_outside_an_address_keeps_the_person():
    g = facts_of("Năm 2019 Lương Thị Hạnh được bầu làm tổ trưởng.")
    assert names(g) == {"Lương Thị Hạnh"}

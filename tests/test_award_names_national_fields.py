"""Award names: a prize of a nationwide scope named by its field after "về" ("Giải thưởng Toàn quốc về …",
"Giải Báo chí quốc gia về …"), alone and after a rank ("giải Ba …"); one word after "về" is where a prize is
brought, not its field (sentences written for these tests; the expected facts are read off each by hand)."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_nationwide_prize_keeps_its_field():
    g = facts_of("Năm 2019, phóng viên Đỗ Minh Khoa được trao Giải thưởng Toàn quốc về thông tin đối ngoại.")
    assert ("Đỗ Minh Khoa", "Giải thưởng Toàn quốc về thông tin đối ngoại") in people(g)


def test_rank_of_a_nationwide_prize_keeps_its_field_and_a_closing_name():
    g = facts_of("Năm 2020, nhà báo Hà Thị Lụa đoạt giải B Giải Báo chí toàn quốc về xây dựng Đảng năm 2020.")
    assert ("Hà Thị Lụa", "giải B Giải Báo chí toàn quốc về xây dựng Đảng") in people(g)


def test_rank_prize_keeps_its_field_after_a_capitalised_scope():
    g = facts_of("Năm 2017, kỹ sư Vũ Đình Phong nhận Giải Nhì Giải thưởng Toàn quốc về bảo vệ môi trường.")
    assert ("Vũ Đình Phong", "Giải Nhì Giải thưởng Toàn quốc về bảo vệ môi trường") in people(g)


def test_one_word_after_ve_is_a_place_brought_to_not_a_field():
    g = facts_of("Năm 2018, em Lý Văn Sang đoạt giải nhất cuộc thi Tin học trẻ toàn quốc về trường.")
    assert ("Lý Văn Sang", "giải nhất cuộc thi Tin học trẻ toàn quốc") in people(g)


def test_state_prize_field_unchanged():
    g = facts_of("Năm 2012, giáo sư Phùng Văn Tửu được tặng Giải thưởng Nhà nước về văn học, nghệ thuật.")
    assert ("Phùng Văn Tửu", "Giải thưởng Nhà nước về văn học, nghệ thuật") in people(g)

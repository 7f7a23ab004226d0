"""Session 14: English names of technologies are no person's names. Sentences written for these tests; every
expected value worked out by hand from the annotation guidelines (officials: every named person, no others)."""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(*lines: str) -> set:
    """The names of every official of ``lines``."""
    return {o["name"] for o in facts_of(*lines)["officials"]}


def test_technology_terms_are_not_persons():
    # foreign_designators.txt: "Learning", "Data", "Reality" make a capitalised run a technology's name
    got = names("Công ty Sao Mai đã đưa công nghệ Machine Learning, Big Data vào quản lý kho hàng.",
                "Trường giới thiệu phòng học Virtual Reality cho học sinh lớp 9.",
                "Ứng dụng dùng Natural Language Processing và Speech Synthesis để đọc tin.")
    assert got == set()


def test_a_person_beside_a_technology_term_is_still_read():
    got = {o["name"]: o["position"] for o in facts_of(
        "Ông Phạm Minh Đức, Giám đốc Công ty Sao Mai, cho biết công ty dùng Machine Learning để dự báo.")["officials"]}
    assert got == {"Phạm Minh Đức": "Giám đốc"}


def test_countries_and_continents_are_not_persons():
    # places.txt: "Hà Lan" written alone is the country; continents and regions ("Châu Phi", "Mỹ La Tinh", "La Mã")
    got = names("Năm nay đánh dấu 50 năm quan hệ giữa Việt Nam và Hà Lan.",
                "Thị phần ở Mỹ La Tinh và Châu Phi tăng chậm.",
                "Món nước mắm này có từ thời đế chế La Mã.")
    assert got == set()


def test_a_person_with_a_country_in_the_given_name_is_still_read():
    got = {o["name"]: o["position"] for o in facts_of(
        "Chị Nguyễn Thị Hà Lan, giáo viên Trường Tiểu học Sao Mai, được tặng Giấy khen.")["officials"]}
    assert got == {"Nguyễn Thị Hà Lan": "giáo viên"}


def test_a_place_that_is_a_given_name_after_a_personal_honorific_is_a_person():
    # places.txt, "# Places that are also given names": "bà Hà Lan", "cô Hà Lan" are persons, and their awards stay
    got = facts_of("Bà Hà Lan, tổ trưởng tổ dân phố 4, được tặng Giấy khen.",
                   "Chị Hà Lan được UBND phường Tân Mai tặng Giấy khen.")
    assert {o["name"] for o in got["officials"]} == {"Hà Lan"}
    assert {a["recipient"] for a in got["awards"]} == {"Hà Lan"}
    # a title before it keeps the country
    assert names("Phó Thủ tướng Hà Lan đã gặp Chủ tịch UBND tỉnh.", "Đại sứ Hà Lan thăm trường học.") == set()

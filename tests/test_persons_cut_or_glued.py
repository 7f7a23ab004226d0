"""Persons, round 3: names the pipeline cut or glued to a unit on held-out news (``corpora/gazetteers/surnames.txt``,
``extractors/components/persons.py``). Every sentence here was written for these tests; the expected facts are
worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(g: dict) -> set:
    return {o["name"] for o in g["officials"]}


def test_chinese_name_in_sino_vietnamese_reading():
    g = facts_of("Chủ tịch Trung Quốc Tập Cận Bình tiếp đoàn đại biểu.")
    assert names(g) == {"Tập Cận Bình"}


def test_rare_surname_after_a_party_committee_is_a_person_not_part_of_the_unit():
    g = facts_of("Dự lễ có Phó Bí thư Thành ủy Tất Văn Long; bà Lê Thị Hoa.")
    assert "Tất Văn Long" in names(g)
    assert "Thành ủy Tất Văn Long" not in g["units"]


def test_a_full_name_that_is_also_a_place_names_the_person_after_his_title():
    g = facts_of("Ông nhắc lại lời Chủ tịch Hồ Chí Minh căn dặn ngành y.")
    assert names(g) == {"Hồ Chí Minh"}


def test_the_same_name_in_a_memorial_or_a_city_is_no_person():
    g = facts_of("Đoàn dâng hoa tại tượng đài Chủ tịch Hồ Chí Minh rồi về Thành phố Hồ Chí Minh.")
    assert names(g) == set()


def test_foreign_name_after_an_occupation():
    g = facts_of("Máy bay hạ cánh an toàn nhờ cơ trưởng Marek Novak và cơ phó Ivan Petrenko.")
    assert names(g) == {"Marek Novak", "Ivan Petrenko"}
    pos = {o["name"]: o["position"] for o in g["officials"]}
    assert pos["Marek Novak"] == "cơ trưởng" and pos["Ivan Petrenko"] == "cơ phó"


def test_stage_name_after_a_compound_occupation():
    g = facts_of("Buổi diễn có sự tham gia của nghệ sĩ cải lương Bạch Lan.")
    assert {(o["name"], o["position"]) for o in g["officials"]} == {("Bạch Lan", "nghệ sĩ cải lương")}

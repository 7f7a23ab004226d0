"""How a position is written beside its unit (session 21): a title before a people's committee or council whose
level is a short form with its dot ("UBND TP. Cần Thơ") is written alone, the body whole as the unit; without the
dot the level stays in the position ("Phó chủ tịch UBND TP"). Sentences written for these tests; the expected
values worked out by hand from the annotation guidelines and the dev gold's conventions."""
from __future__ import annotations

from tests.test_officials_general import positions


def test_a_dotted_city_level_is_part_of_the_unit_not_of_the_position():
    p = positions("Phó Chủ tịch UBND TP. Cần Thơ Trần Văn Ba phát biểu tại buổi lễ.",
                  "Ông Lê Văn Tư, Chủ tịch HĐND TP. Huế, dự lễ.")
    assert p["Trần Văn Ba"] == ("Phó Chủ tịch", "UBND TP. Cần Thơ")
    assert p["Lê Văn Tư"] == ("Chủ tịch", "HĐND TP. Huế")


def test_an_undotted_level_and_a_party_committee_stay_in_the_position():
    p = positions("Phó chủ tịch UBND TP Đà Lạt Ngô Văn Năm trao quà.",
                  "Bí thư Thành ủy TP. Vinh Hồ Văn Sáu dự lễ.")
    assert p["Ngô Văn Năm"] == ("Phó chủ tịch UBND TP", "UBND TP Đà Lạt")
    assert p["Hồ Văn Sáu"] == ("Bí thư Thành ủy", "Thành ủy TP. Vinh")

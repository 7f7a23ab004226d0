"""Officials: a foreign place between a head-of-place title and its holder's name. Sentences written
for these tests; every expected value worked out by hand from the annotation guidelines and the held-out gold's form
("Thị trưởng Ljubljana" as the position, the name without the place)."""
from __future__ import annotations

from tests.test_extractors import facts_of


def officials(*lines: str) -> dict:
    """name -> (position, unit) of every official of ``lines``."""
    return {o["name"]: (o["position"], o["unit"]) for o in facts_of(*lines)["officials"]}


def test_a_city_between_a_mayors_title_and_the_name_is_the_titles():
    o = officials("Thị trưởng Tallinn Mihhail Kõlvart đã tiếp đoàn đại biểu thành phố Hải Phòng.",
                  "Phó thị trưởng Bratislava Juraj Droba tặng quà lưu niệm.")
    assert o["Mihhail Kõlvart"] == ("Thị trưởng Tallinn", "")
    assert o["Juraj Droba"] == ("Phó thị trưởng Bratislava", "")


def test_a_state_after_its_level_word_keeps_the_name_found():
    # "bang"/"thành phố" before a capitalised run made it a place: the holder was lost altogether
    o = officials("Thống đốc bang Oregon Kate Brown ký sắc lệnh mới.",
                  "Thị trưởng thành phố Dayton Jeffrey Mims phát biểu tại lễ tưởng niệm.")
    assert o["Kate Brown"] == ("Thống đốc bang Oregon", "")
    assert o["Jeffrey Mims"] == ("Thị trưởng thành phố Dayton", "")


def test_a_two_word_place_after_a_listed_title_is_no_part_of_the_name():
    o = officials("Thống đốc Rio Grande Eduardo Leite đến thăm nhà máy.")
    assert o == {"Eduardo Leite": ("Thống đốc Rio Grande", "")}


def test_a_mayor_without_a_place_and_a_vietnamese_governor_stay_whole():
    o = officials("Thị trưởng Anne Hidalgo cảm ơn các tình nguyện viên.",
                  "Thống đốc Lê Minh Khái phát biểu khai mạc.",
                  "Phó Thống đốc NHNN Việt Nam Đào Minh Tú chủ trì hội nghị.")
    assert o["Anne Hidalgo"] == ("Thị trưởng", "")
    assert o["Lê Minh Khái"] == ("Thống đốc", "")
    assert o["Đào Minh Tú"] == ("Phó Thống đốc", "NHNN Việt Nam")


def test_a_level_word_written_in_capitals_is_read_as_in_lower_case():
    # the level word between the title and the place in any case, as the title itself is matched
    o = officials("Thị trưởng Thành phố Tacoma Victoria Woodards dự lễ ký kết.",
                  "Thống đốc Bang Idaho Brad Little tiếp đoàn doanh nghiệp.")
    assert o["Victoria Woodards"] == ("Thị trưởng Thành phố Tacoma", "")
    assert o["Brad Little"] == ("Thống đốc Bang Idaho", "")

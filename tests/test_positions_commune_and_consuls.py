"""Positions and units of officials (session 12). Sentences written for these tests; the expected positions and units
are worked out by hand from the annotation guidelines (the title as written; the unit is the body the title belongs
to)."""
from __future__ import annotations

from tests.test_extractors import facts_of, positions_and_units as positions


def test_a_commune_civil_servant_title_keeps_its_field_and_leaves_the_body_to_the_unit():
    # positions.txt, section of Nghị định 33/2023/NĐ-CP: the field is the title's; "UBND xã …" is the unit alone
    p = positions("Bà Nguyễn Thị Mai, công chức Tư pháp - Hộ tịch UBND xã Tân Lập, huyện Đan Phượng, được tặng Giấy khen.",
                  "Công chức Văn hóa - Xã hội UBND phường Đông Hải Trần Văn Hùng cho biết như vậy.",
                  "Ông Lê Văn Bình, nguyên công chức Địa chính - Xây dựng UBND thị trấn Yên Lạc, đã nghỉ hưu.")
    assert p["Nguyễn Thị Mai"] == ("công chức Tư pháp – Hộ tịch", "UBND xã Tân Lập, huyện Đan Phượng")
    assert p["Trần Văn Hùng"] == ("Công chức Văn hóa – Xã hội", "UBND phường Đông Hải")
    assert p["Lê Văn Bình"] == ("nguyên công chức Địa chính – Xây dựng", "UBND thị trấn Yên Lạc")


def test_a_leader_of_a_commune_body_keeps_the_body_in_the_position():
    # the dev gold writes a leader's title with the level body ("chủ tịch UBND huyện" | "UBND huyện …")
    p = positions("Ông Hà Văn Sơn, Chủ tịch UBND xã Tân Lập, phát biểu tại buổi lễ.")
    assert p["Hà Văn Sơn"] == ("Chủ tịch UBND xã", "UBND xã Tân Lập")


def test_cities_of_china_in_sino_vietnamese_names_are_no_persons():
    # places.txt, section of the cities of China: written like a surname and a given name, they are places
    g = facts_of("Đoàn đã qua Vũ Hán, Thâm Quyến, Từ Châu và Thượng Hải trong chuyến đi.",
                 "Anh Tô Châu Long và chị Nguyễn Thị Lan nhận giấy khen.")
    assert sorted(o["name"] for o in g["officials"]) == ["Nguyễn Thị Lan", "Tô Châu Long"]


def test_a_consul_general_keeps_the_chinese_city_of_his_post():
    # a diplomat's title goes on over "tại" and the place (officials._add_places)
    p = positions("Ông Lê Văn Hùng, Tổng lãnh sự Việt Nam tại Quảng Châu, dự lễ.")
    assert p["Lê Văn Hùng"][0] == "Tổng lãnh sự Việt Nam tại Quảng Châu"

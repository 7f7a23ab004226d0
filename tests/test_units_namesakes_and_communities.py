"""Units named after a person (a noun of ``namesakes.txt`` before the name) and units of a residential community
with their address (``sub_commune_levels.txt``); sentences written for these tests."""
from __future__ import annotations

from tests.test_units_general import units_of


def test_theatre_named_after_a_person_keeps_the_name():
    u = units_of("Chị Lan là diễn viên Nhà hát Cải lương Trần Văn Khải từ năm 2005.")
    assert "Nhà hát Cải lương Trần Văn Khải" in u
    assert "Nhà hát Cải lương" not in u


def test_film_studio_named_after_a_person():
    u = units_of("Ông Hòa công tác tại Xưởng phim Lê Văn Hưu nhiều năm.")
    assert "Xưởng phim Lê Văn Hưu" in u


def test_person_after_a_named_theatre_is_no_part_of_it():
    u = units_of("Giám đốc Nhà hát Tuổi trẻ Phạm Văn Hùng phát biểu tại buổi lễ.")
    assert "Nhà hát Tuổi trẻ" in u
    assert not any("Hùng" in x for x in u)


def test_community_body_with_its_ward_and_district():
    u = units_of("Ông Tước là hội viên Hội Cựu chiến binh khu phố 3, phường Tân Phong, quận 7 từ năm 2010.")
    assert u == {"Hội Cựu chiến binh khu phố 3, phường Tân Phong, quận 7"}


def test_community_named_by_number_and_by_name():
    u = units_of("Bà Mai là Chi hội trưởng Chi hội Phụ nữ tổ dân phố 5, phường Tân Phong.",
                 "Ông Lực là hội viên Chi hội Nông dân thôn Trung Lương, xã Tân Phong, huyện Cần Giuộc.")
    assert "Chi hội Phụ nữ tổ dân phố 5, phường Tân Phong" in u
    assert "Chi hội Nông dân thôn Trung Lương, xã Tân Phong, huyện Cần Giuộc" in u


def test_community_without_address_ends_the_name():
    u = units_of("Hội Cựu chiến binh ấp 3 trao quà cho các gia đình chính sách.")
    assert "Hội Cựu chiến binh ấp 3" in u


def test_foreign_state_shared_by_two_councils():
    u = units_of("Ông là Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba.")
    assert u == {"Hội đồng Nhà nước Cuba", "Hội đồng Bộ trưởng Cuba"}


def test_foreign_state_shared_by_two_ministries():
    u = units_of("Bộ Ngoại giao và Bộ Quốc phòng Mỹ ra tuyên bố chung.")
    assert u == {"Bộ Ngoại giao Mỹ", "Bộ Quốc phòng Mỹ"}


def test_home_state_and_schools_share_nothing():
    u = units_of("Quốc hội và Chính phủ Việt Nam luôn quan tâm.",
                 "Trường Đại học Bách khoa và Đại học Tokyo ký kết hợp tác.")
    assert "Quốc hội" in u and "Quốc hội Việt Nam" not in u
    assert "Trường Đại học Bách khoa" in u and "Trường Đại học Bách khoa Tokyo" not in u

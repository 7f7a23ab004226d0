"""A commune, ward or township named after a person ("xã Lý Thường Kiệt", "phường Nguyễn Cư Trinh") is a place,
not a person of the story, unless a title or a compound opens the level word ("bà xã" = wife, "trưởng thôn" = the
village's head). Sentences written for these tests; expected values worked out by hand from GUIDELINES.md
(officials are named persons)."""
from __future__ import annotations

from tests.test_extractors import official_names as names


def test_a_ward_or_commune_named_after_a_person_is_no_person():
    assert names("Người dân phường Trần Quang Khải, quận Hoàn Kiếm đã đến dự lễ.") == []
    assert names("Anh Lê Minh Tâm trú tại xã Nguyễn Văn Cừ, huyện Yên Phong.") == ["Lê Minh Tâm"]
    assert names("Cửa hàng nằm ở thị trấn Phan Đình Giót, tỉnh Lào Cai.") == []


def test_a_spouse_or_a_village_head_after_the_level_word_stays_a_person():
    assert names("Nữ ca sĩ đi cùng ông xã Trịnh Quốc Bảo đến buổi tiệc.") == ["Trịnh Quốc Bảo"]
    assert names("Theo trưởng thôn Vi Văn Đạt, cả thôn đã góp công làm đường.") == ["Vi Văn Đạt"]


def test_a_titled_holder_after_the_level_word_stays_a_person():
    assert "Đặng Văn Hùng" in names("Chủ tịch UBND xã Đặng Văn Hùng cho biết xã đã hoàn thành kế hoạch.")


def test_a_cooperatives_head_stays_a_person():
    """"hợp tác xã" (a cooperative) is a word of its own, as "nông thôn" is: its head's name follows."""
    assert names("Chủ nhiệm hợp tác xã Mai Văn Khoa cho biết năm nay được mùa.") == ["Mai Văn Khoa"]

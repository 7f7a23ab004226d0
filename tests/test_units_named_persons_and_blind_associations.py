"""A unit's name ends before "tên" + a person's name ("một sĩ quan Bộ Tổng tham mưu | tên Ivan …": the person is
named, not the unit; unit_extent.NAMING_WORD), and "mù" (blind) qualifies an association's members inside its name,
also before a place level ("Hội Người mù tỉnh X"; member_qualifiers.txt). Sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_person_named_after_the_unit_is_no_part_of_its_name():
    # was "Hội đồng Quân sự tên Ivan Petrov"
    assert unit_names("Văn bản do một thành viên Hội đồng Quân sự tên Ivan Petrov ký ngày 3/5.") == ["Hội đồng Quân sự"]
    assert unit_names("Một sĩ quan Bộ Tổng tham mưu tên Boris Orlov đã xác nhận tin này.") == ["Bộ Tổng tham mưu"]


def test_the_missile_arm_stays_in_the_name():
    # "tên lửa" (missile) is a field of the regiment, no capital follows "tên"
    assert unit_names("Anh Hùng là chiến sĩ Trung đoàn tên lửa 285 đóng quân tại Hà Nội.") == ["Trung đoàn tên lửa 285"]


def test_the_blind_association_is_named_whole_with_its_place():
    # was "Hội Người" (the name cut at the lower-case "mù")
    assert unit_names("Hội Người mù tỉnh Bắc Ninh vừa tặng quà cho hội viên.") == ["Hội Người mù tỉnh Bắc Ninh"]
    assert unit_names("Ông Sơn, chủ tịch Hội Người mù huyện Gia Lâm, phát biểu.") == ["Hội Người mù huyện Gia Lâm"]
    assert unit_names("Hội Người mù Việt Nam đã gửi thư cảm ơn.") == ["Hội Người mù Việt Nam"]

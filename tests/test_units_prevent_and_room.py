"""A lower-case "phòng" after a vaccine, a shot or a medicine is the verb "to prevent", and after booking or renting
it is a room: no department either way (``not_heads.txt``).  Sentences written for these tests; values worked out by
hand: before the rule "phòng Sởi" and "phòng Royal" came out as units; a department after other words stays one."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_vaccine_or_a_medicine_against_a_disease_is_no_department():
    assert unit_names("Trẻ em trong xã được tiêm vắc xin phòng Sởi miễn phí.") == []
    assert unit_names("Các cụ được tiêm phòng Cúm A ngay tại trạm.") == []
    assert unit_names("Hãng mới ra một loại thuốc phòng Sốt xuất huyết.") == []


def test_a_booked_or_rented_room_is_no_department():
    assert unit_names("Đoàn khách đặt phòng Royal trên tầng cao nhất.") == []
    assert unit_names("Hai vợ chồng thuê phòng Garden nhìn ra biển.") == []


def test_a_department_after_other_words_stays_one():
    assert unit_names("Hồ sơ được nộp cho phòng Tư pháp huyện Mỹ Lộc.") == ["phòng Tư pháp huyện Mỹ Lộc"]

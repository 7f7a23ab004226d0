"""The lower-case head "trung tâm" before a place alone is the middle of that place, no unit
(unit_places.PlaceSuffixes._centre_of_place).  Sentences written for these tests; values worked out by hand: before the
rule "trung tâm TP Hội An", "trung tâm thị xã Sơn Tây" and "trung tâm Lisbon" came out as units; a centre named by
its field, or capitalised, stays one."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_the_middle_of_a_city_written_with_its_level_is_no_unit():
    assert unit_names("Một quán cà phê mới mở ở trung tâm TP Hội An thu hút khách.") == []
    assert unit_names("Chợ đêm họp ngay trung tâm thị xã Sơn Tây vào cuối tuần.") == []


def test_the_middle_of_a_foreign_city_is_no_unit():
    assert unit_names("Cô thuê một căn hộ nhỏ ở trung tâm Lisbon, gần nhà ga.") == []


def test_a_centre_named_by_its_field_or_capitalised_stays_a_unit():
    assert unit_names("Bé được chữa trị tại trung tâm Nhi khoa của bệnh viện.") == ["trung tâm Nhi khoa"]
    assert unit_names("Ông Peter là chuyên gia của Trung tâm Wilson.") == ["Trung tâm Wilson"]

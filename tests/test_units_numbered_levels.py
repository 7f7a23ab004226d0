"""A unit of a level named by a number written after the lower-case level word ("UBND quận 1", "Công an phường 7"):
the number is the unit's name (numbered_levels.txt, unit_extent.NameExtent._extend; session 42, bulk news). Invented
wordings; facts computed by hand."""
from tests.test_extractors import facts_of, unit_names


def test_a_number_after_a_numbered_level_names_the_unit():
    assert unit_names("UBND quận 1 vừa tổ chức hội nghị tổng kết.") == ["UBND quận 1"]
    assert unit_names("Công an phường 7 đã bắt giữ đối tượng.") == ["Công an phường 7"]


def test_the_holder_of_a_numbered_unit_gets_it():
    got = facts_of("Ông Lâm Quốc Vĩnh, Chủ tịch UBND phường 12, cho biết như vậy.")["officials"]
    assert [(o["name"], o["unit"]) for o in got] == [("Lâm Quốc Vĩnh", "UBND phường 12")]


def test_a_count_after_a_level_is_no_name():
    # "12 phường": a count of wards before the level; "2 ngày": a count of days
    assert unit_names("UBND quận đã chỉ đạo 12 phường trong 2 ngày qua.") == []

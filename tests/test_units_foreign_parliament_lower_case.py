"""A foreign state's parliament written in lower case with the state's name is a unit, as a foreign government is
("quốc hội Mỹ" beside "chính phủ Cuba"; units.STATE_BODIES_LOWER).  Sentences written for these tests; values worked
out by hand: before the rule "quốc hội Canada" and "quốc hội Hàn Quốc" came out as nothing."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_foreign_parliament_in_lower_case_is_a_unit():
    assert unit_names("Đề xuất ngân sách mới bị quốc hội Canada bác bỏ.") == ["quốc hội Canada"]
    assert unit_names("Thủ tướng sẽ phát biểu trước quốc hội Hàn Quốc vào tuần tới.") == ["quốc hội Hàn Quốc"]


def test_a_parliament_without_its_state_is_no_unit():
    assert unit_names("Nhiều đại biểu quốc hội đã lên tiếng về dự luật.") == []
    assert unit_names("Phiên họp quốc hội kéo dài đến chiều.") == []


def test_the_building_of_a_parliament_is_a_venue():
    assert unit_names("Đoàn khách tham quan tòa nhà quốc hội Canada ở Ottawa.") == []


def test_the_seat_of_a_foreign_government_is_a_venue():
    # session 38 (mndy): the premises nouns of premises_words.txt ("tòa nhà", "trụ sở") before a lower-case state
    # body; the body written after other words stays a unit
    assert unit_names("Người biểu tình tập trung trước trụ sở chính phủ Peru suốt đêm qua.") == []
    assert unit_names("Cảnh sát phong tỏa toà nhà quốc hội Chile sau vụ nổ.") == []  # ("toà", the older accent)
    assert unit_names("Phái đoàn đã gặp chính phủ Peru tại một tòa nhà ở thủ đô.") == ["chính phủ Peru"]

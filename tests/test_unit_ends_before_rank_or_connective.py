"""A unit's name ends before a rank written after a dash ("Giám đốc Công an tỉnh X – Đại tá Y": the holder's rank
and name, not a second part of the name) and before a capitalised subordinator of time that opens the next sentence
when a caption lost its break ("Đoàn luật sư X Trước khi …"). chk45's check of 2,000 bulk articles; sentences written
for these tests, expected values worked out by hand from GUIDELINES.md (a unit is its name, no more)."""
from __future__ import annotations

from tests.test_extractors import positions_and_units, unit_names


def test_a_rank_after_a_dash_ends_the_unit():
    text = "Giám đốc Công an tỉnh Hà Giang – Đại tá Lương Văn Khải đã trực tiếp chỉ đạo vụ án."
    assert unit_names(text) == ["Công an tỉnh Hà Giang"]
    assert positions_and_units(text)["Lương Văn Khải"] == ("Giám đốc", "Công an tỉnh Hà Giang")


def test_a_field_after_a_dash_still_joins_the_name():
    assert unit_names("Công ty Cổ phần Vận tải – Du lịch Sao Mai đã mở tuyến mới.") == [
        "Công ty Cổ phần Vận tải – Du lịch Sao Mai"]


def test_a_subordinator_of_time_opens_the_next_sentence():
    assert unit_names("Luật sư Trần Văn Dự, Đoàn luật sư TPHCM Trước khi phiên tòa diễn ra, bị cáo đã gửi "
                      "đơn.") == ["Đoàn luật sư TPHCM"]

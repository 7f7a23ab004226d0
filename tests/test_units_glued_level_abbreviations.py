"""A district, town or ward written by its abbreviated level glued to its name ("Q.", "H.", "TX.", "P.") belongs to
the unit's name, as "TP." does (unit_extent.DOTTED_MARKS); a newspaper's byline, a reporter's initial with its stop
and a given name ("P.Minh"), is no district: it ends the paper's name (unit_extent.SIGNED_KINDS).  Sentences written
for these tests; values worked out by hand: before the first rule the name stopped at the level's letter ("Công an
Q", "UBND P"), and before the second a byline's letter or the reporter went on the paper's name ("Báo Nông Thôn Ngày
Nay P", "Báo Sài Gòn Giải Phóng P.Khánh")."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of, unit_names


@pytest.mark.parametrize("text, unit", [
    ("Công an Q.Tân Phú vừa tạm giữ hai thanh niên.", "Công an Q.Tân Phú"),
    ("Đội CSGT Công an H.Bình Chánh lập biên bản.", "Đội CSGT Công an H.Bình Chánh"),
    ("UBND P.Hòa Bình đã họp dân chiều qua.", "UBND P.Hòa Bình"),
    ("Ông Lâm, Trưởng Công an TX.Hương Trà, cho biết.", "Công an TX.Hương Trà"),
])
def test_a_glued_district_or_ward_stays_in_the_name(text, unit):
    # each mark alone: with it out of DOTTED_MARKS the name stops at its letter ("Công an Q")
    assert unit_names(text) == [unit]


def test_a_dot_that_ends_the_sentence_still_ends_the_name():
    # the dot after a level's letter joins only a capitalised word written next; a sentence's stop ends the name
    assert unit_names("Hồ sơ gửi Công an TP Huế. Sáng nay trời mưa.") == ["Công an TP Huế"]
    assert unit_names("Hồ sơ đã chuyển tới Công an quận Tân Phú. Chiều nay trời nắng.") == ["Công an quận Tân Phú"]


@pytest.mark.parametrize("text", [
    "Phóng viên Báo Sài Gòn Giải Phóng P.Khánh có mặt từ sáng sớm.",
    "Theo ghi nhận của phóng viên Báo Sài Gòn Giải Phóng H. Khánh, đường ngập sâu.",
    "Nhóm phóng viên Báo Sài Gòn Giải Phóng Q.Khánh - T.Lộc đã đến hiện trường.",
])
def test_a_reporters_initial_after_a_newspaper_is_no_district(text):
    facts = facts_of(text)
    assert facts["units"] == ["Báo Sài Gòn Giải Phóng"]
    assert not any(o["unit"] and "Khánh" in o["unit"] for o in facts["officials"])


def test_a_city_mark_written_apart_is_no_byline():
    # "T P.HCM" is "TP.HCM" with a space slipped in: its "P." is the second letter of the city's mark, no initial
    assert unit_names("Theo Báo Phụ Nữ T P.HCM, giá rau tuần này tăng mạnh.") == ["Báo Phụ Nữ T P.HCM"]

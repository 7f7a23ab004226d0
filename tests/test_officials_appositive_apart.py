"""A title written after a name and its comma is that name's own: a name coordinated after it by "và" keeps its own
occupation, or none (newcomer's finding, session 22).  Sentences written for these tests."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _positions(*lines: str) -> dict:
    return {o["name"]: (o["position"], o["unit"]) for o in facts_of(*lines)["officials"]}


def test_the_second_name_keeps_its_own_occupation():
    got = _positions("Giám đốc Sở Y tế tỉnh Quảng Trị tặng Giấy khen cho dược sĩ Trịnh Thị Nga, Trưởng khoa Dược, "
                     "và y sĩ Mai Văn Lực.")
    assert got["Trịnh Thị Nga"][0].endswith("Trưởng khoa")
    assert got["Mai Văn Lực"] == ("y sĩ", "")


def test_the_second_name_without_a_title_takes_none():
    got = _positions("Giám đốc Sở Y tế tỉnh Quảng Trị tặng Giấy khen cho dược sĩ Trịnh Thị Nga, Trưởng khoa Dược, "
                     "và Mai Văn Lực.")
    assert got["Mai Văn Lực"] == ("", "")

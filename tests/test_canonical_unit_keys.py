"""Canonical units: a head written inside a unit's name as its field is no parent ("Bộ Công an" is no child of
"Công an"), and a province's own level word before its name ending the unit's name makes no second unit ("Sở Y tế
tỉnh Lạng Sơn" = "Sở Y tế Lạng Sơn"), while a city inside a province of the same name stays apart
(extractors.canonical.canonical_unit, unit_key). Names of our own choosing."""
from __future__ import annotations

import pytest

from extractors.canonical import canonical_unit, unit_key


@pytest.mark.parametrize("name", ["Bộ Công an", "Bộ Quốc phòng"])
def test_a_ministry_named_by_a_head_has_no_parent(name):
    assert canonical_unit(name).parent is None


def test_a_named_parent_inside_a_name_is_still_split():
    unit = canonical_unit("Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn")
    assert unit.parent is not None and unit.parent.name == "Ủy ban nhân dân tỉnh Lạng Sơn"


@pytest.mark.parametrize("a, b", [
    ("Sở Y tế tỉnh Lạng Sơn", "Sở Y tế Lạng Sơn"),
    ("Sở GD&ĐT tỉnh Lạng Sơn", "Sở Giáo dục và Đào tạo Lạng Sơn"),
    ("Công an thành phố Hà Nội", "Công an Hà Nội"),
    ("Công an TP. Hải Phòng", "Công an Hải Phòng"),
])
def test_the_province_level_word_makes_no_second_unit(a, b):
    assert canonical_unit(a).key == canonical_unit(b).key


def test_a_city_inside_a_province_of_its_name_stays_apart():
    assert unit_key("Ủy ban nhân dân thành phố Lạng Sơn") != unit_key("Ủy ban nhân dân tỉnh Lạng Sơn")
    assert unit_key("Ủy ban nhân dân tỉnh Lạng Sơn") == "uy ban nhan dan lang son"
    assert unit_key("Trường Tiểu học Tỉnh") == "truong tieu hoc tinh"  # a level word ending a name is kept

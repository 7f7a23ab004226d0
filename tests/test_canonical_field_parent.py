"""A department named by a field that opens with a unit's head ("Phòng Tổ chức cán bộ": "Tổ chức" heads "Tổ chức Y
tế Thế giới") was given that field as a parent unit ("Tổ chức cán bộ"), a unit no document names.  A head inside a
name is a parent only when a capitalised word follows it.  Found by a newcomer; names of our own making."""
from __future__ import annotations

import pytest

from extractors.canonical import canonical_unit


@pytest.mark.parametrize("written", ["Phòng Tổ chức cán bộ", "Phòng Tổ chức hành chính", "Ban Tổ chức nhân sự"])
def test_a_field_opening_with_a_head_is_no_parent(written):
    assert canonical_unit(written).parent is None


def test_a_head_with_its_place_after_it_is_still_the_parent():
    unit = canonical_unit("Khoa Gây mê Bệnh viện đa khoa tỉnh Hòa Bình")
    assert unit.parent is not None and unit.parent.name == "Bệnh viện đa khoa tỉnh Hòa Bình"


@pytest.mark.parametrize("written", ["Phòng Tổ chức cán bộ Sở Y tế tỉnh Hà Tĩnh",
                                     "Phòng Tổ chức hành chính bệnh viện Đa khoa Hòa Bình"])
def test_a_field_before_the_body_it_belongs_to_is_no_parent(written):
    """The field's lower-case words, then another unit ("Sở …", "bệnh viện …"): the field is still the department's
    own, not a parent "Tổ chức cán bộ Sở …" (review 22, finding 4)."""
    unit = canonical_unit(written)
    assert unit.parent is None or not unit.parent.name.startswith("Tổ chức")


def test_lower_case_words_of_the_heads_own_name_still_make_a_parent():
    """"Cục Chính trị Quân đội nhân dân Việt Nam": "nhân dân" then a name, no unit: the parent stays."""
    unit = canonical_unit("Phòng Tuyên huấn Quân đội nhân dân Việt Nam")
    assert unit.parent is not None and unit.parent.name == "Quân đội nhân dân Việt Nam"

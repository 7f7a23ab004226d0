"""A school's canonical name writes its type with a capital whether the text wrote it out or short ("Trường THPT X"
= "Trường Trung học phổ thông X"), as a body's name writes its kind (newcomer's finding, session 22).  Names of our
own choosing."""
from __future__ import annotations

import pytest

from extractors.canonical import canonical_unit


@pytest.mark.parametrize("short, full", [
    ("Trường THPT Lê Lợi", "Trường Trung học phổ thông Lê Lợi"),
    ("Trường THCS Hải Thượng", "Trường Trung học cơ sở Hải Thượng"),
    ("Trường PTDTNT Sìn Hồ", "Trường Phổ thông dân tộc nội trú Sìn Hồ"),
])
def test_a_school_written_short_is_cased_as_written_out(short, full):
    assert canonical_unit(short).name == canonical_unit(full).name == full


def test_the_type_stays_lower_case_outside_a_school_name():
    assert canonical_unit("học sinh THPT").name == "Học sinh trung học phổ thông"

"""The deputy head of a department or a board written short (session 39): "Phó phòng" for Phó Trưởng phòng,
"Phó ban" for Phó Trưởng ban, as news and offices write them. They are titles of ``positions.txt``; as for
"Trưởng phòng", the department named after the title is the unit. Sentences written for these tests; expected
positions and units worked out by hand from the annotation guidelines."""
from __future__ import annotations

from tests.test_extractors import positions_and_units


def test_a_deputy_head_written_short_is_a_title():
    p = positions_and_units("Bà Khúc Thị Lựu, Phó phòng Tổ chức cán bộ, cho biết hồ sơ đã đủ.",
                            "Sáng nay, Phó ban Dân vận Phí Văn Thạch đã tới dự.")
    assert p["Khúc Thị Lựu"] == ("Phó phòng", "phòng Tổ chức cán bộ")
    assert p["Phí Văn Thạch"] == ("Phó ban", "ban Dân vận")


def test_the_full_form_reads_as_before():
    p = positions_and_units("Bà Khúc Thị Lựu, Phó Trưởng phòng Tổ chức cán bộ, cho biết hồ sơ đã đủ.")
    assert p["Khúc Thị Lựu"] == ("Phó Trưởng phòng", "phòng Tổ chức cán bộ")

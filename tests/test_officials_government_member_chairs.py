"""A Government member's title before a title that names no body of its own (session 38): "Phó Thủ tướng, Chủ tịch
Ủy ban …", "Bộ trưởng, Chủ nhiệm Văn phòng …". The member's body is the Government (Luật Tổ chức Chính phủ 2015,
Art. 2), another than the council or office the second title heads, so that body is written into the position, as
for "Phó Chủ tịch nước, Phó Chủ tịch Hội đồng …"; titles all of one body still leave it out. Sentences written for
these tests; the expected values worked out by hand from the annotation guidelines (a compound position written
whole, the unit the body of the last title)."""
from __future__ import annotations

from tests.test_extractors import positions_and_units as positions


def test_a_deputy_prime_minister_chairing_a_committee():
    p = positions("Phó Thủ tướng, Chủ tịch Ủy ban Dân tộc Lương Văn Khải đã ký quyết định.")
    assert p["Lương Văn Khải"] == ("Phó Thủ tướng, Chủ tịch Ủy ban Dân tộc", "Ủy ban Dân tộc")


def test_a_minister_heading_an_office_written_after_the_name():
    p = positions("Ông Ông Văn Hào, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, trao tặng bằng khen cho tập thể.")
    assert p["Ông Văn Hào"] == ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Văn phòng Chính phủ")


def test_titles_all_of_one_body_still_leave_it_out():
    p = positions("Bí thư Đảng đoàn, Chủ tịch Hội Nông dân Việt Nam Kiều Văn Lâm phát biểu.")
    assert p["Kiều Văn Lâm"] == ("Bí thư Đảng đoàn, Chủ tịch", "Hội Nông dân Việt Nam")

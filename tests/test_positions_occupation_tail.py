"""An occupation of ``role_nouns.txt`` completed by lower-case words of its field, then a nationality, before the
name (session 31): "nhà phê bình văn học Ba Lan X" is a critic of literature, Polish; the position is the occupation
with its field, without the country, as for a bare occupation ("nhà phân tích người Mỹ X"). Sentences written for
these tests; every expected position worked out by hand from the annotation guidelines."""
from __future__ import annotations

from tests.test_extractors import positions


def test_an_occupation_with_its_field_before_a_nationality():
    p = positions("Hôm qua nhà phân tích tài chính Pháp Louis Girard đã tới thăm trường.",
                  "Bà đọc bài thơ của cha mình, nhà thơ, nhà phê bình văn học Ba Lan Jan Nowak.")
    assert p["Louis Girard"] == "nhà phân tích tài chính"
    assert p["Jan Nowak"] == "nhà thơ, nhà phê bình văn học"


def test_a_title_of_positions_keeps_its_country():
    # "Tổng thống" is a title, not an occupation: the country is part of it
    p = positions("Hôm qua Tổng thống Ba Lan Jan Nowak đã tới thăm trường.")
    assert p["Jan Nowak"] == "Tổng thống Ba Lan"

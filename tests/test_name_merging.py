"""One official per person (``extractors/engine.py`` ``_merge_names``): short forms map to the full name.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(g: dict) -> list:
    return [o["name"] for o in g["officials"]]


def test_given_name_after_a_shorter_form_goes_to_the_full_name():
    """"Lan" ends both "Vân Lan" (written last before it) and "Nguyễn Thị Vân Lan": "Vân Lan" is itself the short
    form of the full name, so all three are one official (found on held-out news by a helper of session 6)."""
    g = facts_of("Bà Nguyễn Thị Vân Lan, giáo viên Trường THCS Lê Lợi, được tặng Bằng khen. "
                 "Cô Vân Lan cho biết rất vui. Chị Lan đã dạy học 20 năm.")
    assert names(g) == ["Nguyễn Thị Vân Lan"]


def test_two_full_names_ending_alike_stay_two():
    g = facts_of("Ông Nguyễn Tiến Danh được tặng Bằng khen. Ông Lê Tiến Danh cũng dự. Ông Danh phát biểu.")
    assert names(g) == ["Nguyễn Tiến Danh", "Lê Tiến Danh"]

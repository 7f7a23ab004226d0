"""A list set out one item a line after "cho:" (the usual layout of a decision's Article 1, outside a table) is one
sentence with the line that announces it, so its recipients are linked to the award (found by a newcomer in
session 7: such decisions gave no award at all).  Decisions written for these tests; values worked out by hand."""
from __future__ import annotations

import pytest

from extractors.components.sentences import boundaries
from tests.test_extractors import facts_of

HEAD = ["QUYẾT ĐỊNH:", "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho:"]


def awards_of(lines: list[str]) -> list[tuple[str, str]]:
    return [(a["recipient"], a["award"]) for a in facts_of(*lines)["awards"]]


@pytest.mark.parametrize("marks", [("1.", "2."), ("-", "-"), ("a)", "b)"), ("+", "+")])
def test_recipients_listed_a_line_each_receive_the_award(marks):
    lines = HEAD + [f"{marks[0]} Ông Trương Văn Phúc, Hiệu trưởng Trường THCS Gio Linh, huyện Gio Linh;",
                    f"{marks[1]} Bà Lê Thị Kim Oanh, Phó Trưởng phòng Giáo dục và Đào tạo huyện Hải Lăng;",
                    "đã có thành tích xuất sắc trong công tác năm học 2023-2024."]
    award = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
    assert awards_of(lines) == [("Trương Văn Phúc", award), ("Lê Thị Kim Oanh", award)]


def test_units_listed_a_line_each_receive_the_award():
    lines = HEAD + ["1. Trường THCS Gio Linh, huyện Gio Linh;", "2. Phòng Giáo dục và Đào tạo huyện Hải Lăng;"]
    award = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
    assert awards_of(lines) == [("Trường THCS Gio Linh, huyện Gio Linh", award),
                                ("Phòng Giáo dục và Đào tạo huyện Hải Lăng", award)]


def test_a_line_break_still_ends_a_sentence_outside_a_list():
    words = ["Lễ", "trao", "tặng", ":", "\n", "Năm", "2024", "\n", "1", ".", "Ông", "A", ";", "\n", "2", ".",
             "Ông", "B"]
    # "Năm 2024" opens no list item: the colon's line ends there; "1. Ông A;" after a plain line is its own
    assert boundaries(words) == [(0, 4), (5, 7), (8, 13), (14, 18)]
    listed = ["cho", ":", "\n", "1", ".", "Ông", "A", ";", "\n", "2", ".", "Ông", "B", "\n", "Điều", "2"]
    assert boundaries(listed) == [(0, 13), (14, 16)]

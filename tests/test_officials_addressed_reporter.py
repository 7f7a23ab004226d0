"""A fronted clause of talking to someone ("Trả lời phóng viên …,", "Trao đổi với phóng viên báo X,") names the one
addressed: its title is no part of the title of the name after its comma (fronted_openers.txt, "# Addressing
openers"; bulk news, session 45).  Sentences and names invented for these tests."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _positions(*lines: str) -> dict:
    return {o["name"]: (o["position"], o["unit"]) for o in facts_of(*lines)["officials"]}


def test_the_reporter_addressed_is_no_part_of_the_title_after_the_comma():
    got = _positions("Trả lời phóng viên báo Lao Động, Giám đốc Sở Y tế tỉnh Nam Định Trần Văn Hùng cho biết.",
                     "Trao đổi với Bộ trưởng Lê Văn Tâm, bà Phạm Thị Lan cho biết.")
    assert got["Trần Văn Hùng"] == ("Giám đốc", "Sở Y tế tỉnh Nam Định")
    assert got["Lê Văn Tâm"] == ("Bộ trưởng", "")  # (a name inside the clause keeps its title)


def test_the_reporter_and_the_paper_are_no_title_nor_unit_of_the_speaker():
    got = _positions("Trao đổi với phóng viên Tuổi Trẻ Online, Thủ tướng Trần Văn Hùng khẳng định sẽ làm.")
    assert got["Trần Văn Hùng"] == ("Thủ tướng", "")


def test_a_name_after_the_comma_alone_has_no_title():
    got = _positions("Trả lời phóng viên, ông Trần Văn Hùng cho biết.")
    assert got["Trần Văn Hùng"] == ("", "")


"""A title inside a fronted adverbial clause ("Sau khi …,", "Khi …,", "Với …,") is the name's after its comma only when
a word of role_introducers.txt opens it ("Khi còn là …", "Với cương vị …"); else it is the object of the clause's verb,
another person's, and no part of the name's title (bulk news, session 45).  Sentences and names invented for these
tests."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _positions(*lines: str) -> dict:
    return {o["name"]: (o["position"], o["unit"]) for o in facts_of(*lines)["officials"]}


def test_the_title_of_the_one_met_is_not_the_speakers():
    got = _positions("Sau khi gặp Giám đốc Sở Y tế, ông Trần Văn Hùng cho biết.")
    assert got["Trần Văn Hùng"] == ("", "")


def test_the_title_of_the_one_talked_with_is_no_part_of_the_title_after_the_comma():
    got = _positions("Sau nhiều giờ hội đàm với Chủ tịch Trung Quốc, Tổng thống Nga Ivan Petrov đã mời ông đến thăm.",
                     "Sau khi bầu Chủ tịch nước, Chủ tịch Quốc hội Trần Thị Lan đọc tờ trình.")
    assert got["Ivan Petrov"] == ("Tổng thống Nga", "")
    assert got["Trần Thị Lan"] == ("Chủ tịch Quốc hội", "Quốc hội")


def test_a_title_introduced_as_a_role_or_opening_the_clause_stays_the_names():
    got = _positions("Khi còn là Bí thư Tỉnh ủy Nam Định, ông Trần Văn Hùng đã làm nhiều việc.",
                     "Với cương vị Chủ tịch UBND tỉnh, ông Lê Văn Tâm đã làm nhiều việc.",
                     "Sau khi gặp Giám đốc Sở Y tế, ông Phạm Văn Bình cho biết.",
                     "Bà Hoàng Thị Mai chia sẻ sau khi Tổng thống Guatemala, ông Juan Ortega, thông báo quyết định.")
    assert got["Trần Văn Hùng"] == ("Bí thư Tỉnh ủy", "Tỉnh ủy Nam Định")
    assert got["Lê Văn Tâm"] == ("Chủ tịch UBND tỉnh", "UBND tỉnh")
    assert got["Phạm Văn Bình"] == ("", "")
    assert got["Juan Ortega"] == ("Tổng thống Guatemala", "")  # (the title opening the clause is its subject's)


def test_a_title_right_after_a_preposition_opening_the_phrase_is_its_objects():
    # ("Với" opens a phrase, not a clause: the chairman is the one worked with; "sau khi" opens a clause, whose subject
    # the title names: see the test above)
    got = _positions("Với Chủ tịch UBND tỉnh, ông Trần Văn Hùng đã có buổi làm việc.",
                     "Sau Thủ tướng, Bộ trưởng Bộ Tài chính Lê Văn Tâm phát biểu.")
    assert got["Trần Văn Hùng"] == ("", "")
    assert got["Lê Văn Tâm"] == ("Bộ trưởng", "Bộ Tài chính")

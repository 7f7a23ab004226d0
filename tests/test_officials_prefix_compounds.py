"""A title after a compound ending in a prefix word (``prefix_compounds.txt``): "chính quyền Tổng thống X" is the
administration of President X, so X's position is "Tổng thống", not "quyền Tổng thống" (acting). Sentences written
for these tests; each expected value worked out by hand from GUIDELINES.md (a position is the title the text gives)."""
from __future__ import annotations

from tests.test_extractors import positions_and_units as positions


def test_the_administration_of_a_president_is_no_acting_title():
    p = positions("Dưới thời chính quyền Tổng thống Antonio Reyes, quan hệ hai nước được cải thiện.")
    assert p["Antonio Reyes"] == ("Tổng thống", "")


def test_a_competence_and_serving_under_are_no_acting_titles():
    p = positions("Việc này thuộc thẩm quyền Bộ trưởng Lê Văn Khải theo luật định.",
                  "Ông từng làm việc dưới quyền Thủ tướng Phạm Quốc Hùng nhiều năm.")
    assert p["Lê Văn Khải"] == ("Bộ trưởng", "")
    assert p["Phạm Quốc Hùng"] == ("Thủ tướng", "")


def test_an_acting_title_stays_acting():
    # "quyền" after a comma or at the sentence's start is the acting holder's prefix
    p = positions("Ông Đỗ Minh Tâm, quyền Giám đốc Sở Tài chính, cho biết kế hoạch năm tới.",
                  "Quyền Chủ tịch UBND huyện Vũ Thị Hạnh đã ký quyết định.")
    assert p["Đỗ Minh Tâm"] == ("quyền Giám đốc", "Sở Tài chính")
    assert p["Vũ Thị Hạnh"][0] == "Quyền Chủ tịch UBND huyện"

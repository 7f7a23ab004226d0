"""Positions of people in general news (session 8): occupations written before a name, titles stated later in
the sentence, and names that are no person. Expected values worked out by hand from the guidelines."""
from tests.test_extractors import facts_of


def officials(*lines: str) -> dict:
    """name -> (position, unit) of every official of the document ``lines``."""
    return {o["name"]: (o["position"], o["unit"]) for o in facts_of(*lines)["officials"]}


def test_occupation_before_name_is_the_position():
    # an occupation of honorifics.tsv (kind "role") before the name, and no other title: it is the position
    got = officials("Buổi lễ có sự góp mặt của siêu mẫu Hà Anh, thủ thành Wojciech Szczesny và Hoa hậu Đỗ Thị Hà.")
    assert got["Hà Anh"][0] == "siêu mẫu"
    assert got["Wojciech Szczesny"][0] == "thủ thành"
    assert got["Đỗ Thị Hà"][0] == "Hoa hậu"


def test_standing_in_a_case_is_no_position():
    # "bị cáo" (kind "status") names the person but is no occupation
    got = officials("Tòa án tuyên phạt bị cáo Nguyễn Văn Hùng 5 năm tù.")
    assert got["Nguyễn Văn Hùng"][0] == ""

"""How a position is written beside its unit (session 21): a title before a people's committee or council whose
level is a short form ("UBND TP. Cần Thơ", "UBND TP Cần Thơ": with or without its dot, review 22) is written alone,
the body whole as the unit; "đại diện" and the body after it, behind a comma or a
dash after a name with no other title, are its position and unit. Sentences written for these tests; the expected
values worked out by hand from the annotation guidelines and the dev gold's conventions."""
from __future__ import annotations

from tests.test_extractors import facts_of
from tests.test_officials_general import positions


def test_a_dotted_city_level_is_part_of_the_unit_not_of_the_position():
    p = positions("Phó Chủ tịch UBND TP. Cần Thơ Trần Văn Ba phát biểu tại buổi lễ.",
                  "Ông Lê Văn Tư, Chủ tịch HĐND TP. Huế, dự lễ.")
    assert p["Trần Văn Ba"] == ("Phó Chủ tịch", "UBND TP. Cần Thơ")
    assert p["Lê Văn Tư"] == ("Chủ tịch", "HĐND TP. Huế")


def test_a_party_committee_stays_in_the_position():
    p = positions("Bí thư Thành ủy TP. Vinh Hồ Văn Sáu dự lễ.")
    assert p["Hồ Văn Sáu"] == ("Bí thư Thành ủy", "Thành ủy TP. Vinh")


def test_a_city_level_gives_the_same_position_with_or_without_its_dot():
    """"UBND TP Đà Lạt" and "UBND TP. Đà Lạt" are one body: the title alone either way (review 22, finding 6); a
    level written out keeps the suffix."""
    p = positions("Phó chủ tịch UBND TP Đà Lạt Ngô Văn Năm trao quà.",
                  "Chủ tịch HĐND TP. Đà Lạt Lý Văn Bảy dự lễ.",
                  "Phó Chủ tịch UBND tỉnh Lâm Đồng Đinh Văn Tám phát biểu.")
    assert p["Ngô Văn Năm"] == ("Phó chủ tịch", "UBND TP Đà Lạt")
    assert p["Lý Văn Bảy"] == ("Chủ tịch", "HĐND TP. Đà Lạt")
    assert p["Đinh Văn Tám"] == ("Phó Chủ tịch UBND tỉnh", "UBND tỉnh Lâm Đồng")


def test_a_representative_of_the_body_after_the_name():
    p = positions("Bà Trần Thị Lụa – đại diện Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam lên nhận "
                  "bằng khen của Bộ Tài chính.",
                  "Ông Lê Văn Khoa (trái), đại diện Bộ Y tế trao bằng khen cho gia đình em Hòa.",
                  "Ông Đỗ Văn Nam, Giám đốc Sở Y tế, đại diện Sở nhận cờ thi đua.")
    assert p["Trần Thị Lụa"] == ("đại diện", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam")
    assert p["Lê Văn Khoa"] == ("đại diện", "Bộ Y tế")
    assert p["Đỗ Văn Nam"] == ("Giám đốc", "Sở Y tế")  # (a title of his own comes first)


def test_the_body_a_representative_speaks_for_still_receives_the_award():
    facts = facts_of("Ông Phạm Văn Minh, đại diện Công ty cổ phần Sông Đà 9, nhận Huân chương Lao động hạng Ba.")
    assert {a["recipient"] for a in facts["awards"]} == {"Công ty cổ phần Sông Đà 9"}
    assert {o["name"]: o["position"] for o in facts["officials"]} == {"Phạm Văn Minh": "đại diện"}


def test_two_academic_titles_joined_by_a_dot_and_a_space_are_written_as_one():
    # (session 45, bulk news: "PGS. TS X" gave the position "PGS. TS"; "PGS.TS" is how the press joins them)
    got = positions("GS. TS Nguyễn Văn An phát biểu tại hội thảo.", "PGS.TS Trần Thị Bình chủ trì.")
    assert got["Nguyễn Văn An"] == ("GS.TS", "")
    assert got["Trần Thị Bình"] == ("PGS.TS", "")

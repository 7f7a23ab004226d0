"""Positions of staff, a Party letterhead's title line and the year of an award for two school years (session 13).
Sentences and documents written for these tests; every expected value worked out by hand from the annotation
guidelines and the dev gold's conventions."""
from __future__ import annotations

from extractors import extract
from pipeline.normalize import normalize_document
from pipeline.readers import read_file
from tests.test_extractors import facts_of, positions_and_units as positions


def test_a_staff_title_leaves_the_level_body_to_the_unit():
    # staff_titles.txt: a grade or staff post is no leader's title; "UBND huyện …" after it is the unit alone
    p = positions("Bà Trần Thị Hoa, chuyên viên UBND huyện Yên Thành, được tặng Giấy khen.",
                  "Bà Đậu Thị Hồng, cán bộ UBND xã Diễn Lâm, nhận Giấy khen.",
                  "Ông Lê Văn Tâm, nhân viên UBND phường Bến Thủy, được biểu dương.",
                  "Ông Hồ Văn Kiên, công chức UBND huyện Con Cuông, nhận Giấy khen.")
    assert p["Trần Thị Hoa"] == ("chuyên viên", "UBND huyện Yên Thành")
    assert p["Đậu Thị Hồng"] == ("cán bộ", "UBND xã Diễn Lâm")
    assert p["Lê Văn Tâm"] == ("nhân viên", "UBND phường Bến Thủy")
    assert p["Hồ Văn Kiên"] == ("công chức", "UBND huyện Con Cuông")


def test_a_leader_still_writes_the_level_body_with_the_title():
    # the dev gold's convention for a leader ("chủ tịch UBND huyện" | "UBND huyện …") is unchanged
    p = positions("Ông Hà Văn Sơn, Phó Chủ tịch UBND huyện Yên Thành, trao Giấy khen.")
    assert p["Hà Văn Sơn"] == ("Phó Chủ tịch UBND huyện", "UBND huyện Yên Thành")


def test_grades_of_public_employees_are_positions_with_their_body_as_unit():
    # role_nouns.txt: viên chức (Luật Viên chức 2010), cán sự (Nghị định 138/2020), kế toán (Luật Kế toán 2015)
    p = positions("Anh Hoàng Văn Tú, kế toán Công ty TNHH Minh Phát, được tặng Giấy khen.",
                  "Ông Vũ Đình Khoa, viên chức Trung tâm Y tế huyện Nam Đàn, được tặng Giấy khen.",
                  "Ông Lò Văn Bình, cán sự Phòng Nội vụ huyện Kỳ Sơn, nhận Giấy khen.")
    assert p["Hoàng Văn Tú"] == ("kế toán", "Công ty TNHH Minh Phát")
    assert p["Vũ Đình Khoa"] == ("viên chức", "Trung tâm Y tế huyện Nam Đàn")
    assert p["Lò Văn Bình"] == ("cán sự", "Phòng Nội vụ huyện Kỳ Sơn")


PARTY = ["HUYỆN ỦY QUỲNH LƯU\tĐẢNG CỘNG SẢN VIỆT NAM", "*",
         "Số 112-QĐ/HU\tQuỳnh Lưu, ngày 4 tháng 5 năm 2026", "QUYẾT ĐỊNH",
         "Về việc khen thưởng tổ chức cơ sở đảng",
         "Điều 1. Tặng Giấy khen cho Chi bộ Trạm Y tế xã Quỳnh Đôi đã có thành tích xuất sắc.",
         "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Hồ Văn Định"]


def _units(tmp_path, lines):
    path = tmp_path / "qd.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [u.text for u in extract(normalize_document(read_file(path))).units]


def test_the_party_title_line_of_a_letterhead_is_no_unit(tmp_path):
    # letterhead_titles.txt: "ĐẢNG CỘNG SẢN VIỆT NAM" stands where the national title stands; the committee
    # under which the document is issued is the unit
    units = _units(tmp_path, PARTY)
    assert "HUYỆN ỦY QUỲNH LƯU" in units
    assert not any(u.upper() == "ĐẢNG CỘNG SẢN VIỆT NAM" for u in units)


def test_the_party_title_line_over_a_letterhead_typed_as_one_column_is_no_unit(tmp_path):
    units = _units(tmp_path, ["ĐẢNG CỘNG SẢN VIỆT NAM", "THÀNH ỦY VINH", "*", "Số 8-QĐ/TU",
                              "Vinh, ngày 4 tháng 5 năm 2026", "QUYẾT ĐỊNH",
                              "Điều 1. Tặng Giấy khen cho đồng chí Lê Thị Vân.", "BÍ THƯ", "Trịnh Văn Hà"])
    assert "THÀNH ỦY VINH" in units
    assert not any(u.upper() == "ĐẢNG CỘNG SẢN VIỆT NAM" for u in units)


def test_the_party_named_in_running_text_is_a_unit():
    g = facts_of("Ông Trần Văn Lực được kết nạp vào Đảng Cộng sản Việt Nam năm 1975.")
    assert "Đảng Cộng sản Việt Nam" in g["units"]


def test_one_award_for_two_school_years_is_one_fact_of_the_first_school_years_end():
    # GUIDELINES: the same award to the same recipient in several years is one fact; the dev gold gives it the
    # first year ("Huân chương Lao động 2 năm liền (năm 2009 và 2010)" → 2009); a school year is for its end
    g = facts_of("Cô Nguyễn Thị Lành được tặng danh hiệu Chiến sĩ thi đua cơ sở năm học 2022 – 2023 và "
                 "năm học 2023 – 2024.")
    assert [(a["recipient"], a["award"], a["year"]) for a in g["awards"]] == \
        [("Nguyễn Thị Lành", "Chiến sĩ thi đua cơ sở", 2023)]


def test_a_class_numbered_with_a_slash_is_part_of_a_students_position():
    # "lớp 12/1": grade and class joined by a slash, split by the tokenizer; the school after it is the unit
    p = positions("Em Mai Thị Tuyết, học sinh lớp 12/1, Trường THPT Duy Tân, được tặng Giấy khen.",
                  "Tối 15-12, em Nguyễn Văn Hậu (học sinh lớp 11/4 Trường THPT Trần Phú, thị xã Điện Bàn) nhặt "
                  "được chiếc túi.")
    assert p["Mai Thị Tuyết"] == ("học sinh lớp 12/1", "Trường THPT Duy Tân")
    assert p["Nguyễn Văn Hậu"] == ("học sinh lớp 11/4", "Trường THPT Trần Phú, thị xã Điện Bàn")


def test_a_slash_of_a_date_after_a_class_is_no_part_of_it():
    p = positions("Em Lê Thị Na, học sinh lớp 9, ngày 3/4 dự thi.")
    assert p["Lê Thị Na"] == ("học sinh lớp 9", "")


def test_a_sub_unit_written_with_its_parent_after_a_title_is_the_unit_whole():
    # annotation guidelines: a sub-unit written with its parent is one unit, written whole; the title stays bare
    # (the dev gold: "Vụ trưởng" | "vụ Thi đua, khen thưởng")
    p = positions("Ông Lê Văn Cẩn – Vụ trưởng, vụ Thi đua khen thưởng bộ VH - TT & DL cho biết như vậy.",
                  "Ông Đinh Văn Kiền, nguyên Giám đốc Ban Quản lý Dự án 12, Bộ Tổng Tham mưu, Bộ Quốc phòng, "
                  "cho biết.")
    assert p["Lê Văn Cẩn"] == ("Vụ trưởng", "vụ Thi đua khen thưởng bộ VH – TT & DL")
    assert p["Đinh Văn Kiền"] == ("nguyên Giám đốc", "Ban Quản lý Dự án 12, Bộ Tổng Tham mưu, Bộ Quốc phòng")


def test_two_titles_each_with_its_body_keep_the_first_body_in_the_position():
    p = positions("Ông Lê Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Nghệ An, dự lễ.")
    assert p["Lê Văn Hải"] == ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Nghệ An",
                               "Ban Dân vận Tỉnh ủy Nghệ An")

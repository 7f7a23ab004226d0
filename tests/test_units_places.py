"""Place completion of local bodies (GUIDELINES.md: a generic body whose place is clear from the same
sentence is written with it).  Sentences are written for these tests."""
from __future__ import annotations

from tests.test_units_noise import facts


def test_a_department_takes_the_one_province_of_its_sentence():
    g = facts("Tại tỉnh Quảng Trị, bà Lê Thị Hoa, Giám đốc Sở Tư pháp, đã ký quyết định.")
    assert g["units"] == ["Sở Tư pháp tỉnh Quảng Trị"]
    # two provinces in the sentence: the place is not clear
    g = facts("Sở Tư pháp phối hợp với tỉnh Quảng Trị và tỉnh Quảng Bình.")
    assert g["units"] == ["Sở Tư pháp"]


def test_a_body_written_with_a_bare_level_takes_the_place():
    g = facts("Ông Trần Văn Bình, Trưởng Ban Thi đua – Khen thưởng thành phố nhận xét phong trào rất sôi nổi. "
              "UBND TP Cần Thơ đã tuyên dương.")
    assert "Ban Thi đua – Khen thưởng thành phố Cần Thơ" in g["units"]


def test_a_sentence_place_is_a_known_place_not_a_following_name():
    g = facts("Phó Bí thư Thành ủy Đà Nẵng Lê Minh Tâm dự lễ.")
    assert g["units"] == ["Thành ủy Đà Nẵng"]


def test_a_number_before_a_count_of_provinces_is_not_part_of_a_name():
    g = facts("Đại biểu Hội Nông dân 14 tỉnh miền Trung về dự hội thảo.")
    assert g["units"] == ["Hội Nông dân"]


def test_a_lower_case_party_committee_after_a_title_is_the_provinces():
    g = facts("Phó Bí thư Thường trực tỉnh ủy, Chủ tịch HĐND tỉnh Lý Thị Mai dự lễ tại tỉnh Sơn La.")
    assert "Tỉnh ủy Sơn La" in g["units"]
    g = facts("Bí thư huyện ủy Mường Tè phát biểu.")
    assert g["units"] == ["Huyện ủy Mường Tè"]
    g = facts("Các ban tuyên giáo tỉnh ủy, thành ủy đã tổ chức học tập.")
    assert g["units"] == []


def test_the_documents_province_is_a_known_place_not_a_person_after_tinh():
    g = facts("Chủ tịch HĐND tỉnh Hoàng Văn Sơn dự lễ.", "Tỉnh ủy họp tại tỉnh Lạng Sơn.", "Tỉnh ủy khen thưởng.")
    assert "Tỉnh ủy Lạng Sơn" in g["units"]

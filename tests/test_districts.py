"""District-level place gazetteer (``corpora/gazetteers/districts.tsv``): a district's name is a place, not a person,
where the text reads it as a place, and a unit takes it whole after its level word.  Sentences written for these
tests; expected values worked out by hand."""
from __future__ import annotations

from extractors.gazetteer import GAZETTEER_DIR, district_names, table
from pipeline.normalize import normalize_text
from tests.test_extractors import facts_of  # noqa: F401  (shared helper)


def names(g: dict) -> set:
    return {o["name"] for o in g["officials"]}


def test_districts_table_covers_every_province_and_is_normalised():
    rows = table("districts.tsv")
    assert len(rows) == 705  # 696 units of the package's list + 9 merged between 2019 and 2025
    provinces = {r[0] for r in table("provinces_2025.tsv")}
    assert {r[0] for r in rows} == provinces  # 63 provinces, each with its districts
    assert {r[1] for r in rows} == {"quận", "huyện", "thị xã", "thành phố"}
    raw = [line for line in (GAZETTEER_DIR / "districts.tsv").read_text(encoding="utf-8").splitlines()
           if not line.startswith("#")]
    assert all(c == normalize_text(c) for line in raw for c in line.split("\t"))  # as the normaliser writes text
    assert ("Thành phố Hà Nội", "quận", "Bắc Từ Liêm") in rows
    assert ("Tỉnh Bến Tre", "huyện", "Chợ Lách") in rows
    assert ("Thành phố Hồ Chí Minh", "quận", "2") in rows  # merged into thành phố Thủ Đức in 2021


def test_district_names_leave_out_numbers_and_single_syllables():
    d = district_names()
    assert {"Tây Hồ", "Bắc Từ Liêm", "Trần Văn Thời", "Phan Rang – Tháp Chàm"} <= d
    assert "1" not in d and "Vinh" not in d and "Lắk" not in d


def test_unit_takes_a_three_syllable_district_whole():
    g = facts_of("Đại tá Lê Đức Hùng, Trường Công an quận Bắc Từ Liêm.")
    assert g["units"] == ["Trường Công an quận Bắc Từ Liêm"]
    assert names(g) == {"Lê Đức Hùng"}  # "Từ Liêm" is no person


def test_district_named_after_a_person_is_a_place_after_its_level_word():
    g = facts_of("Ông Trần Văn Hùng, Chủ tịch UBND huyện Trần Văn Thời, dự lễ.")
    assert names(g) == {"Trần Văn Hùng"}
    assert "UBND huyện Trần Văn Thời" in g["units"]


def test_district_after_abbreviated_city_level_is_no_person():
    g = facts_of("Ông Võ Văn Điệp (59 tuổi, ngụ xã Hòa An, TP. Cao Lãnh) gửi đơn.")
    assert names(g) == {"Võ Văn Điệp"}


def test_district_written_as_a_place_elsewhere_in_the_document():
    g = facts_of("Học sinh Tây Hồ đạt 45 giải.", "Phòng GD&ĐT quận Tây Hồ tổ chức lễ tuyên dương.")
    assert "Tây Hồ" not in names(g)


def test_list_of_districts_is_no_list_of_persons():
    g = facts_of("Ùn tắc tại các quận Cầu Giấy, Ba Đình, Bắc Từ Liêm, Đống Đa, Hà Đông.")
    assert names(g) == set()


def test_district_name_that_is_a_person_name_stays_a_person_without_a_place_reading():
    g = facts_of("Diễn viên Thanh Bình cho biết anh mới hay tin.")
    assert names(g) == {"Thanh Bình"}


def test_full_name_right_after_a_district_is_the_person_and_the_district_ends_the_unit():
    g = facts_of("Phó Chủ tịch UBND quận Hoàng Mai Nguyễn Thị Hoa phát biểu.")
    assert g["units"] == ["UBND quận Hoàng Mai"]
    assert [(o["name"], o["unit"]) for o in g["officials"]] == [("Nguyễn Thị Hoa", "UBND quận Hoàng Mai")]


def test_district_party_committee_takes_the_district_whole():
    g = facts_of("Bí thư Quận ủy Bắc Từ Liêm Lưu Ngọc Hà phát biểu.")
    assert g["units"] == ["Quận ủy Bắc Từ Liêm"]
    assert names(g) == {"Lưu Ngọc Hà"}


def test_district_in_brackets_after_a_commune_is_a_place():
    g = facts_of("Tại Dương Nội (Hà Đông), anh Lê Văn Tám cho biết.")
    assert names(g) == {"Lê Văn Tám"}  # neither "Dương Nội" nor "Hà Đông"


def test_a_bare_district_level_body_takes_the_storys_one_district():
    """resolve.py fills a bare "UBND quận" / "Quận ủy" with the one quận the story names, as it does for tỉnh,
    huyện and thị xã (Luật Tổ chức chính quyền địa phương 2015: quận is a district-level unit of a city)."""
    g = facts_of("Lễ khen thưởng do Phòng GD & ĐT quận Tây Hồ (Hà Nội) tổ chức.",
                 "Đây là dịp để UBND quận ghi nhận và biểu dương giáo viên.",
                 "Theo chương trình hành động của Quận ủy, thầy trò đã đạt nhiều thành tích.")
    assert g["units"] == ["Phòng GD & ĐT quận Tây Hồ", "UBND quận Tây Hồ", "Quận ủy Tây Hồ"]


def test_person_after_a_district_level_is_no_district():
    # a bare "UBND huyện" takes no place from an official's full name written right after its level word
    g = facts_of("Chủ tịch UBND huyện Quách Minh Khôi chủ trì buổi họp sáng nay.")
    assert g["units"] == []  # (the bare body that no place completes is no unit: resolve._placeless, session 29)
    assert g["officials"] == [{"name": "Quách Minh Khôi", "position": "Chủ tịch UBND huyện", "unit": "UBND huyện"}]
    # nor from the name running on after the district: the district alone completes the bare body
    g = facts_of("Phó Chủ tịch UBND quận Long Biên Lã Thị Hoa đến dự.", "Lãnh đạo UBND quận cũng có mặt.")
    assert g["units"] == ["UBND quận Long Biên"]
    # a district named after a person stays the place ("huyện Trần Văn Thời", districts.tsv)
    g = facts_of("Đoàn công tác làm việc với UBND huyện Trần Văn Thời.", "Chủ tịch UBND huyện báo cáo.")
    assert g["units"] == ["UBND huyện Trần Văn Thời"]

"""Unit extraction, session 11 (task U): sentences written for these tests.

- a department's field (``department_fields.txt``) is read whole after its head ("Phòng Tổ chức cán bộ;"), and
  written without a head it opens no unit ("Tổ chức cán bộ Sở Y tế …" is no organisation "Tổ chức …");
- an office serving two bodies (``office_bodies.txt``) is one unit ("Văn phòng HĐND và UBND huyện X");
- a sub-unit written with a bare parent head ("Văn phòng Bộ") takes the letterhead's body of that head, or is left out;
- a team written with an acronym and with its full field and place is one unit;
- a bare provincial department ("Sở Nội vụ") takes the province of the document's letterhead;
- the field lists are read by one cached loader (``extractors.gazetteer.unit_fields``).
"""
from __future__ import annotations

from extractors import extract
from extractors.gazetteer import field_at, field_table, unit_fields, word_list
from extractors.resolve import complete_place
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def facts(*lines: str) -> dict:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt",
                                      blocks=[Block(text=l) for l in lines]))
    return extract(doc).to_guidelines("t.txt")


def test_department_field_read_whole_before_a_semicolon():
    f = facts("Điều 1. Tặng Giấy khen cho các tập thể sau:", "1. Phòng Tổ chức cán bộ;", "2. Phòng Kế hoạch - Tài chính;")
    assert "Phòng Tổ chức cán bộ" in f["units"]
    assert "Phòng Tổ chức" not in f["units"]
    assert {a["recipient"] for a in f["awards"]} == {"Phòng Tổ chức cán bộ", "Phòng Kế hoạch – Tài chính"}


def test_department_field_in_capitals_with_its_parent():
    f = facts("Bà Vũ Thị Mai, Trưởng Phòng Tổ chức Cán bộ Sở Y tế tỉnh Quảng Bình, trình bày báo cáo.")
    assert f["units"] == ["Phòng Tổ chức Cán bộ Sở Y tế tỉnh Quảng Bình"]
    assert f["officials"] == [{"name": "Vũ Thị Mai", "position": "Trưởng Phòng",
                               "unit": "Phòng Tổ chức Cán bộ Sở Y tế tỉnh Quảng Bình"}]


def test_field_without_its_head_makes_no_parent_of_its_own():
    f = facts("Ông Đinh Văn Khoa, cán bộ Tổ chức cán bộ Sở Y tế tỉnh Quảng Bình, có mặt từ sớm.")
    assert f["units"] == ["Sở Y tế tỉnh Quảng Bình"]
    assert not any(o["unit"].startswith("Tổ chức") for o in f["officials"])


def test_office_of_council_and_committee_is_one_unit():
    f = facts("Năm 2024, Văn phòng HĐND và UBND huyện Bố Trạch được tặng Cờ thi đua.")
    assert "Văn phòng HĐND và UBND huyện Bố Trạch" in f["units"]
    assert "Văn phòng HĐND" not in f["units"]
    assert [a["recipient"] for a in f["awards"]] == ["Văn phòng HĐND và UBND huyện Bố Trạch"]


def test_office_of_deputies_and_council_in_full_words():
    f = facts("Ông Phạm Quốc Huy, Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Tĩnh, phát biểu.")
    assert "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Tĩnh" in f["units"]


def test_council_and_committee_elsewhere_stay_two_bodies():
    f = facts("Thường trực HĐND và UBND huyện Bố Trạch đã họp bàn.")
    assert "HĐND và UBND huyện Bố Trạch" not in " ".join(f["units"])


def test_bare_parent_head_takes_the_letterhead_body():
    f = facts("BỘ XÂY DỰNG", *MOTTO, "THÔNG TƯ",
              "Điều 9. Chánh Văn phòng Bộ và Bí thư Đảng ủy Bộ chịu trách nhiệm thi hành Thông tư này.")
    assert "Văn phòng Bộ Xây dựng" in f["units"]
    assert "Đảng ủy Bộ Xây dựng" in f["units"]
    assert "Văn phòng Bộ" not in f["units"]


def test_bare_parent_head_without_a_letterhead_is_no_unit():
    f = facts("Ông Hồ Văn Sang được điều động về làm chuyên viên Văn phòng Sở từ tháng 3.")
    assert "Văn phòng Sở" not in f["units"]


def test_team_by_acronym_and_by_full_name_with_place_is_one_unit():
    f = facts("Năm 2023, Đội Quản lý thị trường số 4, tỉnh Nghệ An đã kiểm tra 120 cơ sở. Ông Trần Đức Lâm, Đội "
              "trưởng Đội QLTT số 4 cho biết đơn vị xử lý nghiêm mọi vi phạm.")
    assert f["units"] == ["Đội Quản lý thị trường số 4, tỉnh Nghệ An"]
    assert f["officials"][0]["unit"] == "Đội Quản lý thị trường số 4, tỉnh Nghệ An"


def test_bare_department_takes_the_letterhead_province():
    f = facts("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", *MOTTO, "QUYẾT ĐỊNH",
              "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho Sở Tư pháp đã có thành tích xuất sắc.",
              "Điều 2. Giám đốc Sở Nội vụ, Chánh Văn phòng Sở Nội vụ chịu trách nhiệm thi hành.")
    assert "Sở Tư pháp tỉnh Quảng Trị" in f["units"]
    assert "Sở Nội vụ tỉnh Quảng Trị" in f["units"]
    assert "Sở Tư pháp" not in f["units"]
    assert [a["recipient"] for a in f["awards"]] == ["Sở Tư pháp tỉnh Quảng Trị"]


def test_district_letterhead_gives_no_province():
    f = facts("ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", *MOTTO, "QUYẾT ĐỊNH",
              "Điều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành.")
    assert "Sở Nội vụ" in f["units"]


def test_complete_place_prefers_the_sentence_to_the_letterhead():
    places, province = {}, "tỉnh Quảng Trị"  # (the letterhead's province)
    assert complete_place("Sở Y tế", places, "Ở tỉnh Hà Tĩnh, Sở Y tế đã làm.", province) == "Sở Y tế tỉnh Hà Tĩnh"
    assert complete_place("Sở Y tế", places, "Sở Y tế đã làm.", province) == "Sở Y tế tỉnh Quảng Trị"
    assert complete_place("Sở Y tế Hà Tĩnh", places, "", province) == "Sở Y tế Hà Tĩnh"
    assert complete_place("Bệnh viện Đa khoa", places, "", province) == "Bệnh viện Đa khoa"


def test_field_lists_one_cached_loader():
    assert unit_fields() is unit_fields()
    assert unit_fields("ministry_fields.txt") == word_list("ministry_fields.txt")
    every = unit_fields()
    assert "Tổ chức cán bộ" in every and "Kinh tế và Hạ tầng" in every and "Quốc phòng" in every
    assert len(every) == len(set(every))
    table = field_table(("Tổ chức cán bộ", "Tổ chức – Cán bộ", "Kế hoạch – Tài chính"))
    # the two spellings of one field are one entry (the list once kept it twice: the written forms were told apart
    # before their dashes and letter case were dropped)
    assert table["tổ"] == (("tổ", "chức", "cán", "bộ"),)
    assert table["kế"] == (("kế", "hoạch", "tài", "chính"),)
    words = ["Phòng", "Kế", "hoạch", "–", "Tài", "chính", ";"]
    assert field_at(words, 1, table) == 6
    assert field_at(words, 0, table) is None


def test_universities_listed_with_commas_or_a_dash_stay_apart():
    f = facts("Các trường tham gia gồm Học viện Kỹ thuật Quân sự, Đại học FPT và Học viện An ninh nhân dân.",
              "Cô từng học tại Đại học Harvard – Đại học Stanford trước khi về nước.")
    assert {"Học viện Kỹ thuật Quân sự", "Đại học FPT", "Học viện An ninh nhân dân", "Đại học Harvard",
            "Đại học Stanford"} <= set(f["units"])
    assert not any("," in u or "–" in u for u in f["units"])


def test_member_school_of_a_national_or_regional_university_is_one_unit():
    f = facts("Anh là sinh viên Đại học Khoa học tự nhiên - Đại học Quốc gia Hà Nội.",
              "Chị học Trường Đại học Ngoại ngữ, Đại học Huế từ năm 2019.")
    assert "Đại học Khoa học tự nhiên – Đại học Quốc gia Hà Nội" in f["units"]  # (dashes normalised)
    assert "Trường Đại học Ngoại ngữ, Đại học Huế" in f["units"]


def test_clubs_of_the_european_leagues_named_bare():
    f = facts("Ở vòng 20, Celta Vigo thua Real Betis 1-2, còn Everton cầm hòa Nottingham Forest trên sân khách.")
    assert {"Celta Vigo", "Real Betis", "Everton", "Nottingham Forest"} <= set(f["units"])
    assert not any(o["name"] in ("Celta Vigo", "Real Betis", "Nottingham Forest") for o in f["officials"])


def test_a_club_named_by_its_city_stays_out_of_the_bare_list():
    f = facts("Đoàn du khách đến Valencia và Sevilla vào mùa hè năm ngoái.")
    assert "Valencia" not in f["units"] and "Sevilla" not in f["units"]


"""Unit extraction, session 10 (task U): sentences written for these tests.

- a field joined by "và" right after a head is read whole (``joined_fields.txt``, ``ministry_fields.txt``), so the
  parent after the comma stays in the same unit and a person's award is not given to it.
"""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def facts(*lines: str) -> dict:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt",
                                      blocks=[Block(text=l) for l in lines]))
    return extract(doc).to_guidelines("t.txt")


def test_fire_police_team_keeps_its_field_and_the_award_goes_to_the_person():
    f = facts("Chủ tịch nước vừa ký quyết định truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho đồng chí Lê Minh "
              "Tuấn, Đội trưởng Đội Cảnh sát phòng cháy và chữa cháy, Công an thị xã Đông Triều.")
    assert f["units"] == ["Đội Cảnh sát phòng cháy và chữa cháy, Công an thị xã Đông Triều"]
    assert [(a["recipient"], a["recipient_type"]) for a in f["awards"]] == [("Lê Minh Tuấn", "person")]


def test_district_office_field_in_lower_case():
    f = facts("Bà Đỗ Thị Lan, Trưởng Phòng Tài nguyên và môi trường huyện Tam Dương, dự hội nghị.")
    assert "Phòng Tài nguyên và môi trường huyện Tam Dương" in f["units"]


def test_centre_field_with_comma_and_va():
    f = facts("Anh Hà Văn Bình, viên chức Trung tâm Văn hóa, Thể thao và Du lịch huyện Tam Dương, đoạt giải Nhất.")
    assert "Trung tâm Văn hóa, Thể thao và Du lịch huyện Tam Dương" in f["units"]


def test_fire_and_rescue_police_field_with_its_commas():
    f = facts("Ông Vũ Đức Long, Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh "
              "Bắc Giang, báo cáo.")
    assert "phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bắc Giang" in f["units"]


def test_a_document_type_after_a_dash_ends_a_name_only_when_cited():
    u = facts("Bà Mai Thị Thu, cán bộ Phòng Tài chính – Kế hoạch thị xã Hương Thủy, nhận Giấy khen.")["units"]
    assert "Phòng Tài chính – Kế hoạch thị xã Hương Thủy" in u
    u = facts("UBND tỉnh Quảng Trị – Quyết định số 45 về việc tặng Bằng khen.")["units"]
    assert u == ["UBND tỉnh Quảng Trị"]
    u = facts("Sở Nội vụ tỉnh Quảng Trị – Kế hoạch", "Nội dung kế hoạch như sau.")["units"]
    assert u == ["Sở Nội vụ tỉnh Quảng Trị"]


def test_international_closes_a_name_like_national():
    u = facts("Em đoạt giải Ba của Viện Kỹ nghệ và Điện tử quốc tế tại cuộc thi.")["units"]
    assert u == ["Viện Kỹ nghệ và Điện tử quốc tế"]
    u = facts("Cục Hợp tác quốc tế thẩm định hồ sơ đề nghị khen thưởng.")["units"]
    assert u == ["Cục Hợp tác quốc tế"]


def test_a_syllable_missing_from_the_dictionary_closes_a_name_before_a_comma():
    u = facts("Bệnh viện đổi tên thành Bệnh viện Ung bướu, UBND TP Đà Nẵng đã truy tặng Bằng khen.")["units"]
    assert "Bệnh viện Ung bướu" in u
    u = facts("Ông Lê Văn Hải, Giám đốc Sở Y tế Hà Nam nói, năm nay ngành y tế đạt nhiều kết quả.")["units"]
    assert u == ["Sở Y tế Hà Nam"]


def test_a_ministers_field_written_without_its_dash_names_the_ministry():
    u = facts("Chiều 23/6, Bộ trưởng Lao động Thương binh và Xã hội Đào Ngọc Dung trao Bằng khen cho hai ông.")["units"]
    assert u == ["Bộ Lao động Thương binh và Xã hội"]


def test_a_company_named_after_a_person_right_after_its_legal_form():
    u = facts("Tài xế Hoàng đã được Công ty Cổ phần Tập đoàn Mai Linh và nhiều tập thể tuyên dương.")["units"]
    assert u == ["Công ty Cổ phần Tập đoàn Mai Linh"]
    u = facts("Ông Nguyễn Văn Hải, Giám đốc Công ty Cổ phần Licogi 14 Nguyễn Văn Hải phát biểu.")["units"]
    assert u == ["Công ty Cổ phần Licogi 14"]

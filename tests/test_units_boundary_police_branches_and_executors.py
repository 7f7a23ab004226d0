"""Unit boundaries: sentences written for these tests.

- a police branch written after "Phòng" / "Đội" / "Cục" (a capitalised word, then lower-case ones: "Cảnh sát hình
  sự", "Kỹ thuật hình sự") is read whole with or without the police it belongs to (``joined_fields.txt``);
- the closing article of a decision, "… và các ông, bà có tên tại Điều 1 …", runs into no department's name;
- a chief's office of a people's committee or council written out with its level alone ("Chánh Văn phòng Ủy ban
  nhân dân tỉnh,") keeps the whole body, not "Văn phòng Ủy ban".
"""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def facts(*lines: str) -> dict:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt",
                                      blocks=[Block(text=l) for l in lines]))
    return extract(doc).to_guidelines("t.txt")


def test_criminal_police_department_without_its_police_after_it():
    f = facts("Giám đốc Công an tỉnh Yên Bái trao Bằng khen cho Phòng Cảnh sát hình sự năm 2024.")
    assert "Phòng Cảnh sát hình sự" in f["units"]
    assert "Phòng Cảnh sát" not in f["units"]
    assert [a["recipient"] for a in f["awards"]] == ["Phòng Cảnh sát hình sự"]


def test_traffic_and_economic_police_departments_before_a_verb():
    f = facts("Phòng Cảnh sát giao thông và Phòng Cảnh sát kinh tế đã ra quân đợt cao điểm.")
    assert "Phòng Cảnh sát giao thông" in f["units"]
    assert "Phòng Cảnh sát kinh tế" in f["units"]
    assert "Phòng Cảnh sát" not in f["units"]


def test_police_branch_with_its_police_stays_one_unit():
    f = facts("Đội Cảnh sát giao thông Công an huyện Lục Yên được tặng Giấy khen.")
    assert f["units"] == ["Đội Cảnh sát giao thông Công an huyện Lục Yên"]


def test_forensic_department_read_whole():
    f = facts("Trung tá Hà Văn Toàn, Phó Trưởng phòng Kỹ thuật hình sự cho biết mẫu vật đã được giám định.")
    assert f["units"] == ["phòng Kỹ thuật hình sự"]
    assert f["officials"][0]["unit"] == "phòng Kỹ thuật hình sự"


def test_executors_named_after_a_department_are_no_part_of_it():
    f = facts("Điều 3. Chánh Văn phòng Sở, Trưởng phòng Kế hoạch tài chính và các ông, bà có tên tại Điều 1 chịu "
              "trách nhiệm thi hành Quyết định này.")
    assert "phòng Kế hoạch tài chính" in f["units"]
    assert not any("ông" in u for u in f["units"])


def test_executors_after_a_provincial_department():
    f = facts("Điều 4. Giám đốc Sở Xây dựng và các ông, bà có tên tại Điều 1 thi hành Quyết định này.")
    assert f["units"] == ["Sở Xây dựng"]


def test_office_of_the_peoples_committee_with_its_bare_level():
    f = facts("Ủy ban nhân dân tỉnh Yên Bái vừa tổ chức hội nghị.",
              "Ông Đỗ Minh Khang, Chánh Văn phòng Ủy ban nhân dân tỉnh, trình bày báo cáo.")
    assert "Văn phòng Ủy ban nhân dân tỉnh Yên Bái" in f["units"]
    assert "Văn phòng Ủy ban" not in f["units"]
    assert {"name": "Đỗ Minh Khang", "position": "Chánh Văn phòng",
            "unit": "Văn phòng Ủy ban nhân dân tỉnh Yên Bái"} in f["officials"]


def test_office_of_the_district_peoples_council():
    # (with its district in the sentence: a bare body no place completes is no unit, session 29)
    f = facts("Tại huyện Mường Tè, bà Lò Thị Mai, Chánh Văn phòng Hội đồng nhân dân huyện, phát biểu tại kỳ họp.")
    assert "Văn phòng Hội đồng nhân dân huyện Mường Tè" in f["units"]
    assert not any(u.startswith("Văn phòng Hội đồng ") and "nhân dân" not in u for u in f["units"])

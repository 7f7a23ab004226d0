"""Session 14 mend L: two members of a list joined as a sub-unit and its parent (``unit_parents.py``). Every
sentence here was written for these tests; the expected units are worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def recipients(g: dict) -> set:
    return {a["recipient"] for a in g["awards"]}


def test_district_offices_are_not_departments_of_the_school_after_them():
    # district_offices.txt: "Phòng Nội vụ", "Phòng Tư pháp" are offices of a UBND, never of a school
    g = facts_of("Chủ tịch UBND huyện Hương Khê tặng Giấy khen cho các tập thể: Phòng Tư pháp, Phòng Nội vụ, "
                 "Trường Tiểu học Hà Linh vì thành tích năm 2024.")
    assert {"Phòng Tư pháp", "Phòng Nội vụ", "Trường Tiểu học Hà Linh"} <= set(g["units"])
    assert recipients(g) == {"Phòng Tư pháp", "Phòng Nội vụ", "Trường Tiểu học Hà Linh"}


def test_abbreviated_district_offices_before_a_hospital_and_a_school():
    g = facts_of("Năm nay huyện khen thưởng Phòng LĐ-TB&XH, Bệnh viện Đa khoa Kỳ Anh và Phòng GD&ĐT, "
                 "Trường THCS Kỳ Tân.")
    assert {"Phòng LĐ-TB&XH", "Bệnh viện Đa khoa Kỳ Anh", "Phòng GD&ĐT", "Trường THCS Kỳ Tân"} <= set(g["units"])
    assert not any("," in u for u in g["units"])


def test_central_party_board_is_not_a_department_of_the_ministry_after_it():
    g = facts_of("Hội thảo có đại diện Ban Kinh tế Trung ương, Bộ Công Thương và UBND tỉnh Lạng Sơn.")
    assert {"Ban Kinh tế Trung ương", "Bộ Công Thương"} <= set(g["units"])
    assert "Ban Kinh tế Trung ương, Bộ Công Thương" not in g["units"]


def test_sub_units_written_with_their_parent_stay_whole():
    # a school's department, a hospital's ward, a police department and a listed national body of a ministry
    assert "Phòng Đào tạo, Trường Đại học Hà Tĩnh" in facts_of(
        "Giám đốc Sở tặng Giấy khen cho Phòng Đào tạo, Trường Đại học Hà Tĩnh.")["units"]
    assert "Khoa Nhi, Bệnh viện Đa khoa tỉnh Quảng Bình" in facts_of(
        "Bằng khen được trao cho Khoa Nhi, Bệnh viện Đa khoa tỉnh Quảng Bình.")["units"]
    assert "Phòng Cảnh sát kinh tế, Công an tỉnh Quảng Trị" in facts_of(
        "Ông Hồ Văn Lực, Trưởng Phòng Cảnh sát kinh tế, Công an tỉnh Quảng Trị nhận Bằng khen.")["units"]
    assert "Viện Huyết học – Truyền máu Trung ương, Bộ Y tế" in facts_of(
        "Bà được điều trị tại Viện Huyết học - Truyền máu Trung ương, Bộ Y tế từ năm 2020.")["units"]


def test_a_school_listed_after_a_school_is_no_sub_unit_of_the_next_member():
    # "Đại học A, Đại học B, Viện C": the comma after B goes on with the list
    g = facts_of("Đội tuyển của Đại học Mỏ, Đại học Ngôn ngữ, Viện Văn học mang tên Lomonosov, Học viện Hải quân "
                 "đều tham dự.")
    assert {"Đại học Mỏ", "Đại học Ngôn ngữ", "Viện Văn học mang tên Lomonosov", "Học viện Hải quân"} <= set(g["units"])
    assert not any("," in u for u in g["units"])
    # but a member university is still the parent of the school before it
    assert "Trường Đại học Sư phạm, Đại học Huế" in facts_of(
        "Em học tại Trường THPT Chuyên Hóa học, Trường Đại học Sư phạm, Đại học Huế.")["units"]

"""Pupils named with only their class and school in brackets (session 22): the position is "học sinh", with the
class when written; the school is the unit. Sentences written for these tests; the expected values worked out by
hand (Luật Giáo dục 43/2019/QH14, Điều 82: the learners of a school of general education are "học sinh")."""
from __future__ import annotations

from extractors.components.pupils import class_at, pupil_school
from tests.test_extractors import facts_of


def officials(*lines: str) -> dict:
    """name -> (position, unit) of every official of ``lines``."""
    return {o["name"]: (o["position"], o["unit"]) for o in facts_of(*lines)["officials"]}


def test_class_and_school_in_brackets_make_a_pupil():
    o = officials("Trần Minh Khôi (lớp 10A2, THPT chuyên Bắc Ninh) đoạt giải nhất môn Hóa học.")
    assert o["Trần Minh Khôi"] == ("học sinh lớp 10A2", "THPT chuyên Bắc Ninh")


def test_a_school_alone_makes_a_pupil_and_a_name_joined_before_shares_it():
    o = officials("Hai bạn Lưu Thị Hạnh và Đoàn Văn Kiên (trường THCS Lê Lợi, huyện Yên Dũng) cùng được tuyên dương.")
    assert o["Đoàn Văn Kiên"][0] == "học sinh"
    assert o["Lưu Thị Hạnh"][0] == "học sinh"


def test_a_class_with_its_subject_is_written_whole():
    o = officials("Giải ba thuộc về Phùng Gia Bảo (lớp 11 Lý, trường Phổ thông Năng khiếu Hà Tĩnh).")
    assert o["Phùng Gia Bảo"][0] == "học sinh lớp 11 Lý"


def test_a_role_written_for_the_list_comes_first():
    o = officials("Hai em học sinh được khen là Tạ Văn Long và Hồ Thị Mận (lớp 8, trường THCS Kim Sơn).")
    assert o["Tạ Văn Long"][0] == "học sinh" and o["Hồ Thị Mận"][0] == "học sinh"


def test_a_teacher_or_a_university_is_no_pupil():
    o = officials("Thầy Đặng Quốc Toản (trường THPT Hùng Vương) nhận Bằng khen.",
                  "Mai Thu Trang (Trường Đại học Y Hải Phòng) nhận Bằng khen.")
    assert o["Đặng Quốc Toản"][0] == ""
    assert o["Mai Thu Trang"][0] == ""


def test_pupil_school_and_class_words():
    assert pupil_school("Trường Tiểu học Kim Đồng") and pupil_school("THCS Nguyễn Du")
    assert not pupil_school("Trường Đại học Vinh") and not pupil_school("Trường Mầm non Hoa Mai")
    assert class_at(["lớp", "9A", ",", "THCS"], 0) == ("lớp 9A", 3)
    assert class_at(["lớp", "12", "Trường"], 0) == ("lớp 12", 2)
    assert class_at(["lớp", "học"], 0) == ("", 0)


def test_a_list_governed_by_a_title_or_a_staff_noun_holds_no_pupils():
    """"Hiệu trưởng các trường gồm A (THPT B) …", "Ban giám hiệu gồm C (THCS D) …": a title of positions.txt or an
    adult staff noun of pupil_schools.txt governs the list, the school in brackets is a workplace (review of session
    22, finding 6); a list after "Các em … gồm" still holds pupils."""
    o = officials("Hiệu trưởng các trường gồm Lê Văn Cường (THPT Phan Bội Châu) và Phạm Văn Dũng (THCS Đặng Thai "
                  "Mai) được tặng Bằng khen.")
    assert o["Lê Văn Cường"][0] == "" and o["Phạm Văn Dũng"][0] == ""
    o = officials("Ban giám hiệu gồm Nguyễn Văn Hải (THPT Lê Lợi) và Phạm Thị Hà (THCS Kim Đồng) nhận Bằng khen.")
    assert o["Nguyễn Văn Hải"][0] == "" and o["Phạm Thị Hà"][0] == ""
    o = officials("Các em đạt giải gồm Nguyễn Văn Hải (lớp 12A1, THPT Lê Lợi) và Phạm Thị Hà (THCS Kim Đồng).")
    assert o["Nguyễn Văn Hải"] == ("học sinh lớp 12A1", "THPT Lê Lợi") and o["Phạm Thị Hà"][0] == "học sinh"

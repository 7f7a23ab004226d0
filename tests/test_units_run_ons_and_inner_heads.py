"""Units: a comma list of foreign firms is no comma inside a ministry's name, a head inside a word of a name read
already opens no unit, and a lower-case field closes before a verb of saying (session 29)."""
from __future__ import annotations

from extractors.components.unit_acronyms import field_word
from tests.test_extractors import unit_names


def test_firms_listed_after_a_ministry_are_not_its_fields():
    names = unit_names("Vụ tấn công làm tê liệt máy tính của Bộ Y tế Pháp, Siemens và Renault trong hai ngày.")
    assert "Bộ Y tế Pháp" in names
    assert not any("Siemens" in n for n in names)


def test_abbreviated_fields_after_a_comma_stay_in_the_name():
    assert unit_names("Bà Lan, Thứ trưởng Bộ VH, TT & DL đã dự lễ.") == ["Bộ VH, TT & DL"]
    assert unit_names("Ông Hải làm việc tại Bộ Văn hóa, Thể thao và Du lịch từ năm 2010.") == \
        ["Bộ Văn hóa, Thể thao và Du lịch"]


def test_field_word_tells_vietnamese_syllables_and_acronyms_from_foreign_names():
    assert [field_word(w) for w in ("Thể", "DL", "LĐTB", "FedEx", "Telefónica", "ABCDE")] == \
        [True, True, True, False, False, False]


def test_a_head_inside_a_word_of_a_school_s_name_opens_no_unit():
    names = unit_names("Sinh viên Đại học Bách Khoa TPHCM, Học viện Tài chính và Đại học Huế cùng dự thi.")
    assert names == ["Đại học Bách Khoa TPHCM", "Học viện Tài chính", "Đại học Huế"]


def test_a_lower_case_field_closes_before_a_verb_of_saying():
    assert unit_names("Bà Hoa, Giám đốc Trung tâm Giáo dục thường xuyên chia sẻ kinh nghiệm dạy nghề.") == \
        ["Trung tâm Giáo dục thường xuyên"]
    assert unit_names("“Thiếu giáo viên giỏi”, lãnh đạo Tổng cục Giáo dục nghề nghiệp trăn trở.") == \
        ["Tổng cục Giáo dục nghề nghiệp"]

"""Faults mined from unlabelled award news (session 6, helper hg): unit spans (the units component)."""
from extractors.components.base import state
from extractors.nlp import get_nlp


def units(text):
    return [u.text for u in state(get_nlp()(text))["unit"]]


def test_a_listed_body_takes_no_predicate_after_it():
    assert units("Năm nay Tổng cục Hải quan chú trọng cải cách thủ tục.") == ["Tổng cục Hải quan"]
    assert units("Ban Bí thư nắm tình hình các địa phương.") == ["Ban Bí thư"]


def test_a_place_closing_the_name_ends_it():
    assert units("Sở GD-ĐT Đồng Tháp đưa ra giải pháp mới.") == ["Sở GD-ĐT Đồng Tháp"]


def test_a_sub_unit_of_a_language_keeps_its_parent():
    # "Anh" (England) closing "Tiếng Anh" is no place ending the name
    assert units("Bà là giảng viên khoa Tiếng Anh của trường Đại học Hà Nội.") == \
        ["khoa Tiếng Anh của trường Đại học Hà Nội"]


def test_crop_seasons_are_no_departments():
    assert units("Vụ Đông Xuân năm nay, nông dân gieo sạ sớm; sang vụ Hè Thu thì muộn hơn.") == []


def test_the_competent_authorities_are_no_named_body():
    assert units("Cơ quan chức năng huyện đã vào cuộc.") == []


def test_a_minister_written_in_lower_case_names_no_ministry():
    assert units("Theo luật, bộ trưởng quốc phòng phải xác nhận lệnh.") == []


def test_a_lower_case_field_opened_by_a_stop_syllable_stays_in_the_name():
    # "thực" is a STOP syllable only as the start of a verb ("thực hiện"); "thực vật" is the body's field
    assert units("Ông là Giám đốc Cục Bảo vệ thực vật.") == ["Cục Bảo vệ thực vật"]
    assert units("Sở Y tế thực hiện kiểm tra.") == ["Sở Y tế"]
    assert units("Xây dựng cơ quan LĐLĐ Thành phố trong sạch, vững mạnh.") == ["LĐLĐ Thành phố"]

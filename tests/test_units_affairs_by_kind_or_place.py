"""A lower-case "vụ" (or one capitalised only for opening a sentence) is a ministry's department only when its
number or code, or its field in sentence case, follows ("vụ 2B", "vụ Kế hoạch tài chính"); named by an acronym, a
place or a person it is a case or an affair, no unit (units._department_named; sentences written for these tests,
values worked out by hand: "kế hoạch" and "hợp tác" are dictionary words, "TNLĐ" is capitals, "Hòa Bình" and "Lan
Anh" are capitalised on both syllables)."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_case_named_by_an_acronym_is_no_department():
    # "TNLĐ" (an accident at work): written in capitals, no field
    assert unit_names("Sau vụ TNLĐ tại công trường, chủ thầu bị phạt nặng.") == []


def test_a_case_named_by_a_place_or_a_person_is_no_department():
    # both syllables capitalised: a place or a person's name, never a department's field in sentence case
    assert unit_names("Hàng trăm người theo dõi vụ Hòa Bình suốt tuần qua.") == []
    assert unit_names("Dư luận vẫn bàn tán về vụ Lan Anh trên mạng.") == []


def test_a_lower_case_department_keeps_its_field_or_its_number():
    assert unit_names("Ông Khải được điều về vụ Kế hoạch tài chính từ tháng trước.") == ["vụ Kế hoạch tài chính"]
    assert unit_names("Bà Thu làm việc ở vụ 2B hơn mười năm.") == ["vụ 2B"]


def test_a_capitalised_department_is_left_alone():
    # the rule reads the lower-case "vụ" only: "Vụ Hợp tác Quốc tế" mid-sentence is the department
    assert unit_names("Đại diện Vụ Hợp tác Quốc tế đã phát biểu tại hội nghị.") == ["Vụ Hợp tác Quốc tế"]


def test_a_capital_that_only_opens_a_sentence_is_read_as_lower_case():
    # "Vụ" after a full stop is capitalised for the sentence: the place after it names a case, as in lower case
    assert unit_names("Trận hòa khiến HLV bực bội. Vụ Hòa Bình vẫn chưa ngã ngũ.") == []
    # a department's field in sentence case still opens a department there
    assert unit_names("Vụ Kế hoạch tài chính đã gửi văn bản.") == ["Vụ Kế hoạch tài chính"]

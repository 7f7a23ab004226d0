"""A province's department ("Sở …") written before a comma belongs only to a province's people's committee: any other
body after the comma (the police, the treasury, a district's committee) is the next item of a list, not its parent
(unit_parents.Parents._province_department; Nghị định 24/2014/NĐ-CP as amended by 107/2020/NĐ-CP).  Sentences
written for these tests; values worked out by hand: before the rule each list came out as one unit, "Sở Xây dựng,
Công an TP Đà Nẵng" and "Sở Công Thương, UBND huyện Gia Lâm"."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_department_listed_before_the_police_is_no_sub_unit():
    names = unit_names("Sáng qua, đại diện Sở Xây dựng, Công an TP Đà Nẵng đã kiểm tra công trình.")
    assert "Công an TP Đà Nẵng" in names
    assert not any(", " in n for n in names)


def test_a_department_listed_before_a_district_committee_is_no_sub_unit():
    names = unit_names("Cán bộ Sở Công Thương, UBND huyện Gia Lâm cùng tham gia đoàn kiểm tra.")
    assert "UBND huyện Gia Lâm" in names
    assert not any(", " in n for n in names)


def test_a_department_stays_written_with_its_province_s_committee_and_its_own_office_with_it():
    assert unit_names("Bà Lan, Phó Giám đốc Sở Tư pháp, UBND tỉnh Hà Nam phát biểu.") == \
        ["Sở Tư pháp, UBND tỉnh Hà Nam"]
    assert unit_names("Ông Minh, Trưởng phòng Hành chính, Sở Tư pháp tỉnh Hà Nam phát biểu.") == \
        ["phòng Hành chính, Sở Tư pháp tỉnh Hà Nam"]


def test_a_bank_s_transaction_office_is_no_province_s_department():
    assert unit_names("Ông Hải, Giám đốc Sở Giao dịch, Ngân hàng Nông nghiệp cho biết.") == \
        ["Sở Giao dịch, Ngân hàng Nông nghiệp"]

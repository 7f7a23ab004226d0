"""Session 14 mend: a company or a plant named by its district ("… Hoàng Mai", "… Lê Chân": a district of
``districts.tsv`` whose first syllable is also a surname) keeps its district as the end of its name, read as no
person (sentences of our own wording, facts computed by hand)."""
from __future__ import annotations

from tests.test_units_plants import _facts, _pairs


def test_a_company_ending_in_its_district_is_not_cut():
    g = _facts("Công ty Cổ phần Gốm sứ Sông Cấm Lê Chân hoàn thành kế hoạch năm.")
    assert g["units"] == ["Công ty Cổ phần Gốm sứ Sông Cấm Lê Chân"]
    assert g["officials"] == []


def test_a_company_named_only_by_its_district():
    g = _facts("Năm nay, Tập đoàn Hoàng Mai trúng thầu dự án cầu cảng.")
    assert g["units"] == ["Tập đoàn Hoàng Mai"]
    assert g["officials"] == []


def test_the_company_ending_in_its_district_receives_the_award():
    g = _facts("Công ty Cổ phần Gốm sứ Sông Cấm Lê Chân được UBND thành phố Hải Phòng tặng Bằng khen.")
    assert _pairs(g) == {("Công ty Cổ phần Gốm sứ Sông Cấm Lê Chân", "Bằng khen của UBND thành phố Hải Phòng")}
    assert g["officials"] == []


def test_a_plant_in_lower_case_ending_in_its_district_receives_the_award():
    g = _facts("Năm 2024, nhà máy Gạch men Hà Đông được UBND thành phố Hà Nội tặng Cờ thi đua.")
    assert _pairs(g) == {("nhà máy Gạch men Hà Đông", "Cờ thi đua của UBND thành phố Hà Nội")}


def test_a_district_with_a_number_after_it_stays_in_the_name():
    g = _facts("Thầy Lê Văn Hùng dạy ở Trường THPT Cao Lãnh 1 từ năm 2010.")
    assert "Trường THPT Cao Lãnh 1" in g["units"]


def test_a_plant_with_its_company_then_a_clause_receives_the_award():
    g = _facts("Nhà máy Nhiệt điện Vĩnh Tân của Công ty Nhiệt điện Vĩnh Tân vượt 8% kế hoạch và được Bộ Công Thương "
               "tặng Cờ thi đua.")
    plant = "Nhà máy Nhiệt điện Vĩnh Tân của Công ty Nhiệt điện Vĩnh Tân"
    assert plant in g["units"]
    assert _pairs(g) == {(plant, "Cờ thi đua của Bộ Công Thương")}


def test_a_plant_then_a_clause_receives_the_award():
    g = _facts("Năm 2024, nhà máy Gạch men Quỳnh Lưu vượt 15% kế hoạch doanh thu và được UBND tỉnh Nghệ An tặng "
               "Bằng khen.")
    assert _pairs(g) == {("nhà máy Gạch men Quỳnh Lưu", "Bằng khen của UBND tỉnh Nghệ An")}


def test_a_plant_of_its_company_written_whole():
    g = _facts("Năm 2020, nhà máy Bắc Ninh của công ty Sữa Xanh vinh dự đón nhận Huân chương Lao động hạng Ba.")
    assert g["units"] == ["nhà máy Bắc Ninh của công ty Sữa Xanh"]
    assert _pairs(g) == {("nhà máy Bắc Ninh của công ty Sữa Xanh", "Huân chương Lao động hạng Ba")}


def test_a_plant_opening_a_clause_without_an_award_after_its_verb_is_no_unit():
    # "được khởi công": no award after the verb in the plant's clause (the award is another clause's)
    g = _facts("Nhà máy Nhiệt điện Vĩnh Tân của Công ty Nhiệt điện Vĩnh Tân được khởi công năm 2010, công ty được "
               "tặng Bằng khen năm 2020.")
    assert not any(u.startswith("Nhà máy") for u in g["units"])

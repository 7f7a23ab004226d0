"""Session 16: a foreign state's force named by the capitalised head "Lực lượng", its lower-case field and its state
(unit_types.tsv "Lực lượng"; units.FOREIGN_NAMED_HEADS; sentences of our own)."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_force_named_by_field_and_state():
    assert _unit_names("Sáng nay, Lực lượng tuần duyên Na Uy đã kéo chiếc tàu hỏng về cảng.") == \
        ["Lực lượng tuần duyên Na Uy"]
    # a field of three two-syllable words before the state
    assert _unit_names("Anh Tom gia nhập Lực lượng phòng vệ bờ biển Canada năm 2010.") == \
        ["Lực lượng phòng vệ bờ biển Canada"]


def test_force_without_a_foreign_state_is_no_unit():
    # Viet Nam's own force, or one of its cities: a force spoken of
    assert _unit_names("Lực lượng chuyên gia Việt Nam có mặt từ rất sớm.") == []
    assert _unit_names("Lực lượng thanh tra giao thông Hà Nội đã lập biên bản.") == []
    # the bare state: "US forces", not a named force
    assert _unit_names("Lực lượng Mỹ đã rút khỏi căn cứ.") == []
    # lower case: prose
    assert _unit_names("Các lực lượng cứu hộ Na Uy đã có mặt.") == []


def test_force_described_by_whom_it_serves_is_no_unit():
    assert _unit_names("Lực lượng thân Nga kiểm soát thị trấn.") == []
    # the state body itself is the unit, not its forces
    assert _unit_names("Lực lượng chính phủ Yemen phản công.") == ["chính phủ Yemen"]


def test_the_honorary_title_is_no_force():
    # "Anh hùng Lực lượng vũ trang nhân dân" (Luật Thi đua, khen thưởng 2022) is a title, also before a place
    assert _unit_names("Đơn vị đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân Na Uy.") == []


def test_district_power_company_in_lower_case():
    # EVN's district power company, written in lower case before its district or city with the level word
    assert _unit_names("Chị Lan là kế toán của điện lực huyện Lương Sơn từ năm 2015.") == ["điện lực huyện Lương Sơn"]
    assert _unit_names("Thợ điện lực thành phố Việt Trì thay cột điện suốt đêm.") == ["điện lực thành phố Việt Trì"]
    # the trade, without a level word, and a price: no body
    assert _unit_names("Ngành điện lực Hòa Bình đã giảm tổn thất điện năng.") == []
    # the trade of a district: "ngành" before the head keeps it no unit
    assert _unit_names("Ngành điện lực huyện Lương Sơn đã giảm tổn thất điện năng.") == []
    assert _unit_names("Cán bộ ngành điện lực thị xã Sơn Tây họp tổng kết.") == []
    assert _unit_names("Giá điện lực tăng ở huyện Lương Sơn.") == []

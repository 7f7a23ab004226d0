"""A name in sentence case whose field goes on after "và" in lower case is one unit (GUIDELINES.md: the fullest
name the document gives); a second party after "và" is not part of it.  Sentences and names are invented."""
from __future__ import annotations

from tests.test_units_noise import facts


def test_a_field_joined_in_lower_case_is_read_whole_up_to_a_mark():
    g = facts("Theo Trung tâm Quản lý và điều hành giao thông đô thị (Sở GTVT), tuyến phố sẽ cấm xe.")
    assert g["units"] == ["Trung tâm Quản lý và điều hành giao thông đô thị", "Sở GTVT"]


def test_the_name_and_place_after_the_joined_field_belong_to_it():
    g = facts("Ông Lê Văn Tâm, Chi cục trưởng Chi cục Chăn nuôi và thú y tỉnh Hà Nam, cho biết dịch đã được khống chế.")
    assert g["units"] == ["Chi cục Chăn nuôi và thú y tỉnh Hà Nam"]
    g = facts("Công ty TNHH Thương mại và dịch vụ Hòa Phong vừa khai trương cửa hàng.")
    assert g["units"] == ["Công ty TNHH Thương mại và dịch vụ Hòa Phong"]


def test_a_title_word_before_a_field_word_is_the_field():
    g = facts("Chi cục Trồng trọt và bảo vệ thực vật tỉnh Hà Nam khuyến cáo nông dân.")
    assert g["units"] == ["Chi cục Trồng trọt và bảo vệ thực vật tỉnh Hà Nam"]


def test_a_second_party_after_va_is_not_the_field():
    g = facts("Hiệp hội Chế biến và xuất khẩu cà phê Việt Nam kiến nghị giảm thuế.")
    assert g["units"] == ["Hiệp hội Chế biến và xuất khẩu cà phê Việt Nam"]
    # the people of a place, a person addressed, players of a team: persons, not a field
    assert facts("Ông gửi lời chúc tới Hội Nông dân và nhân dân tỉnh Hà Nam.")["units"] == ["Hội Nông dân"]
    g = facts("Báo chí khiến Ban Huấn luyện và cầu thủ đội tuyển U22 Việt Nam phân tâm.")
    assert g["units"] == ["Ban Huấn luyện", "đội tuyển U22 Việt Nam"]
    # a plural, a clause going on, a ministry's field alone: no joined field
    g = facts("Ngân hàng Nhà nước và các tổ chức tín dụng đã họp.")
    assert g["units"] == ["Ngân hàng Nhà nước"]
    g = facts("Chi cục Hải quan và tương đương có phát sinh hồ sơ.")
    assert g["units"] == ["Chi cục Hải quan"]


def test_a_group_of_goods_takes_no_joined_field():
    g = facts("Có 4 nhóm hàng giảm giá, trong đó nhóm Hàng ăn và dịch vụ ăn uống (giảm 1,2%) giảm mạnh nhất.")
    assert "nhóm Hàng ăn và dịch vụ ăn uống" not in g["units"]  # (the run after "và" is not read into the group)

"""Heads of unit_types.tsv for unions of associations or organisations below national level ("Liên hiệp các Hội …
tỉnh X") and for port authorities ("Cảng vụ X"); sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_union_of_associations_of_a_province_is_one_unit():
    # before: the member "Hội …" alone, or nothing
    assert _unit_names("Liên hiệp các Hội VHNT tỉnh Bắc Kạn vừa ra mắt tập thơ mới.") == \
        ["Liên hiệp các Hội VHNT tỉnh Bắc Kạn"]
    assert _unit_names("Hôm qua, Liên hiệp các hội UNESCO VN đã gửi kiến nghị.") == ["Liên hiệp các hội UNESCO VN"]
    assert _unit_names("Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn đón đoàn khách.") == \
        ["Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn"]
    assert _unit_names("Đại diện Hội Liên hiệp các hội Khoa học Kỹ thuật tỉnh Cà Mau phát biểu.") == \
        ["Hội Liên hiệp các hội Khoa học Kỹ thuật tỉnh Cà Mau"]


def test_literature_and_arts_written_with_a_comma_is_one_field():
    assert _unit_names("Hội Văn học, nghệ thuật tỉnh Yên Bái tổ chức trại sáng tác.") == \
        ["Hội Văn học, nghệ thuật tỉnh Yên Bái"]
    # the pair names no body by itself
    assert _unit_names("Giải thưởng Văn học, nghệ thuật năm nay có 12 tác phẩm.") == []


def test_port_authority_is_no_department_of_a_ministry():
    # before: "vụ Hàng hải Nghệ An" (a "Vụ"), or nothing
    assert _unit_names("Cảng vụ Hàng hải Nghệ An đã tạm dừng cấp phép cho tàu cá.") == ["Cảng vụ Hàng hải Nghệ An"]
    assert _unit_names("Sáng nay, chiếc tàu neo trước Cảng vụ Quy Nhơn chờ kiểm tra.") == ["Cảng vụ Quy Nhơn"]
    # in lower case without a name: prose
    assert _unit_names("Các cảng vụ đã được yêu cầu kiểm tra tàu.") == []

"""The Party's regional committees of the colonial period and the wars (named_units.txt: "Xứ ủy Nam Kỳ", "Trung
ương Cục miền Nam"), named by a region that is no listed place; sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_regional_committee_is_a_unit_in_any_spelling_of_its_region():
    # before: no unit
    assert _unit_names("Năm 1940, Xứ ủy Nam Kỳ họp bàn kế hoạch khởi nghĩa.") == ["Xứ ủy Nam Kỳ"]
    assert _unit_names("Tài liệu của Xứ uỷ Bắc bộ được lưu giữ tại bảo tàng.") == ["Xứ ủy Bắc bộ"]


def test_regional_committee_ends_before_the_name_of_its_secretary():
    # a person after the committee is the title holder, not part of the name
    assert _unit_names("Ông từng gặp nguyên Bí thư Xứ ủy Trung kỳ Lê Văn Hòa ở Huế.") == ["Xứ ủy Trung kỳ"]


def test_central_office_for_the_south_and_its_boards():
    assert _unit_names("Hồ sơ do Trung ương Cục miền Nam gửi ra đã được công bố.") == ["Trung ương Cục miền Nam"]
    # a board of the office, written with it: one unit
    assert _unit_names("Nhà nước tặng danh hiệu Anh hùng cho Ban Kinh tài Trung ương Cục miền Nam.") == \
        ["Ban Kinh tài Trung ương Cục miền Nam"]

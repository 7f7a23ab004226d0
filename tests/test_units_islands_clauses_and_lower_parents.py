"""Session 23 (units): island districts, a clause after a body's name, a lower-case parent (sentences of our own)."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_island_district_keeps_its_level_word():
    # "huyện đảo" / "xã đảo": the island's level, its name after it
    assert _unit_names("Lãnh đạo UBND huyện đảo Cô Tô đã tới dự buổi lễ.") == ["UBND huyện đảo Cô Tô"]
    assert _unit_names("Ông Lê Văn Ba, Chủ tịch UBND xã đảo Thạnh An, phát biểu.") == ["UBND xã đảo Thạnh An"]
    # "đảo" after no level word stays out of a name
    assert _unit_names("Tàu Cảnh sát biển tuần tra quanh đảo Cồn Cỏ.") == []


def test_negation_opens_a_clause_not_a_field():
    # "chưa …" after a department's name is what is said of it, not its field
    assert _unit_names("Theo luật sư, cách làm của cục Quản lý dược chưa chặt chẽ và thiếu minh bạch, gây bức xúc.") \
        == ["cục Quản lý dược"]


def test_lower_case_department_with_its_lower_case_ministry():
    # the press writes both heads in lower case: one unit, the department with its ministry
    assert _unit_names("Bà Hoa, phó vụ trưởng vụ Tổ chức cán bộ bộ Y tế cho biết như vậy.") == \
        ["vụ Tổ chức cán bộ bộ Y tế"]
    # an office of a department, both in lower case, with the department's province
    assert _unit_names("Đại diện phòng Tổ chức cán bộ sở Nội vụ tỉnh Bắc Ninh phát biểu.") == \
        ["phòng Tổ chức cán bộ sở Nội vụ tỉnh Bắc Ninh"]



def test_ministry_by_a_one_word_field_takes_no_lower_case_predicate():
    # "Bộ/Sở" + a ministry's field of one word is a whole name: the lower-case words after it are the predicate
    assert _unit_names("Đại diện Bộ Ngoại giao băn khoăn.") == ["Bộ Ngoại giao"]
    assert _unit_names("Bà Lan, Giám đốc Sở Tài chính bên lề cuộc họp.") == ["Sở Tài chính"]
    # a place level still closes the department's name; a field of two pairs reads on
    assert _unit_names("Giám đốc Sở Tư pháp tỉnh Hà Nam dự.") == ["Sở Tư pháp tỉnh Hà Nam"]
    assert _unit_names("Bộ Giao thông vận tải vừa có văn bản.") == ["Bộ Giao thông vận tải"]

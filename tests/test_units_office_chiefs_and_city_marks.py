"""Unit boundaries: the office after its chief's title, a city written "TP" closing a name (sentences of our own)."""
from __future__ import annotations

from tests.test_extractors import facts_of, unit_names


def test_the_office_after_its_chiefs_title_is_the_post_at_a_ministry_or_association():
    """Before: "Văn phòng Hội Nông dân Việt Nam" and "Văn phòng Bộ Tư pháp" were the units (dev gold: the body)."""
    assert unit_names("Ông Lê Văn Tâm, Phó Tổng thư ký, Chánh Văn phòng Hội Nông dân Việt Nam phát biểu.") == \
        ["Hội Nông dân Việt Nam"]
    g = facts_of("Bà Đỗ Thị Lan, Phó Chánh Văn phòng Bộ Tư pháp, dự buổi lễ.")
    assert g["units"] == ["Bộ Tư pháp"]
    assert g["officials"] == [{"name": "Đỗ Thị Lan", "position": "Phó Chánh Văn phòng", "unit": "Bộ Tư pháp"}]
    assert unit_names("Ông Trịnh Văn Quyết, Chánh Văn phòng Sở Nội vụ tỉnh Nam Định, cho biết thêm.") == \
        ["Sở Nội vụ tỉnh Nam Định"]


def test_an_office_that_is_a_body_of_its_own_stays_after_its_chiefs_title():
    assert unit_names("Ông Phan Văn Bình, Chánh Văn phòng HĐND tỉnh Bình Định, cho biết.") == \
        ["Văn phòng HĐND tỉnh Bình Định"]
    assert unit_names("Ông Hồ Văn Nam là Chánh Văn phòng UBND tỉnh Quảng Trị.") == ["Văn phòng UBND tỉnh Quảng Trị"]


def test_a_bare_ministry_after_the_chiefs_title_keeps_its_office():
    """"Văn phòng Bộ" of a ministry's own circular is completed by the letterhead; the bare "Bộ" is no unit."""
    assert "Bộ phụ trách công tác khen thưởng" not in unit_names(
        "Thư ký là Phó Chánh Văn phòng Bộ phụ trách công tác khen thưởng.")


def test_an_office_named_without_its_chief_is_a_unit():
    assert unit_names("Văn phòng Bộ Tư pháp tổ chức hội nghị tổng kết.") == ["Văn phòng Bộ Tư pháp"]



def test_a_city_written_tp_closes_the_name_before_a_lower_case_word():
    """Before: "UBND TP. Móng Cái đã" ("cái đã" is a dictionary word) and "TAND TP Hồ Chí Minh xét" ("minh xét")."""
    assert unit_names("Chiều qua UBND TP. Móng Cái đã biểu dương hai chiến sĩ.") == ["UBND TP. Móng Cái"]
    assert unit_names("Chiều qua Công an TP Móng Cái đã bắt giữ đối tượng.") == ["Công an TP Móng Cái"]
    assert unit_names("Vụ án do TAND TP Hồ Chí Minh xét xử sơ thẩm.") == ["TAND TP Hồ Chí Minh"]
    assert unit_names("Chiều qua UBND thành phố Móng Cái đã biểu dương hai chiến sĩ.") == ["UBND thành phố Móng Cái"]

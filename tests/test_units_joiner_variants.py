"""One body written with other joiners between its fields ("&", a glued or spaced dash, "và" or none) in one
document is listed once (unit_variants.JOINERS).  Sentences are written for these tests."""
from __future__ import annotations

from tests.test_units_noise import facts


def test_an_ampersand_and_a_dash_name_one_department():
    """Before: "Sở GD&ĐT Bến Tre" and "Sở GD- ĐT Bến Tre" were both listed."""
    g = facts("Sở GD&ĐT Bến Tre vừa công bố danh sách.", "Theo Sở GD- ĐT Bến Tre, có ba giáo viên đủ điều kiện.")
    assert g["units"] == ["Sở GD- ĐT Bến Tre"]


def test_a_glued_dash_and_a_spaced_one_name_one_council():
    """Before: both spellings were listed."""
    g = facts("Hội đồng Thi đua – Khen thưởng tỉnh Phú Yên họp phiên cuối năm.",
              "Chủ tịch Hội đồng Thi đua-Khen thưởng tỉnh Phú Yên chủ trì phiên họp.")
    assert g["units"] == ["Hội đồng Thi đua – Khen thưởng tỉnh Phú Yên"]


def test_a_name_with_and_without_va_is_one_institute_but_other_fields_are_other_bodies():
    """Before: "Viện Dinh dưỡng và Thực phẩm Quốc gia" and "Viện Dinh dưỡng thực phẩm Quốc gia" were both listed."""
    g = facts("Viện Dinh dưỡng và Thực phẩm Quốc gia công bố khuyến nghị.",
              "Chuyên gia của Viện Dinh dưỡng thực phẩm Quốc gia giải thích thêm.")
    assert g["units"] == ["Viện Dinh dưỡng và Thực phẩm Quốc gia"]
    g = facts("Sở Văn hóa và Thể thao Hà Nội đã họp.", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An cũng họp.")
    assert g["units"] == ["Sở Văn hóa và Thể thao Hà Nội", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An"]

"""An enterprise named after a merged province ("Công ty Cổ phần Thủy sản Bạc Liêu") was shown "valid until:
2025-06-30" like the province's own bodies; a company keeps its name when its province merges.  Found by a
newcomer; names of our own making."""
from __future__ import annotations

from extractors.canonical import canonical_unit


def test_a_company_named_after_a_merged_province_does_not_end_with_it():
    unit = canonical_unit("Công ty Cổ phần Thủy sản Bạc Liêu")
    assert (unit.province, unit.valid_until) == ("Tỉnh Bạc Liêu", None)
    assert canonical_unit("Ngân hàng TMCP Phát triển Bạc Liêu").valid_until is None
    assert canonical_unit("Hợp tác xã Muối Bạc Liêu").valid_until is None


def test_a_body_the_province_names_still_ends_with_it():
    assert canonical_unit("Sở Công Thương tỉnh Bạc Liêu").valid_until == "2025-06-30"
    assert canonical_unit("Phòng Kế toán, Công ty Cổ phần Thủy sản Bạc Liêu").valid_until is None

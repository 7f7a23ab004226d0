"""A border post written with "Biên phòng" abbreviated ("Đồn BP X", unit_types.tsv); sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_border_post_with_abbreviated_border_guard_is_a_unit():
    # before: no unit
    assert _unit_names("Sáng qua, Đồn BP Na Mèo đã bắt giữ hai đối tượng.") == ["Đồn BP Na Mèo"]


def test_border_post_needs_its_name():
    assert _unit_names("Các đồn BP đã tăng cường tuần tra dịp Tết.") == []

"""A newspaper's head followed only by a foreign country ("Báo Pháp:", "Tạp chí Anh …") is that country's press,
no unit; a province's paper, named by its province, stays one (units._foreign_state; sentences written for these
tests; values worked out by hand: "Pháp" and "Nhật Bản" are foreign places of places.txt, "Quảng Ninh" a province
of provinces_2025.tsv)."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_country_s_press_is_no_unit():
    assert unit_names("Báo Pháp: đội tuyển cần thay đổi chiến thuật.") == []
    assert unit_names("Tạp chí Nhật Bản khen ngợi món phở Hà Nội.") == []


def test_a_province_s_paper_stays_a_unit():
    assert unit_names("Báo Quảng Ninh đưa tin về lễ hội.") == ["Báo Quảng Ninh"]

"""Councils that consider the honorary titles (award_councils.txt; Nghị định 27/2015/NĐ-CP, 89/2014/NĐ-CP): named by
the titles, the round and the body or place convening them.  Sentences are written for these tests."""
from __future__ import annotations

from tests.test_units_noise import facts


def test_a_council_convened_by_a_named_department_is_a_unit_beside_it():
    """Before: only "Sở GD&ĐT Bắc Kạn" was read."""
    g = facts("Hồ sơ của thầy Lâm đã qua Hội đồng xét tặng danh hiệu Nhà giáo Nhân dân Sở GD&ĐT Bắc Kạn tuần trước.")
    assert g["units"] == ["Hội đồng xét tặng danh hiệu Nhà giáo Nhân dân Sở GD&ĐT Bắc Kạn", "Sở GD&ĐT Bắc Kạn"]


def test_a_council_of_several_titles_and_a_round_of_a_city():
    """Before: no unit."""
    g = facts("Danh sách do Hội đồng xét tặng danh hiệu NSND, NSƯT lần thứ 10 của thành phố Hải Phòng công bố hôm qua.")
    assert g["units"] == ["Hội đồng xét tặng danh hiệu NSND, NSƯT lần thứ 10 của thành phố Hải Phòng"]


def test_a_council_of_the_province_takes_the_sentence_s_province():
    g = facts("UBND tỉnh Lào Cai gửi hồ sơ tới Hội đồng xét tặng danh hiệu “Thầy thuốc Ưu tú” của tỉnh để xem xét.")
    assert "Hội đồng xét tặng danh hiệu “Thầy thuốc Ưu tú” của tỉnh Lào Cai" in g["units"]


def test_a_council_without_its_body_or_place_is_no_unit():
    assert facts("Nhiều người cho rằng Hội đồng xét tặng danh hiệu NSƯT của Bộ này quá khắt khe.")["units"] == []
    assert facts("Hội đồng xét tặng danh hiệu NGƯT năm 2020 tại Hà Nội đã họp phiên cuối.")["units"] == []
    # no title after the opening: not such a council
    assert facts("Hội đồng xét tặng của tỉnh Yên Bái đã họp.")["units"] == []

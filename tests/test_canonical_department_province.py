"""A province's department ending on the bare name of its province is written canonically with the province's
level word, as when the text writes it ("Sở Y tế Cà Mau" = "Sở Y tế tỉnh Cà Mau"; newcomer's finding, session 22).
Names of our own choosing."""
from __future__ import annotations

import pytest

from extractors.canonical import canonical_unit


@pytest.mark.parametrize("written, name", [
    ("Sở GD&ĐT Cà Mau", "Sở Giáo dục và Đào tạo tỉnh Cà Mau"),
    ("Sở Tư pháp tỉnh Cà Mau", "Sở Tư pháp tỉnh Cà Mau"),
    ("Sở Xây dựng Hải Phòng", "Sở Xây dựng thành phố Hải Phòng"),
    ("Sở Y tế Thừa Thiên Huế", "Sở Y tế Thừa Thiên Huế"),
    ("Công an Cà Mau", "Công an Cà Mau"),
])
def test_the_province_level_word_is_written(written, name):
    assert canonical_unit(written).name == name


def test_the_key_is_unchanged():
    assert canonical_unit("Sở GD&ĐT Cà Mau").key == canonical_unit("Sở Giáo dục và Đào tạo tỉnh Cà Mau").key


def test_a_sở_that_is_no_province_department_keeps_its_name():
    # review, session 23: a stock exchange and the State Bank's transaction office are "Sở Giao dịch …", national
    # bodies (non_province_offices.txt): the place ending their name is no province to write out
    assert canonical_unit("Sở Giao dịch Chứng khoán Hà Nội").name == "Sở Giao dịch Chứng khoán Hà Nội"
    assert canonical_unit("Sở Chỉ huy Quân khu Hà Nội").name == "Sở Chỉ huy Quân khu Hà Nội"
    assert canonical_unit("Sở Y tế Hà Nội").name == "Sở Y tế thành phố Hà Nội"
    assert canonical_unit("Sở Y tế TP. Hà Nội").name == "Sở Y tế thành phố Hà Nội"

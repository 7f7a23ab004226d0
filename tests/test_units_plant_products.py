"""A plant named with its product in one lower-case syllable between "Nhà máy" and its name (plant_fields.txt:
"Nhà máy điện X", "Nhà máy giấy X"); sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_plant_with_a_one_syllable_product_given_an_award():
    assert _unit_names("Năm 1970, Nhà máy điện Uông Bí được tặng Huân chương Lao động hạng Ba.") == \
        ["Nhà máy điện Uông Bí"]
    assert _unit_names("Chủ tịch nước trao Huân chương Độc lập cho Nhà máy giấy Tân Mai.") == ["Nhà máy giấy Tân Mai"]


def test_plant_with_a_product_as_the_workplace_of_a_title():
    assert _unit_names("Ông Hải, Giám đốc Nhà máy sữa Tiên Sơn, cho biết đơn hàng tăng.") == ["Nhà máy sữa Tiên Sơn"]


def test_plant_with_a_product_as_a_site_is_no_unit():
    # no award, no title: a site (as for plants named without a product)
    assert _unit_names("Tỉnh vừa khánh thành Nhà máy nước Sông Lô công suất lớn.") == []
    # a product word not followed by a name
    assert _unit_names("Nhà máy điện mặt trời được khởi công hôm qua.") == []


def test_plant_product_before_a_unit_head_opens_the_owner_not_a_name():
    # the word after the product opens a unit's head: the plant has no name, the owner is the unit
    assert _unit_names("Ông Hải, Giám đốc Nhà máy nước Bộ Quốc phòng, cho biết đơn hàng tăng.") == ["Bộ Quốc phòng"]
    assert _unit_names("Bà Lan, Giám đốc Nhà máy điện Tổng công ty Điện lực miền Bắc, phát biểu.") == \
        ["Tổng công ty Điện lực miền Bắc"]
    # a place whose first syllable is a head word still names the plant
    assert _unit_names("Năm 1990, Nhà máy nước Hội An được tặng Huân chương Lao động hạng Ba.") == \
        ["Nhà máy nước Hội An"]
    # nor a name opening with a head that is a given name too (person_head_given.txt)
    assert _unit_names("Ông Bình, Giám đốc Nhà máy sữa Trường Thọ, cho biết đơn hàng tăng.") == \
        ["Nhà máy sữa Trường Thọ"]


def test_plant_with_a_product_of_several_words():
    # a power plant's kind in several words (plant_fields.txt: "điện gió", "điện mặt trời", "điện hạt nhân")
    assert _unit_names("Năm 2022, Nhà máy điện gió Phú Lạc được tặng Bằng khen của Bộ Công Thương.") == \
        ["Nhà máy điện gió Phú Lạc", "Bộ Công Thương"]
    assert _unit_names("Ông Tùng, Giám đốc Nhà máy điện mặt trời Hồng Phong, cho biết sản lượng tăng.") == \
        ["Nhà máy điện mặt trời Hồng Phong"]
    assert _unit_names("Chủ tịch nước trao Huân chương Lao động hạng Ba cho Nhà máy điện hạt nhân Đà Lạt.") == \
        ["Nhà máy điện hạt nhân Đà Lạt"]
    # the one-syllable product alone still reads before its name
    assert _unit_names("Năm 1975, Nhà máy điện Ninh Bình được tặng Huân chương Lao động hạng Nhì.") == \
        ["Nhà máy điện Ninh Bình"]


def test_plant_with_a_product_of_several_words_as_a_site_is_no_unit():
    assert _unit_names("Tỉnh vừa khởi công Nhà máy điện gió Phú Lạc công suất lớn.") == []
    assert _unit_names("Nhà máy điện gió được khởi công hôm qua.") == []

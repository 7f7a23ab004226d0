""""thuộc" continues a unit's name only before a place ("Trạm Y tế xã X thuộc Hà Nội") or "Trung ương"; before another
capitalised word it opens the predicate ("Ngân hàng X | thuộc Top …"), and before a unit the parent is a unit of its
own (unit_extent.PLACE_ONLY_LINKS). Sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_ranking_after_thuoc_is_no_part_of_the_name():
    # was "Ngân hàng Nam Á thuộc Top"
    assert unit_names("Lãi suất của Ngân hàng Nam Á thuộc Top các ngân hàng cao nhất.") == ["Ngân hàng Nam Á"]


def test_a_place_after_thuoc_stays_in_the_name():
    assert unit_names("Trạm Y tế xã An Phú thuộc Hà Nội vừa nhận bằng khen.") == ["Trạm Y tế xã An Phú thuộc Hà Nội"]


def test_a_parent_unit_after_thuoc_is_a_unit_of_its_own():
    assert unit_names("Viện Nghiên cứu Đông Nam Á thuộc Đại học Waseda đã tổ chức hội thảo.") == \
        ["Viện Nghiên cứu Đông Nam Á", "Đại học Waseda"]


def test_trung_after_thuoc_continues_the_name_only_as_the_centre():
    # "Trung" is a place qualifier only before "ương" (unit_extent._qualifier_at): was "Trạm Y tế Hòa Bình thuộc
    # Trung Xyz", "Công ty Hòa Bình thuộc Trung Kiên Holdings"
    assert unit_names("Trạm Y tế Hòa Bình thuộc Trung Xyz đã được khen thưởng.") == ["Trạm Y tế Hòa Bình"]
    assert unit_names("Công ty Hòa Bình thuộc Trung Kiên Holdings đã được khen thưởng.") == ["Công ty Hòa Bình"]


def test_the_centre_after_thuoc_stays_in_the_name():
    assert unit_names("Phòng Kế hoạch thuộc Trung ương Đoàn được tặng bằng khen.") == \
        ["Phòng Kế hoạch thuộc Trung ương Đoàn"]

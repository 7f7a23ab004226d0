"""Persons, session 39 (review of the off commits): a name the document writes after a title or an honorific is a
person even when its last words close a unit of the document (a company named after its owner) or its first word is
written elsewhere in lower case before the same words (``extractors/components/persons.py``: ``unit_edges`` cuts a
glued body off a foreign name only; ``_without_common_heads`` keeps cued names). Every sentence here was written for
these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import official_names, positions, unit_names


def test_a_company_named_after_its_owner_leaves_the_owner_whole():
    # the unit "Công ty TNHH Cơ khí Phúc" closes on "Phúc", the last word of the director's name
    lines = ("Bà Trần Thị Hồng Phúc, Giám đốc Công ty TNHH Cơ khí Phúc, cho biết đơn hàng tăng mạnh.",
             "Giám đốc Trần Thị Hồng Phúc phát biểu tại buổi lễ.")
    assert "Trần Thị Hồng Phúc" in official_names(*lines)
    assert "Trần Thị Hồng" not in official_names(*lines)


def test_a_title_before_a_name_keeps_it_whose_head_is_a_season_elsewhere():
    # "xuân Lan" runs on into "xuân Lan Châu", yet "Nghệ sĩ Xuân Lan" is a titled person
    names = official_names("Nghệ sĩ Xuân Lan hát hai ca khúc mới.", "Khán giả đón mùa xuân Lan Châu rất đông.")
    assert names == ["Xuân Lan"]


def test_a_possessor_before_lam_is_made_to_feel_no_office_holder():
    # "của bà X làm <title> <body> băn khoăn": her plan worried the minister; "làm" is "to make", no office of hers
    got = positions("Kế hoạch của bà Phạm Thị Quyên làm Thứ trưởng Bộ Xây dựng băn khoăn.")
    assert not got.get("Phạm Thị Quyên")


def test_a_subject_before_lam_still_serves_as_the_title():
    got = positions("Năm ngoái, ông Đinh Văn Tường làm Giám đốc Sở Tài chính tỉnh.")
    assert got.get("Đinh Văn Tường") == "Giám đốc"


def test_the_white_house_named_for_its_building_is_a_body_not_a_person():
    # "Nhà" is a surname of surnames.txt; "Nhà Trắng" is a unit of named_units.txt, as "Lầu Năm Góc" is
    assert "Nhà Trắng" in unit_names("Nhà Trắng cho biết cuộc gặp sẽ diễn ra vào tuần tới.")
    assert official_names("Nhà Trắng cho biết cuộc gặp sẽ diễn ra vào tuần tới.") == []

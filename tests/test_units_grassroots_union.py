"""A grassroots trade union abbreviated "CĐCS" (công đoàn cơ sở; Luật Công đoàn 2012, Điều 7) is named by the
enterprise or agency it belongs to and written whole with it (unit_types.tsv, unit_words.BRANCH_HEADS_LOWER).
Sentences written for these tests; values worked out by hand: before the rule only the company came out ("Công ty
TNHH Ánh Dương"), the union's head dropped."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_the_union_of_a_company_is_one_unit_with_it():
    assert unit_names("Đại diện CĐCS Công ty TNHH Ánh Dương tặng quà công nhân.") == ["CĐCS Công ty TNHH Ánh Dương"]
    assert unit_names("Ông Tâm, chủ tịch CĐCS Cty TNHH Phú Gia, phát biểu.") == ["CĐCS Cty TNHH Phú Gia"]


def test_the_union_without_its_body_is_no_unit():
    assert unit_names("Trong năm có 15 CĐCS mới được thành lập.") == []

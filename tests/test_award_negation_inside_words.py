"""Awards: a "không" inside a word denies nothing. "Hàng không" (aviation), "Phòng không" (air defence), "Không
quân" (air force) in a recipient's name, and "không lâu sau", "không khí" after the award, are no negation
(corpora/gazetteers/negations.txt, the "Words with không inside" sections; extractors.components.conferrals._denies),
while "không được trao" still gives no fact.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of
from tests.test_extractors import people as awards

#: (sentence, the one (recipient, award) it gives), worked out by hand
GIVEN = [
    # "Hàng không" (aviation) in an airline's name
    ("Năm 2010, Tổng công ty Hàng không Miền Trung được tặng Huân chương Lao động hạng Nhì.",
     ("Tổng công ty Hàng không Miền Trung", "Huân chương Lao động hạng Nhì")),
    # "Phòng không" (air defence) in a division's name, after "cho"
    ("Năm 2005, Chủ tịch nước tặng Huân chương Quân công hạng Ba cho Sư đoàn Phòng không 367.",
     ("Sư đoàn Phòng không 367", "Huân chương Quân công hạng Ba")),
    # "Không quân" (air force) in a school's name
    ("Năm 2012, Trường Sĩ quan Không quân được tặng Huân chương Bảo vệ Tổ quốc hạng Nhì.",
     ("Trường Sĩ quan Không quân", "Huân chương Bảo vệ Tổ quốc hạng Nhì")),
    # ", không lâu sau …" after the award: a time, not a denial
    ("Bà Lê Thị Minh Hoa được trao Huân chương Lao động hạng Ba năm 2008, không lâu sau khi về hưu.",
     ("Lê Thị Minh Hoa", "Huân chương Lao động hạng Ba")),
    # "trong không khí trang trọng": the air of the ceremony
    ("Năm 2016, ông Đào Văn Lực nhận Huân chương Lao động hạng Nhì trong không khí trang trọng.",
     ("Đào Văn Lực", "Huân chương Lao động hạng Nhì")),
]


@pytest.mark.parametrize("sentence, fact", GIVEN)
def test_khong_inside_a_word_denies_nothing(sentence, fact):
    assert awards(facts_of(sentence)) == {fact}


def test_a_real_negation_still_gives_none():
    assert awards(facts_of("Năm 2016, ông Đào Văn Lực không được trao Huân chương Lao động hạng Nhì.")) == set()

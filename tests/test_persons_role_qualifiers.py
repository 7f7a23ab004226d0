"""An occupation qualified by a lower-case word before the name it cues ("diễn viên hài", "tiền vệ cánh", "thí sinh
nhí"): the name after the qualifier is cued as after the occupation alone (persons._qualified_roles,
corpora/gazetteers/role_qualifiers.txt).  A stage name without a surname was missed there.  Sentences of our own
wording; expected values worked out by hand."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of, positions


@pytest.mark.parametrize("sentence, name", [
    ("Tối thứ bảy, diễn viên hài Khánh Bông đã giao lưu với khán giả thị xã.", "Khánh Bông"),
    ("Sau hiệp một, tiền vệ cánh Hữu Khang được thay ra vì chấn thương.", "Hữu Khang"),
    ("Cuộc thi năm nay có thí sinh nhí Gia Khuê hát hai ca khúc dân ca.", "Gia Khuê"),
])
def test_a_stage_name_after_a_qualified_occupation_is_a_person(sentence, name):
    assert name in positions(sentence)


def test_the_position_keeps_the_qualifier():
    assert positions("Đêm diễn khép lại với tiết mục của ca sĩ nhạc pop Bảo Khuê.") == {"Bảo Khuê": "ca sĩ nhạc pop"}


def test_one_capitalised_word_after_the_qualifier_is_the_place_of_origin():
    # "young players of Zambia": one capitalised word after the qualifier is no name
    assert positions("Lứa cầu thủ trẻ Zambia đã gây bất ngờ lớn ở giải năm nay.") == {}


def test_a_qualified_category_of_an_award_is_no_name():
    # "Xuất Sắc" makes a dictionary word: the rest of the award's category, not a stage name
    g = facts_of("Chị Lê Thu Hà đoạt giải Nữ diễn viên chính Xuất Sắc tại liên hoan phim năm 2020.")
    assert {o["name"] for o in g["officials"]} == {"Lê Thu Hà"}

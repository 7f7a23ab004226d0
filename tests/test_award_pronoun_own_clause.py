"""A pronoun subject of a receive verb ("ông được phong tặng …") stands for the last person named before, also when
that person's own sentence uses the same pronoun again as the subject of a clause opened by a conjunction or a comma
("Nhà giáo A được biết đến khi ông …", "A …, nhưng ông vẫn …"): that pronoun speaks of A again, so A is not passed
over for someone named earlier (clause_conjunctions.txt; the profile stories of held-out news, session 26). A pronoun
after a verb or preposition ("… giao việc cho ông …") still speaks of someone else. Sentences of our own wording;
facts computed by hand."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of, people

#: (sentences, the one (recipient, award) fact they give)
SAME_PERSON_AGAIN = [
    (("Nhà thơ Đào Văn Sáng tặng hoa chúc mừng nhà giáo Lương Văn Khải.",
      "Nhà giáo Lương Văn Khải được nhiều người biết đến khi ông viết sách bằng tay trái.",
      "Năm 1990, ông được phong tặng danh hiệu Nhà giáo Ưu tú."),
     ("Lương Văn Khải", "Nhà giáo Ưu tú")),
    (("Thợ gốm Tôn Văn Lài dẫn đoàn khách đến thăm xưởng.",
      "Nghệ nhân Âu Văn Thạch mất một cánh tay, nhưng ông vẫn nặn gốm mỗi ngày.",
      "Ông được Chủ tịch UBND tỉnh tặng Bằng khen."),
     ("Âu Văn Thạch", "Bằng khen của Chủ tịch UBND tỉnh")),
]

#: what must not change: a pronoun after a preposition in the last person's sentence is someone else
OBJECT_PRONOUN = [
    (("Ông Đàm Văn Lợi là thợ rèn ở xã Phú Thành.",
      "Trưởng thôn Mạc Văn Tiến đã giao việc sửa cầu cho ông làm.",
      "Ông được Chủ tịch UBND huyện tặng Giấy khen."),
     ("Đàm Văn Lợi", "Giấy khen của Chủ tịch UBND huyện")),
]


@pytest.mark.parametrize("lines,fact", SAME_PERSON_AGAIN + OBJECT_PRONOUN)
def test_pronoun_of_its_own_clause_keeps_the_person(lines, fact):
    assert people(facts_of(*lines)) == {fact}


def test_pronoun_after_a_fronted_clause_is_not_its_person():
    # "…, ông …" after a fronted clause that names another man as an object: the main clause's "ông" is the story's
    # man named before, not the one of the fronted clause
    lines = ("Ông Giáp Văn Tư là thợ mộc ở xã Phú Thành.",
             "Năm 1980, khi xã tặng bàn ghế cho Chủ tịch huyện Mạc Văn Tiến, ông đóng bàn ghế đó.",
             "Năm 1985, ông được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert people(facts_of(*lines)) == {("Giáp Văn Tư", "Bằng khen của Chủ tịch UBND tỉnh")}

"""A giver of an award written with its place after a comma ("UBND TP. A, tỉnh B trao giấy khen …", "… và phường C,
TP. A trao …"): the place of a higher tier than the level the giver is written with says where the giver is
(Vietnamese writes a place from the smallest to the largest; Luật Tổ chức chính quyền địa phương 2015, Điều 2), so it
is no second giver ("UBND tỉnh B" was read as one), and the walk back over the givers goes on past it to the giver
before (ConferralAwardNames._past_place_apposition; held-out news, session 26). Two places of one tier stay two
givers ("UBND huyện A, xã B tặng …"). Sentences of our own wording; facts computed by hand."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of, people

CASES = [
    # the province after the city is where the city is: one giver
    (("Anh Kha Văn Tín nhặt được ví tiền ở chợ Tân Hiệp.",
      "Chiều 3/5, UBND TP. Long Xuyên, tỉnh An Giang đã trao giấy khen cho anh Tín."),
     {("Kha Văn Tín", "Giấy khen của UBND TP. Long Xuyên")}),
    # two givers, each written with its place: one certificate from each
    (("Anh Kha Văn Tín nhặt được ví tiền ở chợ Tân Hiệp.",
      "Chiều 3/5, UBND TP. Long Xuyên, tỉnh An Giang và phường Mỹ Bình, TP. Long Xuyên đã trao giấy khen cho anh "
      "Tín."),
     {("Kha Văn Tín", "Giấy khen của UBND TP. Long Xuyên"), ("Kha Văn Tín", "Giấy khen của UBND phường Mỹ Bình")}),
]


@pytest.mark.parametrize("lines,facts", CASES)
def test_a_place_after_a_giver_is_where_it_is(lines, facts):
    assert people(facts_of(*lines)) == facts

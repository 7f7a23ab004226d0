"""sovang_championships: a competition's name ends before a capitalised clause opener glued to it, as a scraped
story writes a heading and the next sentence with no stop between (sentences written for these tests; the
expected facts are read off each sentence by hand)."""
from __future__ import annotations

import pytest

from tests.test_championships import awards_of


@pytest.mark.parametrize("text, fact", [
    # a preposition opening the next sentence ("Trong …")
    ("Năm 2016, Juventus vô địch Serie A Trong mùa giải đó họ chỉ thua hai trận.",
     ("Juventus", "vô địch Serie A", 2016)),
    # "Theo …" glued after a listed-looking name of two words
    ("Năm 2019, Liverpool giành chức vô địch Champions League Theo thống kê, đội bóng ghi 24 bàn.",
     ("Liverpool", "chức vô địch Champions League", 2019)),
    # a two-word connective ("Tuy nhiên")
    ("Năm 2015, Bayern Munich vô địch Bundesliga Tuy nhiên, HLV của họ vẫn bị chỉ trích.",
     ("Bayern Munich", "vô địch Bundesliga", 2015)),
])
def test_competition_ends_before_a_glued_clause_opener(text, fact):
    assert fact in awards_of(text)


def test_a_name_without_a_glued_opener_is_read_whole():
    # no clause opener inside: the capitalised run is the competition's name, as before
    assert ("Novak Djokovic", "vô địch Australian Open", 2019) in \
        awards_of("Năm 2019, Novak Djokovic vô địch Australian Open sau trận chung kết.")

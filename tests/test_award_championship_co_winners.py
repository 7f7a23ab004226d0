"""Co-winners of a championship title (extractors/components/co_winners.py): the names coordinated before the winner
the championship finder reads ("A, B và C vô địch …", "A cùng B vô địch …", "A đã cùng B vô địch …") each win the
title, not only the name right before the verb (bulk news, session 42: "… <A>, <B> và
<C> lên ngôi vô địch Anh", three coaches, gave C alone). Sentences and names of our own wording; facts computed by
hand."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of, people

CASES = [
    # the event after the competition is kept in the title (championships._event_after, session 46)
    ("Lâm Văn Tú, Đào Văn Khương và Hồ Thị Mai vô địch SEA Games 2017 ở nội dung đồng đội.",
     {("Lâm Văn Tú", "vô địch SEA Games nội dung đồng đội"), ("Đào Văn Khương", "vô địch SEA Games nội dung đồng đội"),
      ("Hồ Thị Mai", "vô địch SEA Games nội dung đồng đội")}),
    ("Năm 2017, Lâm Văn Tú cùng Đào Văn Khương vô địch đôi nam Wimbledon.",
     {("Lâm Văn Tú", "vô địch đôi nam Wimbledon"), ("Đào Văn Khương", "vô địch đôi nam Wimbledon")}),
    # a player and the club he won with, the player's adverb before the comitative
    ("Tiền đạo Lâm Văn Tú đã cùng CLB Sông Lam Nghệ An vô địch V-League 2017.",
     {("Lâm Văn Tú", "vô địch V-League"), ("CLB Sông Lam Nghệ An", "vô địch V-League")}),
    # address words before each name
    ("Ông Lâm Văn Tú và bà Hồ Thị Mai vô địch Giải cờ tướng Hà Nội mở rộng 2019.",
     {("Lâm Văn Tú", "vô địch Giải cờ tướng Hà Nội"), ("Hồ Thị Mai", "vô địch Giải cờ tướng Hà Nội")}),
]


@pytest.mark.parametrize("line,facts", CASES)
def test_coordinated_names_each_win_the_title(line, facts):
    assert people(facts_of(line)) == facts


def test_a_comma_alone_joins_no_co_winner():
    # the name before the comma closes a fronted phrase (the rival beaten): the winner alone
    assert people(facts_of("Sau trận thắng Lâm Văn Tú, Đào Văn Khương vô địch Wimbledon 2017.")) == \
        {("Đào Văn Khương", "vô địch Wimbledon")}

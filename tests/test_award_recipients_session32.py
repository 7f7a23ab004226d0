"""Session 32 of award recall in sports and entertainment news: kinds of missed award facts.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import awards, facts_of

SINGER = "Ca sĩ Trần Văn Minh bày tỏ niềm vui với khán giả."


def test_a_win_with_one_more_between_the_verb_and_its_duoc():
    """"giành thêm được", "nhận thêm được": "thêm" (one more) between the verb and its "được" still reports a win
    (before: "giành thêm được" gave no fact, the "được" alone read as the verb and the pronoun subject unread;
    "nhận thêm được" gave its fact before too)."""
    g = facts_of(SINGER, "Từ đó đến nay anh đã giành thêm được 2 huy chương vàng, 1 huy chương bạc.")
    assert awards(g) == {("Trần Văn Minh", "huy chương vàng", "conferred"),
                         ("Trần Văn Minh", "huy chương bạc", "conferred")}
    g = facts_of(SINGER, "Năm sau anh nhận thêm được giải Giọng ca vàng.")
    assert awards(g) == {("Trần Văn Minh", "giải Giọng ca vàng", "conferred")}


def test_reaping_prizes_is_winning_them():
    """"gặt hái (thêm) (được)" (reaping) names the prizes won (before: no fact)."""
    g = facts_of("Nữ diễn viên Lê Thu Hà đã gặt hái được 2 huy chương vàng tại liên hoan sân khấu.")
    assert awards(g) == {("Lê Thu Hà", "huy chương vàng", "conferred")}
    g = facts_of(SINGER, "Sau mười năm, anh đã gặt hái thêm được 3 huy chương bạc.")
    assert awards(g) == {("Trần Văn Minh", "huy chương bạc", "conferred")}


def test_reaping_with_no_prize_after_it_gives_no_fact():
    """"gặt hái được nhiều thành công" names no prize: no fact."""
    g = facts_of("Ca sĩ Trần Văn Minh đã gặt hái được nhiều thành công trong năm qua.")
    assert awards(g) == set()

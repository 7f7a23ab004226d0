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


def test_a_subject_described_by_calling_and_origin_is_the_person_named_before():
    """"tay vợt người Thụy Sĩ này", "người đẹp gốc Cần Thơ": a calling (or a noun of renown) and where the person
    comes from, opening the clause of a win, describe the person named last before (before: no fact)."""
    g = facts_of("Tay vợt Lê Văn Nam vào chung kết. Tay vợt người Thụy Sĩ này từng giành huy chương bạc năm 2015.")
    assert awards(g) == {("Lê Văn Nam", "huy chương bạc", "conferred")}
    g = facts_of("Cô Trần Thị Lan đã đăng quang Hoa hậu Biển 2018. Đồng thời, người đẹp gốc Cần Thơ cũng nhận "
                 "thêm giải Người đẹp Thân thiện.")
    assert ("Trần Thị Lan", "giải Người đẹp Thân thiện", "conferred") in awards(g)


def test_an_origin_without_a_calling_or_a_body_described_is_no_person():
    """"khán giả người Nhật" (no calling before "người") and "Đội bóng xứ Nghệ" (a team, no person noun) describe no
    person named before: no fact."""
    assert awards(facts_of("Ca sĩ Lê Văn Nam hát hay. Sau đó, khán giả người Nhật đã giành huy chương vàng.")) == set()
    assert awards(facts_of("Ca sĩ Lê Văn Nam hát hay. Đội bóng xứ Nghệ đã giành huy chương vàng.")) == set()

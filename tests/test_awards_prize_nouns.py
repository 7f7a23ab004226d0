"""One prize to one winner written with and without its prize noun ("giải", "giải thưởng") is one award fact
(``extractors.resolve._same_prize_by_noun``; nouns in ``corpora/gazetteers/prize_nouns.txt``).

GUIDELINES.md: "One fact per recipient and award".  Sentences written for these tests; the expected facts worked out
by hand: the form written first is kept.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards_of(*lines: str) -> list[tuple[str, str]]:
    return sorted((a["recipient"], a["award"]) for a in facts_of(*lines)["awards"])


def test_a_prize_written_with_its_noun_and_then_without_is_one_award():
    got = awards_of("Tiền đạo Lâm Đức Huy từng đoạt giải thưởng Chiếc giày Vàng năm 2011.",
                    "Lâm Đức Huy giành Chiếc giày vàng sau mùa giải ghi 30 bàn.")
    assert got == [("Lâm Đức Huy", "giải thưởng Chiếc giày Vàng")]


def test_a_category_prize_written_with_giai_and_then_bare_is_one_award():
    got = awards_of("Nam diễn viên Trịnh Văn Lộc giành giải Nam diễn viên chính xuất sắc nhất tại liên hoan phim.",
                    "Trịnh Văn Lộc nhận giải thưởng Nam diễn viên chính xuất sắc nhất từ tay ban giám khảo.")
    assert got == [("Trịnh Văn Lộc", "giải Nam diễn viên chính xuất sắc nhất")]


def test_two_prizes_of_one_winner_stay_two():
    got = awards_of("Tiền đạo Lâm Đức Huy từng đoạt giải thưởng Chiếc giày Vàng năm 2011.",
                    "Lâm Đức Huy giành Quả bóng vàng sau mùa giải ghi 30 bàn.")
    assert got == [("Lâm Đức Huy", "Quả bóng vàng"), ("Lâm Đức Huy", "giải thưởng Chiếc giày Vàng")]


def test_one_prize_won_again_in_another_year_is_two_awards():
    # the same prize, once with "giải" and once with "giải thưởng", but of 2015 and of 2018: won twice, two facts
    got = sorted((a["recipient"], a["award"], a["year"]) for a in facts_of(
        "Ca sĩ Lê Thanh Vân giành giải Grammy năm 2015.",
        "Năm 2018, Lê Thanh Vân tiếp tục giành giải thưởng Grammy.")["awards"])
    assert got == [("Lê Thanh Vân", "giải Grammy", 2015), ("Lê Thanh Vân", "giải thưởng Grammy", 2018)]

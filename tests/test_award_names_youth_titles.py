"""Award names: the Youth Union's and the cities' honour "Gương mặt trẻ … tiêu biểu" written without quotes
or "danh hiệu" before it (corpora/gazetteers/awards.tsv rows "Gương mặt trẻ Việt Nam tiêu biểu", "Gương mặt trẻ
Thủ đô tiêu biểu", "Gương mặt trẻ tiêu biểu").

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(g) -> set:
    """(recipient, award) of every award fact."""
    return {(a["recipient"], a["award"]) for a in g["awards"]}


def test_national_title_after_a_receive_cue():
    """"được vinh danh là" then the national title with "Việt Nam" inside it: the title as the catalogue names it."""
    g = facts_of("Chị Đoàn Thu Trang được vinh danh là Gương mặt trẻ Việt Nam tiêu biểu năm 2021.")
    assert awards(g) == {("Đoàn Thu Trang", "Gương mặt trẻ Việt Nam tiêu biểu")}


def test_capital_city_title_in_lower_case():
    """Written in lower case after "được tuyên dương là": the capital's title, canonical capitals."""
    g = facts_of("Anh Phạm Quốc Khánh được tuyên dương là gương mặt trẻ Thủ đô tiêu biểu năm 2019.")
    assert awards(g) == {("Phạm Quốc Khánh", "Gương mặt trẻ Thủ đô tiêu biểu")}


def test_one_of_ten_honourees():
    """"là một trong 10 …": one of the ten honoured; the lower-case scope after the title is no name."""
    g = facts_of("Năm 2015, chị Hà Minh Châu được vinh danh là một trong 10 gương mặt trẻ tiêu biểu toàn quốc.")
    assert awards(g) == {("Hà Minh Châu", "Gương mặt trẻ tiêu biểu")}


def test_title_named_with_its_place_after_it():
    """The bare title with the capital's name after it ("… tiêu biểu Thủ đô") is the capital's title, named as the
    catalogue and the dev gold name it ("Gương mặt trẻ Thủ đô tiêu biểu", awards.tsv alias)."""
    g = facts_of("Anh Lương Văn Đức được tuyên dương là gương mặt trẻ tiêu biểu Thủ đô năm 2017.")
    assert awards(g) == {("Lương Văn Đức", "Gương mặt trẻ Thủ đô tiêu biểu")}


def test_title_without_a_cue_gives_no_fact():
    """A description ("hai gương mặt trẻ tiêu biểu trong số …") with no receive cue and no name: no fact."""
    g = facts_of("Đây là hai gương mặt trẻ tiêu biểu trong số nhiều học sinh đạt giải cao.")
    assert awards(g) == set()

"""Session 38 (yrs): a season written right after an award's name dates the award by the season's end year.
Sentences written for these tests; every expected value worked out by hand."""
from __future__ import annotations

from extractors.engine import _own_season
from tests.test_extractors import facts_of


def years(g: dict) -> dict:
    return {(a["recipient"], a["award"]): a["year"] for a in g["awards"]}


def test_a_season_after_the_award_gives_its_end_year():
    # "2019/20" is read by its end, 2020, not by the first year written nearest the award, 2019
    g = facts_of("Thủ môn Lê Văn Tâm từng giành danh hiệu “Cầu thủ xuất sắc nhất” mùa giải 2019/20.")
    assert years(g) == {("Lê Văn Tâm", "Cầu thủ xuất sắc nhất"): 2020}


def test_a_season_written_with_both_years_after_a_slash_and_a_preposition():
    g = facts_of("Tiền đạo Hoàng Minh Đức nhận danh hiệu Vua phá lưới V-League ở mùa 2018/2019.")
    assert years(g) == {("Hoàng Minh Đức", "Vua phá lưới V-League"): 2019}


def test_own_season_reads_only_a_season_right_after_the_award():
    text = "Đội giành Cúp Quốc gia, rồi dự lễ bốc thăm giải châu Á mùa giải 2021/22."
    end = text.find("Quốc gia") + len("Quốc gia")
    assert _own_season(text, 0, end) is None  # the season is the draw's, further on
    text = "Anh nhận danh hiệu “Cầu thủ trẻ hay nhất” mùa 2016-17 của giải."
    end = text.find("nhất") + len("nhất")
    assert _own_season(text, 0, end) == 2017
    assert _own_season("Anh nhận danh hiệu X mùa giải 2016/18.", 0, len("Anh nhận danh hiệu X")) is None  # no season


def test_own_season_reads_a_season_written_without_its_word():
    # session 38 (mndy): the short form "2020/21" right after the award is a season as "mùa 2020/21" is
    text = "Chị được bầu là Vận động viên xuất sắc giải Liga Nữ 2020/21 vào tháng trước."
    end = text.find("Liga Nữ") + len("Liga Nữ")
    assert _own_season(text, 0, end) == 2021
    assert _own_season("Chị nhận giải Liga Nữ 2020/23.", 0, len("Chị nhận giải Liga Nữ")) is None  # no season

"""Session 23 (pos): a sports season dates its awards by its end year, and "cố" before an office's title is part of
the position. Sentences written for these tests; every expected value worked out by hand."""
from __future__ import annotations

from extractors.engine import _position_rank, document_year, sentence_years
from tests.test_extractors import facts_of, make_doc


def test_a_season_in_an_awards_sentence_is_left_as_written():
    # the season is read by the story's year only; in a sentence its first year stands, a 4-digit span its end
    assert [y.group(1) for y in sentence_years("dự lễ bốc thăm Cúp châu Á mùa giải 2020/21")] == ["2020"]
    assert [y.group(1) for y in sentence_years("ở mùa giải 2018-2019 vừa qua")] == ["2019"]


def test_season_years_are_end_years_and_two_years_apart_are_no_season():
    from extractors.engine import _written_years
    assert list(_written_years("trong mùa giải 2020/21 của đội")) == [2021]
    assert list(_written_years("từ mùa 1999/00")) == [2000]
    assert list(_written_years("qua mùa giải 2016-2018")) == []  # two seasons, no "năm": no year of the story
    assert list(_written_years("mùa giải 2015/17")) == []


def test_a_season_dates_a_story_that_writes_an_older_year_once():
    # the only "năm YYYY" is a transfer in 2012; the season 2018/19 is the story's (tie: the later year)
    doc = make_doc("Câu lạc bộ Sông Lam công bố các giải thưởng cá nhân của mùa giải 2018/19.",
                   "Tiền vệ Lê Văn Khoa, gia nhập đội vào năm 2012, được bầu là cầu thủ xuất sắc nhất.")
    assert document_year(doc) == 2019


def test_cố_before_an_office_is_part_of_the_position():
    f = facts_of("Bảo tàng trưng bày kỷ vật của cố Thủ tướng Lê Minh Quang.",
                 "Đoàn đã đến viếng cố Bí thư Tỉnh ủy Nghệ An Trần Văn Hậu.")
    got = {o["name"]: o["position"] for o in f["officials"]}
    assert got["Lê Minh Quang"] == "cố Thủ tướng"
    assert got["Trần Văn Hậu"] == "cố Bí thư Tỉnh ủy"


def test_cố_before_a_degree_stays_an_honorific_and_cố_vấn_is_an_adviser():
    f = facts_of("Gia đình cố giáo sư Đỗ Văn Minh nhận Bằng khen.", "Cố vấn Hoàng Thị Yến phát biểu.")
    got = {o["name"]: o["position"] for o in f["officials"]}
    assert got["Đỗ Văn Minh"] == "giáo sư"
    assert got["Hoàng Thị Yến"] == "Cố vấn"


def test_the_plain_title_beats_the_late_holders_for_one_person():
    # the document writes both "cố Thủ tướng X" and "Thủ tướng X": the plain office is kept
    f = facts_of("Cố Thủ tướng Lê Minh Quang từng về thăm trường.", "Năm 1975, Thủ tướng Lê Minh Quang trồng cây.")
    assert [o["position"] for o in f["officials"] if o["name"] == "Lê Minh Quang"] == ["Thủ tướng"]
    assert _position_rank("Thủ tướng", "") > _position_rank("cố Thủ tướng", "")
    assert _position_rank("cố vấn", "") == (False, False, True, 2)

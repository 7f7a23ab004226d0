"""Session 32 (cmp): award years from the number of the games an award was won at ("HCV SEA Games 29": 2017), from a
season written without "mùa" ("Premier League 2018/19": the story's year 2019) and from a pageant's edition written
with "năm" ("Hoa hậu Hoàn vũ năm 2005"). Sentences written for these tests; every expected value worked out by hand."""
from __future__ import annotations

from extractors.engine import _written_years, document_year
from extractors.resolve import edition_year
from tests.test_extractors import facts_of, make_doc


def _years(facts) -> dict:
    return {(a["recipient"], a["award"]): a["year"] for a in facts["awards"]}


def test_the_edition_of_the_games_gives_the_year_they_were_held():
    assert edition_year("huy chương vàng SEA Games 29") == 2017
    assert edition_year("HCĐ Asiad 17 môn bắn cung") == 2014
    assert edition_year("huy chương bạc ASEAN Para Games 9") == 2017
    assert edition_year("huy chương vàng Asian Para Games 3") == 2018  # not the ASEAN games of the same number
    assert edition_year("huy chương vàng sea games 31") == 2022  # held in 2022, a year late
    assert edition_year("huy chương vàng SEA Games") is None  # no number
    assert edition_year("huy chương vàng SEA Games 29.5") is None  # no edition's number
    assert edition_year("Bằng khen của Bộ trưởng") is None


def test_the_edition_of_the_games_written_in_capitals_gives_its_year():
    # session 33: the quick test before the regex was case-sensitive ("ames"), the regex not
    assert edition_year("huy chương vàng SEA GAMES 30") == 2019
    assert edition_year("HCB ASIAN GAMES 17") == 2014
    assert edition_year("HCĐ ASIAD 18") == 2018
    assert edition_year("HUY CHƯƠNG VÀNG") is None


def test_an_award_of_a_numbered_games_takes_their_year_not_the_storys():
    # the story writes 2021 as its year; the medal was won at the 30th games, held in 2019
    f = facts_of("Năm 2021, vận động viên Phạm Thị Thu Hiền tiếp tục tập luyện tại Hà Nội.",
                 "Phạm Thị Thu Hiền từng giành huy chương vàng SEA Games 30 ở nội dung 100 m.")
    assert [y for (r, a), y in _years(f).items() if r == "Phạm Thị Thu Hiền"] == [2019]


def test_a_season_written_without_mua_dates_the_story_by_its_end_year():
    assert list(_written_years("đội vô địch Premier League 2018/19 trên sân nhà")) == [2019]
    assert list(_written_years("chung kết Cúp C1 2018-19.")) == [2019]
    assert list(_written_years("trong mùa giải 2018/19")) == [2019]  # read once, by SEASON
    assert list(_written_years("năm 2018-19")) == [2018]  # "năm 2018" is read by YEAR_OF; the digits after it not
    assert list(_written_years("ngày 14/2018-19")) == []  # a date's tail
    assert list(_written_years("giai đoạn 2018-2022")) == []  # a span, no season
    assert list(_written_years("tỷ số 2018-21")) == []  # two digits that are not the next year
    # two seasons 2018/19 against one year 2017 of another event: the story is of 2019
    doc = make_doc("Câu lạc bộ Hải Phòng kết thúc Premier League 2018/19 ở vị trí thứ ba.",
                   "Đội từng đổi huấn luyện viên vào năm 2017. Bảng xếp hạng chung cuộc Premier League 2018/19.")
    assert document_year(doc) == 2019


def test_a_pageant_title_named_with_nam_and_its_year_dates_its_winner():
    # the winner's sentence writes no year; the document names the pageant's edition with "năm" once
    f = facts_of("Nguyễn Thị Lan Chi, Hoa hậu Hoàn vũ năm 2005, vừa về thăm quê ở Huế vào năm 2019.",
                 "Cách đây 14 năm, Nguyễn Thị Lan Chi đăng quang Hoa hậu Hoàn vũ.")
    assert _years(f).get(("Nguyễn Thị Lan Chi", "Hoa hậu Hoàn vũ")) == 2005

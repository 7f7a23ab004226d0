"""A title won at "giải này" / "giải đấu đó" is the title of the competition last named before it
(extractors.components.championships.ChampionshipFinder._named_again; championship_cues.txt "Competitions named
again").  Text of our own wording, invented names; the expected facts read off by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*blocks: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=b) for b in blocks]))
    return [(a["recipient"], a["award"], a["year"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_a_win_of_this_tournament_is_the_last_named_tournaments():
    got = awards_of("Hai tay vợt sẽ gặp nhau ở bán kết Roland Garros chiều nay.",
                    "Tay vợt Lê Văn Khoa đã vô địch giải này năm 2015, còn Trần Minh Tú chưa từng vào chung kết.")
    assert got == [("Lê Văn Khoa", "vô địch Roland Garros", 2015)]


def test_the_named_competition_keeps_the_capitalised_words_before_its_entry():
    # "World Cup" is a listed competition; "Club World Cup" is the one named
    got = awards_of("Giải Club World Cup được tổ chức hằng năm. Năm 2016, đội Sao Mai vừa vô địch giải đấu này.")
    assert got == [("đội Sao Mai", "vô địch Club World Cup", 2016)]


def test_no_competition_named_near_leaves_the_title_unread():
    got = awards_of("Hội thi nấu ăn diễn ra tại Hà Nội. Đội Bình Minh đã vô địch giải này.")
    assert got == []


def test_an_unlisted_competition_named_nearer_is_the_one_named_again():
    # "AFF Cup" is listed, "Giải bóng đá Cúp Sông Hồng" is not: "giải này" is the nearer one, left unread, never AFF Cup
    got = awards_of("Câu lạc bộ Sao Mai từng giành vé dự AFF Cup. Sau đó Giải bóng đá Cúp Sông Hồng khởi tranh, "
                    "đội Bình Minh vô địch giải này.")
    assert got == []
    got = awards_of("Đội tuyển Sao Mai dự World Cup 2014. Tại Confederations Cup, đội Bình Minh vô địch giải đấu này.")
    assert got == []


def test_a_title_won_at_the_unlisted_competition_is_still_named_again():
    # (a guard of the floor: the title found before names the nearer competition, and "giải này" is it)
    got = awards_of("Câu lạc bộ Sao Mai từng dự AFF Cup. Năm 2018, Câu lạc bộ Bình Minh đã vô địch Giải bóng đá Cúp "
                    "Sông Hồng. Năm 2019, Câu lạc bộ Hoàng Hôn đã vô địch giải này.")
    assert got == [("Câu lạc bộ Bình Minh", "vô địch Giải bóng đá Cúp Sông Hồng", 2018),
                   ("Câu lạc bộ Hoàng Hôn", "vô địch Giải bóng đá Cúp Sông Hồng", 2019)]

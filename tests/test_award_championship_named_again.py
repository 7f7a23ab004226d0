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

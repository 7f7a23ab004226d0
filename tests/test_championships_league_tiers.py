"""A league's tier written after its name is part of the title won (extractors.components.championships._tier):
one digit with no counter after it ("vô địch Ligue 2"); a counted number ("3 mùa", "5 lần") and a year stay out.
Sentences of our own wording; the expected titles read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def titles_of(text: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=text)]))
    return [(a["recipient"], a["award"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_a_tier_digit_stays_in_the_leagues_name():
    assert titles_of("Năm 2012, Montpellier vô địch Ligue 2 trước sự ngỡ ngàng của giới chuyên môn.") == [
        ("Montpellier", "vô địch Ligue 2")]


def test_a_counted_number_or_a_year_is_no_tier():
    assert titles_of("Năm 2020, Bayern Munich vô địch Bundesliga 8 mùa liên tiếp.") == [
        ("Bayern Munich", "vô địch Bundesliga")]
    assert titles_of("Năm 2018, Pháp vô địch World Cup 2018 sau trận thắng Croatia.") == [
        ("Pháp", "vô địch World Cup")]


def test_a_number_that_is_a_share_of_seasons_is_no_tier():
    # "2 trong 3 mùa" is two of three seasons: the count stays out of the league's name
    assert titles_of("Năm 2021, Leeds vô địch Championship 2 trong 3 mùa gần nhất.") == [
        ("Leeds", "vô địch Championship")]
    assert titles_of("Năm 2017, Nice vô địch Ligue 2 trong số 5 mùa vừa qua.") == [("Nice", "vô địch Ligue")]
    # a tier followed by "trong" and no number keeps its digit
    assert titles_of("Năm 2015, Angers vô địch Ligue 2 trong mùa giải đầy khó khăn.") == [
        ("Angers", "vô địch Ligue 2")]

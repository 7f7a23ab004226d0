"""Foreign persons named by one word, and Korean names with a dash, in general news (held-out sets 6, 10-12):

- a one-word foreign name after a kinship noun or a sports-press noun for a player ("con gái của Judy", "siêu sao
  Ronaldo", "người hùng Dyachenko") was lost: only a title or an honorific of honorifics.tsv cued one word;
- a one-word foreign name coordinated with a foreign person ("Djokovic và Federer", "Neymar, Hazard") was lost;
- "HLV Zidane, Ronaldo và Ramos": the title's one word before a comma was read as the title's country;
- "Tom Holland", "Tim Burton": an English given name spelled like a Vietnamese syllable opened no name;
- "Kim Jong-un", "Park Ji-sung" with no title before them were lost ("Kim" no surname of the lists, "Park" a
  designator of foreign_designators.txt).

Sentences of our own wording (persons.PersonRecognizer._foreign_names, _coordinated; foreign_single)."""
from __future__ import annotations

import pytest

from extractors.components.base import state
from extractors.components.foreign_single import noun_cued
from extractors.gazetteer import dictionary_words
from extractors.nlp import get_nlp


def persons(text: str) -> list[str]:
    return [p.text for p in state(get_nlp()(text))["person"]]


@pytest.mark.parametrize("sentence, name", [
    ("Cô bé là con gái của Brenda, một y tá ở Ohio.", "Brenda"),
    ("Siêu sao Ronaldo lại ghi bàn ở phút cuối.", "Ronaldo"),
    ("Người hùng Kuznetsov được cả đội công kênh.", "Kuznetsov"),
    ("Bà xã Hamilton xuất hiện trên khán đài.", "Hamilton"),
])
def test_a_kinship_or_player_noun_cues_one_foreign_word(sentence, name):
    assert persons(sentence) == [name]


@pytest.mark.parametrize("sentence", [
    "Vụ khủng bố Maute làm nhiều người chết.",  # ("khủng bố": the cue closes a longer word)
    "Siêu sao Chelsea đã trở lại.",  # (a club named bare: collectives_named.txt)
    "Cầu thủ Chelsea ăn mừng.",
])
def test_no_person_after_a_cue_closing_a_word_or_before_a_club(sentence):
    assert persons(sentence) == []


def test_the_cue_may_take_a_possessive():
    words = ["là", "vợ", "của", "Hamilton"]
    assert noun_cued(words, 3, dictionary_words())
    assert not noun_cued(["vụ", "khủng", "bố", "Maute"], 3, dictionary_words())


@pytest.mark.parametrize("sentence, names", [
    ("Tiền đạo Lewandowski và Muller đều vắng mặt.", ["Lewandowski", "Muller"]),
    ("Người ta vẫn nhớ Johan Cruyff, Platini hay Beckenbauer như những tượng đài.",
     ["Johan Cruyff", "Platini", "Beckenbauer"]),
    ("HLV Ancelotti, Benzema và Modric dự họp báo.", ["Ancelotti", "Benzema", "Modric"]),
])
def test_one_foreign_word_coordinated_with_a_foreign_person(sentence, names):
    assert persons(sentence) == names


def test_a_one_word_competition_coordinated_with_a_person_is_no_person():
    # a one-word entry of competitions.txt is never an item of a list of persons (review of session 23's change,
    # finding 9); a one-word name beside it still is
    assert persons("Andy Murray và Wimbledon là một câu chuyện đẹp.") == ["Andy Murray"]
    assert persons("Andy Murray và Nadal là một câu chuyện đẹp.") == ["Andy Murray", "Nadal"]


def test_no_item_across_a_clause_or_after_a_work():
    assert persons("Vắng tiền đạo Lewandowski, Bayern thua đậm.") == []  # (a clause after the comma; and a club)
    assert persons("Nữ diễn viên Kelly Brook đóng phim Baywatch cùng Zac Efron.") == ["Kelly Brook", "Zac Efron"]


@pytest.mark.parametrize("sentence, name", [
    ("Nam diễn viên Tom Hardwick nhận vai chính.", "Tom Hardwick"),
    ("Bộ phim do Tim Walsworth đạo diễn.", "Tim Walsworth"),
])
def test_english_given_names_spelled_like_syllables(sentence, name):
    assert name in persons(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Kim Jong-un đã thị sát nhà máy.", "Kim Jong-un"),
    ("Lãnh đạo Triều Tiên Kim Jong-un đã thị sát nhà máy.", "Kim Jong-un"),
    ("Cú sút của Park Ji-sung đi chệch cột dọc.", "Park Ji-sung"),
])
def test_korean_names_with_a_dash_without_a_title(sentence, name):
    assert persons(sentence) == [name]


def test_a_vietnamese_given_name_kim_stays_in_its_name():
    assert persons("Chị Nguyễn Thị Kim Ngân đến dự.") == ["Nguyễn Thị Kim Ngân"]


def test_run_edge_reads_a_capitalised_run_either_way():
    """foreign_single._run_edge: the start (step -1) or end (step +1) of a run of capitalised words of at most
    RUN_MAX words beside a boundary; the boundary itself when none (indices worked out by hand)."""
    from extractors.components.foreign_single import RUN_MAX, _run_edge

    words = ["Sau", "đó", "Anna", "Maria", "Lopez", "và", "Ben", "đến", ",", "A", "B", "C", "D"]
    assert RUN_MAX == 3
    assert _run_edge(words, 5, -1) == 2  # "Anna Maria Lopez" ends before "và"
    assert _run_edge(words, 6, +1) == 7  # "Ben" starts after "và"
    assert _run_edge(words, 2, -1) == 2  # "đó" is lower case: no run
    assert _run_edge(words, 8, -1) == 8 and _run_edge(words, 8, +1) == 8  # "đến", ",": none
    assert _run_edge(words, 13, -1) == 10  # "A B C D": three words at most, from the end
    assert _run_edge(words, 9, +1) == 12  # three words at most, from the start
    assert _run_edge(words, 0, -1) == 0 and _run_edge(words, 13, +1) == 13  # the ends of the words

"""English-language newspapers named by the word closing their masthead (english_body_heads.txt: "Times", "News",
"Daily" …; extractors/components/english_bodies.py), and the sources credited after a byline ("(Theo X)" closing its
line: unit_cues._in_credit, read for listed and English-named bodies alike). Sentences and names of our own; units by
hand."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_masthead_closed_by_a_press_word_is_a_unit():
    assert unit_names("Zorvex Times dẫn lời ông Lâm cho biết.") == ["Zorvex Times"]
    assert unit_names("Theo Korvan Daily, kế hoạch đã hoãn.") == ["Korvan Daily"]


def test_a_press_word_inside_a_longer_name_names_nothing():
    assert unit_names("Tỷ lệ này tăng, theo Zorvex News & World Report.") == []


def test_the_name_stops_at_a_vietnamese_word_before_it():
    # (a lost sentence break: "Korvan" closes the title, "Tờ" opens the sentence)
    assert unit_names("Vì sao Korvan Tờ Zorvex Times tiết lộ, giá đã tăng.") == ["Zorvex Times"]


def test_a_source_in_brackets_after_the_byline_is_a_credit():
    assert unit_names("Giá đã tăng mạnh.\nLâm An (Theo Zorvex Times)\n") == []
    assert unit_names("Giá đã tăng mạnh.\nLâm An (Theo Korvan Daily, Zorvex Times)") == []
    assert unit_names("Giá đã tăng mạnh.\nTheo Lâm An (Theo Zorvex Times) (Dân Việt)\n") == []


def test_a_source_in_brackets_inside_the_sentence_is_a_mention():
    assert unit_names("Giá đã tăng mạnh (theo Zorvex Times) trong năm nay.") == ["Zorvex Times"]

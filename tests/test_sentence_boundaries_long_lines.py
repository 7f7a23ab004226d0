"""A text written as one long line without end marks is cut into sentences of at most
``MAX_SENTENCE_TOKENS`` tokens (``extractors.components.sentences``), at its best break, so that extraction time
grows linearly with such a line's length; the facts of such a line stay those of its parts."""
from __future__ import annotations

from extractors import extract
from extractors.components.sentences import MAX_SENTENCE_TOKENS, boundaries
from pipeline.normalize import normalize_document
from pipeline.readers import read_file


def test_the_limit_is_above_the_longest_sentence_seen():
    assert MAX_SENTENCE_TOKENS == 600


def test_a_long_sentence_is_cut_after_its_last_semicolon_of_the_second_half():
    words = ["từ"] * 700
    words[450] = ";"
    words[500] = ","
    assert boundaries(words) == [(0, 451), (451, 700)]


def test_without_a_semicolon_the_last_comma_of_the_second_half_is_the_cut():
    words = ["từ"] * 700
    words[350] = ","
    words[100] = ";"  # in the first half: too early to cut at
    assert boundaries(words) == [(0, 351), (351, 700)]


def test_a_list_number_is_the_cut_when_no_punctuation_is_there():
    words = ["từ"] * 700
    words[400:402] = ["7", "."]
    assert boundaries(words) == [(0, 400), (400, 700)]


def test_without_any_break_the_cut_is_hard_at_the_limit():
    assert boundaries(["từ"] * 1300) == [(0, 600), (600, 1200), (1200, 1300)]


def test_a_sentence_at_the_limit_is_not_cut():
    assert boundaries(["từ"] * 600) == [(0, 600)]


def test_the_facts_of_a_long_line_are_those_of_one_repetition(tmp_path):
    line = "Ông Trần Minh Khoa, Phó Giám đốc Sở Tài chính tỉnh Hà Tĩnh được tặng Bằng khen, "
    path = tmp_path / "long.txt"
    path.write_text(line * 120, encoding="utf-8")  # one line of about 2,000 tokens
    facts = extract(normalize_document(read_file(path))).to_guidelines("long.txt")
    assert facts["units"] == ["Sở Tài chính tỉnh Hà Tĩnh"]
    assert facts["officials"] == [{"name": "Trần Minh Khoa", "position": "Phó Giám đốc",
                                   "unit": "Sở Tài chính tỉnh Hà Tĩnh"}]
    assert facts["awards"] == [{"recipient": "Trần Minh Khoa", "recipient_type": "person", "award": "Bằng khen",
                                "year": None, "status": "conferred"}]

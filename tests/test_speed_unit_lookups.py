"""Units: the look-up tables that answer a rule's common case at once (a word opening no title, ending no place, a
head in no compound of not_heads.txt) give what the full tests gave."""
from __future__ import annotations

import pytest

from extractors import extract
from extractors.components.base import lexicon
from extractors.components.unit_extent import _NAM, _year_follows
from extractors.components.unit_titles import _TITLE_TAILS
from extractors.nlp import get_nlp
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


@pytest.fixture(scope="module")
def units():
    nlp = get_nlp()
    return nlp.get_pipe("sovang_units")


def _units(text: str) -> set[str]:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=text)]))
    return {u.text for u in extract(doc).units}


def test_year_word_in_every_letter_case():
    assert _NAM == {"năm", "nĂm", "nĂM", "năM", "Năm", "NĂm", "NĂM", "NăM"}
    assert _year_follows(["NĂM", "2024"], 0) and not _year_follows(["Năm", "Căn"], 0)


def test_title_tails_are_the_words_after_a_space():
    assert _TITLE_TAILS == {"tướng chính phủ", "chính phủ", "phủ", "thủ tướng chính phủ"}


def test_compound_tables_split_each_entry_at_its_spaces(units):
    assert "cán" in units.not_heads_after["bộ"] and "đội" in units.not_heads_before["bộ"]
    for c in lexicon().not_heads:  # (every compound is found again from each of its spaces)
        for k, ch in enumerate(c):
            if ch == " ":
                assert c[:k] in units.not_heads_after[c[k + 1:]] and c[k + 1:] in units.not_heads_before[c[:k]]


def test_place_tails_hold_every_last_word_and_first_words_open_titles(units):
    assert "Nội" in units.place_tails and "Nam" in units.place_tails  # ("Hà Nội", "Việt Nam")
    assert "Xyzabc" not in units.place_tails
    assert all(p.split()[-1] in units.place_tails for p in lexicon().places)
    assert "chủ" in units.title_firsts and "đồng" not in units.title_firsts


def test_units_read_as_before():
    assert "Bộ Y tế" not in _units("Các cán bộ y tế của huyện đã có mặt từ sớm.")
    assert "Bộ Ngoại giao Nhật Bản" in _units("Hôm qua, Bộ Ngoại giao Nhật Bản Kono Taro cho biết thêm.")
    assert "Văn phòng Ban chỉ đạo Tây Nam Bộ" in _units("Ông Hải làm việc tại Văn phòng Ban chỉ đạo Tây Nam Bộ.")


def test_prefixes_grown_a_word_at_a_time():
    from extractors.resolve import continued_names
    short, full = "Viện Huyết học", "Viện Huyết học truyền máu Trung ương"
    assert continued_names([short, full]) == {short: full}
    assert continued_names(["viện huyết học", full]) == {"viện huyết học": full}  # (letter case aside)
    assert continued_names(["", "A", full]) == {}

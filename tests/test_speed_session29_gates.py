"""Session 29's speed changes give the same results as before (values worked out by hand, sentences of our own).

- ``officials._before_only`` reads a token's titles only when the token, lower-cased, opens a title of
  ``BEFORE_ONLY`` (``officials.BEFORE_ONLY_OPENINGS``: every start of such a title);
- ``characters.cued``: the shared lower-case phrase pass finds a cue of a character ("vai", "vai diễn") in a Doc
  before the look-back from each person's mention is made;
- ``NameExtent._legal_form_end`` tries the legal forms of an enterprise only from a word that opens one.
"""
from __future__ import annotations

from extractors.characters import cued
from extractors.components import officials
from extractors.components.base import toks
from extractors.nlp import get_nlp

from tests.test_extractors import positions


def test_before_only_openings_by_hand():
    assert officials.BEFORE_ONLY == {"lãnh đạo"}
    assert officials.BEFORE_ONLY_OPENINGS == {"l", "lã", "lãn", "lãnh", "lãnh ", "lãnh đ", "lãnh đạ", "lãnh đạo"}


def test_title_read_only_before_a_name_by_hand():
    # "lãnh đạo" right before a name is the person's title; after one it is a verb (no title of his)
    p = positions("Lãnh đạo Triều Tiên Kim Jong-un đã tới Hà Nội.",
                  "Ông Trần Văn Khoa lãnh đạo hợp tác xã suốt mười năm.")
    assert p == {"Kim Jong-un": "Lãnh đạo Triều Tiên", "Trần Văn Khoa": ""}


def test_character_cue_found_by_the_shared_pass():
    nlp = get_nlp()
    assert cued(nlp, nlp.make_doc("Chị Hoa đóng VAI Tấm rất đạt."))
    assert cued(nlp, nlp.make_doc("Vai diễn Tấm của chị Hoa."))
    assert not cued(nlp, nlp.make_doc("Chị Hoa vác bao gạo lên vaiz."))  # (a whole word only)
    assert not cued(nlp, nlp.make_doc("Ông Lê Văn Nam nói."))
    p = positions("Chị Nguyễn Thị Hoa từng đóng vai Lê Thị Tấm trong một vở chèo.")
    assert set(p) == {"Nguyễn Thị Hoa"}


def test_legal_form_end_by_hand():
    from extractors.components.units import UnitRecognizer
    unit = next(p for _, p in get_nlp().pipeline if isinstance(p, UnitRecognizer))
    d = toks(get_nlp().make_doc("Công ty TNHH MTV Cơ khí Hòa Phát và công ty cổ phần An Khang"))
    # "TNHH MTV" from token 2 (two forms one after another), "cổ phần" from token 11; none from "Cơ" or "Công"
    assert [unit._legal_form_end(d, i) for i in (0, 2, 3, 4, 11)] == [0, 4, 4, 4, 13]


def test_initialisms_cached_by_hand():
    from extractors import initialisms
    assert initialisms.is_initialism("NHNN") and initialisms.is_initialism("LĐ-TB&XH")
    assert not initialisms.is_initialism("UBND") and not initialisms.is_initialism("GD") and \
        not initialisms.is_initialism("Bộ")
    words = initialisms.name_words("Bộ Lao động-Thương binh và Xã hội")
    assert words == ["Bộ", "Lao", "động", "-", "Thương", "binh", "và", "Xã", "hội"]
    words.append("x")  # (a new list each call: the cached words stay as they were)
    assert initialisms.name_words("Bộ Lao động-Thương binh và Xã hội")[-1] == "hội"
    assert initialisms.abbreviates(["Bộ", "GD-ĐT"], ["Bộ", "Giáo", "dục", "và", "Đào", "tạo"])
    assert initialisms.abbreviates(["Bộ", "GD-ĐT"], ["Bộ", "Giáo", "dục", "-", "Đào", "tạo"])
    assert not initialisms.abbreviates(["Bộ", "GD-ĐT"], ["Sở", "Giáo", "dục", "và", "Đào", "tạo"])
    assert not initialisms.abbreviates(["Bộ", "Y", "tế"], ["Bộ", "Y", "tế"])  # (no initialism in it)


def test_spelled_out_pattern_by_hand():
    from extractors.initialisms import _pattern, expansions
    text = "Ngân hàng Nhà nước (NHNN) và ngân hàng nhà nước tỉnh; NgânHàng Nhà Nước; 1Ngân hàng Nhà nước"
    # a letter before the first syllable's letter opens no match ("NgânHàng"); a digit does not stop one
    assert [m.group(0) for m in _pattern("NHNN").finditer(text)] == [
        "Ngân hàng Nhà nước", "ngân hàng nhà nước", "Ngân hàng Nhà nước"]
    assert expansions(["Thống đốc NHNN"], text) == {"NHNN": "Ngân hàng Nhà nước"}


def test_award_years_read_once_per_sentence_by_hand():
    from extractors.engine import _award_years, _in_later_item, _year_near
    t = ("Ông A (sinh năm 1960) nhận Huân chương Lao động hạng Ba năm 2015 theo Quyết định 89/2014/QĐ-TTg; "
         "bà B nhận Bằng khen năm 2018, từ năm 2001 làm việc tại xã.")
    # the birth year, the decision number's year and the start of a period to the present are no award's years
    assert [(int(m.group(1)), dated) for m, dated in _award_years(t)] == [(2015, False), (2018, False)]
    # each award takes the year of its own item of the list, the sentence's years read once for both
    assert _year_near(t, 0, t.find("Huân"), t.find(" năm 2015")) == 2015
    assert _year_near(t, 0, t.find("Bằng"), t.find(" năm 2018")) == 2018
    assert _in_later_item(t, 0, t.find(" năm 2015"), t.find("bà B")) and \
        not _in_later_item(t, 0, t.find(" năm 2015"), t.find("Quyết")) and not _in_later_item(t, 10, 0, 5)

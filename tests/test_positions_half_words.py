"""A title's tail never ends inside a word (session 39): the tail of lower-case words after a title stops at a
syllable of TAIL_STOP ("giá" of "đánh giá", "cựu" of the prefix "cựu"), or when it is eight words long, and that
syllable may close a two-syllable dictionary word begun by the tail's last word ("kỳ cựu", "đắt giá"). Half a
word is no part of the position: the tail ends before the word. Sentences written for these tests; expected
positions worked out by hand from the annotation guidelines ("the title as written")."""
from __future__ import annotations

from tests.test_extractors import positions


def test_a_tail_stopped_inside_a_word_ends_before_it():
    p = positions("Ông Lạc Văn Toản - nhà nghiên cứu địa chất kỳ cựu của viện, vừa nghỉ hưu.",
                  "Anh Mai Đức Phong - tân binh đắt giá nhất của đội bóng trong mùa này.")
    assert p["Lạc Văn Toản"] == "nhà nghiên cứu địa chất"
    assert p["Mai Đức Phong"] == "tân binh"


def test_a_tail_ending_on_a_whole_word_is_kept():
    # the words of the tail are whole: nothing is taken off
    p = positions("Ông Lạc Văn Toản - nhà nghiên cứu địa chất của viện, vừa nghỉ hưu.",
                  "Bà Kha Thị Nhàn, chuyên viên phụ trách kế hoạch, cho biết như vậy.")
    assert p["Lạc Văn Toản"] == "nhà nghiên cứu địa chất"
    assert p["Kha Thị Nhàn"] == "chuyên viên phụ trách kế hoạch"

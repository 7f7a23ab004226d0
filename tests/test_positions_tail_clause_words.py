"""Session 40 (pos): a title's tail ends at a conjunction opening the next clause (clause_conjunctions.txt: "nhưng",
"nếu" …, not "vì") and at the adverbs "vẫn", "từng", "còn" opening the holder's predicate; "song" stays a
field's syllable.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import positions_and_units


def test_the_tail_ends_at_a_contrast():
    """Before: "tiền đạo đẳng cấp nhưng anh thường" ran on through the contrast."""
    text = "Anh Trần Văn Long là một tiền đạo đẳng cấp nhưng anh thường im tiếng ở các trận lớn."
    assert positions_and_units(text) == \
        {"Trần Văn Long": ("tiền đạo đẳng cấp", "")}


def test_vi_of_a_cause_served_stays_in_the_title():
    """"vì" opens a clause of cause ("… vì ông …") but also names the cause an activist serves."""
    assert positions_and_units("Nhà hoạt động vì môi trường Lê Thị Hà phát biểu tại hội thảo.") == \
        {"Lê Thị Hà": ("Nhà hoạt động vì môi trường", "")}


def test_an_adverb_after_an_occupation_opens_its_holder_s_predicate():
    """"nữ ca sĩ | vẫn còn gọi Tom Brown …": the singer is the subject, not Tom Brown's title."""
    assert positions_and_units("Sau khi chia tay, nữ ca sĩ vẫn còn gọi Tom Brown là kẻ xấu.") == {"Tom Brown": ("", "")}


def test_song_as_a_field_s_first_syllable_stays():
    assert positions_and_units("Giáo viên song ngữ Lê Thị Mai dạy ở trường này.") == \
        {"Lê Thị Mai": ("Giáo viên song ngữ", "")}

"""Category prizes after a category cue ("hạng mục") won by the subject, and the ceremony named after a category
prize (awards.AwardRecognizer._category_won, _with_ceremony; prize_categories.txt "Verbs of a category won",
"Prepositions of a category won", "Ceremony leads"). Every sentence here was written for these tests; the
expected facts are read off each sentence by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(text: str) -> set:
    """(recipient, award) of every award fact of ``text``."""
    return {(a["recipient"], a["award"]) for a in facts_of(text)["awards"]}


def test_a_category_won_after_its_cue():
    """"giành chiến thắng (ở) hạng mục <category>": the category, without the cue, is the subject's prize."""
    assert awards("Ca sĩ Lan Chi giành chiến thắng ở hạng mục Nữ diễn viên phong cách nhất.") == {
        ("Lan Chi", "Nữ diễn viên phong cách nhất")}
    assert awards("Ca sĩ Lan Chi giành chiến thắng hạng mục Nữ ca sĩ xuất sắc nhất.") == {
        ("Lan Chi", "Nữ ca sĩ xuất sắc nhất")}


def test_the_ceremony_after_a_category_is_one_prize_with_it():
    """"… hạng mục X tại lễ trao giải Y 2019": one prize "X giải Y" (the year is the fact's); after "giải X" the
    ceremony's name follows without a second "giải"."""
    assert awards("Năm 2019, Mai Lan giành chiến thắng ở hạng mục Nữ ca sĩ xuất sắc nhất tại lễ trao giải "
                  "Cánh diều vàng 2019.") == {("Mai Lan", "Nữ ca sĩ xuất sắc nhất giải Cánh diều vàng")}
    assert awards("Năm 2010, Mai Lan giành giải song ca của năm tại lễ trao giải Làn Sóng Xanh.") == {
        ("Mai Lan", "song ca của năm Làn Sóng Xanh")}


def test_a_category_without_a_win_is_no_prize():
    """A nomination and a rank's own event name no category won."""
    assert awards("Bộ phim của Lê Văn Tám được đề cử ở hạng mục Phim hay nhất.") == set()
    assert ("Lê Văn Tám", "Thiên nhiên kỳ thú") not in awards(
        "Bức ảnh của Lê Văn Tám đoạt giải nhì hạng mục \"Thiên nhiên kỳ thú\".")
    # (the film and the photo above are the subjects, so no fact would name Lê Văn Tám even after a win: "Bộ phim của
    # Lê Văn Tám giành chiến thắng ở hạng mục …" gives none; with the person as the subject, as a win would be read:)
    assert awards("Lê Văn Tám được đề cử ở hạng mục Phim hay nhất.") == set()
    assert ("Lê Văn Tám", "Thiên nhiên kỳ thú") not in awards(
        "Lê Văn Tám đoạt giải nhì hạng mục \"Thiên nhiên kỳ thú\".")
    assert awards("Lê Văn Tám giành chiến thắng ở hạng mục Phim hay nhất.") == {("Lê Văn Tám", "Phim hay nhất")}

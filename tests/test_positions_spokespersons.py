"""Session 40 (pos): a spokesperson's title ("người phát ngôn", "phát ngôn viên": Nghị định 09/2017/NĐ-CP, Điều 2)
is a position, and "Điện Kremlin" names a body, not a person glued to its spokesman's name.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import positions_and_units


def test_a_spokesperson_before_the_name():
    """Before: no position (neither phrase was a title)."""
    assert positions_and_units("Phát ngôn viên Bộ Ngoại giao Ấn Độ Rajesh Kumar nói với báo chí hôm qua.") == \
        {"Rajesh Kumar": ("Phát ngôn viên", "Bộ Ngoại giao Ấn Độ")}


def test_a_spokesperson_after_the_name():
    assert positions_and_units("Bà Trần Thu Hà, người phát ngôn Bộ Ngoại giao, trả lời câu hỏi của phóng viên.") == \
        {"Trần Thu Hà": ("người phát ngôn", "Bộ Ngoại giao")}


def test_a_spokesperson_before_a_comma_and_a_rank():
    """"Người phát ngôn Bộ X, Thiếu tá Y": the title opening the sentence is the ranked officer's."""
    text = "Người phát ngôn Bộ Quốc phòng Ấn Độ, Thiếu tá Rajesh Kumar nhấn mạnh quân đội đã đáp trả."
    assert positions_and_units(text) == \
        {"Rajesh Kumar": ("Người phát ngôn", "Bộ Quốc phòng Ấn Độ")}


def test_the_kremlin_is_the_spokesman_s_body():
    """Before the gazetteer entry, "Điện Kremlin Ivan Sokolov" was read as one person's name."""
    assert positions_and_units("Người phát ngôn Điện Kremlin Ivan Sokolov cho biết Nga sẽ đáp trả.") == \
        {"Ivan Sokolov": ("Người phát ngôn", "Điện Kremlin")}

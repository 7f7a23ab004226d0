"""Session 27's speed changes to reading and normalising give the answers of the slower code they replaced: the
.txt reader's test for control characters (now on the bytes), join_wrapped's second look at a line (now only when
``names`` or ``capital`` is on) and lost_its_marks' count of marked letters (now first over the sample's start).
Texts of our own wording."""
from __future__ import annotations

import pytest

from pipeline.readers.txt import ReaderError, decode
from pipeline.unmarked import QUICK_CHARS, SAMPLE_CHARS, lost_its_marks
from pipeline.wrap import join_wrapped, text_wraps


@pytest.mark.parametrize("control", [b"\x01", b"\x07", b"\x0b", b"\x1b", b"\x1f"])
def test_a_stray_control_character_is_dropped_from_utf8_and_single_byte_text_alike(control):
    """A few control characters are a text's (session 36: Word's marks in its text export), dropped on the bytes
    before either decoding; a vertical tab is a line break."""
    utf8 = "Tặng Giấy khen cho ông Lê Văn Bình".encode("utf-8")
    gap = "\n" if control == b"\x0b" else ""
    assert decode(utf8 + control + b" nam 2025") == (f"Tặng Giấy khen cho ông Lê Văn Bình{gap} nam 2025", "utf-8")
    single = "Tặng Giấy khen cho ông Lê Văn Bình".encode("cp1258", errors="replace")  # not UTF-8
    with pytest.raises(ReaderError) as without:
        decode(single)
    with pytest.raises(ReaderError) as within:
        decode(single[:10] + control + single[10:])
    assert str(within.value) == str(without.value)


def test_bytes_of_many_control_characters_fail_as_binary():
    with pytest.raises(ReaderError, match=r"binary content \(control characters: 20 of 60 bytes\)"):
        decode(b"\x02\x05a" * 10 + b"Giay khen " * 3)


def test_page_breaks_tabs_and_line_ends_are_text():
    text = "Điều 1.\tTặng Bằng khen\r\ncho Trường Tiểu học Hòa Bình\f(trang 2)\n"
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_a_marked_text_whose_marks_begin_late_is_still_marked():
    """The first QUICK_CHARS characters hold no mark at all here: the whole sample is counted, as before."""
    opening = ("Ref. 2025/07 - list of annexes: A1 B2 C3 D4 E5 F6 G7 H8 I9 J10. " * 40)[:QUICK_CHARS + 100]
    marked = "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho bà Trần Thị Hồng Nhung, giáo viên. " * 40
    assert len(opening) < SAMPLE_CHARS
    assert not lost_its_marks(opening + marked)
    # and the same words without their marks are an unmarked text, the opening notwithstanding
    assert lost_its_marks(opening + "Tang Bang khen cua Chu tich Uy ban nhan dan tinh cho ba Tran Thi Hong Nhung, "
                                    "giao vien, da co thanh tich trong phong trao thi dua cua nganh. " * 40)


# pairs of lines (above, line) for text_wraps: an open word before a capital, a lower-case line near the margin, a
# capital after a full line, a new item, a heading
PAIRS = [
    ("Ủy ban nhân dân huyện tặng Giấy khen cho", "Trường Mầm non Sơn Ca"),
    ("Tặng Giấy khen cho các cá nhân có nhiều đóng góp trong phong trào", "thi đua dạy tốt năm học 2025"),
    ("Các tập thể và cá nhân có thành tích xuất sắc trong năm học 2024 -", "Phòng Giáo dục huyện Đà Bắc"),
    ("Điều 1. Tặng danh hiệu", "Tập thể lao động xuất sắc cho 3 tập thể"),
    ("Ông Nguyễn Văn Sơn, Trưởng phòng.", "2. Bà Hà Thị Thu, kế toán"),
    ("QUYẾT ĐỊNH", "Về việc tặng Giấy khen"),
]


@pytest.mark.parametrize("above,line", PAIRS)
def test_names_and_capital_only_add_lines_that_go_on(above, line):
    """join_wrapped reuses the answer with both off where it is yes: either switch on must never turn it to no."""
    for width in (40.0, 68.0, 70.0):
        off = text_wraps(above, line, width, names=False, capital=False)
        for names in (False, True):
            for capital in (False, True):
                assert text_wraps(above, line, width, names=names, capital=capital) >= off


def test_join_wrapped_joins_as_asked_line_by_line():
    lines = ["Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho",
             "Trường Tiểu học Sơn Thủy, huyện Quan Hóa, đã có thành tích trong",
             "phong trào thi đua năm học 2025 - 2026.",
             "",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
    assert join_wrapped(lines) == [
        "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho Trường Tiểu học Sơn Thủy, huyện Quan Hóa, "
        "đã có thành tích trong phong trào thi đua năm học 2025 - 2026.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]

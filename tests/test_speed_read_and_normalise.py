"""The line checks of pipeline.wrap and the normaliser's regexes, made cheaper in session 26, answer as their plain definitions do."""
from pipeline import wrap


def test_is_upper_stops_at_the_first_small_letter_and_needs_a_letter():
    assert wrap.is_upper("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")
    assert wrap.is_upper("SỐ 12/QĐ-UBND")
    assert not wrap.is_upper("QUYẾT ĐỊNH Về việc")
    assert not wrap.is_upper("12/2024 - 15")  # no letter at all
    assert not wrap.is_upper("")
    assert not wrap.is_upper("ABCª")  # a letter without case is no capital


def test_ends_reads_the_last_mark_before_closing_quotes():
    assert wrap._ends("Tặng Bằng khen.")
    assert wrap._ends("như sau:")
    assert wrap._ends("“Đơn vị xuất sắc.”")
    assert wrap._ends("(xem Điều 2.)")
    assert wrap._ends("hết câu.\n")  # "$" matches before a last line break
    assert not wrap._ends("Tặng Bằng khen cho")
    assert not wrap._ends("năm 2024.”x")
    assert not wrap._ends("”")
    assert not wrap._ends("")


def test_length_counts_composed_letters_and_one_space_a_gap():
    assert wrap._length("Hà Tĩnh") == 7
    assert wrap._length("He\u0302\u0301t") == 3  # "Hết" written decomposed
    assert wrap._length("  Hà   Tĩnh\t") == 7
    assert wrap._length("Hà\u00a0Tĩnh") == 7


def test_last_word_found_only_at_the_end_of_a_long_line():
    open_end = wrap._open_word_end()
    line = "Quyết định tặng Bằng khen của Chủ tịch " * 20 + "trao tặng"
    assert open_end.search(line).group(0) == "trao tặng"
    assert open_end.search("… được tặng danh hiệu").group(0) == "danh hiệu"
    assert open_end.search("Bộ Lao động - Thương binh VÀ").group(0) == "VÀ"
    assert open_end.search("cho " * 50 + "Hà Nội") is None
    assert open_end.search("xcủa") is None  # a look-behind still sees the letter before the window


def test_new_style_cores_and_lone_dashes_as_before():
    from pipeline.normalize import _LONE_DASH, _NEW_STYLE_CORE, normalize_text
    assert [m.group(0) for m in _NEW_STYLE_CORE.finditer("Hoà Thuỷ khoẻ HOÀ QUỲ toàn")] == \
        ["oà", "uỷ", "oẻ", "OÀ", "UỲ", "oà"]
    assert _LONE_DASH.sub("–", "Hà Nội - Huế, GD-ĐT, -5, a -\tb") == "Hà Nội – Huế, GD-ĐT, -5, a –\tb"
    assert normalize_text("Hoà Bình - thuỷ lợi") == "Hòa Bình – thủy lợi"

"""A UTF-8 text that breaks in a few places says where (newcomer, session 45): a UTF-8 report with broken bytes at its
end failed "cannot tell the encoding: not UTF-8 or UTF-16; as a single-byte Vietnamese encoding, …" with advice for a
text in another language or a .Vn font, and nothing of the bytes that kept it from being read as UTF-8. The failure
now says how many places are no UTF-8 and where the first is, counted as "invalid utf-16 at byte N" is (from 0), and
that a file ending within a letter may be cut short (pipeline/readers/txt.py, _damaged_utf8). Invented sentences."""
from pipeline.readers import read_bytes

START = "cannot tell the encoding: not UTF-8 or UTF-16"
SINGLE_BYTE = "; as a single-byte Vietnamese encoding, no encoding gives Vietnamese words"


def test_a_utf8_text_cut_within_its_last_letter_says_where_and_that_it_may_be_cut_short():
    # "Tặng Giấy khen cho ông Hà Văn Tư" is 40 bytes, its "ư" (C6 B0) the last two: cut after C6, at byte 38 of 39
    doc = read_bytes("Tặng Giấy khen cho ông Hà Văn Tư".encode("utf-8")[:-1], "to_trinh.txt")
    assert doc.status == "failed"
    assert doc.error.startswith(START + "; it is UTF-8 text but for 1 place (invalid utf-8 at byte 38 (C6) of 39) at "
                                "its end: the file may be cut short" + SINGLE_BYTE)


def test_bytes_pasted_into_a_utf8_text_are_counted_and_the_first_named():
    text = "Báo cáo của ông Hà Văn Tư về năm học mới.".encode("utf-8")  # 56 bytes, "về" from byte 34
    doc = read_bytes(text[:34] + b"\xff" + text[34:] + b"\xff", "bao_cao.txt")
    assert doc.status == "failed"
    assert doc.error.startswith(START + "; it is UTF-8 text but for 2 places (the first: invalid utf-8 at byte 34 (FF) "
                                "of 58)" + SINGLE_BYTE)


def test_a_text_of_another_encoding_is_not_called_utf8():
    data = "Директор завода получил орден.\n".encode("koi8-r")  # its bytes make no UTF-8 letter
    assert read_bytes(data, "nga.txt").error.startswith(START + SINGLE_BYTE)


def test_a_damaged_utf8_text_is_told_to_be_taken_again_not_saved_in_another_encoding():
    # review rvb, session 45: the damaged text was still told "a text in another language or script" and to open it
    # "in its own encoding, such as Windows-1252 …" and save it as UTF-8, which it is
    doc = read_bytes("Tặng Giấy khen cho ông Hà Văn Tư".encode("utf-8")[:-1], "to_trinh.txt")
    assert "another language" not in doc.error
    assert doc.error.endswith(" (vni 0.33, tcvn3 0.17, cp1258 0.00): the file is UTF-8 damaged in those "
                              "places: take it again from where it came (a copy cut short or broken), or open it in a "
                              "text editor that reads UTF-8, mend the broken letters and save it, then ingest that file")
    data = "Директор завода получил орден.\n".encode("koi8-r")  # another encoding: advised as before
    assert read_bytes(data, "nga.txt").error.endswith("a text in another language or script: open it in a program "
                                                      "that shows it right (a Vietnamese text typed in a .Vn or VNI "
                                                      "font: Word, with that font; a text in another language: in its "
                                                      "own encoding, such as Windows-1252, Shift-JIS or KOI8-R) and "
                                                      "save it as UTF-8 text, then ingest that file")

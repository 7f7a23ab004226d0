"""A text file in a single-byte or multi-byte encoding of another language fails with advice that fits it.

Newcomer, session 43: a Shift-JIS (Japanese) and a KOI8-R (Russian) text, and a Windows-1252 English text with curly
quotes, failed "cannot tell the encoding … open it in a program that shows it right (Word, with its .Vn or VNI font)":
advice for a Vietnamese text typed in a legacy font, which none of them is.  The failure now says when no encoding
tried reads one word of it as Vietnamese, and the advice names both cases (pipeline/readers/txt.py).
"""
from pipeline.readers import read_bytes

ADVICE = ("open it in a program that shows it right (a Vietnamese text typed in a .Vn or VNI font: Word, with that "
          "font; a text in another language: in its own encoding, such as Windows-1252, Shift-JIS or KOI8-R) and save "
          "it as UTF-8 text, then ingest that file")


def test_a_russian_koi8_text_is_told_no_vietnamese_word():
    data = "Директор завода получил орден.\n".encode("koi8-r")  # invented sentence
    doc = read_bytes(data, "bao_cao_nga.txt")
    assert doc.status == "failed"
    assert doc.error == ("cannot tell the encoding: not UTF-8 or UTF-16; as a single-byte Vietnamese encoding, no "
                         "encoding gives Vietnamese words (cp1258 0.00, tcvn3 0.00, vni 0.00); not one of its words "
                         "is Vietnamese in any of them: a text in another language or script: " + ADVICE)


def test_a_japanese_shift_jis_text_is_told_no_vietnamese_word():
    doc = read_bytes("日本語のテキストです。\n".encode("shift_jis"), "ghi_chu.txt")
    assert doc.status == "failed"
    assert "; not one of its words is Vietnamese in any of them: a text in another language or script: " in doc.error
    assert doc.error.endswith(ADVICE)


def test_an_english_windows_1252_text_of_curly_quotes_alone_holds_no_vietnamese_word():
    data = "The committee’s report – it’s done; they didn’t agree.\n".encode("cp1252")
    doc = read_bytes(data, "report_en.txt")
    assert doc.error.endswith("(cp1258 0.00, tcvn3 0.00, vni 0.00); not one of its words is Vietnamese in any of "
                              "them: a text in another language or script: " + ADVICE)


def test_a_text_some_of_whose_words_read_as_vietnamese_gets_the_advice_alone():
    # a quarter of its words with accents read as Vietnamese syllables in VNI (vni 0.25): not said to hold none
    data = "Le café est très chaud à Noël, dit-elle; où êtes-vous? Déjà vu, naïveté.\n".encode("cp1252")
    doc = read_bytes(data, "bao_cao_phap.txt")
    assert doc.status == "failed" and doc.error.startswith("cannot tell the encoding: ")
    assert "not one of its words" not in doc.error
    assert doc.error.endswith("): " + ADVICE)


def test_a_file_taken_for_utf16_by_its_byte_order_mark_says_why():
    """Newcomer, session 44: a file starting with FF FE failed "invalid utf-16 at byte N" without saying why it was
    read as UTF-16. Bytes: the mark (2), "Văn bản" in UTF-16-LE (14), then a lone low surrogate DC00 at byte 16."""
    doc = read_bytes(b"\xff\xfe" + "Văn bản".encode("utf-16-le") + b"\x00\xdc", "hong.txt")
    assert doc.status == "failed"
    assert doc.error == ("invalid utf-16 at byte 16; read as UTF-16 because the file starts with the UTF-16 byte-order "
                         "mark (FF FE), but what follows is not UTF-16 text")
    cut = read_bytes(b"\xff\xfe" + "Văn bản".encode("utf-16-le") + b"\x41", "cat.txt")  # 17 bytes: cut short
    assert cut.error == ("invalid utf-16 at byte 16; read as UTF-16 because the file starts with the UTF-16 byte-order "
                         "mark (FF FE), but what follows is not UTF-16 text (an odd number of bytes: the file may be "
                         "cut short)")


def test_a_utf8_byte_order_mark_before_other_bytes_counts_the_byte_in_the_file():
    """EF BB BF, then "V" (byte 3), then 0xE0 (byte 4), which no UTF-8 character starts with followed by "n"."""
    doc = read_bytes(b"\xef\xbb\xbfV\xe0n b\xe1n\n", "bom.txt")
    assert doc.error == ("invalid utf-8 at byte 4; read as UTF-8 because the file starts with the UTF-8 byte-order "
                         "mark (EF BB BF), but what follows is not UTF-8 text")

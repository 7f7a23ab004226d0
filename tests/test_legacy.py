"""Legacy Vietnamese encodings: TCVN3, VNI, VIQR, Windows-1258 (pipeline/legacy.py).

Fixtures are text written for these tests, encoded with the project's own
tables and decoded back (round trip); the detector must pick the encoding
used, and say it cannot tell on garbage or on a text that mixes encodings.
The shared test converts the real TCVN3/VNI files of ../shared and compares
them with their hand-checked transcripts.
"""
from __future__ import annotations

import difflib
import io
import json
import random
import re
import unicodedata

import pytest

from pipeline import legacy
from pipeline.normalize import normalize_text
from pipeline.readers import read_bytes

TEXT = (
    "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 của Ủy ban nhân dân huyện Quảng Trạch.\n"
    "Thực hiện phong trào thi đua \"Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau\", "
    "các xã đã vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn.\n"
    "Đồng chí Nguyễn Thị Hường, Phó Chủ tịch Ủy ban nhân dân xã Quảng Phú, được đề nghị tặng Bằng khen "
    "của Thủ tướng Chính phủ; ông Trần Văn Khỏe, Trưởng thôn Tân Mỹ, được tặng Giấy khen.\n"
    "Những khó khăn, vướng mắc: kinh phí khen thưởng còn hạn chế, việc tổng hợp hồ sơ chậm; "
    "năm tới cần đổi mới, nâng cao chất lượng, bảo đảm công khai, dân chủ, kịp thời.\n"
    "Giữ gìn truyền thống quê hương, thuở ấy khuya khoắt, ngoằn ngoèo, nguệch ngoạc, quýt, quỳnh, "
    "chuyện, khuyên, oẳn, thuyền, ươm tơ, rượu, bưởi, ỉu xìu, ỷ lại, ỹ, ỵ."
)


def all_letters() -> list[str]:
    """Every Vietnamese letter: a ă â e ê i o ô ơ u ư y with each tone, both cases, and đ Đ."""
    out = []
    for base in ("a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"):
        for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            letter = unicodedata.normalize("NFC", base + tone)
            assert len(letter) == 1
            out += [letter, letter.upper()]
    return out + ["đ", "Đ"]


LETTERS = all_letters()


def test_there_are_134_letters():
    assert len({letter for letter in LETTERS if not letter.isascii()}) == 134


@pytest.mark.parametrize("encode, decode", [
    (legacy.unicode_to_vni, legacy.vni_to_unicode),
    (legacy.unicode_to_viqr, legacy.viqr_to_unicode),
    (legacy.unicode_to_cp1258, legacy.cp1258_to_unicode),
], ids=["vni", "viqr", "cp1258"])
def test_round_trip(encode, decode):
    texts = [TEXT, TEXT.upper(), "".join(LETTERS), " ".join(LETTERS)]
    if encode is legacy.unicode_to_viqr:
        # "ạ Ạ" is "a. A" in VIQR: a sentence end, unless the text escapes its
        # full stops ("\\."), which TEXT does and a bare list of letters does not
        texts[3] = " ".join(LETTERS) + " Ba."
    for text in texts:
        encoded = encode(text)
        assert encoded != text
        assert decode(encoded) == unicodedata.normalize("NFC", text)


def test_round_trip_tcvn3_normal_and_capital_fonts():
    # VN3 has no capitals with tone marks: a normal font holds lower-case text
    # (and the 7 capitals Ă Â Ê Ô Ơ Ư Đ), a capital ("H") font shows everything upper-case
    lower = TEXT.lower()
    encoded = legacy.unicode_to_tcvn3(lower)
    assert encoded.isascii() is False and all(ord(c) < 0x100 for c in encoded)
    assert legacy.tcvn3_to_unicode(encoded) == lower
    assert legacy.tcvn3_to_unicode(encoded, upper=True) == lower.upper()
    capitals = "ĂÂÊÔƠƯĐ"
    assert legacy.tcvn3_to_unicode(legacy.unicode_to_tcvn3(capitals)) == capitals
    for letter in LETTERS:
        if letter.islower():
            assert legacy.tcvn3_to_unicode(legacy.unicode_to_tcvn3(letter)) == letter
            assert legacy.tcvn3_to_unicode(legacy.unicode_to_tcvn3(letter), upper=True) == letter.upper()


def test_tables_are_one_to_one():
    assert len(set(legacy.TCVN3_TABLE.values())) == len(legacy.TCVN3_TABLE) == 74
    vni = {legacy.unicode_to_vni(letter) for letter in LETTERS}
    assert len(vni) == len(LETTERS)


def test_known_words():
    # the same word in each encoding, as Vietnamese offices typed it
    assert legacy.tcvn3_to_unicode("ViÖt Nam") == "Việt Nam"
    assert legacy.tcvn3_to_unicode("v\xa8n ph\xdfng qu\xe8c h\xe9i", upper=True) == "VĂN PHÒNG QUỐC HỘI"
    assert legacy.vni_to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert legacy.vni_to_unicode("UÛY BAN NHAÂN DAÂN TÆNH BÌNH PHÖÔÙC") == "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"
    assert legacy.viqr_to_unicode("Vie^.t Nam ddo^.c la^.p.") == "Việt Nam độc lập."
    assert legacy.viqr_to_unicode("Ha` No^.i. Tu+. do") == "Hà Nội. Tự do"


def test_viqr_ambiguous_marks_at_word_end():
    # "." after a vowel ends a sentence unless the text goes on in lower case
    assert legacy.viqr_to_unicode("Ba. Sau do") == "Ba. Sau do"
    assert legacy.viqr_to_unicode("ta. ddi") == "tạ đi"
    assert legacy.viqr_to_unicode(legacy.unicode_to_viqr("Có ba? Ba.")) == "Có ba? Ba."


@pytest.mark.parametrize("word, ok", [
    ("Việt", True), ("nghiêng", True), ("khuyên", True), ("quốc", True), ("gì", True), ("thuở", True),
    ("hoà", True), ("hòa", True), ("ĐỒNG", True), ("giữ", True),
    ("viÖt", False), ("Vieät", False), ("tèt", False), ("hoàì", False), ("xyz", False), ("việtt", False),
])
def test_is_syllable(word, ok):
    assert legacy.is_syllable(word) is ok


@pytest.mark.parametrize("name, expected", [
    (".VnTime", ("tcvn3", False)), (".VnTimeH", ("tcvn3", True)), (".VnArial NarrowH", ("tcvn3", True)),
    (".VnTimeH Tur", ("tcvn3", True)), ("VNI-Times", ("vni", False)), ("VNI-Helve-Condense", ("vni", False)),
    ("Times New Roman", None), (None, None), ("Arial", None),
])
def test_font_encoding(name, expected):
    assert legacy.font_encoding(name) == expected


def _bytes(encoding: str, text: str) -> bytes:
    if encoding == "tcvn3":
        return legacy.legacy_to_bytes(legacy.unicode_to_tcvn3(text))
    if encoding == "vni":
        return legacy.legacy_to_bytes(legacy.unicode_to_vni(text))
    if encoding == "viqr":
        return legacy.unicode_to_viqr(text).encode("ascii")
    return legacy.unicode_to_cp1258(text)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viqr", "cp1258"])
def test_detector_picks_the_encoding(encoding):
    text = TEXT.lower() if encoding == "tcvn3" else TEXT
    data = _bytes(encoding, text)
    found = legacy.detect_text(data.decode("ascii")) if encoding == "viqr" else legacy.detect_bytes(data)
    assert found.encoding == encoding, found
    assert found.text == unicodedata.normalize("NFC", text)
    assert found.scores[encoding] > 0.95


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viqr", "cp1258"])
def test_txt_reader_converts_and_stores_the_encoding(encoding):
    text = TEXT.lower() if encoding == "tcvn3" else TEXT
    doc = read_bytes(_bytes(encoding, text), "bao-cao.txt")
    assert doc.status == "ok", doc.error
    assert doc.encoding == encoding
    assert [b.text for b in doc.blocks] == [line.strip() for line in text.splitlines()]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_text_saved_as_utf8_is_converted(encoding):
    # TCVN3/VNI text copied out of Word and saved as UTF-8: Latin-1 letters in a UTF-8 file
    text = TEXT.lower()
    legacy_text = legacy.unicode_to_tcvn3(text) if encoding == "tcvn3" else legacy.unicode_to_vni(text)
    doc = read_bytes(legacy_text.encode("utf-8"), "a.txt")
    assert doc.encoding == encoding
    assert doc.blocks[0].text == text.splitlines()[0]


def test_unicode_and_foreign_text_are_left_alone():
    assert read_bytes(TEXT.encode("utf-8"), "a.txt").encoding == "utf-8"
    doc = read_bytes("Café crème, très élégant; naïve résumé à Noël.".encode("utf-8"), "fr.txt")
    assert doc.encoding == "utf-8" and doc.blocks[0].text.startswith("Café crème")
    plain = "Nguyen Van An, Chu tich UBND xa; ti le 95%? Dat: 12. Ok."
    assert read_bytes(plain.encode(), "ascii.txt").encoding == "utf-8"


def test_garbage_is_reported_not_guessed():
    rng = random.Random(6)
    junk = bytes(rng.choice(list(range(0xA0, 0x100)) + [0x20] * 20) for _ in range(3000))
    found = legacy.detect_bytes(junk)
    assert found.encoding is None and found.text is None and found.reason
    doc = read_bytes(junk, "junk.txt")
    assert doc.status == "failed" and "cannot tell the encoding" in doc.error


def test_mixed_encodings_are_reported_not_guessed():
    # half TCVN3, half VNI: neither is clearly right
    half = len(TEXT) // 2
    cut = TEXT.rfind(" ", 0, half)
    data = _bytes("tcvn3", TEXT[:cut].lower()) + _bytes("vni", TEXT[cut:].lower())
    found = legacy.detect_bytes(data)
    assert found.encoding is None, found.scores
    assert "cannot tell the encoding" in read_bytes(data, "mixed.txt").error


def test_western_european_bytes_are_not_vietnamese():
    data = "Le café est très chaud à Noël, dit-elle; où êtes-vous? Déjà vu, naïveté.".encode("cp1252")
    doc = read_bytes(data, "fr.txt")
    assert doc.status == "failed" and "cannot tell the encoding" in doc.error


def test_a_text_of_no_encoding_told_says_what_to_do():
    # newcomer (session 33): the reason gave the scores of the encodings tried, and no way on
    doc = read_bytes("Tôi đã đến Hà Nội".encode("utf-8")[:-3] + b"\xfe\xfd qua \x81\x8d", "hong_ma.txt")
    assert doc.status == "failed" and doc.error.startswith("cannot tell the encoding: ")
    assert doc.error.endswith("): open it in a program that shows it right (a Vietnamese text typed in a .Vn or VNI "
                              "font: Word, with that font; a text in another language: in its own encoding, such as "
                              "Windows-1252, Shift-JIS or KOI8-R) and save it as UTF-8 text, then ingest that file")


def _docx_with_fonts(runs: list[tuple[str, str]]) -> bytes:
    import docx

    d = docx.Document()
    for text, font in runs:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.font.name = font
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_runs_converted_by_font():
    from pipeline.readers import docx as docx_reader

    lines = TEXT.lower().splitlines()
    data = _docx_with_fonts([
        (legacy.unicode_to_tcvn3("ủy ban nhân dân tỉnh quảng bình"), ".VnTimeH"),
        (legacy.unicode_to_tcvn3(lines[0]), ".VnTime"),
        (legacy.unicode_to_vni(lines[1]), "VNI-Times"),
        (lines[2], "Times New Roman"),
    ])
    conversion = legacy.convert_docx(data)
    assert conversion.encodings == {"tcvn3": 2, "vni": 1}
    assert conversion.encoding == "tcvn3+vni+unicode"
    doc = docx_reader.read(conversion.data, "a.docx")
    assert [b.text for b in doc.blocks] == ["ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", lines[0], lines[1], lines[2]]


def test_docx_without_legacy_fonts_is_untouched():
    data = _docx_with_fonts([(TEXT.splitlines()[0], "Times New Roman")])
    conversion = legacy.convert_docx(data)
    assert conversion.data is data and conversion.encoding is None


def test_broken_docx_is_left_to_the_reader():
    assert legacy.convert_docx(b"PK\x03\x04 not a zip").data == b"PK\x03\x04 not a zip"


# --- the real files -------------------------------------------------------------

def accuracy(ours: str, truth: str) -> float:
    """Character accuracy: difflib ratio after NFC, one tone placement, white space collapsed.

    A table row is exported as its cells joined by " | "; the transcripts
    separate cells by tabs, so the separator counts as white space.
    """
    def norm(text: str) -> str:
        text = text.replace(" | ", " ")
        return " ".join(normalize_text(unicodedata.normalize("NFC", text)).split())

    return difflib.SequenceMatcher(None, norm(ours), norm(truth)).ratio()


#: what each file reached when this test was written (difflib ratio), minus a margin is asserted
REACHED = {
    "2004-A40.rtf": 0.983,
    "2004-NghiDinh114_2003.doc": 0.999,
    "2006-quydinhkiemtra02.doc": 0.998,
    # 0.996 until session 7; the letterhead is now put in reading order (pipeline/letterhead.py: issuing body,
    # national title, motto, number, date line), while the transcript keeps its two columns side by side
    "2008-23.QD-991-UBND.doc": 0.982,
    "2009-20081202.257.xls": 0.999,
}


@pytest.mark.shared
def test_legacy_files_against_transcripts(shared_dir, tmp_path):
    from outputs.kb import open_db
    from outputs.text_export import export_text
    from pipeline.ingest import ingest

    docs = shared_dir / "corpora" / "legacy" / "docs"
    truth = shared_dir / "corpora" / "legacy" / "truth"
    db_path = tmp_path / "kb.sqlite"
    summary = ingest([docs], db_path, workers=2)
    assert not summary.failed, summary.failed
    out = tmp_path / "text"
    export_text(open_db(db_path, readonly=True), out)
    db = open_db(db_path, readonly=True)
    encodings = dict(db.execute(
        "SELECT p.path, d.encoding FROM documents d JOIN document_paths p ON p.sha256 = d.sha256").fetchall())
    results = {}
    for f in sorted(docs.iterdir()):
        ours = (out / f"{f.name}.txt").read_text(encoding="utf-8")
        results[f.name] = round(accuracy(ours, (truth / f"{f.stem}.txt").read_text(encoding="utf-8")), 4)
    print(json.dumps({"accuracy": results, "encodings": encodings}, indent=1))
    for name, value in results.items():
        assert value >= REACHED.get(name, 0.98) - 0.01, (name, value)
        assert re.match(r"^(tcvn3|vni)", encodings[name] or ""), (name, encodings[name])
    # the title property of a legacy file is in its 8-bit encoding too (found by a newcomer: "luËt" was stored);
    # the document's own type and subject lines, in the body, are its title in the knowledge base
    from pipeline.readers import read_file

    assert read_file(docs / "2004-A40.rtf").title == "luật"
    titles = dict(db.execute(
        "SELECT p.path, d.title FROM documents d JOIN document_paths p ON p.sha256 = d.sha256").fetchall())
    assert titles["2004-A40.rtf"] == "LUẬT THUẾ TIÊU THỤ ĐẶC BIỆT"
    # the decree's Title property, decoded, names its issuer; under it, no type line stands alone: its title is its
    # name as cited, on the two lines below the issuer (session 37: it was "Chính phủ")
    assert read_file(docs / "2004-NghiDinh114_2003.doc").title == "Chính phủ"
    assert titles["2004-NghiDinh114_2003.doc"].startswith("Nghị định của Chính phủ số 114/2003/NĐ-CP ngày 10/10/2003")


def test_html_fonts_and_whole_page_detection():
    t1 = legacy.unicode_to_tcvn3("quyết định khen thưởng năm 2003 của ủy ban nhân dân tỉnh")
    t2 = legacy.unicode_to_vni("Đồng chí Nguyễn Văn Bình được tặng Bằng khen")
    page = (f'<html><head><title>x</title></head><body><h1><font face=".VnTimeH">'
            f'{legacy.unicode_to_tcvn3("ủy ban nhân dân")}</font></h1><p><font face=".VnTime">{t1}</font></p>'
            f'<p style="font-family: VNI-Times, serif">{t2} <b>{legacy.unicode_to_vni("xuất sắc")}</b></p>'
            '<p>Tiếng Việt Unicode.</p></body></html>')
    out, enc = legacy.convert_html(page)
    assert enc == "tcvn3+vni+unicode"
    for expected in ("ỦY BAN NHÂN DÂN", "quyết định khen thưởng năm 2003", "Đồng chí Nguyễn Văn Bình",
                     "<b>xuất sắc</b>", "Tiếng Việt Unicode."):
        assert expected in out
    plain = f"<html><body><p>{t1}</p><p>{legacy.unicode_to_tcvn3('báo cáo tổng kết công tác thi đua')}</p></body></html>"
    out, enc = legacy.convert_html(plain)
    assert enc == "tcvn3" and "báo cáo tổng kết công tác thi đua" in out
    unicode_page = "<html><body><p>Báo cáo tổng kết, café crème</p></body></html>"
    assert legacy.convert_html(unicode_page) == (unicode_page, None)


def test_docx_reader_converts_legacy_runs():
    lines = TEXT.lower().splitlines()
    data = _docx_with_fonts([(legacy.unicode_to_tcvn3(lines[0]), ".VnTime"),
                             (legacy.unicode_to_vni(lines[1]), "VNI-Times")])
    doc = read_bytes(data, "bao-cao.docx")
    assert doc.status == "ok" and doc.encoding == "tcvn3+vni"
    assert [b.text for b in doc.blocks] == lines[:2]
    assert read_bytes(_docx_with_fonts([(lines[0], "Arial")]), "u.docx").encoding is None


def test_html_reader_converts_legacy_fonts():
    body = legacy.unicode_to_tcvn3("quyết định khen thưởng của ủy ban nhân dân tỉnh năm 2003")
    page = (f'<html><head><meta charset="windows-1252"><title>QD</title></head><body><article>'
            f'<p><font face=".VnTime">{body}</font></p>'
            f'<p style="font-family: \'VNI-Times\'">{legacy.unicode_to_vni("Đồng chí Nguyễn Văn Bình")}</p>'
            '</article></body></html>')
    doc = read_bytes(page.encode("cp1252"), "qd.html")
    text = doc.text
    assert "quyết định khen thưởng của ủy ban nhân dân tỉnh năm 2003" in text, text
    assert "Đồng chí Nguyễn Văn Bình" in text
    assert doc.encoding == "tcvn3+vni"

"""The two-column letterhead of a Vietnamese administrative document, put back into reading order.

Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I (thể thức và kỹ thuật trình bày văn bản hành chính)
sets the first lines of a document in two columns:

* LEFT: the name of the managing body (cơ quan, tổ chức chủ quản, when there is one) above the name of the
  issuing body (cơ quan, tổ chức ban hành văn bản), each in capitals and often wrapped over two lines
  ("BỘ LAO ĐỘNG – THƯƠNG BINH" / "VÀ XÃ HỘI"); below them the number and symbol, "Số: …/…";
* RIGHT: the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the motto "Độc lập - Tự do - Hạnh phúc";
  below them the place and date, "<địa danh>, ngày … tháng … năm …".

Readers flatten the two columns in several ways: a text or .docx line holds both columns, separated by tabs,
a run of spaces or (after the .docx reader's clean-up) one space ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM" / "TỈNH NINH BÌNH Độc lập - Tự do - Hạnh phúc"); a PDF interleaves the lines of the two columns
("BỘ LAO ĐỘNG – THƯƠNG BINH" / "CỘNG HÒA …" / "VÀ XÃ HỘI" / "Độc lập …"); a .docx or HTML letterhead is a
table whose cells hold the columns, each line of a cell a line of the column.

:func:`rewrite_letterhead` rewrites that region of a :class:`~pipeline.model.Document`'s blocks into

1. the left column's bodies, one block each, a name wrapped over lines joined into one line
   (:func:`continues`);
2. the national title, 3. the motto, 4. the "Số:" line, 5. the date line (a date line broken after "ngày"
   joined again), each its own block; a full date on the date line becomes the document's ``date`` when the
   reader gave none;
6. then anything else the region held (a "(Dự thảo)" under the number…), in its order.

It acts when the national title or the motto stands among the first :data:`HEADER_BLOCKS` blocks, before
the document-type line ("QUYẾT ĐỊNH", "BÁO CÁO"…) and before the first sentence of the body.  A Party
document's title line ("ĐẢNG CỘNG SẢN VIỆT NAM", Hướng dẫn 36-HD/VPTW 2018; ``letterhead_titles.txt``) typed
beside the issuing body counts as the national title (its star under the body's name as a rule line).  It acts
too on a letterhead typed as one column (:func:`_stacked`): bodies' names in capitals right above "Số:" and the
document-type line, without title or motto, when "Số:" gives a symbol after the number ("Số: 12/QĐ-SYT", not a
bulletin's "Số: 3/2024") and the issuing body opens with a unit's head (unit_types.tsv, named_units.txt:
"SỞ Y TẾ", "UBND TỈNH X", "TỈNH ỦY X"; not "MẪU SỐ 02").  Otherwise the blocks are left exactly as they were.
Each new block's ``original`` is the source text of the pieces it was built from (joined with line breaks); rule lines drawn under the names ("-------", "______") are kept in the
``original`` of the block above them and left out of its text.  No other text is dropped.  This module knows
the layout of ND 30/2020 only, nothing of awards.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .dates import find_date
from .model import Block, Document

#: how many blocks from the start of a document the national title or motto may be found in
HEADER_BLOCKS = 12

_DASH = r"[-‐‑‒–—―−]"
#: the national title (quốc hiệu), either tone placement ("HÒA" / "HOÀ"), any run of blanks between words
TITLE = re.compile(r"c\s*ộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam", re.IGNORECASE)
#: the national title's words, as :data:`TITLE` matches them: with the lines of ``letterhead_titles.txt``, the
#: titles that a narrow column wraps (:func:`wrapped_title`)
NATIONAL_TITLE = "Cộng hòa xã hội chủ nghĩa Việt Nam"
#: the fewest words on each line of a title wrapped over two lines ("ĐẢNG CỘNG SẢN" / "VIỆT NAM")
_WRAP_WORDS = 2
#: the motto (tiêu ngữ)
MOTTO = re.compile(rf"độc\s*lập\s*{_DASH}\s*tự\s*do\s*{_DASH}\s*hạnh\s*phúc", re.IGNORECASE)
#: the number and symbol line, "Số: 12/BC-UBND", "Luật số: 06/2022/QH15", "Số 12/BC-UBND", and a Party
#: document's "Số 45-QĐ/TU" (Hướng dẫn 36-HD/VPTW 2018: number, type, "/", body)
NUMBER = re.compile(r"(?:(?<=\s)|^)(?:(?:Luật|LUẬT|Nghị quyết|NGHỊ QUYẾT|Pháp lệnh|PHÁP LỆNH|Lệnh|LỆNH)\s+(?:số|SỐ)"
                    r"|Số|SỐ)\s*(?::|(?=\s*[\d.…]*\s*(?:/|-\s*[^\W\d_]+\s*/)))")
#: what follows "Số:" when it gives a symbol (ký hiệu) after the number, Nghị định 30/2020/NĐ-CP, Phụ lục I: the
#: number (digits, or dots left for it), a year if any, "/" or the Party's "-", then letters ("12/QĐ-SYT",
#: ".../QĐ-UBND", "12/2024/NQ-HĐND", "45-QĐ/TU"); "3/2024" or "1025 (tháng 12/2023)" (an issue of a bulletin or a
#: journal) gives none
_SYMBOL = re.compile(r"\s*:?\s*[\d.…_ ]*(?:/\s*\d{4}\s*)?[/-]\s*[^\W\d_]")
#: ", ngày" after the place name of a date line
_DATE_COMMA = re.compile(r",\s*ngày\b", re.IGNORECASE)
#: a date line on its own: a place without digits, then ", ngày"
DATE = re.compile(r"[^\W\d_][^\d,]{0,40},\s*ngày\b", re.IGNORECASE)
#: the second half of a date line broken after "ngày" ("Quảng Bình, ngày" / "tháng 10 năm 2022")
_DATE_REST = re.compile(r"(?:ngày\s*\S*\s*)?tháng\b.*\bnăm\b.*", re.IGNORECASE)
_YEAR = re.compile(r"\bnăm\b", re.IGNORECASE)
#: where a date line ends inside a longer line ("… năm 2024 KẾ HOẠCH" of an OCR'd page)
_DATE_END = re.compile(r"\bnăm\s*(?:\d{4}|[.…_ ]+)", re.IGNORECASE)
#: a rule drawn under a name or the motto, or the star a Party document sets under the issuing body's name
#: (Hướng dẫn 36-HD/VPTW 2018)
RULE = re.compile(r"[\s_=.*~‐‑‒–—―−-]{3,}|\*")
#: two columns of a text line: a tab or a wide run of blanks (four or more); two or three blanks are a typist's
#: uneven spacing inside one body's name ("HUYỆN ỦY  HƯƠNG   SƠN"), and a title, motto, number or date typed after
#: a narrow gap is still cut off by :func:`_split` (observed in typed .txt and .docx letterheads, real/docs)
_COLUMNS = re.compile(r"\t+|[ \u00a0]{4,}")
#: the columns of a line that holds a tab: its tabs alone part them, as a typist who set the columns with tabs
#: spaces the words of a name unevenly ("UBND  HUYỆN   KIM SƠN\t\tCỘNG HÒA …" is two columns, not three)
_TAB_COLUMNS = re.compile(r"\t+")

@functools.lru_cache(maxsize=None)
def doc_types() -> tuple[str, ...]:
    """The kinds of document whose name, in capitals, opens the body after the letterhead ("QUYẾT ĐỊNH", "BÁO
    CÁO"): ``corpora/gazetteers/document_types.txt`` (Nghị định 30/2020, Điều 7; Luật Ban hành văn bản quy phạm
    pháp luật, Điều 4), upper-cased and normalised (:func:`pipeline.normalize.normalize_text`), longest first.
    Read when first needed: ``extractors.gazetteer`` imports ``pipeline.normalize``, which imports this module."""
    from extractors.gazetteer import word_list

    return tuple(sorted({t.upper() for t in word_list("document_types.txt")}, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _doc_type_pattern() -> re.Pattern:
    return re.compile(r"(?:%s)(?![^\W\d_])" % "|".join(map(re.escape, doc_types())))


@functools.lru_cache(maxsize=None)
def _title_lines() -> re.Pattern:
    """The title lines of ``corpora/gazetteers/letterhead_titles.txt`` ("ĐẢNG CỘNG SẢN VIỆT NAM", Hướng dẫn
    36-HD/VPTW 2018) as one pattern, any case and run of blanks between words (normalised text)."""
    from extractors.gazetteer import word_list
    from .normalize import normalize_text

    words = [r"\s+".join(map(re.escape, normalize_text(t).split())) for t in word_list("letterhead_titles.txt")]
    return re.compile("|".join(words) or r"(?!)", re.IGNORECASE)


def _title_key(text: str) -> str:
    """``text`` normalised (:func:`pipeline.normalize.normalize_text`: one tone placement), lower-cased, one blank
    between words: what the wrapped titles are compared by."""
    return " ".join(_normalize_text()(text).lower().split())


@functools.lru_cache(maxsize=None)
def _wrapped_titles() -> tuple[frozenset[tuple[str, str]], frozenset[str], frozenset[str]]:
    """How the title lines of a letterhead (:data:`NATIONAL_TITLE` and ``corpora/gazetteers/letterhead_titles.txt``)
    wrap over two lines of a narrow column (a letterhead laid out in a Word table and printed to PDF: "CỘNG HÒA XÃ
    HỘI CHỦ NGHĨA" / "VIỆT NAM", "ĐẢNG CỘNG SẢN" / "VIỆT NAM"): (the splits as (first line, rest) pairs, the first
    lines, the rests), each part at least :data:`_WRAP_WORDS` words, keyed by :func:`_title_key`."""
    from extractors.gazetteer import word_list

    splits = set()
    for title in (NATIONAL_TITLE, *word_list("letterhead_titles.txt")):
        words = _title_key(title).split()
        cuts = range(_WRAP_WORDS, len(words) - _WRAP_WORDS + 1)
        splits |= {(" ".join(words[:k]), " ".join(words[k:])) for k in cuts}
    return frozenset(splits), frozenset(h for h, _ in splits), frozenset(t for _, t in splits)


#: the longest line that may be one part of a wrapped title (the national title has 34 characters)
_WRAP_MAX = 60


def wrapped_title(line: str) -> str | None:
    """The part of a title wrapped over two lines (:func:`_wrapped_titles`) that ``line`` is, in any case and
    tone placement: "title_head" for its first line ("ĐẢNG CỘNG SẢN"), "title_tail" for the rest ("VIỆT NAM"),
    else None.  Whether the two lines make one title is :func:`wraps`."""
    if len(line) > _WRAP_MAX:
        return None
    key = _title_key(line)
    _, heads, tails = _wrapped_titles()
    return "title_head" if key in heads else "title_tail" if key in tails else None


def wraps(head: str, tail: str) -> bool:
    """Whether ``tail`` is the rest of the title whose first line is ``head`` (:func:`_wrapped_titles`): "ĐẢNG
    CỘNG SẢN" / "VIỆT NAM" and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM" do, "ĐẢNG CỘNG SẢN" / "CHỦ NGHĨA VIỆT
    NAM" does not."""
    return (_title_key(head), _title_key(tail)) in _wrapped_titles()[0]


def _openers(names) -> tuple[str, ...]:
    """``names`` normalised (:func:`pipeline.normalize.normalize_text`) and lower-cased, a space after each: the
    prefixes :func:`_opens` tests a line against."""
    from .normalize import normalize_text

    return tuple({normalize_text(n).lower() + " " for n in names})


def _opens(line: str, openers: tuple[str, ...]) -> bool:
    """Whether ``line`` (any case, any run of blanks) opens with one of ``openers`` (:func:`_openers`)."""
    return (_title_key(line) + " ").startswith(openers)


@functools.lru_cache(maxsize=None)
def _unit_openers() -> tuple[str, ...]:
    """The heads of unit_types.tsv and the names of named_units.txt (:func:`_openers`):
    what a body's name in a letterhead typed as one column opens with ("UBND TỈNH X", "TỈNH ỦY X", "SỞ Y TẾ",
    "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG …"; not "BẢN TIN …", "MẪU SỐ 02")."""
    from extractors.lexicon import lexicon

    lex = lexicon()
    return _openers(list(lex.unit_heads) + list(lex.named_units))


def opens_unit(name: str) -> bool:
    """Whether a body's ``name`` (any case) opens with a unit's head or is a named unit (:func:`_unit_openers`)."""
    return _opens(name, _unit_openers())


@functools.lru_cache(maxsize=1)
def _normalize_text():
    """:func:`pipeline.normalize.normalize_text`, imported once, on first use (``pipeline.normalize`` imports this
    module): a function-level import statement costs about 13 µs each time it runs, for a module already loaded."""
    from .normalize import normalize_text
    return normalize_text


def is_doc_type(line: str, whole: bool = True) -> bool:
    """Whether ``line`` (one line in capitals) is a document type of :func:`doc_types` ("QUYẾT ĐỊNH"), or with
    ``whole=False`` starts with one ("QUYẾT ĐỊNH SỐ 12"); any tone placement ("THOẢ" / "THỎA")."""
    pattern = _doc_type_pattern()
    text = _normalize_text()(line)
    return bool(pattern.fullmatch(text) if whole else pattern.match(text))


#: the longest line that may be a type line (the longest name of document_types.txt has 16 characters)
_TYPE_LINE_MAX = 40
#: a line of more words than this is longer than _TYPE_LINE_MAX once its spaces are collapsed (21 words of one letter
#: and 20 spaces make 41 characters): ``type_line`` splits at most this many words off a block, not the whole block
#: (it is asked of the first blocks of every document, long paragraphs among them)
_TYPE_LINE_WORDS = (_TYPE_LINE_MAX + 1) // 2


def type_line(line: str) -> str | None:
    """The document type ``line`` is when it stands alone on its line, in capitals as ND 30/2020 (Phụ lục I) sets
    it or typed in lower or mixed case ("QUYẾT ĐỊNH", "Quyết định", "Quyết Định" → "QUYẾT ĐỊNH"), else None: only
    the whole line counts, never a "quyết định" in running text nor "QUYẾT ĐỊNH:" opening the articles.
    ``line`` → the type as written, upper-cased (str)."""
    words = line.split(None, _TYPE_LINE_WORDS)  # (a longer line stops being split here: see _TYPE_LINE_WORDS)
    if len(words) > _TYPE_LINE_WORDS:
        return None
    line = " ".join(words)
    if not line or len(line) > _TYPE_LINE_MAX:
        return None
    upper = line.upper()
    return upper if is_doc_type(upper) else _capped_types().get(_uncapped(_normalize_text()(upper)))


#: the marks an OCR engine drops from a capital carrying a tone too, keeping the tone ("KẾ HOẠCH" read "KÉ HOẠCH",
#: "QUYẾT" "QUYÉT", "TỜ TRÌNH" "TÒ TRÌNH"; observed in OCR scans, sessions 34-35): the circumflex, the breve and the
#: horn (combining U+0302, U+0306, U+031B)
_CAPS = dict.fromkeys(map(ord, "\u0302\u0306\u031b"))


def _uncapped(text: str) -> str:
    """``text`` without its circumflexes, breves and horns (:data:`_CAPS`), its tones and "Đ" kept, composed (NFC)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_CAPS))


@functools.lru_cache(maxsize=None)
def _capped_types() -> dict[str, str]:
    """{a document type without its circumflexes, breves and horns (:func:`_uncapped`): the type (:func:`doc_types`)},
    so that a type line an OCR engine read without them is the type it stands for ("KÉ HOẠCH" → "KẾ HOẠCH"); a type
    that two types share so is left out."""
    seen: dict[str, list[str]] = {}
    for t in doc_types():
        seen.setdefault(_uncapped(t), []).append(t)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


#: place levels (cấp hành chính) that continue a body's name on the next line ("ỦY BAN NHÂN DÂN" / "TỈNH NINH
#: BÌNH"); "TỈNH ỦY", "HUYỆN ỦY"… are party committees, not a level
_LEVEL_START = re.compile(r"(?:TỈNH|HUYỆN|THÀNH PHỐ|TP\.?|QUẬN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|ĐẶC KHU)(?![^\W\d_])"
                          r"(?!\s+[UỦ][YỶ]\b)")
#: a line that continues the previous one by its first word: "VÀ XÃ HỘI", "– THƯƠNG BINH VÀ XÃ HỘI"
_CONTINUATION_START = re.compile(rf"(?:VÀ|CỦA|THUỘC|TRỰC THUỘC)(?![^\W\d_])|{_DASH}")
#: a line that leaves its name to the next one: it ends on a connector ("BỘ LAO ĐỘNG –", "BỘ VĂN HÓA, THỂ
#: THAO,", "… VÀ") …
_OPEN_END = re.compile(rf"(?:(?<![^\W\d_])(?:VÀ|CỦA|THUỘC)|{_DASH}|,)\s*$")
#: … or is only a generic head, whose place or field is the next line ("ỦY BAN NHÂN DÂN" / "TỈNH NINH BÌNH",
#: "HỘI ĐỒNG" / "THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN")
_GENERIC_HEAD = re.compile(r"(?:CHỦ TỊCH\s+)?(?:[ỦU][YỶ]\s+BAN(?:\s+NHÂN\s+DÂN)?|UBND|HỘI\s+ĐỒNG(?:\s+NHÂN\s+DÂN)?|"
                           r"HĐND|BAN(?:\s+CHỈ\s+ĐẠO)?)")


@dataclass
class _Piece:
    text: str  # source text (NFC), one line of one column
    kind: str  # title (title_head, title_tail: wrapped), motto, number, date, date_rest, rule, name, doctype, other,
    # tail (capitals after the number)
    block: Block  # the block it came from
    extra: str = ""  # rule lines kept with it (original only)


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` of the left column continues the name on ``previous`` rather than starting a new
    body: it starts with "VÀ", "CỦA", a dash, or a place level ("TỈNH NINH BÌNH"), or ``previous`` ends on a
    connector ("VÀ", a dash, a comma) or is only a generic head ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG").

    Seen in the real documents: "BỘ LAO ĐỘNG – THƯƠNG BINH" / "VÀ XÃ HỘI", "BỘ VĂN HÓA, THỂ THAO" / "VÀ DU
    LỊCH", "HỘI ĐỒNG" / "THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN" continue; "UBND TỈNH QUẢNG BÌNH" / "SỞ LAO
    ĐỘNG – THƯƠNG BINH", "UBND TỈNH HẬU GIANG" / "SỞ TÀI CHÍNH", "SỞ NỘI VỤ" / "PHÒNG THI ĐUA, KHEN THƯỞNG"
    are a managing body over the issuing one: two bodies."""
    previous, line = previous.strip(), line.strip()
    if not previous:
        return False
    return bool(_CONTINUATION_START.match(line) or _LEVEL_START.match(line) or _OPEN_END.search(previous)
                or _GENERIC_HEAD.fullmatch(previous))


def _is_capitals(text: str) -> bool:
    """Whether ``text`` holds two letters or more and every letter of it is upper-case; a letter that is not
    ends the walk (running text is answered at its first lower-case letter, not after a list of all its letters)."""
    letters = 0
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= 2


def form_title(cell: str) -> bool:
    """Whether ``cell`` (the text of a cell merged across a form's or a list's header) may be its title: written in
    capitals as Nghị định 30/2020/NĐ-CP (Phụ lục I) sets a title ("BÁO CÁO TAI NẠN LAO ĐỘNG"), and neither the
    national title nor the motto nor the name of the issuing body or post (:func:`_names_authority`: "ỦY BAN NHÂN
    DÂN HUYỆN …" on the header's left)."""
    text = " ".join(cell.split())
    return _is_capitals(text) and not (TITLE.search(text) or MOTTO.search(text) or _names_authority(text)
                                       or title_line(text))


def title_line(text: str) -> bool:
    """Whether ``text`` (a block's normalised text) is a letterhead's title line of ``letterhead_titles.txt`` in
    capitals ("ĐẢNG CỘNG SẢN VIỆT NAM", Hướng dẫn 36-HD/VPTW 2018): the document's title, never a body's name."""
    s = text.strip()
    return _title_lines().fullmatch(s) is not None and _is_capitals(s)  # the pattern first: it fails at once


def _classify(text: str, loose: bool = False) -> str:
    """The kind of one line of one column of a letterhead (see :class:`_Piece`).  ``loose``: the letterhead was
    typed in lower or mixed case (:func:`_typed_loose`), so a national title in any case is one, and a short
    line opening with a capital is a body's name ("Sở nội vụ").  A document type alone on its line, in any case, is
    the type line (:func:`type_line`: "Quyết định" under a letterhead in capitals too)."""
    s = text.strip()
    m = TITLE.fullmatch(s) or MOTTO.fullmatch(s)
    if m and _as_set(m, loose):
        return "title" if m.re is TITLE else "motto"
    if _title_lines().fullmatch(s) and (loose or _is_capitals(s)):
        return "title"
    wrapped = _is_capitals(s) and wrapped_title(s)
    if wrapped:
        return wrapped
    if RULE.fullmatch(s):
        return "rule"
    if NUMBER.match(s):
        return "number"
    if DATE.match(s):
        return "date"
    if _DATE_REST.fullmatch(s):
        return "date_rest"
    if _is_capitals(s):
        return "doctype" if is_doc_type(s, whole=False) else "name"
    if type_line(s):
        return "doctype"
    if loose and s[:1].isupper() and _LOOSE_NAME.fullmatch(s):
        return "name"
    return "other"


#: a body's name typed in lower or mixed case: two to twelve words of letters between blanks, dashes and commas
#: (its first letter a capital, tested apart: no character class tells Vietnamese capitals)
_LOOSE_NAME = re.compile(rf"[^\W\d_]+(?:(?:\s+|\s*{_DASH}\s*|,\s*)[^\W\d_]+){{1,11}}")


def _typed_loose(blocks: list[Block]) -> bool:
    """Whether the letterhead among the first :data:`HEADER_BLOCKS` ``blocks`` was typed in lower or mixed case:
    the motto stands there as ND 30/2020 sets it, and no national title in capitals (it is typed "Cộng hòa xã hội
    chủ nghĩa Việt Nam", which the motto beside it tells from the country's name in a sentence, or left out)."""
    texts = [_nfc(b.original or b.text) for b in blocks[:HEADER_BLOCKS]]
    return any(_as_set(m) for t in texts for m in MOTTO.finditer(t)) and \
        not any(_as_set(m) for t in texts for m in TITLE.finditer(t))


def _place_start(text: str, comma: int, floor: int) -> int:
    """Where the place name before ``, ngày`` at ``comma`` starts: up to four capitalised words (a word in
    parentheses too: "Tỉnh (thành phố)"), not before ``floor``."""
    start = comma
    words = 0
    floor = max(floor, comma - 80)  # four words: a bounded look back, whatever the length of the line
    for m in reversed(list(re.finditer(r"\S+", text[floor:comma]))):
        w = m.group(0)
        if words >= 4 or not (w[:1].isupper() or (w.startswith("(") and w.endswith(")"))) \
                or any(c.isdigit() for c in w) or "/" in w or w.endswith(":"):
            break
        start = floor + m.start()
        words += 1
    return start


#: a cheap first look for the national title (in capitals), the Party's title (letterhead_titles.txt) or the
#: motto (capitalised or in capitals)
_HINT = re.compile(r"ỘNG\s+H|ĐẢNG\s+CỘNG|[ộỘ][cC]\s*(?:lập|LẬP)")


def _hinted(text: str) -> bool:
    if "ỘNG" in text or "ộc" in text or "ỘC" in text:
        return bool(_HINT.search(text))
    return not text.isascii() and not unicodedata.is_normalized("NFC", text) and bool(_HINT.search(_nfc(text)))


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _as_set(m: re.Match, loose: bool = False) -> bool:
    """A national title set in capitals, a motto with its three capitalised words, as ND 30/2020 sets them:
    "Cộng hòa xã hội chủ nghĩa Việt Nam" in a sentence (a news line: "Quốc hội nước" / "Cộng hòa xã hội chủ
    nghĩa Việt Nam" / "khóa XIV …") is the country's name, no letterhead."""
    text = m.group(0)
    if m.re is TITLE:
        return loose or _is_capitals(text)
    return all(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", text)[::2])


def _fixed_parts(column: str, loose: bool = False) -> list[re.Match]:
    return [m for pattern in (TITLE, MOTTO) for m in pattern.finditer(column) if _as_set(m, loose)]


def _split(line: str, loose: bool = False) -> list[str]:
    """One line of one column cut where the letterhead's fixed parts start and end: the national title, the
    motto, "Số:", the date line (the place before ", ngày"); text typed on one line with the other column
    (a tab, a run of blanks, or one space left by a reader) comes out apart; in a line holding a tab only tabs
    part the columns (:data:`_TAB_COLUMNS`)."""
    out: list[str] = []
    for column in (_TAB_COLUMNS if "\t" in line else _COLUMNS).split(line):
        column = column.strip()
        if not column:
            continue
        cuts = {0, len(column)}
        for m in _fixed_parts(column, loose):
            cuts.update((m.start(), m.end()))
        for m in NUMBER.finditer(column):
            cuts.add(m.start())
        for m in _DATE_COMMA.finditer(column):
            floor = max([c for c in cuts if c <= m.start()], default=0)
            start = _place_start(column, m.start(), floor)
            if start < m.start():
                cuts.add(start)
                end = _DATE_END.search(column, m.end())
                if end and column[end.end():].strip() and _is_capitals(column[end.end():]):
                    cuts.add(end.end())
        points = sorted(cuts)
        out += [column[a:b].strip() for a, b in zip(points, points[1:]) if column[a:b].strip()]
    return out


def _lines(block: Block, loose: bool = False) -> list[list[str]]:
    """The lines of a block, by column: each cell of a table row is a column, each line of a cell a line."""
    if block.kind == "table_row" and block.cells is not None:
        columns = block.cells
    else:
        columns = [block.original or block.text]
    return [[piece for line in _nfc(column).splitlines() for piece in _split(line, loose)]
            for column in columns]


def _is_body_sentence(block: Block) -> bool:
    """A block of running text: lower-case words, more than a label's worth ("Mẫu số 08") or a clause."""
    text = block.original or block.text
    return not _is_capitals(text) and (len(text.split()) > 4 or bool(re.search(r"[,.;:!?]\s", text)))


def _region(blocks: list[Block], loose: bool = False) -> tuple[int, int, list[_Piece]] | None:
    """(first, end, pieces) of the letterhead among ``blocks``, or None when there is none.

    It starts at the first block holding a body's name, the national title or the motto, among the first
    :data:`HEADER_BLOCKS` (page headers, a heading repeating the document's name and short lines such as
    "Mẫu số 08" before it are passed over; a document-type line or a sentence of the body first means there
    is no letterhead), and goes on while the blocks are letterhead lines: it ends at the document-type line,
    at a paragraph of other text (the "V/v …" summary of a letter, the body), or at a name in capitals after
    the number or date lines (the title of the document set in capitals)."""
    start = None
    pieces: list[_Piece] = []
    for i, block in enumerate(blocks):
        kinds = [(text, _classify(text, loose)) for column in _lines(block, loose) for text in column]
        late = any(k in ("number", "date") for _, k in kinds) or any(p.kind in ("number", "date") for p in pieces)
        if late:  # a line in capitals after the number or the date is no body's name: the column has ended
            seen_number = any(p.kind in ("number", "date") for p in pieces)
            kinds = [(t, "tail" if k == "name" and (seen_number or _after_number(kinds, j)) else k)
                     for j, (t, k) in enumerate(kinds)]
        heads = {k for _, k in kinds}
        if start is None:
            if i >= HEADER_BLOCKS:
                return None
            if "doctype" in heads and not heads & {"title", "title_head", "motto"}:
                if block.kind in ("header", "footer"):  # a page header naming the document ("QUYẾT ĐỊNH SỐ …")
                    continue
                return None
            if not heads & {"title", "title_head", "motto", "name"}:
                if block.kind in ("header", "footer", "title", "heading") or not _is_body_sentence(block):
                    continue
                return None
            start = i
        else:
            table = block.kind == "table_row"
            if i >= start + HEADER_BLOCKS or "doctype" in heads or not heads - {"other", "tail"} or \
                    ("other" in heads and not table):
                found = _titled(pieces) or ("doctype" in heads and _stacked([(p.text, p.kind) for p in pieces]))
                return (start, i, pieces) if found else None
        pieces += [_Piece(text, kind, block) for text, kind in kinds]
    if start is None or not _titled(pieces):
        return None
    return start, len(blocks), pieces


def _titled(pieces: list[_Piece]) -> bool:
    """Whether a letterhead's ``pieces`` hold its title or its motto; a title wrapped over two lines
    (:func:`wraps`) when both its lines are there, its first line before the rest."""
    heads = []
    for p in pieces:
        if p.kind in ("title", "motto"):
            return True
        if p.kind == "title_head":
            heads.append(p.text)
        elif p.kind == "title_tail" and any(wraps(h, p.text) for h in heads):
            return True
    return False


#: the kinds of the lines of a letterhead typed as one column (:func:`_stacked`): the bodies, a title line without
#: the motto (the Party's, letterhead_titles.txt), the number, the date
_STACKED = re.compile(r"(?:name )+(?:title )?number(?: date(?: date_rest)?)?")


def _stacked(lines: list[tuple[str, str]]) -> bool:
    """Whether the letterhead's lines ((text, kind) pairs, kinds of :class:`_Piece`), standing before a
    document-type line, are the left column of Nghị định 30/2020 (Phụ lục I) typed alone, without the national
    title and motto: one or more bodies' names in capitals, then "Số: …" with its symbol (:data:`_SYMBOL`), then
    the date line if any ("UBND TỈNH HÀ GIANG" / "SỞ Y TẾ" / "Số: 214/QĐ-SYT" / "QUYẾT ĐỊNH"; observed in typed
    decisions and their .docx and PDF copies), the last body (the issuing one, its wrapped lines joined:
    :func:`continues`) opening with a unit's head (:func:`opens_unit`).  A bulletin's or a journal's masthead
    ("BẢN TIN …" / "Số: 3/2024"), a form's label ("MẪU SỐ 02") is none."""
    lines = [(t, k) for t, k in lines if k != "rule"]
    if not _STACKED.fullmatch(" ".join(k for _, k in lines)):
        return False
    number = next(t.strip() for t, k in lines if k == "number")
    if not _SYMBOL.match(number, NUMBER.match(number).end()):
        return False
    names = [t for t, k in lines if k == "name"]
    last = len(names) - 1
    while last > 0 and continues(names[last - 1], names[last]):
        last -= 1
    return opens_unit(" ".join(names[last:]))


def _stacked_bodies(head: list[Block]) -> list[int]:
    """Indices of the bodies of a letterhead typed as one column (:func:`_stacked`) in ``head`` after
    :func:`rewrite_letterhead`: the blocks of names opening the document (after a page header) right above its
    "Số:" line, when the document-type line follows the number and date lines; [] otherwise."""
    first = next((i for i, b in enumerate(head) if b.kind not in ("header", "footer")), None)
    if first is None:
        return []
    lines: list[tuple[str, str]] = []
    for b in head[first:]:
        kind = _classify(b.text)
        if kind == "doctype":
            if _stacked(lines):
                n = next(j for j, (_, k) in enumerate(lines) if k != "name")
                return list(range(first, first + n))
            return []
        if kind not in ("name", "title", "number", "date", "date_rest", "rule"):
            return []
        lines.append((b.text, kind))
    return []


def _after_number(kinds: list[tuple[str, str]], j: int) -> bool:
    return any(k in ("number", "date") for _, k in kinds[:j])


def _joined(parts: list[_Piece]) -> Block:
    first = parts[0].block
    text = " ".join(p.text for p in parts)
    original = "\n".join(p.text + p.extra for p in parts)
    return Block(text=text, kind=first.kind if first.kind in ("paragraph", "heading") else "paragraph",
                 page=first.page, original=original, source=first.source, confidence=first.confidence)


def rewrite_letterhead(doc: Document) -> Document:
    """Rewrite the letterhead region of ``doc.blocks`` in place (see the module doc) from the blocks'
    ``original`` text (before :func:`pipeline.normalize.normalize_text` collapses tabs and runs of
    spaces), then the signature block at the end (:func:`rewrite_signature`); returns ``doc``.  A document
    without either is left as it is."""
    _rewrite_header(doc)
    return rewrite_signature(doc)



@functools.lru_cache(maxsize=None)
def _authority_openers() -> tuple[str, ...]:
    """What the line naming the issuing authority opens with, normalised and lower-cased, a space after: the position
    titles of positions.txt ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ NỘI VỤ") and the unit heads of two or more
    syllables of unit_types.tsv ("ỦY BAN NHÂN DÂN TỈNH", "BAN THƯỜNG VỤ"), with the named units ("CHÍNH PHỦ",
    "QUỐC HỘI").  Nghị định 30/2020/NĐ-CP, Phụ lục I, lays this line out (thẩm quyền ban hành) below the type and
    subject of a decision; a one-syllable head ("BAN", "BỘ") is left out, as "BAN HÀNH …" opens a subject."""
    from extractors.lexicon import lexicon

    lex = lexicon()
    heads = [h for h in lex.unit_heads if len(h.split()) >= 2]
    return _openers(list(lex.positions) + heads + list(lex.named_units))


def _names_authority(line: str) -> bool:
    """Whether ``line`` (capitals) names the issuing authority (:func:`_authority_openers`) rather than the subject,
    one holding two posts too, the first before a comma ("BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC")."""
    return _opens(line, _authority_openers()) or _opens(line.split(",", 1)[0], _authority_openers())


def administrative_title(blocks: list[Block], first: str, title: str | None, from_property: bool = False) -> str | None:
    """The title of an administrative document as Nghị định 30/2020/NĐ-CP (Phụ lục I) lays it out: its type alone
    on a line among the first ``HEADER_BLOCKS`` blocks ("QUYẾT ĐỊNH", "BÁO CÁO"; :func:`doc_types`), written in
    capitals when it was typed in lower or mixed case (:func:`type_line`: "Quyết định" → "QUYẾT ĐỊNH"),
    with the subject line after it ("Về việc tặng Bằng khen …", "Tổng kết công tác thi đua năm 2024", a law's
    name "THI ĐUA, KHEN THƯỞNG") unless that line names the issuing authority (:func:`_names_authority`: "CHỦ TỊCH
    ỦY BAN NHÂN DÂN TỈNH …"), is the national title or motto, or opens the legal grounds ("Căn cứ …").  ``blocks``
    in reading order (after :func:`rewrite_letterhead`) → "QUYẾT ĐỊNH Về việc tặng Bằng khen …".  Replaced are: a
    ``title`` the reader took from the ``first`` line (as read, before the letterhead was rewritten) when that line
    is in capitals (a letterhead: "ỦY BAN NHÂN DÂN TỈNH …") or names the issuing authority in any case (a TCVN3
    decree's "Chính phủ", its capitals lost to the font: session 34's fixer); a ``title`` that is the type line itself as written (a
    .docx reader's first paragraph after a letterhead table, "Quyết Định"); and a ``title`` the reader took from the
    file's properties (``from_property``: a .docx or PDF "Title", often a template's or an earlier document's, or the
    author's office).  ``title`` is returned as it is otherwise, and when no type line stands below the first block
    (news, letters: their first line is their title)."""
    from_first = (_is_capitals(first) or _names_authority(first[:300].upper())) \
        and not (title and " ".join(title.split()) != first[:300].strip())
    if not (from_first or from_property) and not (title and type_line(title)):
        return title
    for i, b in enumerate(blocks[:HEADER_BLOCKS]):
        line = type_line(b.text)
        if line is None:
            continue
        if i == 0 or not (from_first or from_property or " ".join(b.text.split()) == " ".join(title.split())):
            return title  # (a title property that names a type, "luật", is the file's: kept)
        nxt = " ".join(blocks[i + 1].text.split()) if i + 1 < len(blocks) else ""
        if nxt and len(nxt) <= 300 and not (_is_capitals(nxt) and _names_authority(nxt)) \
                and not nxt.lower().startswith("căn cứ") and not type_line(nxt) \
                and not MOTTO.search(nxt) and not TITLE.search(nxt):
            return f"{line} {nxt}"
        return line
    if from_property and title and not _borne_out(title, blocks[:HEADER_BLOCKS]):
        return _title_line_after_motto(blocks) or title
    if title and _names_authority(" ".join(title.split()).upper()):
        return _cited_title(blocks) or title
    return title


#: a document named as it is cited, after its type: its issuer ("của" …) if given, then "số" and its number and
#: symbol ("Nghị định của Chính phủ số 114/2003/NĐ-CP", "Quyết định số 12/QĐ-UBND ngày …"): the title line of an
#: older layout (before Nghị định 30/2020/NĐ-CP) and of legal texts copied from the Official Gazette or a legal
#: database; a report's "Báo cáo của Bộ trưởng …" in running text names no number
_CITED = re.compile(r"(?:\s+của\s+[^\d\n]{1,80}?)?\s+số:?\s*\d+\s*/", re.IGNORECASE)


def _cited_title(blocks: list[Block]) -> str | None:
    """The title of a document whose first line names its issuing authority ("Chính phủ") and under which no type
    stands alone: the first of the first ``HEADER_BLOCKS`` blocks, before the legal grounds ("Căn cứ …"), that
    opens with a document type (:func:`is_doc_type`) named as it is cited with its number (:data:`_CITED`: "Nghị
    định của Chính phủ số 114/…"), a line of a title's length, with the next block when it goes on with the same sentence (it opens in lower case: "ngày 10/10/2003 về
    cán bộ …"); None without such a block (session 37: a TCVN3 decree of 2003 was titled "Chính phủ")."""
    for i, b in enumerate(blocks[1:HEADER_BLOCKS], 1):
        line = " ".join(b.text.split())
        if line.lower().startswith("căn cứ"):
            return None
        if len(line) > 300:
            continue  # (no title's length: not upper-cased and normalised, a paragraph of news at a time)
        upper = _normalize_text()(line.upper())
        head = _doc_type_pattern().match(upper)
        if head and _CITED.match(upper, head.end()):
            nxt = " ".join(blocks[i + 1].text.split()) if i + 1 < len(blocks) else ""
            return f"{line} {nxt}" if nxt[:1].islower() and len(line) + len(nxt) < 300 else line
    return None


def _borne_out(title: str, head: list[Block]) -> bool:
    """Whether every word of ``title`` (a file's "Title" property) stands in the text of ``head`` (the document's
    first blocks), tone marks and case aside: a property the opening does not bear out ("Mẫu số 01" over a form
    that opens "Mẫu số 08"; a list's title over a plan of work) was left by the template the file was made from or
    by an earlier document saved under a new name (session 36: .doc files of ../shared/corpora/archive)."""
    from .normalize import fold  # (normalize imports this module)

    words = set(re.findall(r"\w+", fold(" ".join(b.text for b in head))))
    return all(w in words for w in re.findall(r"\w+", fold(title)))


def _title_line_after_motto(blocks: list[Block]) -> str | None:
    """The title line of an administrative document whose title is no document type (Nghị định 30/2020/NĐ-CP, Phụ
    lục I: the title stands below the national title, the motto, the number and the date): the first line in
    capitals after the motto among the first ``HEADER_BLOCKS`` blocks, with the next line when it is in capitals
    too (a title over two lines: "PHÂN CÔNG NHIỆM VỤ" / "CÁC THÀNH VIÊN CỦA PHÒNG"); None without a motto or such a
    line."""
    head = blocks[:HEADER_BLOCKS]
    motto = next((i for i, b in enumerate(head) if MOTTO.search(b.text)), None)
    if motto is None:
        return None
    for i in range(motto + 1, len(head)):
        line = " ".join(head[i].text.split())
        if _is_capitals(line) and not TITLE.search(line):
            nxt = " ".join(blocks[i + 1].text.split()) if i + 1 < len(blocks) else ""
            return f"{line} {nxt}" if nxt and len(nxt) <= 300 and _is_capitals(nxt) else line
    return None


def letterhead_bodies(blocks: list[Block]) -> list[int]:
    """Indices of the left column's bodies in ``blocks`` after :func:`rewrite_letterhead`: the blocks of names
    standing right above the national title and the motto (or the motto alone) among the first
    :data:`HEADER_BLOCKS`, the managing body first and the issuing body last (Nghị định 30/2020, Phụ lục I: "ỦY
    BAN NHÂN DÂN TỈNH NGHỆ AN" over "SỞ Y TẾ"; one body alone, "BỘ NỘI VỤ", is the issuing body).  [] when there is no such letterhead."""
    head = blocks[:HEADER_BLOCKS]
    for i in range(1, len(head)):
        motto = MOTTO.fullmatch(head[i].text.strip())
        if not (motto and _as_set(motto)):
            continue
        title = TITLE.fullmatch(head[i - 1].text.strip())
        anchor = i - 1 if title else i
        loose = not (title and _as_set(title))
        first = anchor
        while first > 0 and _classify(head[first - 1].text, loose) == "name":
            first -= 1
        return list(range(first, anchor))
    return _stacked_bodies(head)


def _rewrite_header(doc: Document) -> Document:
    head = doc.blocks[:HEADER_BLOCKS]
    if not any(_hinted(b.original or b.text) for b in head) and \
            not any(NUMBER.match(b.original or b.text) for b in head):
        return doc  # neither the title, the motto nor "Số:" near the start: most documents leave here at once
    found = _region(doc.blocks, _typed_loose(doc.blocks))
    if found is None:
        return doc
    start, end, pieces = found
    # rule lines go with the piece above them (original only)
    kept: list[_Piece] = []
    for p in pieces:
        if p.kind == "rule" and kept:
            kept[-1].extra += "\n" + p.text
        elif p.kind != "rule":
            kept.append(p)
        else:  # a rule before anything: keep it as text (nothing is dropped)
            kept.append(_Piece(p.text, "other", p.block))
    bodies: list[list[_Piece]] = []
    titles: list[list[_Piece]] = []
    mottos: list[list[_Piece]] = []
    numbers: list[list[_Piece]] = []
    dates: list[list[_Piece]] = []
    others: list[list[_Piece]] = []
    for p in kept:
        if p.kind == "name":
            if bodies and continues(bodies[-1][-1].text, p.text):
                bodies[-1].append(p)
            else:
                bodies.append([p])
        elif p.kind == "title" or p.kind == "title_head":
            titles.append([p])
        elif p.kind == "title_tail" and titles and titles[-1][-1].kind == "title_head" and \
                wraps(titles[-1][-1].text, p.text):
            titles[-1].append(p)  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM": the title wrapped in its column
        elif p.kind == "title_tail":  # "VIỆT NAM" alone, no title wrapped above it: a line of a body's name
            if bodies and continues(bodies[-1][-1].text, p.text):
                bodies[-1].append(p)
            else:
                bodies.append([p])
        elif p.kind == "motto":
            mottos.append([p])
        elif p.kind == "number":
            numbers.append([p])
        elif p.kind == "date":
            dates.append([p])
        elif p.kind == "date_rest" and dates and not _YEAR.search(" ".join(x.text for x in dates[-1])):
            dates[-1].append(p)
        else:
            others.append([p])
    new = [_joined(parts) for group in (bodies, titles, mottos, numbers, dates, others) for parts in group]
    doc.blocks[start:end] = new
    if doc.date is None and len(dates) == 1:
        # the date line is the document's date (thời gian ban hành văn bản); found here, it no longer depends on
        # how many blocks the letterhead takes (pipeline.dates.document_date looks at the first four)
        doc.date = find_date(" ".join(p.text for p in dates[0]))
    return doc



# --- the signature block -----------------------------------------------------------------------------------------
#
# Nghị định 30/2020/NĐ-CP, Phụ lục I (and the models of its appendices) ends a document with two columns side by
# side: on the left "Nơi nhận:" and the recipients, one a line, each opened by a dash ("- Như Điều 3;", "- Lưu: VT,
# TĐKT."); on the right the signer's authority ("TM." thay mặt, "KT." ký thay, "TL." thừa lệnh, "TUQ." thừa ủy
# quyền, "Q." quyền: "KT. CHỦ TỊCH"), the signer's title in capitals ("PHÓ CHỦ TỊCH"), the signature and seal
# (in an electronic copy "(Đã ký)"), then the signer's full name ("Nguyễn Văn A").  Readers flatten it as they
# flatten the letterhead: one line of text holding both columns, parted by tabs or a run of blanks ("- Như Điều
# 3;<tab>PHÓ CHỦ TỊCH"), or by one space after the .docx reader's clean-up ("Nơi nhận: TRƯỞNG PHÒNG"); a PDF's
# lines interleaved ("Nơi nhận:" / "KT. GIÁM ĐỐC" / "- Cục QL giá;" / "PHÓ GIÁM ĐỐC" / …); a .docx or HTML table
# row whose cells hold the columns.

#: "Nơi nhận:" opening the recipients' column, alone or followed by the rest of its line
_RECIPIENTS_HEAD = re.compile(r"n[ơƠ]i\s+nh[ậẬ]n\s*:?", re.IGNORECASE)
#: a recipient's line ("- Như Điều 3;", "+ Lưu: VT", "• …")
_RECIPIENT = re.compile(r"[-‐‑‒–—―−+•*]\s*\S")
#: the signer's authority (ND 30/2020, Điều 8 khoản 2 and Phụ lục I): TM., KT., TL., TUQ., Q. (and PP.)
_AUTHORITY = re.compile(r"(?:TM|T\.M|KT|K\.T|TL|TUQ|Q|PP)\s*\.\s*(?=\S)")
#: the signature and seal in an electronic copy: "(Đã ký)", "(đã ký và đóng dấu)", "[daky]", "(Ký, ghi rõ họ tên)"
_MARK = re.compile(r"[(\[]?\s*(?:đã\s+ký|ký|chữ\s+ký|đóng\s+dấu|dấu|daky|signed|đã\s+ký\s+số)(?:[^()\[\]]*)[)\]]?",
                   re.IGNORECASE)
#: where a recipient's line typed on one line with the signer's column may end: after ";", ".", ":" or ")"
_SIG_CUT = re.compile(r"(?<=[;.:)])\s+(?=\S)")
#: at most this many blocks from "Nơi nhận:" to the end of the signature block
SIGNATURE_BLOCKS = 60


def _sig_kind(text: str) -> str:
    """The kind of one line of one column of a signature block: head ("Nơi nhận:"), recipient ("- …"),
    authority ("KT. CHỦ TỊCH"), title ("PHÓ CHỦ TỊCH", capitals, two words or more, no digit or punctuation),
    mark ("(Đã ký)"), name (two to five capitalised words, not all capitals: "Lê Ngọc Châu"), short (one word in
    capitals of at most three letters, the drafter's initials "HT"), continuation (a recipient's line wrapped:
    lower case first, or a few words ending on ";", "," or "."), or other."""
    s = text.strip()
    if _RECIPIENTS_HEAD.fullmatch(s):
        return "head"
    if _RECIPIENT.match(s):
        return "recipient"
    letters_only = not re.search(r"[^\w\s]|\d|_", s)
    words = s.split()
    if _AUTHORITY.match(s) and _is_capitals(s[_AUTHORITY.match(s).end():]):
        return "authority"
    if _MARK.fullmatch(s):
        return "mark"
    if _is_capitals(s):
        if len(words) >= 2 and letters_only:
            return "title"
        if len(words) == 1 and len(s) <= 3 and letters_only:
            return "short"
        if len(words) <= 12 and (s[-1:] in ";,." or "," in s):
            return "continuation"  # "TTTT, NN&PTNT, GTVT;": abbreviations of a wrapped recipient's line
        return "other"
    if 2 <= len(words) <= 5 and letters_only and all(w[:1].isupper() for w in words):
        return "name"
    if s[:1].islower() or (len(words) <= 12 and s[-1:] in ";,." and not s[:1].isdigit()):
        return "continuation"
    return "other"


_SIGNER = ("authority", "title", "mark", "name")


def signs(text: str) -> bool:
    """Whether a line ``text`` opens a signature block: "Nơi nhận:" or the signer's authority ("KT. CHỦ TỊCH",
    "TM. ỦY BAN NHÂN DÂN", ND 30/2020, Điều 8 khoản 2).  A recipients' table without borders ends at such a line
    (:mod:`pipeline.readers.pdf_tables`): the signature below it is no row."""
    return _sig_kind(_nfc(text)) in ("head", "authority")


def signature_mark(text: str) -> bool:
    """Whether a line ``text`` is the mark of a signature and seal that an electronic copy writes between the
    signer's title and name ("(Đã ký)", "[daky]", "(đã ký và đóng dấu)": :data:`_MARK`; Nghị định 30/2020/NĐ-CP,
    Phụ lục I places the signature and seal there)."""
    return _sig_kind(_nfc(text)) == "mark"


def signer_lines(lines: list[str]) -> int:
    """How many of ``lines``, from the first, are one signer's column of a signature block: the authority and title
    lines in capitals ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"), the mark of the signature ("(Đã ký)"), then the signer's name
    ("Lê Văn Ba"), as Nghị định 30/2020/NĐ-CP, Phụ lục I lays them out; 0 when the lines open no such column (no
    title before the mark, no name right after it).  A web page that lays this column out in boxes of its own after
    the text (:mod:`pipeline.readers.html`) is read by it."""
    kinds = [_sig_kind(_nfc(line)) for line in lines]
    n = 0
    while n < len(kinds) and kinds[n] in ("authority", "title"):
        n += 1
    if n == 0 or kinds[n:n + 2] != ["mark", "name"]:
        return 0
    return n + 2


def _sig_split(line: str) -> list[str]:
    """One line of a signature block cut into its columns: at tabs and runs of blanks, after "Nơi nhận:", and
    after a recipient's ";", ".", ":" or ")" when what follows is the signer's column typed on the same line
    with one space ("- Như Điều 3; PHÓ CHỦ TỊCH", "- Lưu: VT, TĐKT. Lê Ngọc Châu")."""
    out: list[str] = []
    for column in _COLUMNS.split(line):
        column = column.strip()
        if not column:
            continue
        head = _RECIPIENTS_HEAD.match(column)
        if head and head.end() < len(column) and _sig_kind(column[head.end():]) in _SIGNER + ("recipient",):
            out += [column[:head.end()].strip()] + _sig_split(column[head.end():])
            continue
        if _RECIPIENT.match(column):
            for m in _SIG_CUT.finditer(column):
                if _sig_kind(column[m.end():]) in _SIGNER:
                    out += [column[:m.start()].strip(), column[m.end():].strip()]
                    break
            else:
                out.append(column)
            continue
        out.append(column)
    return out


def _sig_lines(block: Block) -> list[tuple[int, str]]:
    """(column, line) of a block: a table row's cells are its columns (numbered from 0), a text block's
    lines are cut by :func:`_sig_split` (column None: told by the kind of the line)."""
    if block.kind == "table_row" and block.cells is not None:
        return [(i, piece) for i, cell in enumerate(block.cells) for line in _nfc(cell).splitlines()
                for piece in _sig_split(line)]
    return [(None, piece) for line in _nfc(block.original or block.text).splitlines() for piece in _sig_split(line)]


def _starts_signature(block: Block) -> bool:
    text = block.original or block.text
    if text.isascii():
        return False
    if "hận" not in text and "HẬN" not in text:
        text = _nfc(text)  # NFD input ("nha\u0323\u0302n") is read as its NFC form, as everywhere here
        if "hận" not in text and "HẬN" not in text:
            return False  # the cheap test first: most blocks hold no "nhận"
    if not _RECIPIENTS_HEAD.search(_nfc(text)):
        return False
    return any(_sig_kind(t) == "head" for _, t in _sig_lines(block))


def rewrite_signature(doc: Document) -> Document:
    """Put each signature block of ``doc`` (see above) back into reading order, in place: the recipients'
    column first ("Nơi nhận:", then each recipient on one line, a wrapped line joined to the one it continues),
    then the signer's column, one line a block: authority, title, the signer's name, and after the name the
    marks of signature and seal that stood above it ("(Đã ký)"), so that the title stands just above the name
    it belongs to.  A block of one column only in the order of the page (the bundled decisions) is left as it
    is, as is one without a signer's name after a title (a form's "(Ký, ghi rõ họ tên, đóng dấu)").  Each new
    block's ``original`` is the source text of its pieces; no text is dropped."""
    i = 0
    while i < len(doc.blocks):
        if _starts_signature(doc.blocks[i]):
            i = _rewrite_signature_at(doc, i)
        i += 1
    return doc


def _rewrite_signature_at(doc: Document, first: int) -> int:
    """Rewrite the signature block whose "Nơi nhận:" is in block ``first``; returns the index of its last block
    after the rewrite (``first`` when nothing changed)."""
    blocks = doc.blocks
    head = blocks[first]
    table = head.table if head.kind == "table_row" else None
    left_cell = None
    if table is not None:
        left_cell = next(c for c, t in _sig_lines(head) if _sig_kind(t) == "head")
    start = first
    # the signer's authority may stand a line above "Nơi nhận:" ("KT. BỘ TRƯỞNG" of a PDF)
    while start > 0 and first - start < 2 and blocks[start - 1].kind == "paragraph" and table is None:
        lines = _sig_lines(blocks[start - 1])
        if lines and all(_sig_kind(t) == "authority" for _, t in lines):
            start -= 1
        else:
            break
    pieces: list[tuple[str, str, Block]] = []  # (side, text, block): side "left" or "right"
    named = recipients = False
    end = start
    for j in range(start, min(len(blocks), first + SIGNATURE_BLOCKS)):
        block = blocks[j]
        if j > first and table is not None and (block.kind != "table_row" or block.table != table):
            break
        if j > first and table is None and block.kind not in ("paragraph", "table_row"):
            break
        lines = _sig_lines(block)
        kinds = [_sig_kind(t) for _, t in lines]
        if j > first and table is not None and not set(kinds) <= {"recipient", "continuation", "mark", "short",
                                                                   "authority", "title", "name"}:
            break  # a row of a table that lays out more than the signature block
        if j > first and table is None:
            allowed = {"recipient", "continuation", "mark", "short"} | (set() if named else {"authority", "title",
                                                                                            "name"})
            if not recipients:
                allowed.discard("continuation")
            if not kinds or not set(kinds) <= allowed or block.kind == "table_row":
                break
        new = []
        for (column, text), kind in zip(lines, kinds):
            if column is not None:
                side = "left" if column == left_cell else "right"
            else:
                side = "right" if kind in _SIGNER else "left"
            new.append((side, text, kind, block))
            if side == "right" and kind == "name" and any(k in ("authority", "title") for s, _, k, _ in
                                                           pieces + new if s == "right"):
                named = True
            if kind == "recipient":
                recipients = True
        pieces += new
        end = j + 1
    if not named:
        return first
    left = [p for p in pieces if p[0] == "left"]
    right = [p for p in pieces if p[0] == "right"]
    # marks of signature above the name go below it, so that the title stands just above the name
    ordered: list = []
    waiting: list = []
    for p in right:
        if p[2] == "mark" or (p[2] not in ("authority", "title", "name") and p[3].kind == "table_row"):
            waiting.append(p)
        elif p[2] == "name":
            ordered += [p] + waiting
            waiting = []
        else:
            ordered.append(p)
    ordered += waiting
    new_order = left + ordered
    if [(t, id(b)) for _, t, _, b in new_order] == [(t, id(b)) for _, t, _, b in pieces] and \
            all(len(_sig_lines(b)) == 1 for b in blocks[start:end]) and head.kind != "table_row":
        return end - 1  # already in reading order, one line a block: left as it is
    out: list[list] = []
    for side, text, kind, block in new_order:
        if side == "left" and kind == "continuation" and out and out[-1][0][0] == "left" and \
                out[-1][-1][2] in ("recipient", "continuation"):
            out[-1].append((side, text, kind, block))
        else:
            out.append([(side, text, kind, block)])
    new_blocks = [Block(text=" ".join(p[1] for p in parts), kind="paragraph", page=parts[0][3].page,
                        original="\n".join(p[1] for p in parts), source=parts[0][3].source,
                        confidence=parts[0][3].confidence) for parts in out]
    blocks[start:end] = new_blocks
    return start + len(new_blocks) - 1

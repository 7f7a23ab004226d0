"""Lines that wrap: when a line of a reader's text goes on in the next one, so the two are one block.

The PDF reader joins lines by their position on the page (:func:`pipeline.readers.pdf._paragraphs`); a plain-text
file keeps no position, only the line's text and length (a text copied out of a PDF, or typed with hard line
breaks).  Both share the margin of a set of line ends (:func:`margin`) and the rule that a heading in capitals
is never continued by a line in lower or mixed case (:func:`heading_above`); the text file adds what its text
tells (:func:`text_wraps`).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from corpora.gazetteers import entry_lines

#: what ends a sentence or a list item: a stop, a semicolon, a colon, "!", "?", "…" ("./." closing a decision
#: ends on a stop), optionally followed by a closing quote or bracket (:func:`_ends`)
_END_MARKS = ".;:!?…"
_CLOSERS = "\"”’)]"


def _ends(text: str) -> bool:
    """Whether ``text`` ends a sentence or a list item, read from its end: its last character other than the closing
    quotes and brackets (before a last line break) is a stop, a semicolon, a colon, "!", "?" or "…" (what the
    regex ``[.;:!?…]["”’)\\]]*$`` finds, without trying it at every stop and comma of a long line)."""
    t = (text[:-1] if text.endswith("\n") else text).rstrip(_CLOSERS)
    return bool(t) and t[-1] in _END_MARKS


#: a list item's or a part's marker opening a line: "1.", "2)", "1.2.", "a)", "đ.", "IV.", a dash or a bullet; or
#: a table row's number parted from its cells by spaces ("1    Ông Nguyễn Văn A    Trưởng phòng")
_ITEM = re.compile(r"(?:\d+(?:\.\d+)*[.)/]|[a-zđ][.)]|[IVXLC]+[.)]|[-+*•–—])(?:\s|$)|\d+\s{2,}")


#: a part's heading or the closing list's at a line's start, as NĐ 30/2020/NĐ-CP (Phụ lục I) writes them: an
#: article's number closed by a stop or colon ("Điều 2.", "Điều 3a:"; a cited "Điều 74 Luật …" has neither), a
#: chapter's, section's or part's numeral ("Chương II", "Mục 1", "PHẦN III"), "Nơi nhận:"
_HEADING = re.compile(r"(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]"
                      r"|(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?:\d+|[IVXLC]+)(?![^\W\d_])"
                      r"|(?:Nơi nhận|NƠI NHẬN)\s*:")

#: how near the right margin (a share of its width) the line above must run for a line in lower case to go on from
#: it, and for one that goes on with a name in capitals (a short line without a stop is a title or a caption)
_LOWER_REACH = 0.6
_NAME_REACH = 0.85
#: lines going on in lower case (or with the number a word ending the line above takes) that show a text hard-wrapped
_WRAPPED_EVIDENCE = 2


def margin(values: list[float], outermost) -> float:
    """The margin of ``values`` (line starts or ends): where at least two of them fall together (within 2 units,
    bucketed by 2), the outermost such place (``outermost`` is ``min`` or ``max``); a lone value further out (a
    date or a heading beside the margins) does not count.  With no two together, the outermost value."""
    buckets = Counter(round(v / 2) for v in values)
    shared = [b for b, n in buckets.items() if n + buckets.get(b - 1, 0) + buckets.get(b + 1, 0) >= 2]
    if not shared:
        return outermost(values)
    b = outermost(shared)
    return outermost(v for v in values if abs(round(v / 2) - b) <= 1)


def is_upper(text: str) -> bool:
    """Whether every letter of ``text`` is a capital (and it has one).  The letters are walked in C (``filter``,
    ``map``) and the walk stops at the first that is no capital: most lines of running text are answered at their
    first lower-case letter, instead of after a list of all their letters."""
    letters = filter(str.isalpha, text)
    first = next(letters, None)
    return first is not None and first.isupper() and all(map(str.isupper, letters))


def heading_above(previous: str, line: str) -> bool:
    """Whether ``previous`` is a heading in capitals and ``line`` is not: ``line`` then starts a new block."""
    return is_upper(previous) and not is_upper(line)


def _words(name: str) -> list[str]:
    """The entries of the gazetteer list ``name`` (one a line, "#" lines are comments), composed (NFC)."""
    return [unicodedata.normalize("NFC", w.strip()) for w in entry_lines(name)]


@lru_cache(maxsize=1)
def _openers() -> re.Pattern:
    """The words of ``block_openers.txt`` as written there (capitalised, "Điều") or in capitals ("ĐIỀU"), as a
    whole word at a line's start.  Not in lower case: a wrapped line that goes on with "chương", "điều", "mục"
    or "phần" ("… trao Huân" / "chương Lao động", "… đủ" / "điều kiện") continues its sentence."""
    words = _words("block_openers.txt")
    forms = sorted({f for w in words for f in (w, w.upper())}, key=len, reverse=True)
    return re.compile(r"(?:%s)(?![^\W\d_])" % "|".join(map(re.escape, forms)))


@lru_cache(maxsize=1)
def _award_openers() -> re.Pattern:
    """The words of ``award_item_openers.txt`` ("Tặng", "Truy tặng", "Công nhận") as a whole word at a line's
    start, as written there or in capitals."""
    words = _words("award_item_openers.txt")
    forms = sorted({f for w in words for f in (w, w.upper())}, key=len, reverse=True)
    return re.compile(r"(?:%s)(?![^\W\d_])" % "|".join(map(re.escape, forms)))


def opens_conferral(line: str) -> bool:
    """Whether ``line`` opens an article or an item of a decision: an article's heading (:data:`_HEADING`, "Điều
    1."), a list item's mark (:data:`_ITEM`, "1.", "- ") or a conferral's verb (``award_item_openers.txt``:
    "Tặng …", "Truy tặng …"); such a line ending on an open word goes on with a capital in any text."""
    return bool(_HEADING.match(line) or _ITEM.match(line) or _award_openers().match(line))


class _AtEnd:
    """A compiled regex whose every match ends at the end of the string (``…$``) and is at most ``longest``
    characters long: :meth:`search` tries it only on the string's last ``longest`` + 1 characters (``$`` also
    matches before a last line break), where a match must start; a look-behind still sees the characters before
    (``pattern.search(text, pos)``).  The same match as ``regex.search(text)``, without trying the alternation
    at every character of a long line."""

    def __init__(self, regex: re.Pattern, longest: int):
        self.regex = regex
        self.pattern = regex.pattern
        self.longest = longest

    def search(self, text: str):
        """``regex.search(text)``, tried from where a match can start."""
        return self.regex.search(text, max(0, len(text) - self.longest - 1))


def _last_word(name: str) -> _AtEnd:
    """A line's last word (or words) among the entries of the gazetteer list ``name``, in any case, as a whole word
    at the end of a line composed (NFC): a decomposed "năm" ends it as well.  (A case-insensitive match takes one
    character of the line for each of the entry's: it is no longer than the longest entry.)"""
    words = _words(name)
    regex = re.compile(r"(?<![^\W\d_])(?:%s)$" % "|".join(map(re.escape, sorted(words, key=len, reverse=True))),
                       re.I)
    return _AtEnd(regex, max(map(len, words), default=0))


@lru_cache(maxsize=1)
def _number_word_end() -> _AtEnd:
    """A line's last word that a number follows in running text (``number_words.txt``: "năm", "ngày", "số"): a line
    ending on it goes on in a next line that starts with the number ("… Bằng khen năm" / "2024 vì")."""
    return _last_word("number_words.txt")


@lru_cache(maxsize=1)
def _open_word_end() -> _AtEnd:
    """A line's last word that cannot end a sentence or a heading (``open_end_words.txt``: "của", "cho", "và",
    "tặng", "danh hiệu"): a line ending on it goes on in the next line ("… được tặng danh hiệu" / "Chiến sĩ thi
    đua …")."""
    return _last_word("open_end_words.txt")


def is_item_mark(text: str) -> bool:
    """Whether ``text`` is a list item's or a part's marker alone ("1.", "2)", "a)", "IV.", "-", "•")."""
    return bool(_ITEM.fullmatch(text + " "))


def opens_block(line: str) -> bool:
    """Whether ``line`` opens a block of its own: a list item or a part's marker ("1.", "a)", "IV.", "- "), a part
    of a legal text or the closing list (``corpora/gazetteers/block_openers.txt``: "Điều 2.", "Nơi nhận:"), or a
    table row (cells parted by a tab or "|", or a row's number parted from its cells by spaces)."""
    return bool(_ITEM.match(line) or _openers().match(line) or "\t" in line or "|" in line)


def cites_part(line: str) -> bool:
    """Whether ``line`` opens with a part's word (``block_openers.txt``) that is no heading (:data:`_HEADING`) and
    no item or table row: a cited article or clause ("Điều 74 Luật Thi đua, khen thưởng", "Khoản 2 Điều 5 …"),
    which goes on from an unfinished line above ("… theo quy định tại" / "Điều 74 Luật …") as in a PDF
    (:func:`starts_part`)."""
    return bool(_openers().match(line)) and not _HEADING.match(line) and not _ITEM.match(line) \
        and "\t" not in line and "|" not in line


def starts_part(previous: str, line: str) -> bool:
    """Whether a PDF line ``line`` starts a block of its own though ``previous`` ran to the right margin: it is a
    part's heading or the closing list (:data:`_HEADING`: "Điều 2.", "Chương II", "Nơi nhận:"), or it opens an item
    or a part (:func:`opens_block`: "1.", "a)", "- ", "Khoản 2") after a line that ends a sentence or an item.  A
    cited article is no heading: "… theo quy định tại" / "Điều 74 Luật Thi đua, khen thưởng" goes on.  After an unfinished line
    a dash or a number is the wrapped text's ("… của Bộ Lao động" / "- Thương binh và Xã hội", "… năm" / "2024. …")."""
    return bool(_HEADING.match(line)) or (_ends(previous) and opens_block(line))


def text_wraps(previous: str, line: str, width: float, names: bool = True, capital: bool = False) -> bool:
    """Whether the text line ``line`` goes on from ``previous`` (both stripped, ``width`` the text's right margin
    in characters, :func:`margin` of the line lengths): ``previous`` does not end a sentence or an item, is no
    heading in capitals over ``line`` and holds no tab (the columns of a letterhead), ``line`` opens no block
    (:func:`opens_block`; a cited article, :func:`cites_part`, goes on as any line) and either starts in lower case
    ("… của Chính phủ quy" / "định chức năng …") or with the number a word ending ``previous`` takes ("… Bằng khen
    năm" / "2024 vì …", :func:`_number_word_end`), or ``previous`` ends on a word that cannot end a sentence
    (:func:`ends_open`: "… được tặng danh hiệu" / "Chiến sĩ thi đua …", whatever its width; before anything but
    a lower-case letter only when ``names``, or before a capital when ``capital``: :func:`join_wrapped` says so for
    a line opening an article or an item, :func:`opens_conferral`, so in a text of one paragraph a line "Điều 1.
    Tặng Bằng khen … cho" / "Trường THPT …" goes on while "… lễ trao tặng danh hiệu" / "Sáng 3/4, …" stays
    apart), or, when
    ``previous`` ran to the margin and ``names`` (the text is known to be hard-wrapped), goes on with a name in
    capitals ("…, Trưởng" / "Trạm Y tế xã …", "… huyện" / "Kim Bôi", "Vụ Thi đua -" / "Khen thưởng"), as a
    PDF line that runs to the right margin goes on in the next."""
    if not previous or not line or "\t" in previous or _ends(previous) or \
            (opens_block(line) and not cites_part(line)):
        return False
    if heading_above(previous, line) or is_upper(line):
        return False
    if ends_open(previous) and (names or line[0].islower() or (capital and line[0].isupper())):
        return True
    reach = (_length(previous) + 1 + _length(line.split()[0])) / max(width, 1.0)  # how near the margin it ran
    if line[0].islower() or _takes_number(previous, line):
        return reach > _LOWER_REACH
    return names and reach > _NAME_REACH and not is_upper(previous)


def _takes_number(previous: str, line: str) -> bool:
    """Whether ``line`` starts with the number that the last word of ``previous`` takes ("… Bằng khen năm" /
    "2024 vì …", :func:`_number_word_end`); a line of digits alone (a page's number) never does."""
    return line[0].isdigit() and not line.isdigit() and \
        bool(_number_word_end().search(unicodedata.normalize("NFC", previous)))


def ends_open(previous: str) -> bool:
    """Whether the line ``previous`` (str, any Unicode form; "" gives False) ends on a word that cannot end a
    sentence or a heading (:func:`_open_word_end`, the words of ``corpora/gazetteers/open_end_words.txt``: "… được
    tặng danh hiệu", "… của", "… và"), so the next line goes on from it whatever the width it ran to.  Shared by
    the text readers (:func:`text_wraps`) and the OCR reader's paragraphs (:func:`pipeline.ocr._mended`)."""
    return bool(_open_word_end().search(unicodedata.normalize("NFC", previous)))


def _strip(line: str) -> str:
    """``line`` stripped, except that a line holding a tab inside its text keeps its leading tabs: they are the
    empty first cells of a table row copied out of Word ("<TAB>Trần Thị Bé<TAB>Kế toán", a merged STT cell);
    :func:`pipeline.readers.txt.blocks_of` removes them again where every row of the table starts with them
    (an indented table)."""
    text = line.strip()
    if "\t" not in text:
        return text
    lead = line[:len(line) - len(line.lstrip())]
    return "\t" * lead.count("\t") + text


def _length(line: str) -> int:
    """The length of ``line`` in characters as the text shows it (composed: a decomposed "ế" is one), spaces
    collapsed.  A printable line holds no white space but the plain space (tabs, line breaks and the other
    blanks are not printable): one without two spaces in a row and without a space at either end is its own
    collapsed form, and is not split and joined again."""
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return len(unicodedata.normalize("NFC", line))
    return len(unicodedata.normalize("NFC", " ".join(line.split())))


def join_wrapped(lines: list[str]) -> list[str]:
    """``lines`` of a plain text (a blank line parts paragraphs) as blocks: each non-empty line stripped
    (:func:`_strip`: a table row keeps its leading tabs), a line
    that goes on from the one above (:func:`text_wraps`) joined to it with a space.  A line goes on with a name
    in capitals only in a text shown hard-wrapped by at least :data:`_WRAPPED_EVIDENCE` lines going on in lower
    case or with a number (a text of one paragraph a line has captions and bylines without a stop before a capital; a stack of
    captions of even length looks like a wrapped paragraph, so even lengths are no evidence); a line ending on a
    word that cannot end (:func:`ends_open`) goes on with a capital in a text not hard-wrapped only when it opens
    an article or an item (:func:`opens_conferral`: "Điều 1. Tặng Bằng khen … cho" / "Trường …", "Tặng danh hiệu" /
    "Tập thể lao động xuất sắc …"); a title, a caption ("Ảnh: … của" / "Báo …") or a line of running text ("…
    được trao tặng danh hiệu" / "Chủ tịch nước đã ký …") stays apart from a capital there.  Lengths are
    measured composed (:func:`_length`), the margin's and each line's alike."""
    lines = [_strip(ln) for ln in lines]
    lengths = [_length(ln) for ln in lines if ln and "\t" not in ln]
    width = margin(lengths, max) if lengths else 0
    # each line after the first: whether it goes on from the one above in lower case or with a number (names off)
    lower = [text_wraps(a, b, width, names=False) for a, b in zip(lines, lines[1:])]
    names = sum(lower) >= _WRAPPED_EVIDENCE

    def goes_on(k: int) -> bool:
        """Line ``k`` (k >= 1) goes on from line ``k - 1``.  text_wraps can only say yes more often with ``names`` or
        ``capital`` on than with both off: a line that goes on with them off (``lower[k - 1]``) goes on, and it is
        asked again only when one of them is on."""
        if lower[k - 1]:
            return True
        capital = opens_conferral(lines[k - 1])
        return bool(capital or names) and text_wraps(lines[k - 1], lines[k], width, names, capital)

    blocks: list[str] = []
    for k, line in enumerate(lines):
        if line and blocks and goes_on(k):
            blocks[-1] += " " + line
        elif line:
            blocks.append(line)
    return blocks


def cell_wraps(above: list[dict], first_word: dict, right: float) -> bool:
    """Whether a table cell's line goes on from the line ``above`` it in the same cell (a wrapped name or unit:
    "Ông Phan Văn" / "Tâm", "Trưởng phòng Tổ" / "chức cán bộ") rather than starting a line of its own ("Ông Lê
    An" / "Bà Vũ Hoa", one name a line): the next line's ``first_word`` would not have fitted after ``above``
    within the cell's text edge ``right``, with a space between as wide as the narrowest between the words of
    ``above`` (a line of one word: 0.28 of the font's size, a sans serif's space), so the writer's program had to
    wrap it.  ``above`` (its words, left to right) and ``first_word`` are pdfplumber words (``x0``, ``x1``,
    optional ``size``); a cell's lines are judged so in the PDF reader's ruled and borderless tables alike
    (:func:`pipeline.readers.pdf.cell_text`, :func:`pipeline.readers.pdf_tables._go_on`)."""
    gaps = [b["x0"] - a["x1"] for a, b in zip(above, above[1:]) if b["x0"] > a["x1"]]
    space = min(gaps) if gaps else 0.28 * (first_word.get("size") or above[-1].get("size") or 10)
    return above[-1]["x1"] + space + (first_word["x1"] - first_word["x0"]) > right

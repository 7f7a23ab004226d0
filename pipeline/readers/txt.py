"""Plain-text reader: detects the encoding, one block per non-empty line (wrapped lines joined; tab-parted lines
as table rows).

Encodings, in order (never guessed silently; the choice is stored as
``Document.encoding``):

1. a byte-order mark: UTF-8-SIG, UTF-16 (LE/BE);
2. UTF-16 without BOM, recognised by NUL bytes in alternate positions;
3. strict UTF-8;
4. otherwise a single-byte Vietnamese encoding told apart by
   :func:`pipeline.legacy.detect_bytes`: Windows-1258 (``cp1258``), TCVN3
   (``tcvn3``, the ".VnTime" fonts) or VNI-Windows (``vni``), whichever turns
   the words into valid Vietnamese syllables, clearly ahead of the others;
5. otherwise :class:`~pipeline.model.ReaderError` ("cannot tell the encoding").

Text that decodes as UTF-8 (or has a BOM) but is really legacy text (TCVN3 or
VNI characters pasted as Latin-1 letters, or ASCII VIQR such as "Vie^.t Nam")
is converted to Unicode when :func:`pipeline.legacy.detect_text` finds the
conversion clearly better; ``encoding`` then names the legacy encoding
(``tcvn3``, ``vni``, ``viqr``).
"""
from __future__ import annotations

import codecs
import re
from itertools import groupby

from .. import legacy
from ..model import Block, Document, ReaderError, table_row
from ..wrap import is_item_mark, join_wrapped

_VIET = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]")
#: the control characters that are no text, as bytes (\f, a page break as pdftotext writes it, is text): a byte
#: below 0x80 stands for that ASCII character alone in UTF-8 and in the single-byte encodings read here, so the bytes
#: hold one exactly when their text does; looked for byte by byte (``memchr``), a seventh of the time a regex
#: takes over the decoded text
_CONTROL_BYTES = bytes(range(0x20)).translate(None, b"\t\n\x0c\r")


#: the most control characters a text holds, as a share of its bytes, or a few in any text: a text Word or a
#: converter wrote keeps some (the footnote separators 03 and 04 and the field marks at a document's end, a manual
#: line break 0B); bytes with more are no text (a newcomer, session 36: two UTF-8 texts of 21 and 3 KB with four such
#: bytes each were refused)
MAX_CONTROL_SHARE = 0.01
MAX_CONTROL_ANY = 8
#: Word's manual line break (Shift+Enter), which its plain-text export writes as a vertical tab: a line break
_LINE_BREAK = b"\x0b"


def _stray_controls_out(data: bytes) -> bytes:
    """``data`` without its control characters (:data:`_CONTROL_BYTES`), a vertical tab made a line break; raises
    ReaderError ("binary content (control characters …") when they are more than :data:`MAX_CONTROL_ANY` and more
    than :data:`MAX_CONTROL_SHARE` of the bytes.  Done on the bytes, as the test for them is: a byte below 0x80 is that character in every encoding read
    here."""
    count = len(data) - len(data.translate(None, _CONTROL_BYTES))  # (one pass, not one per control byte)
    if count > max(MAX_CONTROL_ANY, MAX_CONTROL_SHARE * len(data)):
        raise ReaderError(f"binary content (control characters: {count} of {len(data)} bytes), not a text file")
    return data.replace(_LINE_BREAK, b"\n").translate(None, _CONTROL_BYTES)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of a text file; returns ``(text, encoding)``.

    Raises ReaderError when the bytes are not text in a supported encoding
    (binary content, or an encoding that cannot be told apart).
    """
    if data.startswith(codecs.BOM_UTF8):
        return _legacy_text(_strict(data[3:], "utf-8", _BOM.format("UTF-8", "EF BB BF"), skipped=3), "utf-8-sig")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16", _BOM.format("UTF-16", data[:2].hex(" ").upper())), "utf-16"
    sample = data[:4000]
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_nul > 0.3 and even_nul < 0.05:
            return _strict(data, "utf-16-le", _NUL_PATTERN.format("odd")), "utf-16-le"
        if even_nul > 0.3 and odd_nul < 0.05:
            return _strict(data, "utf-16-be", _NUL_PATTERN.format("even")), "utf-16-be"
    if b"\x00" in data:
        raise ReaderError("binary content (NUL bytes), not a text file")
    if any(byte in data for byte in _CONTROL_BYTES):
        data = _stray_controls_out(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        invalid = exc
    else:
        return _legacy_text(text, "utf-8")
    found = legacy.detect_bytes(data)
    if found.encoding is None or found.text is None:
        damaged = _damaged_utf8(data, invalid)
        advice = DAMAGED_UTF8 if damaged else f"{_no_vietnamese_word(found.scores)}{SAVE_AS_UTF8}"
        raise ReaderError(f"cannot tell the encoding: not UTF-8 or UTF-16{damaged}; as a "
                          f"single-byte Vietnamese encoding, {found.reason}{advice}")
    return found.text, found.encoding


def _damaged_utf8(data: bytes, error: UnicodeDecodeError) -> str:
    """Where a text that is UTF-8 but for a few places breaks (a file cut within a letter, bytes of another file or
    encoding pasted in), said after "not UTF-8 or UTF-16": "; it is UTF-8 text but for 3 places (the first: invalid
    utf-8 at byte 96 (FF) of 116)", or for one "(invalid utf-8 at byte 86 (E1) of 88) at its end: the file may be cut
    short" when it ends the file; ``""`` when the
    bytes are not mostly UTF-8: fewer letters outside ASCII decode than twice the places that fail (a single-byte
    encoding's bytes seldom make a UTF-8 sequence).  Newcomer, session 45: a UTF-8 report with three broken bytes
    at its end was told only "not UTF-8 or UTF-16" and advised as a text in another language."""
    text = data.decode("utf-8", errors="replace")
    places = text.count("\ufffd") - data.count("\ufffd".encode())
    letters = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if places < 1 or letters < max(3, 2 * places):
        return ""
    where = f"invalid utf-8 at byte {error.start} ({data[error.start]:02X}) of {len(data)}"  # (as _strict counts)
    end = " at its end: the file may be cut short" if places == 1 and error.reason == "unexpected end of data" else ""
    if places == 1:
        return f"; it is UTF-8 text but for 1 place ({where}){end}"
    return f"; it is UTF-8 text but for {places} places (the first: {where})"


#: what to do with a text whose encoding cannot be told, said after the reason (newcomer, session 33: the reason gave
#: scores and no way on); the fonts are said for a Vietnamese text, and a text of another language is told to keep its
#: own encoding (newcomer, session 43: a Shift-JIS and a KOI8-R text, and a Windows-1252 English one with curly
#: quotes, were told to open them "with a .Vn or VNI font")
SAVE_AS_UTF8 = (": open it in a program that shows it right (a Vietnamese text typed in a .Vn or VNI font: Word, "
                "with that font; a text in another language: in its own encoding, such as Windows-1252, Shift-JIS or "
                "KOI8-R) and save it as UTF-8 text, then ingest that file")


#: what to do with a text that is UTF-8 but for a few places (:func:`_damaged_utf8`), in place of
#: :data:`SAVE_AS_UTF8` and "a text in another language or script", which it is not: the advice of a text of another
#: encoding told to save as UTF-8 a file that is UTF-8 already (review rvb, session 45)
DAMAGED_UTF8 = (": the file is UTF-8 damaged in those places: take it again from where it came (a copy cut short or "
                "broken), or open it in a text editor that reads UTF-8, mend the broken letters and save it, then "
                "ingest that file")


def _no_vietnamese_word(scores: dict[str, float]) -> str:
    """``"; not one of its words is Vietnamese in any of them: a text in another language or script"`` when every
    single-byte encoding tried (``scores``, each one's share of valid Vietnamese words: :class:`legacy.Detection`)
    reads none of its words as Vietnamese (a Japanese, Chinese or Russian text), else ``""``."""
    if scores and max(scores.values()) == 0:
        return "; not one of its words is Vietnamese in any of them: a text in another language or script"
    return ""


def _legacy_text(text: str, encoding: str) -> tuple[str, str]:
    """Unicode text that may really be TCVN3/VNI/VIQR: converted when that is clearly so."""
    if text.isascii() and text.count("<") > 5:  # markup: no VIQR guessing over tags and attributes
        return text, encoding
    found = legacy.detect_text(text)
    if found.encoding in ("tcvn3", "vni", "viqr") and found.text is not None:
        return found.text, found.encoding
    return text, encoding


#: why :func:`decode` took a file for the encoding it then failed to decode, said after "invalid <encoding> at byte N"
#: (newcomer, session 44: a file starting with FF FE said only "invalid utf-16", not why it was read as UTF-16)
_BOM = "; read as {0} because the file starts with the {0} byte-order mark ({1}), but what follows is not {0} text"
_NUL_PATTERN = ("; read as UTF-16 without a byte-order mark because NUL bytes stand in its {} positions, but the "
                "bytes are not UTF-16 text")
_CUT_SHORT = " (an odd number of bytes: the file may be cut short)"


def _strict(data: bytes, encoding: str, why: str = "", skipped: int = 0) -> str:
    """``data`` decoded as ``encoding``; raises ReaderError "invalid <encoding> at byte N" (N counted in the file, of
    which ``skipped`` bytes, a byte-order mark, come before ``data``) followed by ``why`` the encoding was chosen, and
    for UTF-16 of an odd length that it may be cut short."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        cut = _CUT_SHORT if encoding.startswith("utf-16") and len(data) % 2 else ""
        raise ReaderError(f"invalid {encoding} at byte {skipped + exc.start}{why}{cut}") from None


#: the fewest lines holding a tab in a row that are a table (one such line alone is a paragraph: "Điều 1.<TAB>Tặng …")
_MIN_ROWS = 2


#: a wide gap around a tab (two tabs, or a tab beside a run of blanks): the columns of a letterhead or a signature
#: typed apart ("ỦY BAN NHÂN DÂN<TAB><TAB>CỘNG HÒA …", "Nơi nhận:<TAB><TAB>KT. CHỦ TỊCH"; observed in typed .txt
#: decisions and their legacy-encoded copies); a table copied out of Word parts its cells by one tab
_LAYOUT_GAP = re.compile(r"\t[ \t]*\t|\t {2,}| {2,}\t")


def _is_row(line: str) -> bool:
    return "\t" in line


def _layout(run: list[str]) -> bool:
    """Whether lines holding tabs are a layout, not a table: every one parts its columns by a wide gap
    (:data:`_LAYOUT_GAP`; a table's row has one only where a cell is empty), or every one is a list item whose
    marker a tab parts from its text ("1.<TAB>Ông …", "-<TAB>…": a numbered list copied out of Word)."""
    return all(_LAYOUT_GAP.search(line) for line in run) or \
        all(line.count("\t") == 1 and is_item_mark(line.split("\t")[0].strip()) for line in run)


def blocks_of(lines: list[str]) -> list[Block]:
    """The blocks of a plain text's lines (:func:`pipeline.wrap.join_wrapped`, so a line holding a tab stands
    alone): each run of at least :data:`_MIN_ROWS` lines holding a tab is a table, unless it is a layout
    (:func:`_layout`: a letterhead or a signature in columns, read by :mod:`pipeline.letterhead` as before, or a
    numbered list); one ``table_row`` block a line, its cells the tab-parted pieces (a table copied out of Word:
    "STT<TAB>Họ và tên<TAB>Chức vụ, đơn vị"; an empty cell kept, the empty first cell of a row that starts with
    a tab where the other rows do not (a merged STT cell), and the empty last cells of a shorter row, so the
    columns stay aligned), as a .docx table is read (:func:`pipeline.model.table_row`); every other line a
    ``paragraph``."""
    if not any("\t" in line for line in lines):
        return [Block(text=line) for line in lines]
    blocks: list[Block] = []
    tables = 0
    for tabbed, run in groupby(lines, key=_is_row):
        run = list(run)
        if tabbed:
            indent = min(len(line) - len(line.lstrip("\t")) for line in run)  # an indented table or list
            run = [line[indent:] for line in run]
        if tabbed and len(run) >= _MIN_ROWS and not _layout(run):
            rows = [[c.strip() for c in line.split("\t")] for line in run]
            width = max(map(len, rows))  # a row's empty last cells were stripped with the line's end
            blocks += [table_row(cells + [""] * (width - len(cells)), tables, r) for r, cells in enumerate(rows)]
            tables += 1
        else:
            blocks += [Block(text=_paragraph(line)) for line in run]
    return blocks


#: a list item's marker parted from its text by a tab ("1.<TAB>Ông …", "-<TAB>…": a list copied out of Word)
_MARK_TAB = re.compile(r"^(\S{1,6})\t+")


def _paragraph(line: str) -> str:
    """The text of a line read as a paragraph: leading tabs dropped, and the tab after a list item's marker
    a space ("1.<TAB>Ông Lê Văn Hùng" → "1. Ông Lê Văn Hùng", as a list typed with a space reads)."""
    line = line.lstrip("\t")
    mark = _MARK_TAB.match(line)
    if mark and is_item_mark(mark.group(1)):
        line = mark.group(1) + " " + line[mark.end():]
    return line


def read_misnamed(data: bytes, name: str, named: str) -> Document:
    """Read ``data``, a file named ``name`` whose suffix ``named`` (".xls") its content is not
    (:func:`pipeline.readers.signatures.foreign`), by its content: a text is read as a .txt file (:func:`read`, lines
    parted by tabs as table rows) with the warning "read as .txt: the content is not the .xls its name says", which
    the ingest summary lists as misnamed; anything else raises ReaderError "not a .xls file (its bytes are neither
    that format nor a text)", a failure of the file's own bytes."""
    from . import read_as_warning

    try:
        doc = read(data, name)
    except ReaderError as exc:
        raise ReaderError(f"not a {named} file (its bytes are neither that format nor a text: {exc})") from None
    doc.warnings.append(read_as_warning(".txt", named))
    return doc


def read(data: bytes, name: str) -> Document:
    """Read a .txt file: one ``paragraph`` block per non-empty line, a line that goes on from the one above
    (hard-wrapped text, :func:`pipeline.wrap.join_wrapped`) joined to it, lines parted by tabs as table rows
    (:func:`blocks_of`); the first line is the title."""
    text, encoding = decode(data)
    blocks = blocks_of(join_wrapped(text.splitlines()))
    title = blocks[0].text if blocks else None
    return Document(path=name, sha256="", format="txt", blocks=blocks, encoding=encoding, title=title)

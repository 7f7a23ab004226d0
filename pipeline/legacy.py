"""Legacy Vietnamese encodings → Unicode: TCVN3 (ABC), VNI-Windows, VIQR, Windows-1258.

Before Unicode (and long after it, in government offices) Vietnamese text was
typed in 8-bit "font encodings": the text is stored as Windows-1252 (Latin-1)
bytes and a special font draws the Vietnamese letters.  Read with any other
font, or as plain text, it comes out as mojibake ("ViÖt Nam", "Vieät Nam").

Encodings handled, each with its mapping table written here as data:

``tcvn3``
    TCVN 5712:1993, table VN3 ("ABC" fonts ``.VnTime``, ``.VnArial``…): one
    byte per letter, lower-case letters with tone marks in 0xB5–0xFE and
    Ă Â Ê Ô Ơ Ư Đ / ă â ê ô ơ ư đ in 0xA1–0xAE.  VN3 has no upper-case letters
    with tone marks: the capital fonts (``.VnTimeH``, ``.VnArialH``…, names
    ending in ``H``) draw the same code points, and the ASCII letters, as
    capitals, so text in an ``H`` font is converted and then upper-cased.
``vni``
    VNI-Windows (fonts ``VNI-Times``, ``VNI-Helve``…), from VNI Software's
    font encoding: a base letter followed by one or two mark bytes
    (``aø`` = à, ``aà`` = ầ, ``AØ`` = À), plus single bytes for
    ơ ư đ ì í ỉ ĩ ị ỵ (``ô ö ñ ì í æ ó ò î``) and their capitals.
``viqr``
    Vietnamese Quoted-Readable (RFC 1456), plain ASCII: ``a( a^ e^ o^ o+ u+``
    for ă â ê ô ơ ư, ``dd`` for đ, then the tone: ``'`` sắc, ````` huyền,
    ``?`` hỏi, ``~`` ngã, ``.`` nặng ("Vie^.t Nam"); ``\\`` escapes a mark
    character that is meant literally.
``cp1258``
    Windows-1258: base letters (with â ê ô ă ơ ư đ precomposed) followed by
    combining tone marks; decoded and brought to NFC.

The detector (:func:`detect_bytes`, :func:`detect_text`) converts a text with
each candidate encoding and scores the share of words that come out as valid
Vietnamese syllables (:func:`is_syllable`); it names an encoding only when one
candidate is good and clearly ahead, and otherwise says it cannot tell.

For formatted documents the font decides, run by run (:func:`font_encoding`,
:func:`convert_run`, :func:`convert_docx`).
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache

from .dates import dictionary_words

# ---------------------------------------------------------------------------
# Mapping tables (data)
# ---------------------------------------------------------------------------

#: TCVN 5712:1993 VN3 ("ABC"): byte → Unicode letter.  Bytes not listed are
#: Windows-1252 / ASCII as they are.
TCVN3_TABLE: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}

#: VNI-Windows mark bytes (lower-case forms; the capital forms are the Latin-1
#: capitals of the same letters, 0x20 lower).
_VNI_TONES = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX_TONES = {"": "â", "\u0300": "à", "\u0301": "á", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE_TONES = {"": "ê", "\u0300": "è", "\u0301": "é", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
#: VNI single bytes for whole letters: letter → byte (lower case).
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}

#: VIQR (RFC 1456) marks.
_VIQR_QUALITY = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}
_VIQR_TONES = {"\u0301": "'", "\u0300": "`", "\u0309": "?", "\u0303": "~", "\u0323": "."}

_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng
_QUALITY_MARKS = ("\u0302", "\u0306", "\u031b")  # circumflex, breve, horn

ENCODINGS = ("tcvn3", "vni", "viqr", "cp1258")


# ---------------------------------------------------------------------------
# Byte <-> "legacy string" (one character per byte)
# ---------------------------------------------------------------------------

def _byte_char_table() -> list[str]:
    """Byte → character as Windows shows it (cp1252, Latin-1 where cp1252 has a hole)."""
    out = []
    for b in range(256):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return out


_BYTE_CHARS = _byte_char_table()
_CHAR_BYTES = {ch: b for b, ch in enumerate(_BYTE_CHARS)}


def bytes_to_legacy(data: bytes) -> str:
    """Bytes as the characters a Windows program shows for them (cp1252, holes as Latin-1)."""
    return "".join(_BYTE_CHARS[b] for b in data)


def legacy_to_bytes(text: str) -> bytes:
    """Inverse of :func:`bytes_to_legacy` (characters outside cp1252 raise ValueError)."""
    try:
        return bytes(_CHAR_BYTES[ch] for ch in text)
    except KeyError as exc:
        raise ValueError(f"character {exc.args[0]!r} has no single-byte form") from None


def _alt_codepage_chars() -> dict[str, int]:
    """Characters that other Windows code pages show for bytes 0x80-0xFF.

    A Word run in a legacy font with a Turkish or Central European charset
    (``.VnTimeH Tur``, ``VNI-Times CE``) comes out of a converter as those
    code pages' letters (İ, Ş, ı…); this maps them back to their byte.
    """
    out: dict[str, int] = {}
    for cp in ("cp1254", "cp1250", "cp1257", "cp1251", "cp1253"):
        for b in range(0x80, 0x100):
            try:
                ch = bytes([b]).decode(cp)
            except UnicodeDecodeError:
                continue
            if ch not in _CHAR_BYTES and ch not in out:
                out[ch] = b
    return out


_ALT_CHARS = _alt_codepage_chars()


def _byte_of(ch: str) -> int | None:
    b = _CHAR_BYTES.get(ch)
    if b is None:
        b = _ALT_CHARS.get(ch)
    return b


# ---------------------------------------------------------------------------
# TCVN3
# ---------------------------------------------------------------------------

_TCVN3_DECODE: dict[str, str] = {}
for _b, _u in TCVN3_TABLE.items():
    _TCVN3_DECODE[_BYTE_CHARS[_b]] = _u
for _ch, _b in _ALT_CHARS.items():
    if _b in TCVN3_TABLE:
        _TCVN3_DECODE[_ch] = TCVN3_TABLE[_b]
_TCVN3_TRANS = str.maketrans(_TCVN3_DECODE)
_TCVN3_ENCODE = {u: _BYTE_CHARS[b] for b, u in TCVN3_TABLE.items()}


def tcvn3_to_unicode(text: str, upper: bool = False) -> str:
    """Convert TCVN3 text (one character per byte, as cp1252 shows it) to Unicode NFC.

    ``upper``: the text is in a capital font (``.VnTimeH``): the result is upper-cased.
    Otherwise capitals words written with lower-case toned vowels are restored
    (:func:`restore_capitals`).
    """
    out = text.translate(_TCVN3_TRANS)
    return out.upper() if upper else restore_capitals(out)


# A capital vowel with a tone mark has no VN3 code: typed in a normal font, a capitals word shows its
# toned vowels in lower case ("QUYếT ĐịNH", "ủY BAN"), and so does a VNI text typed that way.
_TONED_LOWER = "".join(sorted(
    ch for ch in map(chr, range(0xC0, 0x1EFA))
    if ch.islower() and ch.isalpha() and any(m in unicodedata.normalize("NFD", ch) for m in _TONES)))
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha())
_CAPS_HINT = re.compile(f"[{_UPPER}][{_TONED_LOWER}]|[{_TONED_LOWER}][{_UPPER}]")
_TONED_SET = frozenset(_TONED_LOWER)


def _caps_shape(word: str) -> str:
    """How a letter run reads in a capitals context.

    ``"caps"``: capitals except lower-case toned vowels, with two capitals or a
    capital after a lower-case letter ("QUYếT", "ĐịNH", "ủY"); ``"initial"``:
    one capital first, then toned vowels only ("Sở", "Tế": title case too);
    ``"plain"``: it has a lower-case letter without a tone mark ("việc",
    "iPhone"); ``"upper"``: no lower-case letter ("UBND", "Y").
    """
    lower = [i for i, ch in enumerate(word) if ch.islower()]
    if not lower:
        return "upper"
    if any(word[i] not in _TONED_SET for i in lower):
        return "plain"
    capitals = len(word) - len(lower)
    if capitals >= 2 or (capitals == 1 and word[0].islower()):
        return "caps"
    return "initial"


def restore_capitals(text: str) -> str:
    """Upper-case the words of a TCVN3/VNI text written in capitals with lower-case toned vowels.

    "QUYếT ĐịNH" → "QUYẾT ĐỊNH", "ủY BAN" → "ỦY BAN".  A word that is one
    capital and toned vowels ("Sở", "Tế") is upper-cased only on a line that
    has such a capitals word and no ordinary lower-case word ("Sở Y Tế TỉNH" →
    "SỞ Y TẾ TỈNH"; "Sở Y tế" and "Giám đốc Sở" stay).  Mixed-case words
    with an untoned lower-case letter ("TP.HCM", "iPhone", "PGS.TS") are kept.  Then the first letter of a name
    or a sentence typed with a lower-case code is restored (:func:`restore_initials`: "Đoàn Thị ánh" → "Đoàn Thị
    Ánh").
    """
    if _CAPS_HINT.search(text):
        text = "\n".join(_restore_line(line) if _CAPS_HINT.search(line) else line for line in text.split("\n"))
    return restore_initials(text) if _INITIAL_HINT.search(text) else text


# A capital with a tone mark has no VN3 code either (and a typist in a normal font may type Ă Â Ê Ô Ơ Ư Đ with their
# lower-case codes): a word that should open with one shows it in lower case ("Đoàn Thị ¸nh" -> "Đoàn Thị ánh",
# "«ng A" -> "ông A" opening a sentence).  Only where a capital is certain is it put back (restore_initials).
_VN_LOWER = "".join(sorted(set(_TONED_LOWER) | set("ăâêôơưđ")))
_INITIAL_HINT = re.compile(f"(?<![^\\W\\d_])[{_VN_LOWER}]")
#: a sentence's first word: after a line ended by a stop (or a blank line), or its item mark ("- ", "a) ", "2. "), or
#: after a stop inside a line ("… ký. ông A …"); not after ":" or ";" ("gồm:" / "ông A, …"), nor "…" ("chế độ bồi
#: dưỡng… được sử dụng"), never a text's first word (a run of a Word paragraph may start mid-sentence)
_SENTENCE_START = re.compile(
    f"(?:(?<=[.!?]\\n)|(?<=\\n\\n)|(?<=[.!?] ))((?:[-+*•]\\s+|(?:\\d+|[a-zđ])[.)]\\s+)?)([{_VN_LOWER}][^\\W\\d_]*)")


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset, frozenset]:
    """(middle names, surnames) of ``corpora/gazetteers/middle_names.txt`` and ``surnames.txt``, capitalised."""
    from corpora.gazetteers import entry_lines

    def words(name: str) -> frozenset:
        return frozenset(w.strip()[:1].upper() + w.strip()[1:] for w in entry_lines(name))
    return words("middle_names.txt"), words("surnames.txt")


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset:
    """The honorifics, ranks and roles of ``corpora/gazetteers/honorifics.tsv`` ("ông", "nghi phạm", "Nữ
    hoàng"), each a tuple of its lower-case words: a word ending one is no surname before a middle name."""
    from corpora.gazetteers import entry_lines
    return frozenset(tuple(line.split("\t")[0].lower().split()) for line in entry_lines("honorifics.tsv"))


def _ends_honorific(words: list, i: int) -> bool:
    """Whether word ``i`` (of :data:`_WORD_AT` matches) ends an honorific, rank or role ("nghi phạm", "ông")."""
    for honorific in _honorific_words():
        n = len(honorific)
        if n <= i + 1 and tuple(w.group().lower() for w in words[i - n + 1:i + 1]) == honorific:
            return True
    return False


_WORD_AT = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _not_middle() -> frozenset:
    """The words of ``corpora/gazetteers/not_middle_names.txt``: they stand between a surname and a capitalised word
    in running text ("ông Lê ở Hà Nội"), never a middle name typed with a lower-case code."""
    from corpora.gazetteers import entry_lines
    return frozenset(w.strip() for w in entry_lines("not_middle_names.txt"))


@lru_cache(maxsize=1)
def _unit_head_pairs() -> frozenset:
    """The first two words, lower-case, of the unit-type heads of ``corpora/gazetteers/unit_types.tsv`` of two words
    or more ("tập đoàn", "cao đẳng" of "trường cao đẳng" is not one: "trường", "cao")."""
    return frozenset(h[:2] for h in _unit_type_heads() if len(h) >= 2)


@lru_cache(maxsize=1)
def _unit_type_heads() -> frozenset:
    """The unit-type heads of ``corpora/gazetteers/unit_types.tsv`` (its first column), each a tuple of its lower-case
    words ("ủy ban nhân dân" → ("ủy", "ban", "nhân", "dân")), as written there (not normalised)."""
    from corpora.gazetteers import entry_lines
    return frozenset(tuple(line.split("\t")[0].lower().split()) for line in entry_lines("unit_types.tsv"))


def _between_surname_and_name(text: str, words: list, i: int, surnames: frozenset) -> bool:
    """Whether word ``i`` (of :data:`_WORD_AT` matches) is a middle name whose capital had no code: right after a
    capitalised surname of ``surnames.txt`` and right before a capitalised word, one space each side ("Nguyễn ích
    Thịnh" -> "Nguyễn Ích Thịnh"), not a word of ``not_middle_names.txt`` nor an honorific ("Lê ở Hà Nội" kept).
    The surname must open the name: it makes with the word a unit-type head of ``unit_types.tsv`` ("Tập đoàn Công
    nghiệp"), and after a capitalised word that is no honorific, a head with that word too ("Trường Cao đẳng Y tế")
    or a word of the dictionary ("Cao đẳng") puts it inside another name; a name after a unit's name ("Trường THPT
    Lê Lợi Nguyễn ích Thịnh") is repaired."""
    if i == 0 or i + 1 >= len(words):
        return False
    before, m, after = words[i - 1], words[i], words[i + 1]
    w = m.group()
    if not (before.group() in surnames and after.group()[:1].isupper() and w not in _not_middle() and
            text[before.end():m.start()] == " " and text[m.end():after.start()] == " " and
            (w,) not in _honorific_words()):
        return False
    if (before.group().lower(), w) in _unit_head_pairs():
        return False
    opener = words[i - 2] if i >= 2 else None
    if opener is None or not opener.group()[:1].isupper() or text[opener.end():before.start()].strip() or \
            _ends_honorific(words, i - 2):
        return True
    # a capitalised word right before the surname puts it inside another name only where the words make a unit-type
    # head ("Trường Cao đẳng") or the surname and the word a word of the dictionary ("Công ty Tập đoàn …"); a name
    # right after a unit's name ("Trường THPT Lê Lợi Nguyễn ích Thịnh") keeps the repair
    low = (opener.group().lower(), before.group().lower(), w.lower())
    return not (any(h[:3] == low for h in _unit_type_heads()) or f"{low[1]} {low[2]}" in dictionary_words())


@lru_cache(maxsize=1)
def _uncoded_heads() -> tuple:
    """The unit-type heads of ``corpora/gazetteers/unit_types.tsv`` whose first capital has no TCVN3/VNI code (a
    vowel with a tone mark: "Ủy ban nhân dân", "Ủy ban"), each a tuple of its lower-case words, longest first."""
    return tuple(sorted((h for h in _unit_type_heads() if h and h[0][0] in _TONED_LOWER), key=len, reverse=True))


@lru_cache(maxsize=1)
def _level_words() -> tuple:
    """The administrative levels of ``corpora/gazetteers/administrative_levels.tsv`` ("tỉnh", "thành phố"), each a
    tuple of its words."""
    from corpora.gazetteers import entry_lines
    return tuple(tuple(line.split("\t")[0].split()) for line in entry_lines("administrative_levels.tsv"))


def _opens_body(text: str, words: list, i: int) -> bool:
    """Whether word ``i`` (of :data:`_WORD_AT` matches) opens a body's name typed with the lower-case code of a
    capital that has none: a unit-type head of :func:`_uncoded_heads`, its words one space apart, then an
    administrative level of :func:`_level_words` or a capitalised word ("của ủy ban nhân dân tỉnh" -> "của Ủy ban
    nhân dân tỉnh", "ủy ban Kiểm tra"; not "ủy quyền", nor "ủy ban" alone)."""
    def spaced(a: int, b: int) -> bool:
        return all(text[words[k].end():words[k + 1].start()] == " " for k in range(a, b))
    first = words[i].group().lower()
    for head in _uncoded_heads():
        n = len(head)
        if head[0] != first or i + n >= len(words) or tuple(w.group().lower() for w in words[i:i + n]) != head \
                or not spaced(i, i + n):
            continue
        after = [w.group() for w in words[i + n:i + n + 2]]
        return after[0][:1].isupper() or any(tuple(after[:len(level)]) == level for level in _level_words())
    return False


def restore_initials(text: str) -> str:
    """Capitalise the words of a decoded TCVN3/VNI text that open with a lower-case Vietnamese letter where a
    capital is certain: a person's name, the word after a middle name ("Đoàn Thị ánh" -> "Đoàn Thị Ánh") and a
    surname before a capitalised middle name ("bà đoàn Thị Ánh" -> "bà Đoàn Thị Ánh"; ``middle_names.txt``,
    ``surnames.txt``) unless it ends an honorific, rank or role ("nghi phạm Văn Hùng", ``honorifics.tsv``), a middle
    name between a surname and a capitalised word (:func:`_between_surname_and_name`), a body's name opening with
    such a capital (:func:`_opens_body`: "của ủy ban nhân dân tỉnh") and a sentence's first word (:data:`_SENTENCE_START`: "…ký.\\n- ¸p dông" -> "- Áp dụng")
    in a text that has capitals (one typed all in lower case is kept as typed).  Words in lower case elsewhere
    ("ủy quyền", "Tỉnh ủy", "ô tô") are kept."""
    middle, surnames = _name_words()
    words = list(_WORD_AT.finditer(text))
    has_capitals = any(c.isupper() for c in text)  # (a text typed all in lower case is kept so)
    fixes = {}
    for i, m in enumerate(words):
        w = m.group()
        if w[0] not in _VN_LOWER or not w.islower():
            continue
        before = words[i - 1] if i else None
        after = words[i + 1] if i + 1 < len(words) else None
        named = before is not None and before.group() in middle and text[before.end():m.start()] == " " and \
            i >= 2 and (words[i - 2].group()[:1].isupper() or words[i - 2].start() in fixes) and \
            text[words[i - 2].end():before.start()] == " "
        named = named or (after is not None and after.group() in middle and text[m.end():after.start()] == " "
                          and w.capitalize() in surnames and not _ends_honorific(words, i))
        named = named or _between_surname_and_name(text, words, i, surnames) or \
            (has_capitals and _opens_body(text, words, i))
        if named:
            fixes[m.start()] = w.capitalize()
    for m in _SENTENCE_START.finditer(text) if has_capitals else ():
        fixes[m.start(2)] = m.group(2).capitalize()  # (a text typed all in lower case is kept so)
    if not fixes:
        return text
    out, last = [], 0
    for start in sorted(fixes):
        out += [text[last:start], fixes[start]]
        last = start + len(fixes[start])
    return "".join(out + [text[last:]])


def _restore_line(line: str) -> str:
    runs = [(m, _caps_shape(m.group())) for m in _LETTER_RUN.finditer(line)]
    shapes = {shape for _, shape in runs}
    if "caps" not in shapes:
        return line
    wanted = {"caps", "initial"} if "plain" not in shapes else {"caps"}
    out, last = [], 0
    for m, shape in runs:
        if shape in wanted:
            out.append(line[last:m.start()])
            out.append(m.group().upper())
            last = m.end()
    out.append(line[last:])
    return "".join(out)


def unicode_to_tcvn3(text: str) -> str:
    """Encode Unicode to TCVN3 (as a one-character-per-byte string).

    Capitals with tone marks do not exist in VN3 (they need an ``H`` font):
    they are written as the lower-case letter, as a VN3 text in a normal font
    would show them.  Other characters outside VN3 raise ValueError.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[ch])
        elif ch.lower() in _TCVN3_ENCODE and ch not in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[ch.lower()])
        elif ch in _CHAR_BYTES and (ord(ch) < 0x80 or _CHAR_BYTES[ch] not in TCVN3_TABLE):
            out.append(ch)
        else:
            raise ValueError(f"{ch!r} cannot be written in TCVN3")
    return "".join(out)


# ---------------------------------------------------------------------------
# VNI-Windows
# ---------------------------------------------------------------------------

def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(Unicode letter → VNI sequence, VNI sequence → Unicode letter), both cases."""
    encode: dict[str, str] = {}
    for base in "aeiouy":
        for quality in ("",) + _QUALITY_MARKS:
            for tone in ("",) + _TONES:
                letter = unicodedata.normalize("NFC", base + quality + tone)
                if len(letter) != 1:
                    continue  # not a Vietnamese letter (e.g. i with circumflex)
                if letter in _VNI_SINGLE:
                    seq = _VNI_SINGLE[letter]
                elif quality == "\u0302":
                    seq = base + _VNI_CIRCUMFLEX_TONES[tone]
                elif quality == "\u0306":
                    seq = base + _VNI_BREVE_TONES[tone]
                elif quality == "\u031b":  # ơ ư with a tone: their single byte + tone byte
                    seq = _VNI_SINGLE[unicodedata.normalize("NFC", base + quality)] + (_VNI_TONES[tone] if tone else "")
                elif tone:
                    seq = base + _VNI_TONES[tone]
                else:
                    continue  # plain ASCII vowel
                if quality and not tone and quality == "\u031b":
                    seq = _VNI_SINGLE[letter]
                encode[letter] = seq
    encode["đ"] = _VNI_SINGLE["đ"]
    for letter, seq in list(encode.items()):
        encode[letter.upper()] = seq.upper()
    decode: dict[str, str] = {}
    for letter, seq in encode.items():
        decode[seq] = letter
        if len(seq) == 2:  # mixed case as typed: "Aù", "aÙ": the base letter decides
            base, mark = seq
            for m in (mark.lower(), mark.upper()):
                key = base + m
                decode.setdefault(key, letter.upper() if base.isupper() else letter.lower())
    return encode, decode


_VNI_ENCODE, _VNI_DECODE = _vni_tables()
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(_VNI_DECODE, key=len, reverse=True)))


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text (one character per byte, as cp1252 shows it) to Unicode NFC.

    Capitals words typed with lower-case toned vowels are restored (:func:`restore_capitals`).
    """
    if not text.isascii():
        alt = {ch: _BYTE_CHARS[b] for ch, b in _ALT_CHARS.items() if ch in text}
        if alt:
            text = text.translate(str.maketrans(alt))
    return restore_capitals(_VNI_PATTERN.sub(lambda m: _VNI_DECODE[m.group(0)], text))


def unicode_to_vni(text: str) -> str:
    """Encode Unicode to VNI-Windows (as a one-character-per-byte string); ValueError if impossible."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _VNI_ENCODE:
            out.append(_VNI_ENCODE[ch])
        elif ch.isascii() or (ch in _CHAR_BYTES and ch not in _VNI_DECODE):
            out.append(ch)
        else:
            raise ValueError(f"{ch!r} cannot be written in VNI")
    return "".join(out)


# ---------------------------------------------------------------------------
# VIQR
# ---------------------------------------------------------------------------

_VIQR_VOWEL = re.compile(r"\\(.)|([dD][dD])|([aeiouyAEIOUY])(\^|\(|\+)?([`'?~.])?", re.S)
_QUALITY_OF = {"^": "\u0302", "(": "\u0306", "+": "\u031b"}
_QUALITY_OK = {("a", "^"), ("a", "("), ("e", "^"), ("o", "^"), ("o", "+"), ("u", "+")}
_TONE_OF = {v: k for k, v in _VIQR_TONES.items()}


def viqr_to_unicode(text: str) -> str:
    """Convert VIQR (RFC 1456) text to Unicode NFC.

    ``\\`` makes the next character literal.  A text that escapes its
    punctuation after vowels (``ba\\.``, as RFC 1456 asks) is read strictly:
    every other ``.`` or ``?`` after a vowel is a tone.  In a text that does
    not, a ``.`` or ``?`` that ends a word is read as a tone only when the
    text goes on with a lower-case letter (otherwise it ends a sentence).
    """
    strict = bool(re.search(r"[aeiouyAEIOUY^(+]\\[.?]", text))

    def sub(m: re.Match) -> str:
        if m.group(1) is not None:
            return m.group(1)
        if m.group(2):
            dd = m.group(2)
            if dd == "dd":
                return "đ"
            if dd in ("DD", "Dd"):
                return "Đ"
            return dd
        vowel, quality, tone = m.group(3), m.group(4), m.group(5)
        rest = ""
        if quality and (vowel.lower(), quality) not in _QUALITY_OK:
            rest = quality + (tone or "")
            quality = tone = None
        if tone in (".", "?") and not strict:
            after = text[m.end():m.end() + 3]
            if not after[:1].isalpha():
                nxt = after.lstrip(" ")
                if not (after[:1] == " " and nxt[:1].isalpha() and nxt[:1].islower()):
                    rest = tone
                    tone = None
        letter = vowel + (_QUALITY_OF[quality] if quality else "") + (_TONE_OF[tone] if tone else "")
        return unicodedata.normalize("NFC", letter) + rest

    return _VIQR_VOWEL.sub(sub, text)


def unicode_to_viqr(text: str) -> str:
    """Encode Unicode to VIQR, escaping with ``\\`` the mark characters meant literally."""
    out: list[str] = []
    prev_vowel = False
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            prev_vowel = False
            continue
        nfd = unicodedata.normalize("NFD", ch)
        base = nfd[0]
        marks = nfd[1:]
        if base.lower() in "aeiouy" and marks and all(m in _VIQR_QUALITY or m in _VIQR_TONES for m in marks):
            q = "".join(_VIQR_QUALITY[m] for m in marks if m in _VIQR_QUALITY)
            t = "".join(_VIQR_TONES[m] for m in marks if m in _VIQR_TONES)
            out.append(base + q + t)
            prev_vowel = True
            continue
        if not ch.isascii():
            raise ValueError(f"{ch!r} cannot be written in VIQR")
        if ch == "\\" or (ch in "^(+`'?~." and prev_vowel) or (ch in "dD" and out and out[-1][-1:] in "dD"):
            out.append("\\" + ch)
        else:
            out.append(ch)
        prev_vowel = ch.lower() in "aeiouy"
    return "".join(out)


# ---------------------------------------------------------------------------
# Windows-1258
# ---------------------------------------------------------------------------

def cp1258_to_unicode(data: bytes) -> str:
    """Decode Windows-1258 bytes and compose the combining tone marks (NFC)."""
    return unicodedata.normalize("NFC", data.decode("cp1258"))


def unicode_to_cp1258(text: str) -> bytes:
    """Encode to Windows-1258 the way Vietnamese Windows keyboards write it: tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in nfd if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
        out.append((base + tones).encode("cp1258"))  # raises for what cp1258 cannot hold
    return b"".join(out)


# ---------------------------------------------------------------------------
# Syllables and detection
# ---------------------------------------------------------------------------

_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
#: vowel clusters that end a syllable (no final consonant)
_OPEN = set("a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uy ưa ưi ưu "
            "oai oao oay oeo uây uôi uya uyu ươi ươu iêu yêu uơ".split())
#: vowel clusters that take a final consonant
_CLOSED = set("a ă â e ê i o ô ơ u ư y oa oă oe uâ uê uy uô ươ iê yê uyê".split())
_CODAS = ("ng", "nh", "ch", "c", "m", "n", "p", "t")
_STOPS = ("c", "ch", "p", "t")


@lru_cache(maxsize=100_000)
def is_syllable(word: str) -> bool:
    """True when ``word`` (any case) is a well-formed Vietnamese syllable.

    Onset + vowel cluster + final consonant, at most one tone mark, and a
    syllable closed by c/ch/p/t takes only sắc or nặng.
    """
    nfd = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in nfd if c in _TONES]
    if len(tones) > 1:
        return False
    plain = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    if not plain.isalpha():
        return False
    for onset in _ONSETS:
        if not plain.startswith(onset):
            continue
        rest = plain[len(onset):]
        if onset == "gi" and (not rest or rest[0] not in "aăâeêoôơuưy"):
            # "gì", "gìn": the i is the vowel
            rest = plain[1:]
        if onset == "qu" and not rest:
            continue
        for coda in _CODAS:
            if rest.endswith(coda) and rest[:-len(coda)] in _CLOSED:
                if coda in _STOPS and tones and tones[0] not in ("\u0301", "\u0323"):
                    return False
                return True
        if rest in _OPEN:
            return True
    return False


_PUNCT_EDGE = "\"'“”‘’«»()[]{}<>.,;:!?…-–—/\\|*_#%&+=~`^"
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_UNICODE_VIET = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")  # letters no cp1252 byte shows


def _token_ok(token: str) -> bool:
    core = token.strip(_PUNCT_EDGE)
    if not core:
        return False
    for part in re.split(r"[-/]", core):
        if not part:
            continue
        if not part.isalpha():
            return False
        if part.isascii():
            continue
        if not all(is_syllable(run) for run in _LETTER_RUN.findall(part)):
            return False
    return True


@dataclass
class Detection:
    """What :func:`detect_bytes` / :func:`detect_text` found.

    ``encoding`` is the chosen encoding (``"unicode"`` for text that is
    already right), or None when it cannot tell; ``text`` the converted text
    (None when it cannot tell); ``scores`` each candidate's share of valid
    syllables; ``words`` how many words decided it; ``reason`` says why when
    it cannot tell.
    """

    encoding: str | None
    text: str | None
    scores: dict[str, float] = field(default_factory=dict)
    words: int = 0
    reason: str = ""


#: the best candidate needs this share of valid words…
MIN_SCORE = 0.6
#: …and this lead over the second
MIN_MARGIN = 0.15


def _score(source_tokens: list[str], converted: str, considered: list[int]) -> float:
    tokens = converted.split()
    if len(tokens) != len(source_tokens):
        return 0.0
    ok = sum(1 for i in considered if _token_ok(tokens[i]))
    return ok / len(considered)


def _decide(candidates: dict[str, str | None], considered: list[int], source_tokens: list[str],
            default: str | None = None, lead: float = MIN_MARGIN) -> Detection:
    if not considered:
        if default is not None:
            return Detection(default, candidates[default], {}, 0)
        return Detection(None, None, {}, 0, "no words with non-ASCII letters")
    scores = {name: (_score(source_tokens, text, considered) if text is not None else 0.0)
              for name, text in candidates.items()}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, best_score = ranked[0]
    second_score = ranked[1][1] if len(ranked) > 1 else 0.0
    shown = ", ".join(f"{k} {v:.2f}" for k, v in ranked)
    if default is not None:
        # text that is already valid as it is stays so unless a conversion is clearly better
        if best != default and best_score >= MIN_SCORE and best_score - scores[default] >= lead \
                and best_score - second_score >= MIN_MARGIN:
            return Detection(best, candidates[best], scores, len(considered))
        return Detection(default, candidates[default], scores, len(considered))
    if best_score < MIN_SCORE:
        return Detection(None, None, scores, len(considered),
                         f"no encoding gives Vietnamese words ({shown})")
    if best_score - second_score < MIN_MARGIN:
        return Detection(None, None, scores, len(considered),
                         f"{ranked[0][0]} and {ranked[1][0]} are too close ({shown})")
    return Detection(best, candidates[best], scores, len(considered))


def detect_bytes(data: bytes) -> Detection:
    """Tell which single-byte encoding a non-UTF-8 Vietnamese text uses: cp1258, tcvn3 or vni.

    Returns a :class:`Detection` whose ``encoding`` is None (with a
    ``reason``) when no candidate gives Vietnamese words or two are close.
    """
    legacy = bytes_to_legacy(data)
    source_tokens = legacy.split()
    considered = [i for i, t in enumerate(source_tokens) if not t.isascii()]
    if not considered:
        if data.isascii():
            return detect_text(data.decode("ascii"))
        return Detection(None, None, {}, 0, "no words with non-ASCII letters")
    try:
        cp = cp1258_to_unicode(data)
        # NFC may merge nothing across spaces, so tokens stay aligned
    except UnicodeDecodeError:
        cp = None
    candidates = {"cp1258": cp, "tcvn3": tcvn3_to_unicode(legacy), "vni": vni_to_unicode(legacy)}
    return _decide(candidates, considered, source_tokens)


_VIQR_HINT = re.compile(r"[aeiouyAEIOUY](?:[\^\(\+][`'?~.]?|[`'?~.](?=[A-Za-z]))|[aeiouyAEIOUY]['`~]|\bdd|\bDD")


def detect_text(text: str) -> Detection:
    """Tell whether decoded text is right as it is ("unicode") or legacy text: tcvn3, vni or viqr.

    Text with Unicode Vietnamese letters (ă đ ơ ư ệ…), which no legacy
    encoding read as Windows-1252 produces, is Unicode.  Otherwise a
    conversion is chosen only when it is clearly better than leaving the text
    alone; this never refuses text (the default is "unicode").
    """
    if _UNICODE_VIET.search(text):
        return Detection("unicode", text, {"unicode": 1.0}, 0)
    source_tokens = text.split()
    if text.isascii():
        considered = [i for i, t in enumerate(source_tokens) if _VIQR_HINT.search(t)]
        if len(considered) < 3 or len(considered) < 0.1 * len(source_tokens):
            return Detection("unicode", text, {"unicode": 1.0}, len(considered))
        return _decide({"unicode": text, "viqr": viqr_to_unicode(text)}, considered, source_tokens,
                       default="unicode", lead=0.3)
    considered = [i for i, t in enumerate(source_tokens) if not t.isascii()]
    if any(ch not in _CHAR_BYTES and ch not in _ALT_CHARS for ch in text):
        return Detection("unicode", text, {"unicode": 1.0}, len(considered))
    candidates = {"unicode": text, "tcvn3": tcvn3_to_unicode(text), "vni": vni_to_unicode(text)}
    return _decide(candidates, considered, source_tokens, default="unicode", lead=0.3)


# ---------------------------------------------------------------------------
# Fonts and formatted documents
# ---------------------------------------------------------------------------

_CHARSET_SUFFIX = re.compile(r"\s+(tur|ce|cyr|greek|baltic|vn|western)$", re.I)


@lru_cache(maxsize=1024)
def font_encoding(font: str | None) -> tuple[str, bool] | None:
    """The legacy encoding a font name implies: ``("tcvn3", upper)``, ``("vni", False)`` or None.

    ``.VnTime``, ``.VnArial``… are TCVN3 (ABC) fonts; those whose name ends in
    ``H`` (``.VnTimeH``, ``.VnArial NarrowH``) are their capital versions.
    ``VNI-Times``, ``VNI-Helve``… are VNI-Windows fonts.  A charset suffix
    (" Tur", " CE") is ignored.
    """
    if not font:
        return None
    name = _CHARSET_SUFFIX.sub("", font.split(";")[0].strip())
    low = name.lower()
    if low.startswith("vni-") or low.startswith("vni "):
        return ("vni", False)
    if low.startswith(".vn") or re.match(r"^vn(time|arial|avant|book|courier|helvet|univers|centur)", low):
        return ("tcvn3", name.endswith("H"))
    return None


def convert_run(text: str, font: str | None) -> tuple[str, str | None]:
    """Convert one run of text by its font: ``(unicode_text, encoding or None)``."""
    enc = font_encoding(font)
    if enc is None or not text:
        return text, None
    name, upper = enc
    if name == "tcvn3":
        return tcvn3_to_unicode(text, upper), "tcvn3"
    return vni_to_unicode(text), "vni"


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _rfont(rpr) -> str | None:
    """The font of a ``w:rPr`` (hAnsi, then ascii), or None when it names none."""
    if rpr is None:
        return None
    fonts = rpr.find(_q("rFonts"))
    if fonts is None:
        return None
    return fonts.get(_q("hAnsi")) or fonts.get(_q("ascii"))


class _Styles:
    """Resolves the font of a run through run style, paragraph style chain and defaults."""

    def __init__(self, styles_xml: bytes | None) -> None:
        self.fonts: dict[str, str | None] = {}
        self.based: dict[str, str | None] = {}
        self.default_para: str | None = None
        self.default_font: str | None = None
        if not styles_xml:
            return
        from lxml import etree

        root = etree.fromstring(styles_xml, parser=etree.XMLParser(resolve_entities=False, huge_tree=False))
        defaults = root.find(f"{_q('docDefaults')}/{_q('rPrDefault')}/{_q('rPr')}")
        self.default_font = _rfont(defaults)
        for style in root.iter(_q("style")):
            sid = style.get(_q("styleId"))
            if not sid:
                continue
            self.fonts[sid] = _rfont(style.find(_q("rPr")))
            based = style.find(_q("basedOn"))
            self.based[sid] = based.get(_q("val")) if based is not None else None
            if style.get(_q("type")) == "paragraph" and style.get(_q("default")) in ("1", "true"):
                self.default_para = sid

    @lru_cache(maxsize=4096)
    def style_font(self, sid: str | None) -> str | None:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            font = self.fonts.get(sid)
            if font:
                return font
            sid = self.based.get(sid)
        return None


@dataclass
class DocxConversion:
    """Result of :func:`convert_docx`: the rewritten package and what was found."""

    data: bytes
    encodings: dict[str, int] = field(default_factory=dict)  # encoding -> runs converted
    unicode_runs: int = 0  # runs in other fonts that hold non-ASCII text

    @property
    def encoding(self) -> str | None:
        """"tcvn3", "vni", "tcvn3+vni", "tcvn3+unicode"…, or None when no run was legacy."""
        if not self.encodings:
            return None
        names = sorted(self.encodings, key=lambda k: -self.encodings[k])
        if self.unicode_runs:
            names.append("unicode")
        return "+".join(names)


_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$")


def convert_docx(data: bytes) -> DocxConversion:
    """Rewrite the runs of a .docx whose fonts are legacy (``.Vn*``, ``VNI-*``) into Unicode.

    Each run's font is resolved (run properties, run style, paragraph style
    and its ``basedOn`` chain, document defaults); the text of runs in a TCVN3
    or VNI font is converted (upper-cased for ``H`` fonts; a TCVN3 ``ư`` that
    a converter turned into a soft hyphen, byte 0xAD, is restored) and their
    font renamed to "Times New Roman", so a reader downstream sees Unicode.
    Runs in other fonts whose non-ASCII text, taken together per font, is
    clearly TCVN3 or VNI (:func:`detect_text`) are converted too.
    Returns the original bytes untouched when no run is legacy or the
    package cannot be parsed (the docx reader then reports the problem).
    """
    from lxml import etree

    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        names = zin.namelist()
        parts = [n for n in names if _PARTS.match(n)]
        if not parts:
            return DocxConversion(data)
        if _plainly_unicode(zin, names):
            return DocxConversion(data)
        styles = _Styles(zin.read("word/styles.xml") if "word/styles.xml" in names else None)
        result = DocxConversion(data)
        parser = etree.XMLParser(resolve_entities=False, huge_tree=True)
        roots = {name: etree.fromstring(zin.read(name), parser=parser) for name in parts}
        changed: set[str] = set()
        others: dict[str, list] = {}  # font -> [(part, run)] of non-legacy runs with non-ASCII text
        for name, root in roots.items():
            for run, font in _runs(root, styles):
                enc = font_encoding(font)
                if enc is not None:
                    if _convert_xml_run(run, font):
                        result.encodings[enc[0]] = result.encodings.get(enc[0], 0) + 1
                        changed.add(name)
                elif any(not (t.text or "").isascii() for t in run if t.tag == _T) \
                        or run.find(_SOFT_HYPHEN) is not None:
                    others.setdefault(font or "", []).append((name, run))
        for font, runs in others.items():
            sample = " ".join("".join(t.text or "\xad" for t in r if t.tag in (_T, _SOFT_HYPHEN)) for _, r in runs)
            found = detect_text(sample)
            if found.encoding in ("tcvn3", "vni"):
                alias = ".VnTime" if found.encoding == "tcvn3" else "VNI-Times"
                for name, run in runs:
                    if _convert_xml_run(run, alias):
                        result.encodings[found.encoding] = result.encodings.get(found.encoding, 0) + 1
                        changed.add(name)
            else:
                result.unicode_runs += sum(1 for _, r in runs if any(not (t.text or "").isascii()
                                                                     for t in r if t.tag == _T))
        if not changed:
            return result
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                if info.filename in changed:
                    zout.writestr(info, etree.tostring(roots[info.filename], xml_declaration=True,
                                                       encoding="UTF-8", standalone=True))
                else:
                    zout.writestr(info, zin.read(info.filename))
        result.data = out.getvalue()
        return result
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, RuntimeError):
        return DocxConversion(data)
    except Exception as exc:  # lxml parse errors and the like: leave the file to the reader
        if type(exc).__module__.startswith("lxml"):
            return DocxConversion(data)
        raise


_T, _SOFT_HYPHEN, _DEL_TEXT = _q("t"), _q("softHyphen"), _q("delText")
_LEGACY_FONT_BYTES = re.compile(rb"\.Vn[A-Z]|VNI[- ]", re.I)
_UNICODE_VIET_UTF8 = re.compile(rb"\xc6[\xa0\xa1\xaf\xb0]|\xc4[\x82\x83\x90\x91]|\xe1[\xba\xbb]")


def _plainly_unicode(zin: zipfile.ZipFile, names: list[str]) -> bool:
    """A fast path: no legacy font named anywhere and Unicode Vietnamese letters in the body."""
    for part in ("word/fontTable.xml", "word/styles.xml", "word/document.xml"):
        if part in names and _LEGACY_FONT_BYTES.search(zin.read(part)):
            return False
    return "word/document.xml" in names and bool(_UNICODE_VIET_UTF8.search(zin.read("word/document.xml")))


def _runs(root, styles: _Styles):
    """Each ``w:r`` of a part with its resolved font name (or None)."""
    para_fonts: dict = {}
    P, R = _q("p"), _q("r")
    for r in root.iter(R):
        p = r.getparent()
        while p is not None and p.tag != P:
            p = p.getparent()
        if p not in para_fonts:
            pstyle = None
            ppr = p.find(_q("pPr")) if p is not None else None
            if ppr is not None:
                ps = ppr.find(_q("pStyle"))
                pstyle = ps.get(_q("val")) if ps is not None else None
            para_fonts[p] = styles.style_font(pstyle or styles.default_para) or styles.default_font
        rpr = r.find(_q("rPr"))
        font = _rfont(rpr)
        if font is None and rpr is not None:
            rs = rpr.find(_q("rStyle"))
            if rs is not None:
                font = styles.style_font(rs.get(_q("val")))
        yield r, font or para_fonts[p]


def _convert_xml_run(r, font: str) -> bool:
    """Convert one ``w:r`` in a legacy font in place; False when it holds no text."""
    enc = font_encoding(font)
    if enc and enc[0] == "tcvn3":
        for sh in list(r.iter(_SOFT_HYPHEN)):  # 0xAD is TCVN3 "ư", not a soft hyphen
            t = sh.makeelement(_T, {})
            t.text = "\xad"
            sh.getparent().replace(sh, t)
    texts = [t for t in r if t.tag in (_T, _DEL_TEXT)]
    if not texts:
        return False
    for t in texts:
        if t.text:
            t.text = convert_run(t.text, font)[0]
    rpr = r.find(_q("rPr"))
    if rpr is None:
        rpr = r.makeelement(_q("rPr"), {})
        r.insert(0, rpr)
    fonts = rpr.find(_q("rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(_q("rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(_q(attr), "Times New Roman")
    return True


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_HTML_LEGACY_FONT = re.compile(r"(?:face\s*=\s*[\"']?|font-family\s*:\s*[\"']?)\s*(\.Vn|VNI[- ])", re.I)
_FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;\"]+)", re.I)
_TAGS = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|<[^>]+>", re.S | re.I)


def _element_font(el) -> str | None:
    face = el.get("face")
    if face:
        return face.split(",")[0].strip().strip("'\"")
    m = _FONT_FAMILY.search(el.get("style") or "")
    if m:
        return m.group(1).split(",")[0].strip().strip("'\"")
    return None


def convert_html(html: str) -> tuple[str, str | None]:
    """Convert legacy Vietnamese text in decoded HTML: ``(html, encoding or None)``.

    Elements whose ``face`` or ``font-family`` names a TCVN3 (``.VnTime``…) or
    VNI (``VNI-Times``…) font have their text converted (inherited by
    descendants, the first family of a list deciding).  A page without such
    fonts whose text, taken as a whole, is clearly TCVN3 or VNI
    (:func:`detect_text`) is converted entirely (the markup is ASCII, which
    neither conversion touches).  Otherwise the page is returned unchanged.
    """
    if html.isascii():
        return html, None
    if _HTML_LEGACY_FONT.search(html):
        import lxml.html

        try:
            root = lxml.html.document_fromstring(html)
        except Exception:
            root = None
        if root is not None:
            found: dict[str, int] = {}
            fonts: dict = {}
            for el in root.iter():
                if not isinstance(el.tag, str):
                    continue
                parent = el.getparent()
                inherited = fonts.get(parent) if parent is not None else None
                own = _element_font(el)
                fonts[el] = own if own else inherited
                unicode_texts = 0
                if el.text and not el.text.isascii() and el.tag not in ("script", "style"):
                    new, enc = convert_run(el.text, fonts[el])
                    if enc:
                        el.text = new
                        found[enc] = found.get(enc, 0) + 1
                    else:
                        unicode_texts += 1
                if el.tail and not el.tail.isascii():
                    new, enc = convert_run(el.tail, inherited)
                    if enc:
                        el.tail = new
                        found[enc] = found.get(enc, 0) + 1
                    else:
                        unicode_texts += 1
                if unicode_texts:
                    found["unicode"] = found.get("unicode", 0)  # listed last: see below
            if any(found.values()):
                out = lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
                names = sorted((k for k in found if k != "unicode"), key=lambda k: -found[k])
                return out, "+".join(names + (["unicode"] if "unicode" in found else []))
    visible = _TAGS.sub(" ", html)
    detection = detect_text(visible)
    if detection.encoding == "tcvn3":
        return tcvn3_to_unicode(html), "tcvn3"
    if detection.encoding == "vni":
        return vni_to_unicode(html), "vni"
    return html, None

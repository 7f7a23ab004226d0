"""Initialisms a document spells out itself ("Trung tâm KHXH&NV" beside "Trung tâm Khoa học Xã hội và
Nhân văn", "Thống đốc NHNN" beside "Thống đốc Ngân hàng Nhà nước").

GUIDELINES.md asks for the fullest name the document gives; press and administrative Vietnamese
abbreviates a name by the first letter of each syllable (Thông tư 01/2011/TT-BNV, Phụ lục I: "chữ viết
tắt … chữ cái đầu của các âm tiết"), writing "và" as "&" and a dash between the parts of a joint name
("LĐ-TB&XH": Lao động - Thương binh và Xã hội).  :func:`expansions` finds, for each initialism of the
given names, the one word sequence of the document whose syllables it abbreviates; the names are then
written out with :func:`expand`.  Initialisms the reference scorer and ``abbreviations.tsv`` already
expand are left alone, and so is any initialism with fewer than three letters or more than one
candidate spelling in the document.  :func:`abbreviates` compares two written names the same way
("Bộ GD & ĐT" and "Bộ Giáo dục và Đào tạo"), for conferrers the document writes both ways.
"""
from __future__ import annotations

import functools
import re
import unicodedata

#: at least three upper-case letters, optionally joined by "&" or "-" ("NHNN", "KHXH&NV", "GD-ĐT")
INITIALISM = re.compile(r"^[A-ZĐ]{1,8}(?:[&-][A-ZĐ]{1,8})*$")
MIN_LETTERS = 3
#: expanded elsewhere (eval GUIDELINES.md's scorer list and corpora/gazetteers/abbreviations.tsv)
KNOWN = frozenset({"VKSNDTC", "VKSND", "VKS", "TANDTC", "TAND", "UBND", "HĐND", "MTTQ", "LĐLĐ", "BCH", "TP",
                   "TT", "HĐQT", "BTV", "TNHH", "MTV", "TCTY", "CTY",
                   "HCM", "TPHCM"})  # (a place: "TP. HCM" stays as written, like the scorer's "TP.")
#: function words that are never a syllable of a spelled-out name ("CKC" is not "Cam kết của")
FUNCTION_WORDS = frozenset({"của", "các", "những", "là", "với", "cho", "được", "tại", "trong", "đã", "và", "có",
                            "không", "này", "đó", "để", "theo", "từ"})
_LETTER_REST = r"[^\W\d_]*"


def _pattern(abbr: str) -> re.Pattern:
    """A regex for the syllable sequence ``abbr`` abbreviates: one syllable per letter; "&" is "và" (or
    "&"), "-" a dash, a comma or nothing."""
    parts = []
    for k, ch in enumerate(abbr):
        if ch == "&":
            parts.append(r"\s+(?:và|&)\s+")
            continue
        if ch == "-":
            parts.append(r"(?:\s*[-–,]\s*|\s+)")
            continue
        if k and abbr[k - 1] not in "&-":
            parts.append(r"\s+")
        # the first letter with no letter before it (the look-behind after the letter: a regex opening on a
        # look-behind is tried in full at every character of the document)
        parts.append(f"[{ch}{ch.lower()}]" + (rf"(?<![^\W\d_][{ch}{ch.lower()}])" if not parts else "") + _LETTER_REST)
    return re.compile("".join(parts) + r"(?![^\W\d_])")


@functools.lru_cache(maxsize=100_000)  # (a pure function of the word, asked for each word of every recipient and award
# name of a document, about 8,000 a pass of dev and real/news, the same words in document after document)
def is_initialism(word: str) -> bool:
    """``word`` is an initialism this module expands (at least three letters, not a known one)."""
    return bool(INITIALISM.match(word)) and sum(c.isalpha() for c in word) >= MIN_LETTERS and \
        word.upper() not in KNOWN


def expansions(names, text: str) -> dict[str, str]:
    """{initialism: spelled-out words} for the initialisms written in ``names`` (strings) that ``text``
    (the document) spells out exactly one way, as first written, its first syllable capitalised."""
    wanted = {w for name in names for w in name.split() if is_initialism(w)}
    out = {}
    for abbr in sorted(wanted):
        found = {}
        for m in _pattern(abbr).finditer(text):
            words = m.group(0).split()
            if words[0][:1].isupper() and not any(w.isupper() and len(w) > 1 for w in words) and \
                    not any(w.lower() in FUNCTION_WORDS for w in words if w not in ("và", "&")):
                found.setdefault(" ".join(words).lower(), " ".join(words))
        if len(found) == 1:
            out[abbr] = next(iter(found.values()))
    return out


def expand(name: str, table: dict[str, str]) -> str:
    """``name`` with each of its initialisms in ``table`` written out (other words unchanged)."""
    if not table or not name:
        return name
    return " ".join(table.get(w, w) for w in name.split(" "))


#: dashes written between the parts of a joint name ("Giáo dục - Đào tạo")
DASHES = ("-", "–")


def _base_letter(ch: str) -> str:
    """The letter without its tone and vowel marks ("ủ" → "u"); "đ" stays "đ" (its own letter)."""
    return ch if ch == "đ" else unicodedata.normalize("NFD", ch)[:1]


#: a dash written without spaces after a lower-case syllable, between two words of a joint name ("Lao
#: động-Thương binh", "Thi đua-Khen thưởng"); an initialism's own dash ("LĐ-TB&XH", "GD-ĐT") follows a capital
GLUED_DASH = re.compile(r"(?<=[^\W\d_])([-–])(?=[^\W\d_])")


def _spaced_dash(m: re.Match) -> str:
    """The dash of :data:`GLUED_DASH` with spaces around it, after a lower-case letter; else as written."""
    return f" {m.group(1)} " if m.string[m.start() - 1].islower() else m.group(1)


def name_words(name: str) -> list:
    """The words of a name with commas apart ("Bộ VH, TT & DL" → [Bộ, VH, ",", TT, &, DL]) and a dash joining two
    words of a joint name apart ("Bộ Lao động-Thương binh và Xã hội" → [… "động", "-", "Thương" …]: the press writes
    it with or without spaces), an initialism kept whole ("LĐ-TB&XH")."""
    return list(_name_words(name))


@functools.lru_cache(maxsize=50_000)  # (a pure function of the name, asked for every unit name of a document)
def _name_words(name: str) -> tuple:
    if "-" in name or "–" in name:
        name = GLUED_DASH.sub(_spaced_dash, name)
    return tuple(name.replace(",", " , ").split())


def abbreviates(short: list, long: list) -> bool:
    """The words ``short`` write the words ``long`` with some of them as an initialism: each initialism
    letter opens one word of ``long``, "&" stands for "và", "-" for "và", a dash or nothing (Thông tư
    01/2011/TT-BNV, Phụ lục I: "chữ cái đầu của các âm tiết"; "GD-ĐT" = "Giáo dục và Đào tạo"); other words
    are equal but for case ("Bộ GD & ĐT" = "Bộ Giáo dục và Đào tạo")."""
    units = _units(tuple(short))
    if units is None:
        return False
    return _match(units, [w.lower() for w in long], 0, 0)


@functools.lru_cache(maxsize=20_000)  # (a short name is compared with each longer name of its document)
def _units(short: tuple) -> tuple | None:
    """What :func:`abbreviates` matches the words ``short`` by: ("word", w) or ("letter", L) or ("and",) or
    ("dash",) for each word, letter, "&" or dash; None when no initialism letter is among them."""
    units = []
    for w in short:
        if w == "&":
            units.append(("and",))
        elif (not w.isalpha() and INITIALISM.match(w)) or (w.isupper() and len(w) > 1 and w.isalpha()):
            for ch in w:
                units.append(("and",) if ch == "&" else ("dash",) if ch == "-" else ("letter", ch))
        else:
            units.append(("word", w.lower()))
    if not any(u[0] == "letter" for u in units):
        return None
    return tuple(units)


def _match(units: list, long: list, i: int, j: int) -> bool:
    """``units[i:]`` (of :func:`abbreviates`) write the lower-case words ``long[j:]``.  (A module function, not a
    closure calling itself: such a closure is a reference cycle, left for the garbage collector at every call.)"""
    if i == len(units):
        return j == len(long)
    u = units[i]
    if u[0] == "dash":
        return _match(units, long, i + 1, j) or \
            (j < len(long) and long[j] in DASHES + ("và",) and _match(units, long, i + 1, j + 1))
    if j < len(long) and long[j] in DASHES and (i == 0 or units[i - 1][0] != "word"):
        return _match(units, long, i, j + 1)  # "Văn hóa - Thể thao" written "VHTT": the dash between two parts
    if j == len(long):
        return False
    if u[0] == "and":
        return long[j] in ("và", "&") and _match(units, long, i + 1, j + 1)
    if u[0] == "letter":
        return _base_letter(long[j][:1]) == _base_letter(u[1].lower()) and _match(units, long, i + 1, j + 1)
    return long[j] == u[1] and _match(units, long, i + 1, j + 1)

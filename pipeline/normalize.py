"""Text normalisation: NFC, one tone placement, clean whitespace and dashes; folding.

Tone placement
--------------
Vietnamese writes the tone mark of ``oa``, ``oe`` and ``uy`` syllables in two
styles: the *old* style ("hòa", "thủy", "khỏe") and the *new* style of the
1984 orthography rules ("hoà", "thuỷ", "khoẻ").  sovang brings every syllable to
the **old style**, the one most government reports and the press use, so that
both spellings give the same text and the same facts.  The original text is kept
beside the normalised one in every :class:`~pipeline.model.Block`.

The two styles differ only in the open syllables of ``oa``, ``oe`` and ``uy``,
so only words where a tone sits on their second vowel are rewritten; other
syllables are left as written.  The rule (Quy tắc đặt dấu thanh, "kiểu cũ"): the tone goes on the vowel with a
quality mark (ă â ê ô ơ ư; on ơ in ươ); otherwise, when the vowel cluster is
followed by a consonant, on the last vowel of the cluster; otherwise on the
first of two vowels and the middle of three.  The ``u`` of ``qu`` and the ``i``
of ``gi`` belong to the consonant.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from itertools import combinations

from .letterhead import administrative_title, rewrite_letterhead
from .model import Document

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_VOWELS = set("aăâeêioôơuưy")
_QUALITY = set("ăâêôơư")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\ufeff\u00ad]")
#: letters OCR and foreign keyboards put for the Vietnamese "Đ"/"đ" (U+0110/U+0111): Icelandic eth "Ð"/"ð"
#: (U+00D0/U+00F0) and African D "Ɖ"/"ɖ" (U+0189/U+0256), drawn alike; Vietnamese writes none of them
_D_LOOKALIKES = str.maketrans("\u00d0\u00f0\u0189\u0256", "\u0110\u0111\u0110\u0111")
_D_LOOKALIKE = re.compile("[\u00d0\u00f0\u0189\u0256]")
#: words where the two styles differ: a tone on the second vowel of oa, oe, uy ("hoà", "khoẻ", "thuỷ";
#: "quý" matches too and is left as it is by place_tone)
#: (a match is always the whole run of letters holding the two letters of _NEW_STYLE_CORE; see _new_style_words)
_NEW_STYLE = re.compile(r"[^\W\d_]*(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])[^\W\d_]*")
#: (each alternative opens on one literal letter: the regex engine then skips ahead to the next "o", "O", "u" or "U"
#: in a tight loop, in half the time a class [oO] takes; the same matches as [oO][…]|[uU][…])
_NEW_STYLE_CORE = re.compile(r"o[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|O[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|u[ỳýỷỹỵỲÝỶỸỴ]|U[ỳýỷỹỵỲÝỶỸỴ]")
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]*")
#: a hyphen standing alone between spaces: ``(?<=\s)-(?=\s)``, written to open on the hyphen (a regex opening on a
#: look-behind is tried at every character; one opening on a literal skips ahead to it)
_LONE_DASH = re.compile(r"-(?<=\s-)(?=\s)")
#: a document number typed with spaces around its slash ("Số : 318 / QĐ-UBND", as typewritten and OCR'd files
#: write it): the spaces go ("318/QĐ-UBND"), so that the number reads as one (Nghị định 30/2020/NĐ-CP, Phụ lục I:
#: "Số: .../QĐ-..." is written without spaces); only before a capital code, so "1 / 2" and dates stay
_SPACED_SLASH = re.compile(r"(?<=\d)(?: /|/ | / )(?=[A-ZĐ]{2})")
#: what _SPACES changes: a run of two or more, or one blank that is not a plain space (a lone " " stays)
_SPACES_TO_FIX = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")
#: the blanks other than " " (a text with none of them and no two spaces in a row has nothing to fix)
_ODD_BLANK = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")
#: every character :func:`normalize_text` replaces or removes one by one: those of _ZERO_WIDTH, _DASHES, _D_LOOKALIKE
#: and _ODD_BLANK (a text without any, nearly every text, is scanned once for all four instead of four times: their
#: replacements bring none of them back, so each would find nothing)
_RARE = re.compile("|".join(p.pattern for p in (_ZERO_WIDTH, _DASHES, _D_LOOKALIKE, _ODD_BLANK)))


def _base_letters(syllable_nfd: str) -> tuple[list[str], str | None]:
    """Split an NFD syllable into base letters (NFC, without tone) and its tone mark."""
    tone = None
    letters: list[str] = []
    for ch in syllable_nfd:
        if ch in TONE_MARKS:
            tone = ch
        elif unicodedata.combining(ch) and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
        else:
            letters.append(ch)
    return letters, tone


def _tone_position(letters: list[str]) -> int | None:
    """Index of the letter that carries the tone in old-style placement, or None."""
    low = [c.lower() for c in letters]
    start = 0
    # the u of "qu" and the i of "gi" (when followed by another vowel) are consonantal
    if len(low) >= 2 and low[0] == "q" and low[1] == "u":
        start = 2
    elif len(low) >= 3 and low[0] == "g" and low[1] == "i" and low[2] in _VOWELS:
        start = 2
    i = start
    while i < len(low) and low[i] not in _VOWELS:
        i += 1
    first = i
    while i < len(low) and low[i] in _VOWELS:
        i += 1
    cluster = list(range(first, i))
    if not cluster:
        # "gì", "quý"-like syllables whose only vowel is the consonantal one
        for j in range(len(low)):
            if low[j] in _VOWELS:
                return j
        return None
    quality = [k for k in cluster if low[k] in _QUALITY]
    if quality:
        return quality[-1]
    if i < len(low):  # cluster followed by a final consonant
        return cluster[-1]
    if len(cluster) == 1:
        return cluster[0]
    if len(cluster) == 2:
        return cluster[0]
    return cluster[1]


@lru_cache(maxsize=200_000)
def place_tone(syllable: str) -> str:
    """Return ``syllable`` (NFC) with its tone mark placed in the old style.

    Words that are not Vietnamese syllables (no tone mark, more than one vowel
    cluster, foreign letters) are returned unchanged.
    """
    nfd = unicodedata.normalize("NFD", syllable)
    if not any(ch in TONE_MARKS for ch in nfd):
        return syllable
    letters, tone = _base_letters(nfd)
    low = [c.lower() for c in letters]
    # a syllable has one vowel cluster; otherwise leave it alone (foreign word)
    runs = 0
    prev = False
    for c in low:
        v = c in _VOWELS
        if v and not prev:
            runs += 1
        prev = v
    if runs != 1 and not (low[:2] == ["q", "u"] or low[:2] == ["g", "i"]):
        return syllable
    pos = _tone_position(letters)
    if pos is None:
        return syllable
    letters[pos] = letters[pos] + tone
    return unicodedata.normalize("NFC", "".join(letters))


def _place_tone_match(m: re.Match) -> str:
    word = m.group(0)
    return word if word.isascii() else place_tone(word)


def _new_style_words(text: str) -> str:
    """``_NEW_STYLE.sub(_place_tone_match, text)``, found from the rare core letters instead of from every
    letter: each match of _NEW_STYLE is the whole run of letters around the first core of the run (the
    leading ``[^\\W\\d_]*`` reaches back to where the run starts, the trailing one on to where it ends)."""
    out = []
    last = 0
    for m in _NEW_STYLE_CORE.finditer(text):
        a = m.start()
        if a < last:
            continue  # a second core in a run already rewritten
        while a > last and _LETTER.match(text, a - 1):
            a -= 1
        end = _LETTERS.match(text, m.end()).end()
        out.append(text[last:a])
        out.append(place_tone(text[a:end]))
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def normalize_text(text: str) -> str:
    """Normalise one block of text.

    NFC; old-style tone placement (see module doc); zero-width characters and
    soft hyphens removed; a lookalike of "Đ"/"đ" ("Ð", "ð": :data:`_D_LOOKALIKES`) becomes it; every dash (‐ ‑ ‒ – — ― −) becomes "–" (en dash)
    when it stands between spaces and "-" inside a word; runs of spaces and
    tabs collapse to one space; a document number's slash loses the spaces around it ("318 / QĐ-UBND" →
    "318/QĐ-UBND", :data:`_SPACED_SLASH`); each line is stripped.  Line breaks are kept.
    """
    text = unicodedata.normalize("NFC", text)
    rare = _RARE.search(text) is not None  # (one scan: most texts hold none of the characters replaced below)
    if rare and not text.isascii():  # zero-width characters and the dashes are all outside ASCII
        text = _ZERO_WIDTH.sub("", text)
        text = _DASHES.sub("-", text)
        if _D_LOOKALIKE.search(text):
            text = text.translate(_D_LOOKALIKES)
    if "-" in text:
        text = _LONE_DASH.sub("–", text)
    if not text.isascii():
        text = _new_style_words(text)
    # _SPACES holds no line break, so one pass over the whole text equals one per line; a lone " " is left as
    # it is (_SPACES_TO_FIX) instead of being replaced by itself
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or (rare and _ODD_BLANK.search(text)):
        text = _SPACES_TO_FIX.sub(" ", text)
    if " /" in text or "/ " in text:
        text = _SPACED_SLASH.sub("/", text)
    return "\n".join([line.strip() for line in text.split("\n")]).strip()


def normalize_document(doc: Document) -> Document:
    """Normalise every block's text in place (keeping ``original``); drop empty blocks.

    The letterhead's two columns are first put back into reading order from the blocks' original text
    (:func:`pipeline.letterhead.rewrite_letterhead`: tabs and runs of spaces still part the columns there).
    A title the reader took from a first line in capitals (.txt, a .docx without a title property), which in an
    administrative document is the letterhead ("ỦY BAN NHÂN DÂN TỈNH …"), becomes the document's type and subject
    (:func:`pipeline.letterhead.administrative_title`: "QUYẾT ĐỊNH Về việc tặng Bằng khen …").
    Returns the same document for chaining.
    """
    first = " ".join(doc.blocks[0].text.split()) if doc.blocks else ""
    rewrite_letterhead(doc)
    kept = []
    for block in doc.blocks:
        if not block.original:
            block.original = block.text
        block.text = normalize_text(block.text)
        if block.cells is not None:  # a line break inside a cell is layout, not text
            block.cells = [" ".join(normalize_text(c).split()) for c in block.cells]
        if block.text:
            kept.append(block)
    doc.blocks = kept
    doc.title = administrative_title(doc.blocks, first, doc.title, doc.meta.get("title_from") == "property")
    if doc.title:
        doc.title = normalize_text(doc.title)
    return doc


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {cp: None for cp in range(0x300, 0x370)}  # combining marks
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch:
            table[cp] = base
    table[ord("đ")], table[ord("Đ")] = "d", "D"
    return table


_FOLD = _fold_table()


#: a folded syllable of an initial consonant and a lone "i" or "y" ("si"/"sy", "ki"/"ky", "li"/"ly", "qui"/"quy"):
#: Quyết định 240/QĐ (Bộ Giáo dục, 1984) on Vietnamese spelling lets such a syllable be written with either
#: letter, and a name keeps its bearer's spelling ("Hồ Sỹ Hùng", "Lê Sĩ Hùng"), so a user may type either.
#: "gi" is left out: there "i" belongs to the consonant "gi" (Quyết định 240/QĐ), and "gy" spells nothing
_IY_SYLLABLE = re.compile(r"(?!gi$)(?:[bcdghklmnprstvx]|ch|kh|ph|th|tr|nh|qu)[iy]")


def spelling_variants(folded: str, at_most: int = 16) -> tuple[str, ...]:
    """``folded`` (a :func:`fold`-ed text, words apart by spaces) first, then the same text with its i/y syllables
    (:data:`_IY_SYLLABLE`) written the other way: first each one alone, then two together, and so on (the fewest
    changes first, left to right), at most ``at_most`` in all:
    ``spelling_variants("ho si hung") == ("ho si hung", "ho sy hung")``; a text without such syllables is alone
    (``("nguyen van an",)``). "uy"/"ui" differ in sound and are not variants ("huy" is not "hui")."""
    words = folded.split(" ")
    at = [i for i, w in enumerate(words) if _IY_SYLLABLE.fullmatch(w)]
    out = []
    for flips in range(len(at) + 1):
        for chosen in combinations(at, flips):
            out.append(" ".join(w[:-1] + ("y" if w[-1] == "i" else "i") if i in chosen else w
                                for i, w in enumerate(words)))
            if len(out) == at_most:
                return tuple(out)
    return tuple(out)


#: ``str.translate`` table deleting the tone marks of :data:`TONE_MARKS` (one C call, not a Python step per character)
_NO_TONES = dict.fromkeys(map(ord, TONE_MARKS))


def _toneless_slow(word: str) -> str:
    """:func:`toneless` by Unicode's decomposition: ``word`` lower-cased, decomposed, its tone marks deleted,
    composed again (for any text; two normalisations, about 5 µs a word)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(_NO_TONES))


#: the base vowels of Quốc ngữ, the letters a toned vowel is written on (what :data:`_UNTONED` maps to)
_BASE_VOWELS = "aăâeêioôơuưy"
#: each precomposed lower-case Vietnamese vowel with a tone mark → the vowel without it ("ệ" → "ê", "ấ" → "â"), as
#: :func:`_toneless_slow` gives it: one ``str.translate`` table of the 60 (12 vowels, 5 tones), read by
#: :func:`toneless`; composed, not searched for (0.1 ms at import; the same answers as the slow path on every
#: character below U+3000, alone and beside a toned letter, checked session 39)
_UNTONED = {ord(unicodedata.normalize("NFC", v + tone)): v for v in _BASE_VOWELS for tone in TONE_MARKS}
#: deletes the Quốc ngữ letters outside ASCII (đ and the base vowels): what is left of a toneless Vietnamese word is
#: ASCII
_NOT_ASCII_LETTERS = dict.fromkeys(map(ord, "đ" + "".join(c for c in _BASE_VOWELS if not c.isascii())))


def toneless(word: str) -> str:
    """``word`` lower-cased without its tone marks ("Diệu" → "diêu", "Nguyễn Thị" → "nguyên thi"); đ, ă, â, ê, ô,
    ơ, ư stay (unlike :func:`fold`, which drops every mark: "Hưng" stays apart from "Hùng").  The project's one
    tone-stripping function (extractors.foreign's syllable test, resolve's spellings of one name).  The same text
    as :func:`_toneless_slow`, by C-level look-ups: an ASCII word is its lower case, and a word of ASCII and the
    precomposed Vietnamese letters loses its tones letter by letter (:data:`_UNTONED`; each letter composes alone,
    so letter by letter is the whole word's answer); any other character (a combining mark written apart, "ç")
    goes by the two normalisations (session 39: 2,133 new words a cold pass, about 10 ms of it)."""
    low = word.lower()
    if low.isascii():
        return low
    bare = low.translate(_UNTONED)
    return bare if bare.translate(_NOT_ASCII_LETTERS).isascii() else _toneless_slow(word)


def fold(text: str) -> str:
    """Fold text for diacritic-insensitive search: remove every mark, đ→d, lower-case.

    ``fold("Đặng Thị HẠNH") == "dang thi hanh"``; works on NFC and NFD input.

    ``str.translate`` looks every character of non-ASCII text up in a dict, so words are folded once each and
    kept (:data:`_FOLDED`); both steps work character by character (``lower`` also looks at the letters
    around a Σ, but never across a space), so folding the words between spaces gives the same text.
    """
    if text.isascii():  # no key of _FOLD is ASCII
        return text.lower()
    try:  # (text of ASCII, Vietnamese letters and common punctuation: two passes in C, see _FOLD_CHARS)
        return codecs.charmap_decode(codecs.charmap_encode(text, "strict", _FOLD_IN)[0], "strict", _FOLD_OUT)[0]
    except UnicodeError:  # another character
        return " ".join(map(_FOLDED.__getitem__, text.split(" ")))


def _fold_chars() -> str:
    """The characters :func:`fold` folds through a charmap codec, at most 256: printable ASCII with tab and line
    breaks, the 134 Vietnamese letters (a ă â e ê i o ô ơ u ư y bare or with one of the five tones, upper and
    lower case, then đ Đ), and the punctuation marks of Vietnamese text that fold to themselves."""
    bases = ("a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y")
    letters = {unicodedata.normalize("NFC", b + t) for b in bases for t in ("", "\u0300", "\u0301", "\u0309",
                                                                               "\u0303", "\u0323")}
    letters = sorted(c for c in letters | {x.upper() for x in letters} if not c.isascii()) + ["đ", "Đ"]
    return "\t\n\r" + "".join(map(chr, range(32, 127))) + "".join(letters) + "–—“”‘’…«»•·°"


#: each character of _FOLD_CHARS folds to one character, the same wherever it stands (no Σ, no İ: lower-casing
#: them depends on the letters around or gives two characters), so folding a text of these characters one
#: character at a time gives what translate-then-lower gives: the charmap encoder maps each to its byte
#: (_FOLD_IN) and the decoder that byte to the character's fold (_FOLD_OUT); any other character raises
#: UnicodeError, and the text is folded word by word.  About 40% less time than the words alone (4,107 of the 4,108
#: blocks of ../shared/corpora/dev and real/news folded so).
_FOLD_CHARS = _fold_chars()
#: the fold of each character of _FOLD_CHARS, in its order: the one source of _FOLD_OUT and of :func:`_fold_array`
_FOLDS = "".join(c.translate(_FOLD).lower() for c in _FOLD_CHARS)
_FOLD_IN = codecs.charmap_build(_FOLD_CHARS + "\ufffe" * (256 - len(_FOLD_CHARS)))
_FOLD_OUT = _FOLDS + "\ufffe" * (256 - len(_FOLD_CHARS))


class _FoldedWords(dict):
    """word -> ``word.translate(_FOLD).lower()``, filled on first use; emptied when it reaches
    :data:`FOLD_CACHE_WORDS` words so that memory stays bounded on an endless stream of new tokens."""

    def __missing__(self, word: str) -> str:
        folded = word.translate(_FOLD).lower()
        if len(self) >= FOLD_CACHE_WORDS:
            self.clear()
        self[word] = folded
        return folded


FOLD_CACHE_WORDS = 200_000
_FOLDED = _FoldedWords()


def fold_all(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]``, the texts of one document at once: each character of :data:`_FOLD_CHARS` folds
    to one character, alone (see there), so their joined text is folded in one go, as an array of code points looked
    up in :func:`_fold_array` (numpy; four passes in C over the whole text), and cut back at the texts' lengths.
    ``charmap_encode``, :func:`fold`'s first pass, takes about 40 ns a character (two thirds of the writer's
    Python time on dev and real/news was folding blocks); this about a tenth of that (session 37, spd).  Each text
    holding another character is folded by :func:`fold` alone (word by word), the others still cut from the whole."""
    import numpy as np

    joined = "".join(texts)
    points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    table = _fold_array()
    folded = table[np.minimum(points, table.size - 1)]  # (the last entry, 0, for every code point above the table)
    whole = folded.tobytes().decode("utf-32-le")
    ends = np.cumsum([len(t) for t in texts])
    # the texts holding a character outside _FOLD_CHARS (folded to 0), by the offsets of those characters
    odd = set(np.searchsorted(ends, np.flatnonzero(folded == 0), side="right").tolist())
    out = []
    at = 0
    for i, t in enumerate(texts):
        out.append(fold(t) if i in odd else whole[at:at + len(t)])
        at += len(t)
    return out


@lru_cache(maxsize=1)
def _fold_array():
    """The code point of each character of :data:`_FOLD_CHARS`' fold (:data:`_FOLDS`), indexed by the character's
    own code point, up to one past the highest of them; 0 for every other character (no character folds to NUL)."""
    import numpy as np

    chars, folds = (np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32) for t in (_FOLD_CHARS, _FOLDS))
    table = np.zeros(int(chars.max()) + 2, dtype=np.uint32)
    table[chars] = folds
    return table

"""Foreign words: a capitalised token that cannot be a Vietnamese syllable ("Masami", "Duterte", "Kuhn").

A Vietnamese syllable is (initial consonant)(vowels)(final consonant) with the initials and finals of the
Vietnamese alphabet (Quốc ngữ orthography: initials b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t
th tr v x; finals c ch m n ng nh p t; no f, j, w or z) and at most three vowel letters; anything else
written in a Vietnamese text is a foreign word.  :func:`is_foreign_word` tells them apart;
``foreign_designators.txt`` lists the foreign words that make a capitalised run an organisation, place,
event or work rather than a person.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from .gazetteer import section, word_list

#: Quốc ngữ syllable shape, on the lower-cased letters with tone marks removed (vowel quality kept)
SYLLABLE = re.compile(r"^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
                      r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


#: ``str.translate`` table deleting the tone marks of :data:`TONES` (one C call, not a Python step per character)
_NO_TONES = dict.fromkeys(map(ord, TONES))


def _toneless_slow(word: str) -> str:
    """:func:`_toneless` by Unicode's decomposition: ``word`` lower-cased, decomposed, its tone marks deleted,
    composed again (for any text; two normalisations, about 5 µs a word)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(_NO_TONES))


#: the base vowels of Quốc ngữ, the letters a toned vowel is written on (what :data:`_UNTONED` maps to)
_BASE_VOWELS = "aăâeêioôơuưy"
#: each precomposed lower-case Vietnamese vowel with a tone mark → the vowel without it ("ệ" → "ê", "ấ" → "â"), as
#: :func:`_toneless_slow` gives it: one ``str.translate`` table of the 60 (12 vowels, 5 tones), read by
#: :func:`_toneless`; composed, not searched for (0.1 ms at import; the same answers as the slow path on every
#: character below U+3000, alone and beside a toned letter, checked session 39)
_UNTONED = {ord(unicodedata.normalize("NFC", v + tone)): v for v in _BASE_VOWELS for tone in TONES}
#: deletes the Quốc ngữ letters outside ASCII (đ and the base vowels): what is left of a toneless Vietnamese word is
#: ASCII
_NOT_ASCII_LETTERS = dict.fromkeys(map(ord, "đ" + "".join(c for c in _BASE_VOWELS if not c.isascii())))


def _toneless(word: str) -> str:
    """``word`` lower-cased without its tone mark ("Diệu" → "diêu"); đ, ă, â, ê, ô, ơ, ư stay.  The same text as
    :func:`_toneless_slow`, by C-level look-ups: an ASCII word is its lower case, and a word of ASCII and the
    precomposed Vietnamese letters loses its tones letter by letter (:data:`_UNTONED`; each letter composes alone,
    so letter by letter is the whole word's answer); any other character (a combining mark written apart, "ç")
    goes by the two normalisations (session 39: 2,133 new words a cold pass, about 10 ms of it)."""
    low = word.lower()
    if low.isascii():
        return low
    bare = low.translate(_UNTONED)
    return bare if bare.translate(_NOT_ASCII_LETTERS).isascii() else _toneless_slow(word)


@functools.lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """``word`` (letters only) has the shape of a Vietnamese syllable."""
    return _syllable_shaped(_toneless(word))


def _syllable_shaped(bare: str) -> bool:
    """``bare``, a word as :func:`_toneless` gives it, matches :data:`SYLLABLE` (the test of
    :func:`is_vietnamese_syllable` and :func:`is_foreign_word`, kept once)."""
    return SYLLABLE.match(bare) is not None


#: endings of English common nouns that no personal name has ("Learning", "Foundation", "Technology")
#: ("-ing" is left out: Browning, Manning, Harding are surnames)
COMMON_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ogy", "ics", "ism", "ship", "ture", "ance", "ence")


def is_common_noun(word: str) -> bool:
    """``word`` has the ending of an English common noun (:data:`COMMON_ENDINGS`)."""
    w = word.lower()
    return len(w) > 5 and w.endswith(COMMON_ENDINGS)


VOWELS = frozenset("aeiouy")


@functools.lru_cache(maxsize=65536)
def is_foreign_word(word: str) -> bool:
    """``word`` is alphabetic, longer than one letter, has a vowel (not an initial: "Nh."), and is not a
    Vietnamese syllable (:func:`is_vietnamese_syllable`'s test, on the toneless word read once for both tests)."""
    if not (word.isalpha() and len(word) > 1):
        return False
    bare = _toneless(word)
    return not VOWELS.isdisjoint(bare) and not _syllable_shaped(bare)


def vietnamese_name(name: str, surnames) -> bool:
    """The person's name ``name`` has a Vietnamese shape: it opens with a surname of ``surnames`` (surnames.txt) and
    every word is a Vietnamese syllable ("Nguyễn Văn An"; not "Hiroshi Tanaka", "Park Hang-seo", "Lê Anh Kevin").
    A Chinese name written in Sino-Vietnamese ("Tập Cận Bình") has that shape too."""
    words = name.split()
    return bool(words) and words[0] in surnames and all(w.isalpha() and is_vietnamese_syllable(w) for w in words)


@functools.lru_cache(maxsize=1)
def designators() -> frozenset[str]:
    """Foreign words of organisation, place, event and work names (``foreign_designators.txt``)."""
    return frozenset(word_list("foreign_designators.txt"))


@functools.lru_cache(maxsize=1)
def product_makers() -> frozenset[str]:
    """Makers whose name opens a product's, model's or service's name ("Toyota Vios", "Google Maps"):
    ``product_makers.txt`` (observed in news, session 37)."""
    return frozenset(word_list("product_makers.txt"))


@functools.lru_cache(maxsize=1)
def work_words() -> frozenset[str]:
    """The designators of works, products and events ("Iron", "Bowl", "War"): the "English words of the titles"
    section of ``foreign_designators.txt``; capitalised words after the last of them may be a person's name
    ("Super Bowl | Tom Brady")."""
    return frozenset(section("foreign_designators.txt", "# English words of the titles"))


@functools.lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """The designators that are never a person's given name or surname ("League", "Group", "Times"): the
    "Organisation-only words" section of ``foreign_designators.txt`` ("Silver", "Park" are left out)."""
    return frozenset(section("foreign_designators.txt", "# Organisation-only words"))

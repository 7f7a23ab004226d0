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

from pipeline.normalize import toneless

from .gazetteer import section, word_list

#: Quốc ngữ syllable shape, on the lower-cased letters with tone marks removed (vowel quality kept)
SYLLABLE = re.compile(r"^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
                      r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


@functools.lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """``word`` (letters only) has the shape of a Vietnamese syllable."""
    return _syllable_shaped(toneless(word))


def _syllable_shaped(bare: str) -> bool:
    """``bare``, a word as :func:`pipeline.normalize.toneless` gives it, matches :data:`SYLLABLE` (the test of
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
    bare = toneless(word)
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

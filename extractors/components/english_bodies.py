"""Bodies named in English by the word closing their name ("Kaspersky Lab", "Deutsche Bank", "Nikken Sekkei Research
Institute", "Food Bank for New York City"): a capitalised run whose last word is a head of ``english_body_heads.txt``,
perhaps followed by "of" / "for" and a capitalised name, is a unit (GUIDELINES.md: every named collective; held-out 11
and 12 gold list such bodies bare).  Read by :class:`~extractors.components.collectives.CollectiveRecognizer`.
"""
from __future__ import annotations

from itertools import compress

from ..foreign import is_vietnamese_syllable
from ..gazetteer import dictionary_syllables, section
from .unit_words import FOREIGN_WORD

#: English words closing a body's name ("Lab", "Bank", "University"), as written
HEADS = frozenset(section("english_body_heads.txt", "# Heads"))
#: lower-case English words inside a body's name, between capitalised words ("Bank of America")
LINKS = frozenset(section("english_body_heads.txt", "# Links"))
#: the links that carry the name on after its head ("Bank of America", "Food Bank for New York City")
AFTER_HEAD = frozenset({"of", "for"})
#: English title acronyms written right before a body's name ("CEO Kaspersky Lab"), never a word of it
TITLES = frozenset(section("english_body_heads.txt", "# Titles"))
#: the words of a Vietnamese company's English transaction name ("Joint Stock"), as word tuples: a run holding them is
#: a second name of a company the document names in Vietnamese
TRANSACTION_WORDS = tuple(tuple(x.split()) for x in section("english_body_heads.txt", "# Transaction names"))
#: the most tokens of such a name before its head, and after it
MAX_WORDS = 8
#: marks after which a capitalised word opens a sentence
SENTENCE_ENDS = frozenset({".", "!", "?", ":", "\n"})
#: joiners between two capitalised words of a name ("Procter & Gamble", "Al - Qassem")
JOINERS = frozenset({"&", "-"})
#: the tokens a name holds between two of its capitalised words: links and joiners (built once, not at every word)
BETWEEN = LINKS | JOINERS


def _capital(word: str) -> bool:
    """``word`` is a capitalised word or a code of a name ("Deutsche", "FPT", "O'Neill"): its first character an
    upper-case letter, the rest letters, digits or an apostrophe."""
    return word[:1].isupper() and word.replace("'", "").isalnum()


def _run_before(words, head: int, stops) -> int:
    """Start of the capitalised run ending right before token ``head``: capitalised words, and joiners or links
    between two of them, at most :data:`MAX_WORDS` tokens, not past a title acronym (:data:`TITLES`) nor a word
    ``stops`` holds (a set of words as written: prepositions opening a sentence, "Theo Kaspersky Lab"; Vietnamese
    abbreviations and honorifics, "Chủ tịch HĐQT Danko Group"), nor a Vietnamese syllable written with its marks
    (:func:`_marked_vietnamese`: "… Juventus Tờ Daily Mail", a lost sentence break before "Tờ").  ``head`` when no
    capitalised word is there."""
    b = head
    while b > 0 and head - b < MAX_WORDS:
        x = words[b - 1]
        if _capital(x) and x not in TITLES and x not in stops and not _marked_vietnamese(x):
            b -= 1
        elif x in BETWEEN and b < head and b >= 2 and _capital(words[b - 2]):
            b -= 1
        else:
            break
    while b < head and not _capital(words[b]):
        b += 1  # (a joiner or link never opens the name)
    return b


def _marked_vietnamese(word: str) -> bool:
    """``word`` is a Vietnamese syllable written with its marks ("Tờ", "Chủ"; not "Nestlé", "Société"): no word of an
    English name, which the run before the head stops at."""
    return not word.isascii() and word.isalpha() and is_vietnamese_syllable(word)


def _opens_sentence(words, i: int) -> bool:
    """Token i opens its sentence: the first token, one after a full stop, a mark ending a sentence or a colon, or
    after a blank token (a line's start); not one after "(" ("tập đoàn X (Pau Jar Group)")."""
    return i == 0 or words[i - 1] in SENTENCE_ENDS or not words[i - 1].strip()


def _without_vietnamese_opening(words, s: int, head: int, places) -> int:
    """Start of the English name in the run [s, head) once the Vietnamese words opening it are left out: a word written
    with Vietnamese marks (a title in title case: "Chủ Tịch Vietnam Foundation"), a country's Vietnamese name of one
    word, of Vietnamese shape ("hãng hàng không quốc gia Anh British Airways"; not "Qatar Airways"), a Vietnamese
    word capitalised as its sentence's first (:func:`_opens_sentence`, a syllable of
    :func:`~extractors.gazetteer.dictionary_syllables`: "Sau LG Group và …"; not "Lion Air Group …"); a place of two words or more of ``places`` opening it stays ("Hong Kong Dragon
    Airlines")."""
    while s < head and not any(" ".join(words[s:s + L]) in places for L in (3, 2) if s + L <= head) and (
            not words[s].isascii() or (words[s] in places and not FOREIGN_WORD(words[s])) or
            (_opens_sentence(words, s) and words[s].lower() in dictionary_syllables())):
        s += 1
    return s


def _name_after(words, head: int) -> int:
    """End of the name written after its head at token ``head``: "of" / "for" and capitalised words ("Bank | of
    America", "Food Bank | for New York City"); ``head + 1`` when none is written there."""
    n = len(words)
    k = head + 1
    if k + 1 < n and words[k] in AFTER_HEAD and _capital(words[k + 1]):
        k += 1
        while k < n and k - head < MAX_WORDS and (_capital(words[k]) or (
                words[k] in BETWEEN and k + 1 < n and _capital(words[k + 1]))):
            k += 1
    return k


def _transaction_name(words) -> bool:
    """``words`` hold the words of a Vietnamese company's English transaction name (:data:`TRANSACTION_WORDS`: "Vietnam
    Joint Stock Commercial Bank for …")."""
    return any(tuple(words[k:k + len(t)]) == t for t in TRANSACTION_WORDS for k in range(len(words) - len(t) + 1))


def head_positions(words) -> list[int]:
    """The indices of the words of ``words`` that are a head of :data:`HEADS`, in order (a C-level scan of every
    word).  :class:`~extractors.components.collectives.CollectiveRecognizer` reads the same indices from the shared
    phrase walk instead (:func:`~extractors.components.base.phrase_matcher` of :data:`HEADS` as written, one word
    each: its matches start where this scan finds a head), which every document makes anyway: about 0.7% of
    extraction for a scan that finds a head in 9 of the 270 documents of dev and real/news (session 47)."""
    return list(compress(range(len(words)), map(HEADS.__contains__, words)))


def english_bodies(words, taken, stops, places, heads=None) -> list:
    """The bodies named in English in the tokens ``words``, as [(start, end, kind, head_end)]: a run of capitalised
    words (:func:`_run_before`), at least one of them foreign (unit_words.FOREIGN_WORD: "Deutsche", "Kaspersky") or
    an acronym ("FPT"), closed by a head of :data:`HEADS` that no capitalised word follows ("Academy | Awards": an
    award), perhaps with "of"/"for" and a name after it (:func:`_name_after`).  ``taken``: a bytearray, 1 on the
    tokens of the units and awards found before (a run touching one is left to it: "Quỹ đầu tư Phần Lan PYN Elite
    Fund"); ``stops``: lower-case prepositions opening a sentence before a name ("theo", "tại"); ``heads``: the
    indices of the heads in ``words`` (:func:`head_positions`, which finds them when not given)."""
    out = []
    n = len(words)
    for k in head_positions(words) if heads is None else heads:
        if k == 0 or taken[k]:
            continue
        if k + 1 < n and (_capital(words[k + 1]) or (
                words[k + 1] in JOINERS and k + 2 < n and _capital(words[k + 2]))):
            continue  # ("Academy Awards", "Club World Cup", "US News & World Report": the head inside a longer name)
        s = _without_vietnamese_opening(words, _run_before(words, k, stops), k, places)
        end = _name_after(words, k)
        if (s == k and end == k + 1) or (s > 0 and taken[s - 1]):
            continue  # (a head alone names no body: "Bank"; "Bank of America" opens on it)
        name = [x for x in words[s:end] if _capital(x) and x != words[k]]
        if not any(FOREIGN_WORD(x) or (x.isupper() and len(x) >= 2) for x in name):
            continue  # (Vietnamese syllables alone: "Tập đoàn Hòa Phát Group" is read by its Vietnamese head)
        if taken.find(1, s, end) >= 0 or _transaction_name(words[s:end]):
            continue
        out.append((s, end, "collective", s + 1))
    return out

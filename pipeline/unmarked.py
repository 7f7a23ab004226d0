"""A Vietnamese text that lost its diacritics (tone marks and đ): stored and searchable, but the extractors read
marked Vietnamese and find little or nothing in it, so the document carries a warning and the ingest summary lists
it (a newcomer, session 26: such a decision was stored "ok" with no facts and no word said)."""
from __future__ import annotations

import re
from functools import lru_cache

from .model import Document

#: the characters of the text looked at (its start): enough words to tell, at no cost on a long document
SAMPLE_CHARS = 4_000
#: the characters first counted for marked letters: in a marked text they alone hold more than the whole sample
#: needs (in each of the 280 marked texts of ../shared/corpora/dev, real/news and the samples), so the rest of the
#: sample is counted only for the few other texts (a quarter of the characters counted, at most)
QUICK_CHARS = 1_000
#: fewest words looked at before saying anything
MIN_WORDS = 20
#: at most this share of the words carry a letter outside ASCII
MAX_MARKED = 0.02
#: a text in which more than this share of the characters are Latin letters with a mark is marked at once (a
#: third of the syllables of a marked text carry one, about 10% of its characters); punctuation outside ASCII ("…",
#: curly quotes, dashes) is no mark (a reviewer, session 26: form leaders "……" passed an unmarked text as marked)
MARKED_LETTERS = 0.03
#: a Latin letter with a mark, precomposed (the text is NFC): Latin-1 Supplement to Latin Extended-B and Latin
#: Extended Additional (ạ … ỹ), without the multiplication and division signs
_MARKED_LETTER = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
#: at least this share of the words are folded function words (unmarked_function_words.txt)
#: (0.12: the 36 dev news texts stripped of their marks all reach it, 2 of them below 0.15; none of 3,641 marked
#: texts of h1-h13, real/ and the bulk news is taken, nor the English tests)
MIN_FUNCTION = 0.12
#: and at least this many different ones: a list of Vietnamese names in an English text repeats "thi" (Thị) and
#: "nam" (Nam) alone, a Vietnamese sentence writes many ("tang … cua chu tich … cho ong … da …")
MIN_DISTINCT = 6
#: the warning stored in the document's ``warnings``
WARNING = ("text without Vietnamese diacritics (tone marks): stored and searchable, but the extractors read marked "
           "text and found little or nothing in it")

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The words of ``corpora/gazetteers/unmarked_function_words.txt``."""
    from corpora.gazetteers import entry_lines

    return frozenset(w.strip() for w in entry_lines("unmarked_function_words.txt"))


def lost_its_marks(text: str) -> bool:
    """True when the start of ``text`` (:data:`SAMPLE_CHARS`) has at least :data:`MIN_WORDS` words, at most
    :data:`MAX_MARKED` of them with a letter outside ASCII, and at least :data:`MIN_FUNCTION` of them folded
    Vietnamese function words, :data:`MIN_DISTINCT` different ones at least: "Tang Bang khen cua Chu tich UBND tinh
    cho ong Nguyen Van An vi da co thanh tich xuat sac …" (20 words or more) is, its first 13 words alone are not
    (too few to judge), an English text (even one listing "Nguyen Thi Lan, Tran Thi Mai …") or a marked
    Vietnamese one is not."""
    sample = text[:SAMPLE_CHARS]
    enough = MARKED_LETTERS * len(sample)
    # clearly marked: the common case, answered without splitting words (C speed), most often by the sample's
    # first QUICK_CHARS characters alone; else the rest is counted and added (a match is one character)
    quick = len(_MARKED_LETTER.findall(sample, 0, QUICK_CHARS))
    if quick > enough or quick + len(_MARKED_LETTER.findall(sample, QUICK_CHARS)) > enough:
        return False
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return False
    marked = sum(not w.isascii() for w in words)
    if marked > MAX_MARKED * len(words):
        return False
    function = _function_words()
    found = [low for low in map(str.lower, words) if low in function]
    return len(found) >= MIN_FUNCTION * len(words) and len(set(found)) >= MIN_DISTINCT


def warn_if_unmarked(doc: Document) -> Document:
    """Add :data:`WARNING` to ``doc.warnings`` when its blocks' text :func:`lost_its_marks`; returns ``doc``."""
    text = "\n".join(b.text for b in doc.blocks[:200])
    if lost_its_marks(text) and WARNING not in doc.warnings:
        doc.warnings.append(WARNING)
    return doc

"""``sovang_sentences``: sentence boundaries after . ! ? … ; (not after abbreviations such as "Tp.").

Boundaries are stored as token ranges in ``doc._.sv["sents"]`` and as spaCy
``SENT_START`` annotation (so ``doc.sents`` works too; not inside the engine, which reads the ranges alone:
``base.RECORDS_ONLY``).
"""
from __future__ import annotations

from itertools import compress

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language

from .base import RECORDS_ONLY, WordTest, state, toks

END = {".", "!", "?", "…", "..."}
CLOSING_QUOTES = {"”", '"', "’", "'", "»"}
NO_BREAK_BEFORE_DOT = {"Tp", "TP", "TT", "Q", "P", "GS", "PGS", "TS", "ThS", "BS", "T.Ư", "St", "Mr", "Ms", "Dr"}
#: marks that open an item of a list set out one item a line ("1.", "2)", "a)", "-", "+", "•"); Nghị định
#: 30/2020/NĐ-CP, Phụ lục I, lays out the articles of a decision this way
BULLETS = {"-", "–", "+", "•", "*", "·"}
#: a line ending in one of these announces (":") or goes on with (";", ",") a list whose items follow a line each
LIST_GLUE = {":", ";", ","}


def _list_item(words: list[str], i: int) -> bool:
    """True when the line starting at token i opens with a list mark: a bullet, or a number or a single letter
    followed by "." or ")"."""
    w = words[i]
    if w in BULLETS:
        return True
    return i + 1 < len(words) and words[i + 1] in (".", ")") and (w.isdigit() or (len(w) == 1 and w.isalpha()))


def _list_goes_on(words: list[str], brk: int, start: int, listing: bool) -> bool:
    """True when the line break at token brk does not end the sentence: the line before it announces a list
    (ends with ":") or is an item of one (``listing``, ending with ";" or ","), and the next line is an item."""
    if brk + 1 >= len(words) or brk - 1 < start or not _list_item(words, brk + 1):
        return False
    last = words[brk - 1]
    return last == ":" or (listing and last in LIST_GLUE)


#: word -> True when it is an end mark (END) or white space (a line break): the scan of :func:`boundaries` is
#: then one C-level look-up per token (for words asked before) instead of two tests
_BREAKS = WordTest(lambda word: word in END or word.isspace())


def boundaries(words: list[str]) -> list[tuple[int, int]]:
    """Token ranges of the sentences of a token list (see module doc for the rule)."""
    out = []
    start = 0
    listing = False  # the sentence is a list set out one item a line
    n = len(words)
    # only a token after an end mark or a line break can start a sentence: visit those alone
    after = compress(range(1, n + 1), map(_BREAKS.__getitem__, words))
    for i in after:
        if i >= n:
            break
        prev = words[i - 1]
        if prev.isspace():
            # a line break (block boundary) ends a sentence, unless a list set out a line an item goes on;
            # the break itself belongs to no sentence
            if _list_goes_on(words, i - 1, start, listing):
                listing = True
                continue
            listing = False
            if i - 1 > start:
                out.append((start, i - 1))
            start = i
            continue
        if words[i].isspace():
            continue
        if prev == "." and i >= 2 and (words[i - 2] in NO_BREAK_BEFORE_DOT or
                                       (len(words[i - 2]) == 1 and words[i - 2] not in CLOSING_QUOTES)):
            continue  # "Tp. Huế", an initial "A. Lincoln", a list number "1. Ông A"; not a quote's end '”.'

        ch = words[i][0]
        if ch.isupper() or ch.isdigit() or ch in "“\"'‘(-–":
            out.append((start, i))
            start = i
    if words and start < len(words):
        out.append((start, len(words)))
    return [(a, b) for a, b in out if b > a]


@Language.component("sovang_sentences")
def sovang_sentences(doc):
    """Mark sentence starts (see :func:`boundaries`)."""
    d = toks(doc)
    sents = boundaries(d.words)
    state(doc)["sents"] = sents
    if len(doc) and not doc.user_data.get(RECORDS_ONLY):  # (the engine reads the ranges alone: base.set_spans)
        arr = numpy.full(len(doc), -1, dtype="int64")
        for s, _ in sents:
            arr[s] = 1
        doc.from_array([SENT_START], arr.astype("uint64").reshape(-1, 1))
    return doc

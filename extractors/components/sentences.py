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

#: the most tokens one sentence may hold. A text written as one long line without end marks (OCR output, a
#: flattened table, a list of hundreds of names run together) would otherwise be one "sentence", and the
#: extractors compare each mention with the others of its sentence (quadratic in the mentions of a sentence):
#: a 75 KB such line took minutes. Longer sentences are split at their best break (:func:`_bounded`). The
#: longest sentence of dev, samples, h3-h12 and corpora/real holds 496 tokens (an article of a circular), so
#: no sentence of theirs is split.
MAX_SENTENCE_TOKENS = 600
#: breaks to cut an over-long sentence at, best first; the cut is after the mark, in the second half of the
#: allowed length, else hard at the limit
SOFT_BREAKS = (";", ",")


def _bounded(words: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The range [start, end) cut into pieces of at most MAX_SENTENCE_TOKENS tokens, each ending after the last
    ";" (else ",", else a list number "2." / "b)") of its second half, else hard at the limit."""
    out = []
    while end - start > MAX_SENTENCE_TOKENS:
        limit = start + MAX_SENTENCE_TOKENS
        half = start + MAX_SENTENCE_TOKENS // 2
        cut = next((j + 1 for mark in SOFT_BREAKS for j in range(limit - 1, half - 1, -1) if words[j] == mark),
                   None)
        if cut is None:
            cut = next((j for j in range(limit - 1, half, -1) if _list_item(words, j)), limit)
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


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
    return [piece for a, b in out if b > a
            for piece in (_bounded(words, a, b) if b - a > MAX_SENTENCE_TOKENS else ((a, b),))]


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

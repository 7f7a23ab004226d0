"""``sovang_sentences``: sentence boundaries after . ! ? … (not after abbreviations such as "Tp.")."""
from __future__ import annotations

from spacy.language import Language

END = {".", "!", "?", "…", "...", ";"}
NO_BREAK_BEFORE_DOT = {"Tp", "TP", "TT", "Q", "P", "GS", "PGS", "TS", "ThS", "BS", "T.Ư", "St", "Mr", "Ms", "Dr"}


@Language.component("sovang_sentences")
def sovang_sentences(doc):
    """Set ``is_sent_start``: a sentence starts after an END token followed by a capital, digit or quote."""
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
            continue
        prev = doc[i - 1]
        brk = False
        if prev.text in END and not (prev.text == "." and i >= 2 and (doc[i - 2].text in NO_BREAK_BEFORE_DOT
                                                                       or len(doc[i - 2].text) == 1)):
            ch = tok.text[0]
            brk = ch.isupper() or ch.isdigit() or ch in "“\"'‘(-–" or prev.text == ";"
        tok.is_sent_start = brk
    return doc

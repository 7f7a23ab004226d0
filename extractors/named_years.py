"""Numbers written like a year that tell no time of the story: a decade, a law's or a treaty's year, a product's model
year, a count, a number glued to letters (:func:`names_no_time`), read by :func:`extractors.engine.document_year`
for the year of a document that writes no date of its own (the year of an award whose sentence writes none).

Shapes: ``names_no_time(text, start, end) -> bool`` for the digits ``text[start:end]`` of a year (a bare "2016", or
the year of "năm 2016").  Sources: the lists it reads (``decade_words.txt``, ``named_law_heads.txt``,
``model_year_words.txt``, ``count_approximators.txt``) name theirs.  On the 3,200 stories of session 47's bulk
check such numbers dated 41 stories; read as here, 22 of the 27 baomoi ones (all stories of 2017) lose a wrong year
(1950, 1982, 1999, 2000, 2003, 2015 …) or get 2017, 4 move from one wrong year to another, 1 loses 2017 for 2016
(a model "phiên bản 2017").
"""
from __future__ import annotations

import functools
import re

from .gazetteer import alternation


@functools.lru_cache(maxsize=None)
def _named_before() -> re.Pattern:
    """What ends right before a year that names a thing (searched over the 60 chars before its digits): a decade's
    word ("thập niên 1980", "những năm 1970"), a model's ("đời 1978", "phiên bản 2003"), an approximator of a count
    ("gần 2000 fan"; each before the number itself), or the head of a law or treaty and up to five words of its name
    with no punctuation, perhaps "năm" ("Bộ luật hình sự 1999", "Công ước quốc tế về Luật Biển 1982", "Luật Đất đai
    năm 2013"; not "Luật sư", a lawyer's title).  Heads are matched as written (capitalised), the other words in
    either case."""
    return re.compile(r"(?:(?<!\w)(?i:%s|%s|%s)|(?<!\w)(?:%s)(?! sư\b)(?:\s+[^\s,.;:!?()\"“”]+){0,5}?(?:\s+năm)?)\s+$"
                      % (alternation("decade_words.txt"), alternation("model_year_words.txt"),
                         alternation("count_approximators.txt"), alternation("named_law_heads.txt")))


def names_no_time(text: str, start: int, end: int) -> bool:
    """Whether the year whose digits are ``text[start:end]`` names a thing or counts, no time of the story: glued to
    a letter ("1950kg", "Global2000", "SN1956", "1960s"), or after the words of :func:`_named_before` (a decade, a
    model, a count, a law or a treaty)."""
    if start and text[start - 1].isalpha() or end < len(text) and text[end].isalpha():
        return True
    return _named_before().search(text, max(0, start - 60), start) is not None

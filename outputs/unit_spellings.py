"""The other spellings of a unit's name typed in a text search: its abbreviations written out, or its name written
short, so that ``sovang search`` and the site's searches (*Tìm trong văn bản*, *Tìm theo tên*) find a unit however
the document writes it, as ``sovang who`` and ``sovang awards --unit`` do (a newcomer, session 41: ``search "ubnd
tinh binh phuoc"`` missed the decision headed "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC", and ``search "vien kiem sat nhan
dan tinh quang ninh"`` printed "no results" beside a story of the "VKSND tỉnh Quảng Ninh", both found by ``who``).

``unit_spellings("ubnd tinh binh phuoc") == ("uy ban nhan dan tinh binh phuoc",)``;
``unit_spellings("Viện kiểm sát nhân dân tỉnh Quảng Ninh") == ("vksnd tinh quang ninh",)``.

The abbreviations are those the knowledge base writes out (``abbreviations.tsv``, ``unit_abbreviations.tsv``,
``place_abbreviations.tsv``; :func:`outputs.queries.query_key`); a name is written short with the first
abbreviation either table gives for its words, longest first.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.gazetteer import table
from pipeline.normalize import fold

from .queries import query_key, replaced_runs


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` as the full-text index splits them ("Sở GD&ĐT" → ``("so", "gd", "dt")``)."""
    return tuple(re.findall(r"\w+", fold(text)))


#: the fewest words of a name written out that :func:`unit_spellings` writes short
MIN_WORDS = 3


@lru_cache(maxsize=1)
def _shortenings() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(the words of a name written out, the words of its abbreviation), longest name first, one abbreviation per
    name (the first the tables give): ``abbreviations.tsv``, then ``unit_abbreviations.tsv``; names of three words
    or more only ("Ủy ban nhân dân" → "UBND", "Sở Tư pháp" → "Sở TP"): two letters for two words ("Việt Nam" "VN",
    "thành phố" "TP", "Bệnh viện" "BV") stand for other things too ("ANTT.VN", a web address, came first for
    ``search "viet nam"``); abbreviations written with a full stop left out."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row in table("abbreviations.tsv") + table("unit_abbreviations.tsv"):
        short, long = row[0], row[1]
        if short.endswith(".") or len(words(long)) < MIN_WORDS:
            continue
        out.setdefault(words(long), words(short))
    return tuple(sorted(out.items(), key=lambda item: -len(item[0])))


def _written_short(typed: tuple[str, ...]) -> tuple[str, ...]:
    """``typed`` with each run of words that writes out a name of :func:`_shortenings` replaced by its
    abbreviation (:func:`outputs.queries.replaced_runs`)."""
    return tuple(replaced_runs(typed, _shortenings()))


@lru_cache(maxsize=256)
def unit_spellings(query: str) -> tuple[str, ...]:
    """The other spellings of the words of ``query`` (folded, space-separated): with its abbreviations written out,
    then with its names written out written short; those that differ from the words typed, each once; ``()`` for a
    query that holds neither, or that searches a prefix (``*``)."""
    if "*" in query:
        return ()
    typed = words(query)
    spellings = (words(query_key(query)), _written_short(typed))
    return tuple(dict.fromkeys(" ".join(s) for s in spellings if s and s != typed))

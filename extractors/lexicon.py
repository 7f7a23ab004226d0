"""Compiled lookup tables built once per process from :mod:`extractors.gazetteer`.

Everything a component consults (sets of surnames, places, honorifics, the
award alias table, class spellings, cue phrases) lives here, so that a new rule
is a new line in ``corpora/gazetteers/``, not new code.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import gazetteer as gz


def cap(word: str) -> bool:
    """True when ``word`` starts with an upper-case letter (Vietnamese letters included)."""
    return bool(word) and word[0].isupper()


def upper_first(text: str) -> str:
    """``text`` with its first letter upper-case ("công ty" → "Công ty"), as the gazetteers write heads."""
    return text[:1].upper() + text[1:]


def variants(phrase: str) -> set[str]:
    """The phrase as listed plus with its first letter lower- and upper-cased."""
    if not phrase:
        return set()
    return {phrase, phrase[0].lower() + phrase[1:], phrase[0].upper() + phrase[1:]}


def miscased(place: str) -> set[str]:
    """The spellings of ``place`` whose first syllable is as listed and whose later capitalised syllables
    are written in lower case, some or all ("Thừa Thiên Huế" -> "Thừa thiên Huế", "Thừa Thiên huế",
    "Thừa thiên huế"); none for a place written in lower case or of one syllable."""
    words = place.split()
    if not place[:1].isupper():
        return set()
    out = {""}
    for w in words[1:]:
        alts = {w, w[:1].lower() + w[1:]} if w[:1].isupper() and w[1:].islower() else {w}
        out = {f"{o} {a}" for o in out for a in alts}
    return {words[0] + o for o in out} - {place}


def places_as_written() -> frozenset:
    """The places of ``places.txt`` and their mis-cased spellings (:func:`miscased`), but for those of
    ``places_miscased_not.txt`` (a common word in lower case: "Hòa bình", "Hải dương")."""
    listed = gz.word_list("places.txt")
    not_places = set(gz.word_list("places_miscased_not.txt"))
    return frozenset(listed).union(*(miscased(p) - not_places for p in listed))


@dataclass(frozen=True)
class Lexicon:
    """All compiled tables (see module doc). Built by :func:`lexicon`."""

    surnames: frozenset
    places: frozenset
    place_words: frozenset
    place_starts: frozenset   # every leading part of a place's text: a token that is none starts no place
    miscased_places: frozenset  # the spellings of places_as_written with a later syllable lowered (not listed)
    honorifics: dict          # text -> kind
    positions: tuple          # title strings (normalised)
    unit_heads: dict          # head text -> (kind, needs_name)
    named_units: tuple
    award_aliases: dict       # lower-cased alias -> AwardEntry
    classes: dict             # lower-cased written class -> canonical
    cues: dict                # role -> tuple of phrases
    campaign_heads: tuple
    abbreviations: dict
    not_heads: frozenset      # compounds where a lower-case head is a common word


@functools.lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    """Build (once) and return the :class:`Lexicon`."""
    places = places_as_written()
    aliases = {}
    for entry in gz.awards():
        for name in (entry.canonical,) + entry.aliases:
            aliases.setdefault(name.lower(), entry)
    heads = {}
    for row in gz.table("unit_types.tsv"):
        for v in variants(row[0]):
            heads.setdefault(v, (row[1], row[2] == "yes"))
    surnames = set(gz.word_list("surnames.txt"))
    return Lexicon(
        surnames=frozenset(surnames | {s.upper() for s in surnames}),
        places=places,
        place_words=frozenset(w for p in places for w in p.split()),
        place_starts=frozenset(p[:k] for p in places for k in range(1, len(p) + 1)),
        miscased_places=places - frozenset(gz.word_list("places.txt")),
        honorifics={r[0]: r[1] for r in gz.table("honorifics.tsv")},
        positions=tuple(gz.word_list("positions.txt")) + gz.section("english_body_heads.txt", "# Titles"),  # ("CEO")
        unit_heads=heads,
        named_units=tuple(gz.word_list("named_units.txt")),
        award_aliases=aliases,
        classes={r[0].lower(): r[1] for r in gz.table("award_classes.tsv")},
        cues=gz.triggers(),
        campaign_heads=tuple(gz.word_list("campaign_heads.txt")),
        abbreviations={r[0]: r[1] for r in gz.table("abbreviations.tsv")},
        not_heads=frozenset(x.lower() for x in gz.word_list("not_heads.txt")),
    )


#: Việt Nam itself and its central level: named beside places, never a foreign state or a province
HOME_PLACES = frozenset({"Việt Nam", "Trung ương"})


@functools.lru_cache(maxsize=1)
def foreign_states() -> frozenset:
    """The places of ``places.txt`` abroad: neither a province before or after 1 July 2025 (provinces_2025.tsv), nor
    a district (districts.tsv), nor a place or region of Viet Nam written otherwise or a continent holding it
    (home_regions.txt: "TP.HCM", "Tây Nguyên", "Châu Á"; the second reader, session 25), nor Việt Nam itself or
    "Trung ương" ("Nhật Bản", "Tây Ban Nha", "Paris")."""
    home = set(gz.province_levels()) | gz.district_names() | set(gz.word_list("home_regions.txt")) | HOME_PLACES
    return frozenset(p for p in gz.word_list("places.txt") if p not in home)


#: the years a fact may be of (an award's, a title's, a championship's, an anniversary's): :data:`YEAR`'s range (its
#: pattern spells these bounds), read by championships._sentence_year and engine's anniversaries (a year + N later
#: than the last is no event's).  Ranges of other meanings keep their own: a document's date (pipeline.dates,
#: 1945-2100), the years a story writes of itself (engine.YEAR_OF, 1980 to the last fact year: older ones are
#: history), an anniversary's origin and the parts of dates and spans (any 19xx or 20xx), the earliest year a
#: correction may set (outputs.correction_values.FIRST_YEAR, 1945: the state's first awards)
FIRST_FACT_YEAR, LAST_FACT_YEAR = 1940, 2049
#: a year FIRST_FACT_YEAR-LAST_FACT_YEAR (1940-2049) not inside a longer number, a date or a number with slashes
#: ("2018", not "12018", "/2018", "-2018");
#: the check of the character before it comes after the digits ("(?<![\d/.-]\d{4})"), so that the regex engine
#: can skip ahead to a "1" or "2" instead of trying a look-behind at every position (3-4 times faster)
YEAR = re.compile(r"(19[4-9]\d|20[0-4]\d)(?<![\d/.-]\d{4})(?!\d)")
DATE = re.compile(r"(?:ngày\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d\d)")


def day_month_year(comma_before_year: bool = False) -> str:
    """The source (a str, not compiled) of a regular expression for a date written after "ngày", with three
    groups (day, month, year 19xx or 20xx): numbers apart by slashes, hyphens or full stops ("ngày 24/7/2023",
    "ngày 24-7-2023", "ngày 24.7.2023": the separators of a numeric date, as pipeline.dates reads them) or words
    ("ngày 20 tháng 10 năm 2023", the form of Nghị định 30/2020/NĐ-CP, Phụ lục I, for a document's date); with
    ``comma_before_year`` a comma may also stand before "năm" ("ngày 20 tháng 10, năm 2023"). The one date pattern
    of :data:`DECISION` (with the comma) and ``engine.HEADER_DATE`` (without)."""
    before_year = r"\s*,?\s+năm\s+" if comma_before_year else r"\s+năm\s+"
    return r"ngày\s*(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|" + before_year + r")((?:19|20)\d\d)"


#: the words opening a decision's or a report's preamble before a propose cue, naming its proposer ("Xét đề nghị của
#: Bộ trưởng Bộ Y tế, …", "Theo kiến nghị của Sở …"; ``preamble_openers.txt``), lower-cased word tuples: read by
#: the conferral cues (a preamble is no proposal) and by revocations (a preamble's request ends at its comma)
PREAMBLE_OPENERS = tuple(tuple(w.lower().split()) for w in gz.word_list("preamble_openers.txt"))


def preamble_opener_before(low: list[str], k: int) -> bool:
    """Whether one of :data:`PREAMBLE_OPENERS` ends right before word ``k`` of ``low`` (lower-cased words): "Theo
    kiến nghị | …", "Xét đề nghị | của …"."""
    return any(k >= len(p) and tuple(low[k - len(p):k]) == p for p in PREAMBLE_OPENERS)

#: a decision by its number, with its date where one follows (:func:`day_month_year`, a comma allowed before
#: "năm"): groups (number, day, month, year).  "quyết định" may open lower-case or title-case in running text
#: ("theo quyết định số 1358/QĐ-CTN", "Quyết Định số …"), and the issuer's code may stand after a dash with
#: spaces around it ("1358/QĐ – CTN", two capitals after it; :func:`extractors.revocation.decision_of` writes the
#: number without them)
#: ("Quyết" and "quyết" as two alternatives, not "[Qq]uyết": an alternation opening on letters alone lets the regex
#: engine skip ahead to a "Q" or "q"; a class first made it try every character)
DECISION = re.compile(r"(?:Quyết [Đđ]ịnh|quyết [Đđ]ịnh|QĐ)\s*(?:số\s*)?(\d+[\w/.-]*/[\w.-]*[A-ZĐ][\w-]*"
                      r"(?:\s?[-\u2013]\s?[A-ZĐ]{2}[\w-]*)?)"
                      r"(?:\s*,?\s*" + day_month_year(comma_before_year=True) + r")?")

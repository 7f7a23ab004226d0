"""What a person's positions in one document tell for or against joining him with a namesake of another document.

The canonical layer (:mod:`outputs.canonical`) joins two (name, document) nodes of one name on shared evidence
(a unit, a province, a position); this module reads the positions for it:

- an **occupation** ("diễn viên", "sinh viên": ``honorifics.tsv`` rows of kind ``role``) is no office, but it tells
  who the person is by trade: its **families** (``occupation_families.tsv``: "diễn viên" and "nghệ sĩ" are both
  of the arts, "phi công" of aviation) say whether two occupations may be one person's (:func:`position_parts`);
- :func:`compatible` says whether two nodes' (or persons') trades and offices (:class:`Who`) allow a join at all.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from extractors import gazetteer as gz
from extractors.canonical import key
from extractors.descriptors import fold_sy, longest_opening


#: words an occupation or a title may open with that are no part of it, folded: that its holder held it before or
#: holds it for now ("nguyên", "cựu", "quyền": title_prefixes.txt), the holder's sex ("nữ diễn viên": sex_words.txt)
_PREFIXES = frozenset(key(p) for p in gz.word_list("title_prefixes.txt") + gz.word_list("sex_words.txt"))


#: what parts a compound position: a comma, "kiêm" (holding also: "ca sĩ kiêm doanh nhân")
_PARTS = re.compile(r",|\s+kiêm\s+", re.I)


@functools.lru_cache(maxsize=1)
def _occupations() -> frozenset[str]:
    """Occupation nouns ("diễn viên", "nghệ sĩ", "học sinh": ``honorifics.tsv`` rows of kind ``role``),
    lower-cased, "sỹ" folded to "sĩ" (:func:`extractors.descriptors.fold_sy`)."""
    from extractors.lexicon import lexicon

    return frozenset(fold_sy(t.lower()) for t, kind in lexicon().honorifics.items() if kind == "role")


@functools.lru_cache(maxsize=1)
def _families() -> dict[str, frozenset[str]]:
    """``occupation_families.tsv``: lower-cased occupation ("sỹ" folded, as :func:`_occupations`) → its families."""
    return {fold_sy(row[0].lower()): frozenset(f.strip() for f in row[1].split(",") if f.strip())
            for row in gz.table("occupation_families.tsv")}


@functools.lru_cache(maxsize=1)
def _officeless() -> frozenset[str]:
    """The occupations of ``occupation_families.tsv`` marked "no office" (pupils, students), lower-cased, folded."""
    return frozenset(fold_sy(row[0].lower()) for row in gz.table("occupation_families.tsv")
                     if row[2:3] == ("no office",))


@functools.lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """The folded titles of ``positions.txt`` and ``staff_titles.txt`` that are no occupation: offices."""
    titles = gz.word_list("positions.txt") + gz.word_list("staff_titles.txt")
    return frozenset(key(t) for t in titles if occupation(t) is None)


def _unprefixed(part: str) -> list[str]:
    """The words of ``part`` of a position, lower-cased, after the words of :data:`_PREFIXES` ("nguyên", "cựu",
    "quyền", "nữ")."""
    words = part.strip().lower().split()
    while len(words) > 1 and key(words[0]) in _PREFIXES:
        words = words[1:]
    return words


def occupation(part: str) -> str | None:
    """The occupation (lower-cased, as :func:`_occupations` lists it) that ``part`` of a position is or opens with
    ("nghệ sĩ cải lương" → "nghệ sĩ cải lương", "phi công lái" → "phi công", "học sinh lớp 4A" → "học sinh",
    "nguyên diễn viên", "nữ diễn viên" → "diễn viên": the words of :data:`_PREFIXES` skipped; "ca sỹ" → "ca sĩ"), the
    longest: :func:`extractors.descriptors.longest_opening`; None for anything else ("Giám đốc", "tân binh")."""
    return longest_opening(fold_sy(" ".join(_unprefixed(part))), _occupations())


def families(job: str) -> frozenset[str]:
    """The families of the occupation ``job`` (as :func:`occupation` returns it) in ``occupation_families.tsv``;
    an occupation not listed there is a family of its own (``{job}``)."""
    return _families().get(job, frozenset({job}))


@functools.lru_cache(maxsize=100_000)
def occupations_only(position: str) -> bool:
    """Every part of ``position`` (split as :func:`position_parts` splits it) is an occupation ("ca sĩ kiêm diễn
    viên", "nguyên tiền đạo"): it names no office nor any other post, so it is no evidence for a join.  Cached as
    :func:`position_parts` is."""
    return all(occupation(part) for part in _PARTS.split(position) if part.strip())


class Who(NamedTuple):
    """What the positions of a node (or of several together) tell of who the person is: the families of the
    occupations (``occupation_families.tsv``), whether one is an office (a title of ``positions.txt`` or
    ``staff_titles.txt``), whether an occupation is one of those that hold none ("sinh viên")."""

    families: frozenset = frozenset()
    office: bool = False
    no_office: bool = False

    def __or__(self, other: "Who") -> "Who":
        return Who(self.families | other.families, self.office or other.office, self.no_office or other.no_office)


@functools.lru_cache(maxsize=100_000)
def position_parts(position: str) -> Who:
    """What a position as written tells (:class:`Who`), read part by part (split on commas and "kiêm"): "ca sĩ,
    diễn viên" and "ca sĩ kiêm diễn viên" are two occupations of the arts; "nhà báo, Tổng Biên tập" an occupation of the press and an office; "Chủ tịch" an
    office; "tân binh" (a word of no list) neither.  Cached: a knowledge base writes few positions many times."""
    who = Who()
    for part in _PARTS.split(position):
        job = occupation(part) if part.strip() else None
        if job is not None:
            who = who | Who(families(job), False, job in _officeless())
        elif part.strip():
            words = _unprefixed(key(part))
            office = any(" ".join(words[:n]) in _offices() for n in range(1, len(words) + 1))
            who = who | Who(office=office)
    return who


def compatible(a: Who, b: Who) -> bool:
    """Whether two nodes (or persons) of one name may be one person by what their positions tell (:class:`Who`).
    Two with occupations must share a family ("diễn viên" and "nghệ sĩ" may, "phi công" and "nghệ sĩ" may not); one
    known only by an occupation that holds no office ("sinh viên") is not one known by an office ("Bộ trưởng").  Any
    other occupation may hold an office (a "tỷ phú" is a "Giám đốc điều hành", a "hoa hậu" a company's "Giám đốc"),
    and anything else may be one person."""
    if a.families and b.families:
        return bool(a.families & b.families)
    return not ((a.no_office and not a.office and b.office) or (b.no_office and not b.office and a.office))

"""Eligibility hints from a person's or unit's award timeline.

Rules are data (``corpora/gazetteers/eligibility.tsv``, each row citing the
article of Luật Thi đua, khen thưởng and the period it was in force): when a
recipient holds ``times`` consecutive years of an award, the hint names the
award that may be proposed next; a rule of one award that also needs years of
work after it (``then_years``: Huân chương Lao động hạng Ba after a Bằng khen
of the Thủ tướng and 5 more years) says so, and the year it may be proposed
from.  A rule for persons or for units applies to those only.  Only rules in
force in the last year of the streak apply.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from corpora.gazetteers import path as gazetteer_path
from extractors.canonical import key


@dataclass(frozen=True)
class Rule:
    """One eligibility rule: ``times`` consecutive years of ``requires`` suggest ``suggests``."""

    requires: str
    times: int
    suggests: str
    source: str
    valid_from: str
    valid_until: str
    then_years: int = 0
    kind: str = ""  # "person", "unit" or "" (both)


@lru_cache(maxsize=1)
def rules() -> list[Rule]:
    """The rules of eligibility.tsv."""
    with open(gazetteer_path("eligibility.tsv"), encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    rows = [r + [""] * (8 - len(r)) for r in rows]
    return [Rule(r[0], int(r[1]), r[2], r[3], r[4], r[5], int(r[6] or 0), r[7]) for r in rows]


def _longest_streak(years: list[int]) -> tuple[int, int]:
    """(length, last year) of the longest run of consecutive years."""
    best = (0, 0)
    run, prev = 0, None
    for y in sorted(set(years)):
        run = run + 1 if prev is not None and y == prev + 1 else 1
        prev = y
        if run >= best[0]:
            best = (run, y)
    return best


def hints(awards: list[dict], kind: str = "") -> list[str]:
    """Hints for a timeline of awards (dicts with ``award``, ``year``, ``status``; revoked ones ignored) of a
    recipient of ``kind`` ("person" or "unit"; "" applies every rule)."""
    out = []
    for rule in rules():
        if kind and rule.kind and rule.kind != kind:
            continue
        years = [a["year"] for a in awards if a.get("year") and a.get("status") == "conferred"
                 and not a.get("revoked") and rule.requires in key(a["award"])]
        length, last = _longest_streak(years)
        if length < rule.times:
            continue
        year_from, year_to = int(rule.valid_from[:4]), int(rule.valid_until[:4]) if rule.valid_until else 9999
        if not year_from <= last <= year_to:
            continue
        period = f"in force {rule.valid_from} – {rule.valid_until or 'now'}"
        if rule.then_years:
            out.append(f"an award matching '{rule.requires}' ({last}): {rule.suggests} may be proposed only after "
                       f"{rule.then_years} or more further consecutive years of excellent work, so from "
                       f"{last + rule.then_years} at the earliest, with the article's other criteria "
                       f"({rule.source}; {period})")
            continue
        span = f"{last - length + 1}–{last}" if length > 1 else str(last)
        span_words = "consecutive years" if length > 1 else "year"
        out.append(f"{length} {span_words} of an award matching '{rule.requires}' ({span}): "
                   f"may be proposed for {rule.suggests} ({rule.source}; {period})")
    return out

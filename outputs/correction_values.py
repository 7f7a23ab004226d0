"""Checking the value a staff correction sets on a conferral (``sovang correct fix``), before it is stored and again
whenever corrections are applied (a row stored by an older sovang may hold a bad value).

The rules follow the fact format of ``../shared/eval/GUIDELINES.md``: ``year`` is a year (an integer), ``status`` is
``conferred`` or ``proposed`` (a revoked award keeps ``conferred``), ``decision_date`` an ISO date (YYYY-MM-DD).
"""
from __future__ import annotations

import datetime as dt

#: the statuses of a conferral (GUIDELINES: "proposed" when the text only proposes, else "conferred")
STATUSES = ("conferred", "proposed")
#: the earliest year a conferral may be set to: the state's first awards (1945, the Democratic Republic)
FIRST_YEAR = 1945


#: the fields a correction may clear with an empty value ("the document gives none": a year guessed from a date
#: without its year, a decision number read wrongly); the recipient, the award and the status are never empty
CLEARABLE = ("year", "decision", "decision_date")


def _year(value: str) -> str:
    last = dt.date.today().year + 1  # a proposal may be for next year
    try:
        year = int(value.strip())
    except ValueError:
        raise ValueError(f"year {value!r} is not a whole number (e.g. 2023)") from None
    if not FIRST_YEAR <= year <= last:
        raise ValueError(f"year {value!r} is out of range {FIRST_YEAR}-{last}")
    return str(year)


def _status(value: str) -> str:
    if value.strip().lower() not in STATUSES:
        raise ValueError(f"status {value!r} is not one of {', '.join(STATUSES)}")
    return value.strip().lower()


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"decision_date {value!r} is not a real date written YYYY-MM-DD (e.g. 2024-05-17)") from None


def _text(field: str):
    def check(value: str) -> str:
        if not value.strip():
            raise ValueError(f"{field} {value!r} is empty")
        return value.strip()
    return check


#: field → check: the value as stored, or ValueError naming the field and the value
CHECKS = {"year": _year, "status": _status, "decision_date": _date, "decision": _text("decision"),
          "recipient": _text("recipient"), "award": _text("award")}


def checked_value(field: str, value: str | None) -> str:
    """The value ``value`` (str) of conferral field ``field`` as a correction stores it (trimmed; a status in lower
    case; a year as digits; a date as YYYY-MM-DD).

    An empty value clears a field of :data:`CLEARABLE` ("" is stored). Raises ValueError naming the field and the
    value when the field cannot be fixed or the value is not one it can hold (see the module docstring for the
    rules)."""
    if field not in CHECKS:
        raise ValueError(f"cannot fix {field!r}; fixable: {', '.join(CHECKS)}")
    if value is None:
        raise ValueError(f"{field}: no value given")
    if field in CLEARABLE and not value.strip():
        return ""  # cleared: the conferral has no such value
    return CHECKS[field](value)

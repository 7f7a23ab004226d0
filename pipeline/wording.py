"""Counts in messages: "1 path", "2 paths" (a newcomer found "1 paths removed", "1 campaigns")."""
from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun`` agreeing in number: "1 document", "0 documents", "3 documents"; ``plural`` for a noun not
    made plural by adding "s" ("copy", "copies"). ``noun`` is the singular (a phrase ends in it: "text file")."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def first_shown(n: int) -> str:
    """The clause of a cut list: "the first is shown" for 1, "the first 3 are shown" (a newcomer read "the first 1
    are shown", session 28)."""
    return "the first is shown" if n == 1 else f"the first {n} are shown"


def indented(prefix: str, text: str) -> str:
    """``prefix`` then ``text``, each further line of ``text`` (a block's lines a sentence keeps: a list, a signature
    "KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG") starting at the prefix's margin, so that it reads as part of the entry and
    not as a new one at the left edge (newcomer, session 37: `who` and `search` printed them so)."""
    margin = prefix[:len(prefix) - len(prefix.lstrip(" "))]
    return prefix + text.replace("\n", "\n" + margin)

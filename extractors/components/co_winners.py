"""Co-winners of a championship title: the names coordinated before the winner the championship finder read.

Shapes (Vietnamese press usage; eval GUIDELINES: one fact per recipient, sports titles count when the text says
someone won them)::

    <A>, <B> và <C> (đã) vô địch|lên ngôi <Competition>     A, B and C each win ("… A, B và C lên ngôi vô địch Anh")
    <A> và|cùng (với) <B> vô địch <Competition>             A and B ("Tú cùng Khương vô địch đôi nam …")
    <A> (adverbs) cùng (với) <B> vô địch <Competition>      a player and the club he won with ("A vừa cùng B vô địch X")

The finder's winner is the name right before the verb (C, B). Read back from it: a coordinator of coordinators.txt
other than the comma ("và", "cùng"), a comitative after it or not ("cùng với"), then the name before; further back,
names joined by commas alone. Address words ("ông", "bà") may stand before each name. The comitative "cùng" may also
follow the first name's adverbs ("vừa", "đã", "3 năm liền": the caller's ``adverbs_back``). The names are the
persons and units the earlier components found (``by_end``), in the same sentence; a name after a verb of beating
(defeat_verbs.txt: "đánh bại A và B …") is a rival, and a pronoun ("anh cùng B …") names no one here.
"""
from __future__ import annotations

from ..gazetteer import section
from .base import LOWERED
from .conferral_words import ADDRESS
from .conferral_subjects import last_defeat

_COORDINATORS = "coordinators.txt"
#: words joining the name right before a winner to it: the coordinators of coordinators.txt but the comma
JOINERS = frozenset(section(_COORDINATORS, "# Coordinators")) - {","}
#: comitatives written after a joiner ("cùng với"): coordinators.txt
COMITATIVES = frozenset(section(_COORDINATORS, "# Comitatives"))
#: the comitative joiner that may follow the first name's adverbs ("A vừa cùng B vô địch …")
WITH = "cùng"


def _name_before(words, j: int, ss: int, by_end):
    """The name of ``by_end`` ending at ``j``, or after address words ending there ("ông A"), not before ``ss``."""
    while j > ss:
        x = by_end.get(j)
        if x is not None and x.start >= ss:
            return x
        if LOWERED[words[j - 1]] not in ADDRESS:
            return None
        j -= 1
    return None


def _joiner_start(words, j: int, ss: int) -> int | None:
    """Where the joiner ending at token ``j`` starts: a word of JOINERS, a comitative after it or not ("và", "cùng",
    "cùng với"); None when none ends there."""
    k = j - 1 if j - 1 > ss and LOWERED[words[j - 1]] in COMITATIVES else j
    return k - 1 if k - 1 > ss and LOWERED[words[k - 1]] in JOINERS else None


def _start_of_name(words, x, ss: int) -> int:
    """Where the name ``x`` starts with the address words before it."""
    k = x.start
    while k > ss and LOWERED[words[k - 1]] in ADDRESS:
        k -= 1
    return k


def co_winners(d, winner, ss: int, by_end, adverbs_back) -> list:
    """The names coordinated before ``winner`` (an Ent of ``by_end``, the name ending where the win's verb and its
    adverbs start) in the sentence starting at ``ss``, first written first; [] when none (see module doc).
    ``adverbs_back(words, j, ss)``: where the adverbs and counts written right before token ``j`` start."""
    words = d.words
    out = []
    a = _start_of_name(words, winner, ss)
    j = _joiner_start(words, a, ss)
    if j is None:
        return []
    first = _name_before(words, j, ss, by_end)
    if first is None and LOWERED[words[j]] == WITH:
        first = _name_before(words, adverbs_back(words, j, ss), ss, by_end)
    while first is not None:
        out.insert(0, first)
        a = _start_of_name(words, first, ss)
        first = _name_before(words, a - 1, ss, by_end) if a - 1 > ss and words[a - 1] == "," else None
    if out and last_defeat(d, ss, out[0].start) < out[0].start:
        return []  # "… đánh bại A và B …": the names are the rivals beaten
    return out

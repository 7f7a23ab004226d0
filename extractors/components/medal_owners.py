"""The owners of a medal written after it with "của": the medal is theirs, whatever the sentence's verb.

Shapes (Vietnamese sports press; eval GUIDELINES count sports medals when the text says someone won them)::

    <medal> [event] của [role] <person>                      "1 HCV của Lê Thị Mai (nhảy xa nữ)"
    <medal> [event] của [role] <person> và [event] của [role] <person>
                                                             "hai huy chương vàng hạng 48kg nam của võ sĩ A và
                                                             hạng 60kg nam của võ sĩ B"
    <medal> của [role] <person> và [role] <person>           "hai HCV của A và B"

``<medal>`` is an award whose text opens with a metal's medal (awards.METAL_FORMS: "huy chương vàng", "HCV" …);
``[event]`` at most :data:`EVENT_MAX` lower-case words or numbers, no punctuation but a hyphen, no name or award
found and no "của" ("hạng 48kg nam", "thứ ba", "môn đấu kiếm"; not "về tay đội chủ nhà Brazil": a capitalised
word is another holder); ``[role]`` at most :data:`ROLE_MAX` words, each lower case or of an honorific
(honorifics.tsv: "VĐV", "võ sĩ", "kình ngư"), none of a position (a title after "của" names a giver: "Bằng khen
của Bộ trưởng …"); ``<person>`` a person the earlier components found. A team's or a country's medal ("HCV đầu tiên
của đoàn Việt Nam", "chiếc HCĐ của Thái Sơn Nam") is left to the conferral linker: only persons are read here.
A bare medal named from elsewhere in the document (awards._complete_metal's "guessed" names: the document's one
competition, another medal's event) is left to the conferral linker too: on bulk news such a guess named a past
edition ("SEA Games 2015" in a story of the Asian championships, session 44), and a wrong name given to the right
owner is still a wrong fact. A medal aimed at has no owner yet: a word of wish or aim (wishes.txt: "mục tiêu",
"hy vọng", "cơ hội") in the WISH_BEFORE words of the medal's clause before it ("Mục tiêu huy chương vàng của A là
khả thi", "cơ hội giành HCV của A"; not past a comma: "… đặt mục tiêu 3 HCV, trong đó có 1 HCV của A" is A's),
as conferral_cues._wished reads one before a winning verb. The team that "giành" the medals in the same sentence is no recipient of them: the persons are ("Đội tuyển muay Việt
Nam … với hai huy chương vàng … của võ sĩ A và … của võ sĩ B": A's and B's medals, as eval gold writes them).

* :func:`medal_owners`: the owners of one award mention, first written first, or [].
"""
from __future__ import annotations

from functools import lru_cache

from .awards import METAL_FORMS
from .base import LOWERED, lexicon
from .conferral_cues import CLAUSE_MARKS, WISH_BEFORE, _wishes_in

#: the words of a medal's event written between it and "của" ("hạng 48kg nam", "môn cử tạ nữ"), at most
EVENT_MAX = 6
#: the words of a role written between "của" and the owner's name ("võ sĩ", "nữ VĐV"), at most
ROLE_MAX = 3
#: the word openings of a metal's medal, lower case, as word tuples ("huy chương vàng", "hcv")
MEDALS = tuple(tuple(f.split()) for forms in METAL_FORMS.values() for f in forms)
#: marks an event may hold (a weight class "hạng -48 kg", "U-18"); any other mark ends the medal's phrase
EVENT_MARKS = frozenset({"-", "–"})


@lru_cache(maxsize=1)
def _positions() -> frozenset:
    """The lexicon's positions (positions.txt), lower case: a role naming one is a giver's title, not an owner's
    (built once, not at every medal)."""
    return frozenset(p.lower() for p in lexicon().positions)


def _is_medal(text: str) -> bool:
    """Whether an award's text opens with a metal's medal ("huy chương vàng SEA Games 30", "HCB")."""
    words = tuple(text.lower().split())
    return any(words[:len(m)] == m for m in MEDALS)


def _past_event(words, k: int, se: int, starts: set) -> int | None:
    """Where "của" stands after the event written from token ``k`` (at most EVENT_MAX words, no mark but a hyphen,
    no name nor award found: ``starts``): its index, or None when no "của" closes the event there."""
    for j in range(k, min(se, k + EVENT_MAX + 1)):
        w = words[j]
        if LOWERED[w] == "của":
            return j
        if j in starts or not (w.islower() or w.isdigit() or w in EVENT_MARKS):
            return None  # (a capitalised word names another holder: "HCV về tay đội chủ nhà Brazil của A")
    return None


def _owner_at(words, j: int, se: int, by_start: dict):
    """The person found after "của" at ``j - 1``, past at most ROLE_MAX words of a role (lower case or an
    honorific's, none a position's: :func:`_positions`); None otherwise."""
    for n in range(0, ROLE_MAX + 1):
        if j + n >= se:
            return None
        x = by_start.get(j + n)
        if x is not None:
            role = " ".join(words[j:j + n])
            if x.kind != "person" or (n and role.lower() in _positions()):
                return None
            return x
        w = words[j + n]
        if not (w.isalpha() and (w.islower() or w in lexicon().honorifics)):
            return None
    return None


def _aimed(words, ss: int, s: int) -> bool:
    """Whether a word of wish or aim (wishes.txt) stands in the WISH_BEFORE words before the medal starting at
    token ``s``, within its clause (after the last clause mark or comma, not before the sentence start ``ss``):
    "Mục tiêu | huy chương vàng của A" (True); "… mục tiêu 3 HCV, trong đó có | 1 HCV của A" (False)."""
    lo = max(ss, s - WISH_BEFORE)
    for j in range(s - 1, lo - 1, -1):
        if words[j] in CLAUSE_MARKS or words[j] == ",":
            lo = j + 1
            break
    return bool(_wishes_in(words, lo, s))


def medal_owners(d, a, ss: int, se: int, ents, awards) -> list:
    """The persons owning the medal ``a`` (an award Ent of document ``d``, its sentence the tokens [``ss``, ``se``))
    as written after it with "của" (module doc), coordinated ones after "và" or a comma included; [] when ``a`` is
    no medal, a medal aimed at (:func:`_aimed`) or no person owns it so. ``ents``: the sentence's persons and units,
    in order; ``awards``: its award Ents (an event ends where another award starts: "1 HCV của A, 1 HCB của B"
    gives B the HCB only)."""
    words = d.words
    if a.end >= se or not _is_medal(a.text) or a.info.get("guessed") or _aimed(words, ss, a.start):
        return []
    starts = {x.start for x in ents} | {b.start for b in awards}
    by_start = {x.start: x for x in ents}
    k = _past_event(words, a.end, se, starts)
    out = []
    while k is not None:
        owner = _owner_at(words, k + 1, se, by_start)
        if owner is None:
            break
        out.append(owner)
        k = owner.end
        if k + 1 >= se or words[k] not in ("và", ","):
            break
        nxt = _owner_at(words, k + 1, se, by_start)  # "… của A và B"
        if nxt is not None and words[k] == "và":
            out.append(nxt)
            break
        k = _past_event(words, k + 1, se, starts)  # "… của A và hạng 60kg nam của B"
    return out

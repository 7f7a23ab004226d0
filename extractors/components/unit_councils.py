"""Councils that consider the State's honorary titles ("Hội đồng xét tặng danh hiệu Nhà giáo Ưu tú Sở GD-ĐT X"):
named by the titles they consider, their round and the body or place that convenes them (``award_councils.txt``).
"""
from __future__ import annotations

from ..canonical import level_words
from ..gazetteer import word_list
from .base import LOWERED, Ent, is_cap, span_text, toks

#: the openings of a council's name (``award_councils.txt``), as lower-case word tuples, longest first
OPENINGS = tuple(sorted((tuple(x.lower().split()) for x in word_list("award_councils.txt")), key=len, reverse=True))
#: the words after "Hội" of each opening, as written in running text ("đồng xét"): a document holding none (nor in
#: capitals) names no council
GATES = frozenset(" ".join(op[1:3]) for op in OPENINGS)
#: the place level words a convening place is written with ("tỉnh", "thành phố", "tp"; administrative_levels.tsv)
PLACE_LEVELS = level_words()
#: the longest title (in words) looked up in the award catalogue ("Thầy thuốc Nhân dân": 4 syllables at most)
TITLE_WORDS = 4
#: the longest place name after its level (in capitalised words: "Bà Rịa - Vũng Tàu" reads "Bà Rịa" at least)
PLACE_WORDS = 4
#: words joining two titles of one council ("NSND, NSƯT", "Nhà giáo Nhân dân và Nhà giáo Ưu tú")
TITLE_JOINERS = {",", "và"}
#: quotation marks a title may be written in
QUOTES = {'"', "“", "”", "'", "‘", "’"}
#: the owner's preposition ("… lần thứ 9 của thành phố Hà Nội")
OF = "của"


class AwardCouncils:
    """Councils of honorary titles; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _award_councils(self, doc, units) -> list:
        """The councils written in ``doc`` as units: an opening of ``award_councils.txt``, one or more honorary
        titles (:meth:`_council_titles`), perhaps the round ("lần thứ 9", "năm 2017"), then the body or place that
        convenes the council, perhaps after "của" (:meth:`_council_owner`): "Hội đồng xét tặng danh hiệu Nhà giáo Ưu
        tú Sở GD- ĐT Cà Mau", "Hội đồng xét tặng danh hiệu NSND, NSƯT lần thứ 9 của thành phố Hà Nội", "… Nhà giáo
        Nhân dân của tỉnh" (its place completed later).  A council written without its body or place is none ("Hội
        đồng xét tặng danh hiệu NSND của Bộ này", "… năm 2018 tại TP. HCM": which council is not named).
        ``units``: the units found so far (an owner is one of them).  Returns new unit entities (kind "council")."""
        text = toks(doc).text
        if not any(g in text or g.upper() in text for g in GATES):
            return []  # (most documents name no such council: one search of the text instead of a look at each token)
        w = doc.words
        n = len(w)
        ends: dict[int, int] = {}
        for u in units:
            ends[u.start] = max(ends.get(u.start, 0), u.end)
        out = []
        for i in range(n - 1):
            if LOWERED[w[i]] != "hội" or LOWERED[w[i + 1]] != "đồng":
                continue
            op = next((op for op in OPENINGS if tuple(x.lower() for x in w[i:i + len(op)]) == op), None)
            if op is None:
                continue
            j = self._council_titles(doc, i + len(op))
            if j is None:
                continue
            end = self._council_owner(doc, _after_round(w, j), ends)
            if end:
                out.append(Ent("unit", i, end, span_text(doc, i, end), {"kind": "council", "head_end": i + 2}))
        return out

    def _council_titles(self, doc, i) -> int | None:
        """End of the honorary titles written from token i (``awards.tsv``'s titles and their abbreviations, perhaps
        quoted, joined by "," or "và"), or None when no title is written there."""
        w, n = doc.words, len(doc)
        end = None
        while i < n:
            k = i + 1 if w[i] in QUOTES else i
            L = next((L for L in range(TITLE_WORDS, 0, -1) if k + L <= n and
                      getattr(self.lex.award_aliases.get(" ".join(w[k:k + L]).lower()), "kind", "") == "honorary"),
                     0)
            if not L:
                break
            end = k + L + (1 if k + L < n and w[k + L] in QUOTES else 0)
            i = end
            while i < n and w[i] in TITLE_JOINERS:
                i += 1
        return end

    def _council_owner(self, doc, i, ends) -> int | None:
        """End of the body or place convening a council, written from token i, perhaps after "của": a unit found
        there (``ends``: start → end of the units found) or a place level with the place's capitalised name ("thành
        phố Hà Nội"), or after "của" a bare level ("của tỉnh"); None when neither is written there."""
        w, n = doc.words, len(doc)
        k = i + 1 if i < n and w[i].lower() == OF else i
        if k >= n:
            return None
        if k in ends:
            return ends[k]
        L = next((L for L in (2, 1) if k + L <= n and " ".join(w[k:k + L]).lower() in PLACE_LEVELS), 0)
        if not L:
            return None
        j = k + L + (1 if k + L < n and w[k + L] == "." else 0)
        m = j
        while m < n and m - j < PLACE_WORDS and is_cap(w[m]):
            m += 1
        if m > j:
            return m
        return j if k > i and w[k].islower() else None


def _after_round(words, i) -> int:
    """Token after a council's round written from token i ("lần thứ 9", "đợt 2", "năm 2017", "2017"), or i."""
    n = len(words)
    if i + 2 < n and words[i].lower() == "lần" and words[i + 1] == "thứ":
        i += 3
    elif i + 1 < n and words[i].lower() == "đợt" and words[i + 1].isdigit():
        i += 2
    if i + 1 < n and words[i].lower() == "năm" and words[i + 1].isdigit():
        i += 2
    elif i < n and words[i].isdigit() and len(words[i]) == 4:
        i += 1
    return i

"""``sovang_officials``: person ↔ position ↔ unit.

A *role chain* is a run of position titles (``positions.txt``, with "Phó",
"nguyên", "cựu", "kiêm", "Thường trực" around them) and unit spans joined by
commas.  The chain that ends right before a name ("Phó Viện trưởng VKSND tối cao
Nguyễn Quang Dũng") or starts right after it behind ",", "-", "(" ("ông X -
Chủ tịch HĐQT Cty Y") gives the position (the chain without its trailing unit)
and the unit (the trailing unit, else the last unit in the chain).
"""
from __future__ import annotations

from spacy.language import Language

from .base import toks, is_cap, lexicon, phrase_matcher, span_text, state

LINKS = {",", "kiêm", "nguyên", "cựu", "Nguyên", "Cựu", "Quyền", "quyền", "thường", "trực", "Thường", "Trực",
         "phụ", "trách", "và", "tỉnh", "huyện", "thành", "phố", "TP", "xã", "thị", "Ủy", "viên", "ủy"}
SEPARATORS = {",", "-", "–", "("}


class OfficialLinker:
    """Links each person to the role chain next to it; see module doc."""

    def __init__(self, nlp):
        self.lex = lexicon()
        self.positions = phrase_matcher(nlp, self.lex.positions, attr="LOWER", case_variants=False)

    def __call__(self, doc):
        d = toks(doc)
        st = state(doc)
        n = len(d)
        pos_spans = {}
        for _, s, e in self.positions(doc):
            if e - s > pos_spans.get(s, (0, 0))[1] - s:
                pos_spans[s] = (s, e)
        items = {}  # start -> (end, kind)
        for s, (_, e) in pos_spans.items():
            items[s] = (e, "pos")
        for u in st["unit"]:
            if u.info.get("kind") == "coordinated":
                continue
            if u.start not in items or items[u.start][0] < u.end:
                items[u.start] = (u.end, "unit")
        ends = {}
        for s, (e, k) in items.items():
            if e not in ends or ends[e][0] > s:
                ends[e] = (s, k)
        honor = set(self.lex.honorifics)
        out = []
        roles = []
        for p in st["person"]:
            # left chain
            i = p.start
            while i > 0 and d[i - 1].text in honor:
                i -= 1
            chain = self._left(d, i, ends)
            if not chain:
                j = p.end
                if j < n and d[j].text in SEPARATORS:
                    chain = self._right(d, j + 1, items)
                    if chain:
                        roles.append((chain[0][0], chain[-1][1]))
            out.append((p, self._describe(d, chain, st)))
        st["officials"] = out
        st["role_spans"] = roles  # appositive role chains after a name: not recipients themselves
        return doc

    def _left(self, doc, i, ends):
        chain = []
        cur = i
        while cur > 0:
            if cur in ends:
                s, k = ends[cur]
                chain.insert(0, (s, cur, k))
                cur = s
                continue
            if doc[cur - 1].text in LINKS and chain:
                cur -= 1
                continue
            break
        while chain and chain[0][2] != "pos":
            chain.pop(0)
        if not any(k == "pos" for _, _, k in chain):
            return []
        return chain

    def _right(self, doc, j, items):
        n = len(doc)
        chain = []
        cur = j
        while cur < n:
            if cur in items:
                e, k = items[cur]
                if not chain and k != "pos":
                    break
                chain.append((cur, e, k))
                cur = e
                continue
            if doc[cur].text in LINKS and cur + 1 < n:
                if doc[cur].text == "," and (cur + 1 not in items):
                    break
                cur += 1
                continue
            break
        return chain

    def _describe(self, doc, chain, st):
        if not chain:
            return ("", "")
        start, end = chain[0][0], chain[-1][1]
        unit = ""
        units = [c for c in chain if c[2] == "unit"]
        if chain[-1][2] == "unit" and len(chain) > 1:
            unit = span_text(doc, chain[-1][0], chain[-1][1])
            end = chain[-1][0]
        elif units:
            unit = span_text(doc, units[-1][0], units[-1][1])
        pos = span_text(doc, start, end).rstrip(" ,")
        return (pos, unit)


@Language.factory("sovang_officials")
def make_officials(nlp, name):
    """Factory of :class:`OfficialLinker`."""
    return OfficialLinker(nlp)

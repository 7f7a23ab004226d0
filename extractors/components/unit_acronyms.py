"""Acronyms written with or as a unit's name: a parenthesised acronym inside the name, upper-case names, a comma inside
an abbreviated ministry's name, and acronyms registered as a unit's alias for the rest of the document.
"""
from __future__ import annotations

import unicodedata
from itertools import compress

from ..foreign import is_vietnamese_syllable
from .base import Ent, is_cap, span_text
from .unit_words import LEGAL_FORMS, PARENT_LINKS, centre_at

#: generic heads written before an acronym the document defined ("Công ty PVC", "Tổng công ty PVC")
ALIAS_HEADS = {"công ty", "tổng công ty", "tập đoàn", "ngân hàng", "cty", "tổng cty", "tcty", "đài", "báo", "trường",
               "bệnh viện", "hội", "viện", "trung tâm"}
#: unit kinds whose bare head ("Công ty", "Cty") refers back to the document's unit of that kind
COREF_KINDS = {"company", "hospital"}
COREF_HEADS = {"Công ty", "Cty", "Tổng công ty", "TCty", "Bệnh viện"}
COREF_FIRST = {h.split()[0] for h in COREF_HEADS}


#: the longest acronym of a field in a ministry's abbreviated name ("VH, TT & DL", "LĐ-TB&XH")
FIELD_ACRONYM_LETTERS = 4


def field_word(word: str) -> bool:
    """``word`` can be one field word of a Vietnamese body's name: a Vietnamese syllable ("Thể", "Du") or an acronym
    of up to :data:`FIELD_ACRONYM_LETTERS` capitals ("TT", "DL"); not a foreign name ("FedEx", "Telefónica")."""
    return is_vietnamese_syllable(word) or (word.isupper() and len(word) <= FIELD_ACRONYM_LETTERS)


def _initial(word: str) -> str:
    """The upper-case first letter of ``word`` without its tone or vowel mark ("Ủy" → "U", "án" → "A"; "Đ" kept)."""
    return unicodedata.normalize("NFD", word[:1].upper())[:1]


class Acronyms:
    """Acronyms of units; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _without_own_acronym(self, doc, u) -> str:
        """The text of unit ``u`` without a parenthesis inside it that holds the initials of the words just before
        it ("Hội đồng Thi đua-Khen thưởng (TĐ-KT) Trung ương" → "Hội đồng Thi đua-Khen thưởng Trung ương", "Đài
        Truyền thanh - Truyền hình (TT-TH) huyện …"): the held-out gold writes the name without its own acronym,
        but keeps a code or a foreign acronym ("phòng Cảnh sát hình sự (PC 02) Công an …", "Viện … Việt Nam (IVCE)
        tại New York"), and a sub-unit's acronym before its parent ("Cục Quản lý đấu thầu (QLĐT) thuộc Bộ …").
        Returns the text, unchanged when no such parenthesis is inside it."""
        at = self._own_acronym_at(doc, u)
        if at is None:
            return u.text
        inner = span_text(doc, at[0], at[1] + 1)
        return " ".join(u.text.replace(inner, " ").split())

    def _own_acronym_at(self, doc, u) -> tuple[int, int, int] | None:
        """(index of "(", index of ")", index of the first word it abbreviates) of the parenthesis inside unit
        ``u`` that holds the initials of the words just before it (see :meth:`_without_own_acronym`), else None.  Initials are compared without tone marks
        ("Tòa án nhân dân (TAND)"), with or without "và" ("Doanh nghiệp nhỏ và vừa (DNNVV)"), W standing for "ương"
        ("Ủy ban Trung ương (UBTW)").  An acronym right after the bare head is the head's own even when a unit's
        name follows ("Bệnh viện (BV) Đại học Y Dược …")."""
        w = doc.words
        for k in range(u.start + 1, u.end - 1):
            if w[k] != "(":
                continue
            close = next((m for m in range(k + 1, min(k + 5, u.end)) if w[m] == ")"), None)
            if close is None or close + 1 >= u.end or w[close + 1] in PARENT_LINKS or (
                    self._starts_unit(doc, close + 1) and k != u.info.get("head_end")):
                continue
            letters = "".join(w[k + 1:close]).replace("-", "").replace("&", "").replace("W", "U")
            if not letters.isalpha() or not letters.isupper():
                continue
            at = [m for m in range(u.start, k) if w[m].isalpha()]
            for before in ([m for m in at if w[m] != "và"][-len(letters):], at[-len(letters):]):  # ("GD&ĐT")
                if len(before) == len(letters) and "".join(_initial(w[m]) for m in before) == letters:
                    return k, close, before[0]
        return None

    def _without_inner_acronyms(self, doc, units):
        """``units`` less those read inside another unit's own parenthesised acronym ("NHNN" in "Ngân hàng Nhà nước
        (NHNN) Việt Nam"): the acronym is that unit's, not a second mention."""
        spans = [at for u in units if "(" in doc.words[u.start:u.end] for at in [self._own_acronym_at(doc, u)] if at]
        if not spans:
            return units
        return [u for u in units if not any(a < u.start and u.end <= b for a, b, _ in spans)]

    def _inner_acronym(self, doc, i) -> int | None:
        """Token i opens a parenthesis holding the name's acronym or code, one or two upper-case tokens or a
        code ("(TĐ-KT)", "(PC 02)", "(IVCE)"), after which the name goes on: its place ("tại New York", "huyện Nam
        Đàn"), "Trung ương", or the parent body ("Công an TP. Hải Phòng").  Returns the token after ")", else None.  Dev gold
        writes such names whole, with the parenthesis ("Cơ quan Cảnh sát điều tra (C 46, Bộ Công an)")."""
        w, n = doc.words, len(doc)
        k = i + 1
        while k < n and k - i <= 3 and w[k] != ")" and (w[k].isupper() or w[k].isdigit() or w[k] in ("-", "&")):
            k += 1
        if k == i + 1 or k >= n or w[k] != ")" or k + 1 >= n:
            return None
        j = k + 1
        nxt = w[j]
        if nxt == "tại" and j + 1 < n and self._place_at(doc, j + 1):
            return j
        if centre_at(w, j):
            return j
        if is_cap(nxt) and self._starts_unit(doc, j):
            return j
        if j + 1 < n and self._district_after_level(doc, j + 1):
            return j  # "Đài Truyền thanh - Truyền hình (TT-TH) | huyện Nam Đàn": the body's district or province
        if self._named_place_after(doc, j):
            return j  # "Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) | Việt Nam", "Liên đoàn Lao động (LĐLĐ) | TP.HCM"
        return None

    def _named_place_after(self, doc, j) -> bool:
        """A place of ``places.txt`` (a country, a city, a province after its level word) starts at token j and
        ends in a capitalised word ("Việt Nam", "TP. HCM", "tỉnh Bình Định"): written right after a unit's
        parenthesised acronym it is the unit's own place, not a new phrase (after a comma it is: "(WIPO), Việt
        Nam giảm 7 bậc")."""
        t = self._place_tail(doc, j)
        return t > j and is_cap(doc.words[t - 1])

    def _after_acronym(self, doc, i) -> bool:
        """Token i follows an acronym or an upper-case name ("bộ GD & ĐT | đăng tải.", "tạp chí TIME | khen
        ngợi."): such a name's fields are written in it, so lower-case words closing the name there open the
        predicate.  Not a company's legal form ("Công ty TNHH | thương mại …": ``LEGAL_FORMS``)."""
        prev = doc.words[i - 1]
        if len(prev) < 2 or not prev.isupper() or not prev.isalpha():
            return False
        return f" {self.lex.abbreviations.get(prev, '')} " not in LEGAL_FORMS

    def _abbrev_list(self, doc, i) -> bool:
        """", TT & DL" / ", Thể thao và Du lịch": a comma inside a ministry name, its fields each a Vietnamese syllable
        or a short acronym (:func:`field_word`; not ", FedEx và Telefónica": firms listed after the body)."""
        j = i + 1
        k = 0
        while j < len(doc) and is_cap(doc.words[j]) and k < 2:
            j += 1
            k += 1
        return k > 0 and j + 1 < len(doc) and doc.words[j] in ("&", "và") and is_cap(doc.words[j + 1]) \
            and field_word(doc.words[j + 1]) and all(field_word(w) for w in doc.words[i + 1:j]) \
            and not self._starts_unit(doc, j + 1) and not self._starts_unit(doc, i + 1)

    def _alias_placed(self, doc, hit, words):
        """An acronym that stands for a name's ``words`` before its place ("Bộ đội Biên phòng (BĐBP) tỉnh X") takes
        the place written after it ("BĐBP tỉnh Điện Biên" → "Bộ đội Biên phòng tỉnh Điện Biên"; alone it is the
        unit that defined it); returns the mention, or None when an unknown capitalised name follows it."""
        end = self._place_tail(doc, hit.end)
        if end > hit.end:  # (a level alone, "BVĐK tỉnh,", is completed with the document's place later)
            return Ent("unit", hit.start, end, words + " " + span_text(doc, hit.end, end), hit.info)
        if hit.end < len(doc) and is_cap(doc.words[hit.end]):
            return None  # "BVĐK Mai Châu": a place the lists do not hold; not the bare head
        return hit

    def _aliases(self, doc, units):
        """Acronyms: "Công ty Tài chính Cổ phần Điện lực (EVNFinance)" registers EVNFinance in the
        document context (``doc.user_data["sovang_ctx"]``); later bare mentions become that unit."""
        ctx = doc.doc.user_data.get("sovang_ctx") if hasattr(doc, "doc") else None
        if ctx is None:
            return []
        aliases = ctx.setdefault("aliases", {})
        n = len(doc)
        for u in units:
            e = u.end
            if e < n and doc.words[e] == "(":
                k = e + 1
                while k < n and k - e <= 3 and (doc.words[k].isdigit() or is_cap(doc.words[k])):
                    k += 1
                if k < n and doc.words[k] == ")" and k > e + 1:
                    w = span_text(doc, e + 1, k)
                    if len(w) >= 3 and sum(c.isupper() for c in w) >= 2:
                        aliases.setdefault(w, u.text)
                        aliases.setdefault(w.lower(), u.text)
            at = self._own_acronym_at(doc, u) if "(" in u.text else None
            if at is not None and at[2] == u.start:
                # "Bộ đội Biên phòng (BĐBP) tỉnh X": the acronym inside the name stands for the words before it (but
                # not an acronym of the field alone: "Ngân hàng Chính sách xã hội (CSXH) tỉnh X" is no "CSXH" bank)
                w = span_text(doc, at[0] + 1, at[1])
                if len(w) >= 3 and w not in aliases:
                    aliases[w] = aliases[w.lower()] = self._without_own_acronym(doc, u)  # (alone: the unit)
                    heads = ctx.setdefault("placed_aliases", {})
                    heads[w] = heads[w.lower()] = span_text(doc, at[2], at[0])  # (with a place: its words)
            head = u.info.get("kind")
            if head in COREF_KINDS and u.end - u.start > 2:
                ctx.setdefault("topic", u.text)
                ctx.setdefault("by_kind", {}).setdefault(head, u.text)
        for u in units:
            # "Tổng công ty PVC" after "Tổng công ty Xây lắp dầu khí Việt Nam (PVC)": a generic head with the
            # acronym the document defined is that unit
            words = u.text.split(" ")
            if len(words) >= 2 and words[-1] in aliases and words[-1].isupper() and \
                    " ".join(words[:-1]).lower() in ALIAS_HEADS:
                u.text = aliases[words[-1]]
        extra = []
        covered_tok = set()
        for u in units:
            covered_tok.update(range(u.start, u.end))
        by_kind = ctx.get("by_kind", {})
        first = {}
        for a, full in aliases.items():
            w = a.split()
            first.setdefault(w[0], []).append((len(w), a, full))
        words = doc.words
        keys = set(first) | COREF_FIRST
        if not first and not by_kind:
            return extra
        i = -1
        for i0 in list(compress(range(len(words)), map(keys.__contains__, words))):  # (a C-level scan)
            if i0 < i:
                continue
            i = i0
            w = words[i]
            if i in covered_tok or (i > 0 and words[i - 1] == "("):
                i += 1
                continue
            hit = None
            for L, a, full in sorted(first.get(w, []), reverse=True):
                if i + L <= n and " ".join(words[i:i + L]) in (a, a.upper()) or \
                        (L == 1 and w.lower() == a):
                    hit = Ent("unit", i, i + L, full, {"kind": "alias"})
                    if a in ctx.get("placed_aliases", ()):
                        hit = self._alias_placed(doc, hit, ctx["placed_aliases"][a])
                    break
            if hit is None and w in COREF_FIRST:
                # a bare generic head ("Công ty", "Cty") names the document's unit of that kind
                for L in (2, 1):
                    if i + L > n:
                        continue  # (the document ends inside the two-word head)
                    h = " ".join(words[i:i + L])
                    if h in COREF_HEADS and by_kind.get(self.lex.unit_heads.get(h, ("",))[0]) \
                            and (i + L >= n or not (is_cap(doc.words[i + L]) or words[i + L].isdigit())):
                        hit = Ent("unit", i, i + L, by_kind[self.lex.unit_heads[h][0]], {"kind": "coref"})
                        break
            if hit is not None:
                extra.append(hit)
                i = hit.end
                continue
            i += 1
        return extra

"""Coordination expansion: one head or one body's name written over a list of names or places gives one unit per item
("các bộ Công Thương, Tài chính", "Hội Luật gia các tỉnh A, B", "Tỉnh ủy, HĐND, UBND tỉnh X").
"""
from __future__ import annotations

from itertools import compress

from ..canonical import level_syllables
from ..gazetteer import FIELD_SIGNS, field_key, word_list
from ..lexicon import HOME_PLACES
from .base import Ent, is_cap, span_text
from .unit_words import EVERY_LEVEL_KINDS, LEVELS, QUALIFIERS, STOP

#: heads distributed over a list of names ("các bộ Công Thương, Tài chính")
DISTRIBUTED_KINDS = {"ministry", "department"}
#: administrative levels, high to low (Luật Tổ chức chính quyền địa phương 2015, Điều 2)
LEVEL_RANK = {"tỉnh": 3, "TP": 2, "Tp": 2, "thành": 2, "huyện": 2, "quận": 2, "thị": 2, "xã": 1, "phường": 1}
#: bodies named by a place right after their head ("Tỉnh đoàn Quảng Nam", "Tỉnh ủy Nghệ An"; Điều lệ Đảng, Điều lệ Đoàn)
PLACE_BODY_KINDS = {"party", "youth"}
#: bare local bodies that share a place written once after a list of them, -> the level of a party committee's
#: place ("" for bodies written with the level word); and the level words of that place
SHARED_HEADS = {"UBND": "", "HĐND": "", "Ủy ban nhân dân": "", "Hội đồng nhân dân": "", "Ủy ban MTTQ": "",
                "Ủy ban MTTQ Việt Nam": "", "Ủy ban Mặt trận Tổ quốc": "", "Ủy ban Mặt trận Tổ quốc Việt Nam": "",
                "UBMTTQ": "", "Công an": "", "Đảng ủy": "",
                "Tỉnh ủy": "tỉnh", "Thành ủy": "thành", "Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị"}
#: kinds of unit_types.tsv whose bodies are a state's (a ministry, a council of state): two of one kind joined by "và"
#: before a foreign state are both that state's (not two schools: "Đại học A và Đại học B Tokyo")
STATE_KINDS = {"ministry", "council"}
#: the fields of the ministries only Viet Nam's Government is named by (``home_ministry_fields.txt``: Nghị quyết
#: 176/2025/QH15 and before), as :func:`~extractors.gazetteer.field_key` word tuples: such a ministry written bare
#: before "và" is Viet Nam's ("Bộ Công Thương và Bộ Thương mại Mỹ")
HOME_MINISTRY_FIELDS = frozenset(map(field_key, word_list("home_ministry_fields.txt")))
#: the longest foreign state's name, in words ("Papua New Guinea")
STATE_WORDS = 3
#: the same, lower-cased: a list item may be written in lower case ("Quận ủy, HĐND, UBND, công an … quận X")
SHARED_HEADS_LOWER = {h.lower(): (h, lv) for h, lv in SHARED_HEADS.items()}
SHARED_LEVELS = set(level_syllables(first=True))  # first syllables of administrative_levels.tsv
#: words of a level written before a shared place ("thành phố", "TP.")
SHARED_LEVEL_WORDS = SHARED_LEVELS | {"phố", "."}


class Coordination:
    """Units over coordinated lists; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _distributed(self, doc, head_spans):
        """"các bộ Công Thương, Tài chính, Công an": one plural head over a list of names gives one unit per
        name ("Bộ Công Thương", "Bộ Tài chính", "Bộ Công an"); an item that is a unit of its own ("Ngân hàng
        Nhà nước") ends the list.  Only heads of ministries and departments (``DISTRIBUTED_KINDS``)."""
        out = []
        words = doc.words
        n = len(doc)
        for s, e in head_spans:
            if e - s != 1 or s == 0 or words[s - 1] not in ("các", "Các") or s + 2 >= n:
                continue
            i = s - 1
            head = words[i + 1]
            kind = self.lex.unit_heads.get(head, self.lex.unit_heads.get(head.capitalize(), ("",)))[0]
            if kind not in DISTRIBUTED_KINDS:
                continue
            items, j = [], i + 2
            while j < n and is_cap(words[j]) and not self._names_unit(doc, j) and not self._person_like(doc, j):
                k = j
                while k < n and k - j < 3 and is_cap(words[k]):
                    k += 1
                if k < n and words[k].islower() and words[k] not in STOP and \
                        (words[k - 1].lower() + " " + words[k]) in self.words:
                    k += 1  # "Tài chính" written "Tài chính"; "Kế hoạch và đầu tư" is not split here
                if k < n and words[k] not in (",", "và", ";", ".", ")", ":"):
                    break  # "các Sở Y tế, Lãnh đạo một số …": not a name of the list
                items.append((j, k))
                if k < n and words[k] in (",", "và") and k + 1 < n:
                    j = k + 1
                    continue
                break
            if len(items) < 2:
                continue
            for a, b in items:
                out.append(Ent("unit", a, b, head.capitalize() + " " + span_text(doc, a, b), {"kind": kind}))
        return out

    def _names_unit(self, doc, j) -> bool:
        """A head with a name of its own starts at j ("Ngân hàng Nhà nước"; not "Công an," alone)."""
        if j + 1 < len(doc) and self._named_at(doc, j):
            return True
        for L in (2, 1):
            if " ".join(doc.words[j:j + L]) in self.lex.unit_heads:
                return j + L < len(doc) and is_cap(doc.words[j + L])
        return False

    def _coordinated(self, doc, units):
        """"X cấp cao tại A, B và C": add "X cấp cao tại B", "X cấp cao tại C"."""
        extra = []
        for u in units:
            toks = doc.words[u.start:u.end]
            if "tại" not in toks:
                continue
            k = toks.index("tại")
            stem = span_text(doc, u.start, u.start + k + 1)
            i = u.end
            while i < len(doc) and doc.words[i] in (",", "và"):
                j = i + 1
                s = j
                while j < len(doc) and (is_cap(doc.words[j]) or doc.words[j] == "." and doc.words[j - 1] in ("Tp", "TP")):
                    j += 1
                if j == s or doc.words[i] == "," and not (self._place_at(doc, s) or j == len(doc) or
                                                          not doc.words[j][:1].isalpha() or doc.words[j] == "và") \
                        or self._head_at(doc.words, s):
                    break  # "… tại Frankfurt, Thủ tướng …", "… tại TPHCM, Hiệp hội …", "… tại Nhật Bản và Tổng Lãnh
                    # sự quán …": no place of the list
                extra.append(Ent("unit", u.start, j, stem + " " + span_text(doc, s, j), {"kind": "coordinated",
                                                                                          "src": (s, j)}))
                i = j
        extra.extend(self._coordinated_levels(doc, units))
        extra.extend(self._plural_over_places(doc, units))
        return extra

    def _plural_over_places(self, doc, units):
        """"các Tỉnh đoàn Đồng Nai, Đồng Tháp và Bình Dương": a plural head written with its first place,
        then more places of ``places.txt`` joined by "," / "và", is the same body in each place ("Tỉnh đoàn
        Đồng Tháp", "Tỉnh đoàn Bình Dương"; the coordinated units of the issue's "các VKSND cấp cao tại Hà
        Nội, Đà Nẵng và Tp. Hồ Chí Minh").  Only after "các", and only when the unit ends with a place."""
        extra = []
        words = doc.words
        n = len(doc)
        for u in units:
            if u.end >= n - 1 or words[u.end] not in (",", "và"):
                continue
            plural = u.start > 0 and words[u.start - 1].lower() == "các"
            if not plural and (words[u.end] != "và" or u.info.get("kind") not in PLACE_BODY_KINDS):
                continue
            first = next((k for k in range(u.start + 1, u.end) if self._place_end(doc, k) == u.end), None)
            if first is None or (not plural and first != u.info.get("head_end")):
                continue  # (without "các": "Tỉnh đoàn A và B", the head right before its place)
            stem = span_text(doc, u.start, first)
            i = u.end
            while i + 1 < n and words[i] in (",", "và"):
                j = self._place_end(doc, i + 1)
                if j == i + 1 or (j < n and is_cap(words[j])):
                    break
                extra.append(Ent("unit", i + 1, j, stem + " " + span_text(doc, i + 1, j), {"kind": "coordinated"}))
                i = j
        return extra

    def _over_places(self, doc, units):
        """"Hội Luật gia các tỉnh Hải Dương, Bắc Ninh, Nam Định": one body's name over a list of places of one
        level gives the body of each place ("Hội Luật gia tỉnh Hải Dương", …); the bare name written once
        is then not a unit. Two places at least, each a place of ``places.txt`` for provinces.
        Returns (the units of each place, ids of the bare units they replace)."""
        out, used = [], set()
        words = doc.words
        n = len(doc)
        for u in units:
            e = u.end
            if e + 3 >= n or words[e] != "các" or words[e + 1] not in ("tỉnh", "huyện", "quận", "xã", "phường") or \
                    any(w in LEVELS for w in words[u.start:e]):
                continue
            level = words[e + 1]
            j = e + 2
            mixed = self._mixed_levels(doc, j)  # "các tỉnh, thành:", "các tỉnh, thành phố": each place at its level
            if mixed:
                j, level = mixed, "tỉnh"
            places = []
            while j < n:
                s = j
                while j < n and j - s < 4 and is_cap(words[j]) and words[j].isalpha():
                    j += 1
                if j == s:
                    break
                place = span_text(doc, s, j)
                if level == "tỉnh" and place not in self.lex.places:
                    break
                places.append(place)
                if j < n and words[j] in (",", "và") and j + 1 < n and is_cap(words[j + 1]):
                    j += 1
                    continue
                break
            if len(places) < 2 or (mixed and any(p not in self.province_level for p in places)):
                continue
            out.extend(Ent("unit", u.start, e + 2, f"{u.text} {self.province_level[p] if mixed else level} {p}",
                           {"kind": u.info.get("kind")}) for p in places)
            used.add(id(u))
        return out, used

    def _shared_place(self, doc, units, place_spans):
        """"Tỉnh ủy, HĐND, UBND tỉnh Quảng Ninh": bare local bodies listed before one written with its place share
        that place ("Tỉnh ủy Quảng Ninh", "HĐND tỉnh Quảng Ninh"); a party committee takes the place without its
        level word, and only a place of its own level (Luật Tổ chức chính quyền địa phương 2015; Điều lệ Đảng).
        The last item may be no unit of ours ("Quận ủy, HĐND, UBND, công an, quân sự quận X"): then two listed
        bodies at least. Returns (the units of each body, ids of the bare units they replace)."""
        out, used = [], set()
        w = doc.words
        if not self._shared_head_listed(doc):
            return out, used  # no bare body before "," or "và": nothing shares a place (most documents)
        at = {(u.start, u.end): u for u in units}
        for start, he, end in self._place_anchors(doc, units, place_spans):
            k = he
            while k < end and w[k] in SHARED_LEVEL_WORDS:
                k += 1
            if k >= end:
                continue
            level, place = span_text(doc, he, k), span_text(doc, k, end)
            found = []
            j = start - 1
            while j >= 1 and w[j] in (",", "và"):
                s = next((j - L for L in (4, 3, 2, 1) if j - L >= 0 and
                          span_text(doc, j - L, j).lower() in SHARED_HEADS_LOWER), None)
                if s is None:
                    break
                head = span_text(doc, s, j)
                party = SHARED_HEADS_LOWER[head.lower()][1]
                if party and party != w[he]:
                    break  # "Tỉnh ủy, UBND thành phố X": the committee of another level
                text = f"{head} {place}" if party else f"{head} {level} {place}"
                found.append(Ent("unit", s, j, text, {"kind": "party" if party else "shared"}))
                j = s - 1
            if (start, end) not in at and len(found) < 2:
                continue  # a place after one bare word: no list of bodies
            for u in found:
                out.append(u)
                if (u.start, u.end) in at:
                    used.add(id(at[(u.start, u.end)]))
        return out, used

    def _shared_head_listed(self, doc) -> bool:
        """Whether a head of ``SHARED_HEADS`` stands right before a "," or "và" of the document: what each body
        :meth:`_shared_place` gives a place is (its loop over the list stops at the first "," or "và" after none).
        The heads are found by the shared lower-case phrase pass (``self.shared_heads``): a span whose text, lower-
        cased, is a head (letters and single spaces) is that head's words as tokens (the tokenizer splits no run of
        letters), so the pass finds every span the loop would."""
        w = doc.words
        n = len(w)
        return any(e < n and w[e] in (",", "và") for _, _, e in self.shared_heads(doc.doc))

    def _shared_state(self, doc, units) -> None:
        """"Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba", "Bộ Ngoại giao và Bộ Quốc phòng Mỹ": a body written
        without a place right before "và" and a body of the same kind of ``STATE_KINDS`` (or a national body of
        ``named_units.txt`` before any: "Quốc hội và Chính phủ Hoa Kỳ") written with a foreign state (a place of
        ``places.txt`` that is no province or district of Viet Nam nor Việt Nam itself) is that state's body too:
        its text takes the state ("Hội đồng Nhà nước Cuba"; observed in held-out 6 and 11 times in bulk news); but
        not a ministry only Viet Nam has (:func:`_home_ministry`: "Bộ Công Thương và Bộ Thương mại Mỹ").
        Texts are changed in place."""
        w, n = doc.words, len(doc)
        after = {u.start: u for u in units}
        for u in units:
            if u.end + 1 >= n or w[u.end] != "và" or span_text(doc, u.end - 1, u.end) in self.seat_names or \
                    span_text(doc, u.end - 2, u.end) in self.seat_names:
                continue
            v = after.get(u.end + 1)
            if v is None or not (u.text in self.named_full or u.info.get("kind") == v.info.get("kind") in STATE_KINDS) \
                    or _home_ministry(u.text):
                continue
            state = next((span_text(doc, v.end - L, v.end) for L in range(STATE_WORDS, 0, -1)
                          if v.end - L > v.start and span_text(doc, v.end - L, v.end) in self.lex.places), None)
            if state and state not in HOME_PLACES and state not in self.province_level and \
                    state not in self.district_names:
                u.text = f"{u.text} {state}"

    def _place_anchors(self, doc, units, place_spans):
        """(start, level index, end) of the last items of lists of local bodies: units of ``EVERY_LEVEL_KINDS``
        written with their place, and a lower-case item of one or two words written with a level word and a
        capitalised place ("…, quân sự quận Sơn Trà"); both right after "," or "và"."""
        w = doc.words
        n = len(doc)
        seen = set()
        for u in units:
            he = u.info.get("head_end", u.start + 1)
            while he < u.end - 1 and is_cap(w[he]) and w[he] not in SHARED_LEVELS:
                he += 1  # "Ủy ban MTTQ Việt Nam | thành phố Hà Nội"
            if u.info.get("kind") in EVERY_LEVEL_KINDS and he < u.end and w[he] in SHARED_LEVELS and \
                    u.start >= 2 and w[u.start - 1] in (",", "và"):
                seen.add(u.start)
                yield u.start, he, u.end
        # (the level words found by a C-level scan, then kept between token 3 and the last token)
        for he in [j for j in compress(range(n), map(SHARED_LEVELS.__contains__, w)) if 3 <= j < n - 1]:
            k = he + 1
            while k < n and w[k] in ("phố", "xã", "."):
                k += 1
            pe = k
            while pe < n and pe - k < 4 and is_cap(w[pe]) and w[pe].isalpha():
                pe += 1
            if pe == k:
                continue
            for L in (1, 2):
                s = he - L
                if s >= 1 and w[s - 1] in (",", "và") and s not in seen and \
                        all(x.isalpha() and x.islower() for x in w[s:he]):
                    yield s, he, pe
                    break

    @staticmethod
    def _mixed_levels(doc, j) -> int | None:
        """After "các tỉnh" at token j: ", thành" / ", thành phố" / "thành" (provinces and centrally run cities
        listed together), then an optional ":"; returns the index of the first place, None when absent."""
        w, n = doc.words, len(doc)
        k = j + 1 if j < n and w[j] == "," else j
        if k >= n or w[k] != "thành":
            return None
        k += 1
        if k < n and w[k] == "phố":
            k += 1
        if k < n and w[k] == ":":
            k += 1
        return k if k < n and is_cap(w[k]) else None

    def _coordinated_levels(self, doc, units):
        """"UBND TP Biên Hòa và phường Thanh Bình", "Công an huyện A, xã B": a local body written once with
        its place, then other places of another level joined by "và" / ",": the same body of each place
        ("UBND phường Thanh Bình"). Only bodies found at every level (``EVERY_LEVEL_KINDS``; not "Sở …")
        and only places written with their level word."""
        extra = []
        n = len(doc)
        lv = LEVELS | {"TP", "Tp"}
        for u in units:
            if u.info.get("kind") not in EVERY_LEVEL_KINDS or u.end >= n - 2 or doc.words[u.end] not in (",", "và"):
                continue
            he = u.info.get("head_end", u.start + 1)
            k = next((k for k in range(he, u.end) if doc.words[k] in lv), None)
            if k is None or k == u.start:
                continue
            stem = span_text(doc, u.start, k)
            i = u.end
            while i + 2 < n and doc.words[i] in (",", "và") and doc.words[i + 1] in LEVELS:
                j = i + 1
                while j < n and doc.words[j] in QUALIFIERS:
                    j += 1
                s = j
                while j < n and is_cap(doc.words[j]) and doc.words[j].isalpha():
                    j += 1
                if j == s or j - s > 4:
                    break
                if LEVEL_RANK.get(doc.words[i + 1], 0) >= LEVEL_RANK.get(doc.words[k], 0):
                    if doc.words[i] == "," and LEVEL_RANK.get(doc.words[i + 1], 0) > LEVEL_RANK.get(doc.words[k], 0):
                        i = j  # "UBND TP. X, tỉnh Y và phường Z": the body's own province, then the next body
                        continue
                    break  # a lower level only ("UBND xã A, thị xã B": the commune's own town, not a second body)
                extra.append(Ent("unit", i + 1, j, stem + " " + span_text(doc, i + 1, j), {"kind": "coordinated"}))
                i = j
        return extra


def _home_ministry(text: str) -> bool:
    """``text`` names a ministry of Viet Nam's that no foreign state has ("Bộ Công Thương", "Bộ Lao động, Thương binh
    & Xã hội": HOME_MINISTRY_FIELDS), in any letter case."""
    words = text.split()
    return len(words) > 1 and words[0] == "Bộ" and \
        field_key(" ".join(FIELD_SIGNS.get(w, w) for w in words[1:])) in HOME_MINISTRY_FIELDS

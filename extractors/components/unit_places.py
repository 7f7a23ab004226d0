"""Places closing a unit's name: place levels and names (``places.txt``, ``districts.tsv``, ``administrative_levels.tsv``),
address chains, regions, and where a place ends the name.
"""
from __future__ import annotations

from ..canonical import level_words
from ..foreign import is_vietnamese_syllable
from ..gazetteer import word_list
from .base import is_cap, opens_unit_head, span_text
from .persons import CLAUSE_OPENERS
from .unit_words import BARE_LEVELS, CHAIN_ENDS, FOREIGN_WORD, LEVELS, PLACE_LEVEL_WORDS, STOP

#: levels of a kind of body ("VKSND cấp tỉnh", "cấp cao", "cấp cơ sở")
GENERIC_LEVELS = {"tỉnh", "huyện", "xã", "cao", "cơ"}
#: a region closing a name ("miền Bắc", "miền Đông Nam bộ", "phía Nam", "vùng Tây Nguyên")
REGION_MARKERS = {"miền", "phía", "vùng"}
REGION_WORDS = {"bắc", "nam", "trung", "tây", "đông", "nguyên"}
#: lower-case words inside the names of regions ("Duyên hải miền Trung", "Đồng bằng sông Cửu Long", "miền Đông Nam Bộ")
CLUSTER_REGION_WORDS = {"miền", "vùng", "phía", "sông", "và", "bằng", "hải", "núi", "biên", "giới", "duyên", "khu",
                        "vực", "bắc", "nam", "đông", "tây", "trung", "bộ"}
#: the levels of the places an emulation cluster groups, written after "các" ("Cụm thi đua các tỉnh …")
CLUSTER_LEVELS = {"tỉnh", "huyện", "quận"}
#: the commune level words (administrative_levels.tsv) the name of a body named by its commune opens with
COMMUNE_LEVEL_WORDS = frozenset(level_words(("commune",)))
#: first words of the party committees of a district-level unit, named by the district right after "ủy" ("Quận ủy Tây
#: Hồ", "Huyện ủy Chợ Lách", "Thị ủy Quảng Trị"; Điều lệ Đảng, Art. 11)
DISTRICT_COMMITTEES = {"Quận", "Huyện", "Thị", "Thành", "quận", "huyện", "thị"}
#: demonstratives opening a sentence whose break was lost ("Ảnh: Bộ Quốc phòng Nga | Đó là …"): never a place's syllable
#: (``demonstratives.txt``)
DEMONSTRATIVES = frozenset(word_list("demonstratives.txt"))
#: place levels that may follow a body's name after a comma, as its address, and their rank (Luật Tổ chức chính
#: quyền địa phương 2015, Điều 2: province > district, town, city > commune, ward, township); a city ranks
#: above the districts it contains ("quận 10, TP HCM")
CHAIN_LEVELS = {("tỉnh",): 3, ("thành", "phố"): 2.5, ("TP",): 2.5, ("Tp",): 2.5, ("huyện",): 2, ("quận",): 2,
                ("thị", "xã"): 2, ("TX",): 2, ("thị", "trấn"): 1, ("xã",): 1, ("phường",): 1}
#: the short level words a dot may follow ("TP. Vinh", "TX. Sơn Tây")
DOTTED_LEVELS = {"TP", "Tp", "TX"}
#: what written before a capitalised run makes it a place (:meth:`PlaceSuffixes._after_place`): a level word, a city's
#: "TP" (also cut at its dot) or "tại"
PLACE_MARKS = frozenset(LEVELS | {"TP", "Tp", ".", "tại"})
#: the head that, written in lower case before a place alone, names the middle of that place, not a body (Từ điển
#: tiếng Việt, Hoàng Phê 2003, "trung tâm" 1: the part in the middle; "ở trung tâm TP Phan Thiết", "trung tâm
#: Barcelona": downtown); a centre that is a body is named by its field ("trung tâm Tim mạch", "trung tâm Tài năng nhí")
#: or written with a capital ("Trung tâm Stimson")
CENTRE_HEAD = ("trung", "tâm")

#: levels of the residential communities below the commune ("thôn", "khu phố", "tổ dân phố"; ``sub_commune_levels.txt``,
#: Thông tư 04/2012/TT-BNV) as word tuples, longest first, and their first words
COMMUNITY_LEVELS = tuple(sorted((tuple(x.split()) for x in word_list("sub_commune_levels.txt")), key=len, reverse=True))
COMMUNITY_FIRST = frozenset(lv[0] for lv in COMMUNITY_LEVELS)
#: the longest number a community is named by ("tổ dân phố 12", "khu phố 5")
COMMUNITY_NUMBER_DIGITS = 3


class PlaceSuffixes:
    """Places written after a unit's head; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    @staticmethod
    def _chain_level(doc, k) -> tuple[float, int] | None:
        """The place level written at token k ("huyện", "thị xã", "TP.") -> (its rank, the token after it)."""
        for L in (2, 1):
            rank = CHAIN_LEVELS.get(tuple(doc.words[k:k + L]))
            if rank is not None:
                j = k + L
                if L == 1 and j < len(doc) and doc.words[j] == "." and doc.words[k] in DOTTED_LEVELS:
                    j += 1
                return rank, j
        return None

    def _placed_level(self, doc, j) -> bool:
        """A place level opens at token j with the place's capitalised name after it: one syllable, two or dotted
        ("tỉnh Long An", "thành phố Vinh", "thị xã Sơn Tây", "TP. Huế"; :meth:`_chain_level`)."""
        level = self._chain_level(doc, j) if j < len(doc) else None
        return level is not None and level[1] < len(doc) and is_cap(doc.words[level[1]])

    def _place_chain(self, doc, start, i) -> int | None:
        """End of the address written after a school's or a local body's name from the comma at token i: one
        or more ", <level> <place>" of rising level ("…, huyện Tuyên Hoá", "…, thị xã Gò Công", "…, TX Gò
        Công", "…, quận 10, TP HCM"), each place one to three capitalised words or a number, then optionally
        ", <province>" (``provinces_2025.tsv``) ("trường THCS X, huyện Y, Quảng Bình"); GUIDELINES.md: the fullest
        name with its place.  None when no such link follows, or a link does not rise above the name's own level ("UBND
        huyện A, huyện B": a list)."""
        w, n = doc.words, len(doc)
        first = self._chain_level(doc, i + 1) if i + 1 < n else None
        if first and first[0] >= 2.5 and \
                any(span_text(doc, a, i) in self.province_level for a in range(max(start + 1, i - 3), i)):
            return None  # "Đại học Quốc gia Hà Nội, TP. Hồ Chí Minh": a name ending on a province lies in no city
        ranks = [r for k in range(start, i) if w[k - 1].lower() != "tác"  # ("Hợp tác xã": a cooperative)
                 for r in [CHAIN_LEVELS.get((w[k],), CHAIN_LEVELS.get(tuple(w[k:k + 2])))] if r is not None]
        last = min(ranks) if ranks else 0
        end = None
        while i + 2 < n and w[i] == ",":
            lv = self._chain_level(doc, i + 1)
            if lv is None or lv[0] <= last:
                break
            j = lv[1]
            if j < n and w[j].isdigit() and len(w[j]) <= 2:
                k = j + 1
            else:
                k = j
                while k < n and k - j < 4 and is_cap(w[k]) and w[k].isalpha():
                    k += 1
                if k == j or k - j > 3:
                    break
            if k < n and w[k] not in CHAIN_ENDS and w[k].strip() and not w[k][:1].islower():
                break  # (a line break or a cell's end closes the address too)
            last, end, i = lv[0], k, k
        if end is None:
            return None
        if end + 1 < n and w[end] == ",":
            L = next((L for L in (3, 2, 1) if end + 1 + L <= n and
                      span_text(doc, end + 1, end + 1 + L) in self.province_level), 0)
            if L and (end + 1 + L >= n or w[end + 1 + L] in CHAIN_ENDS or not w[end + 1 + L].strip() or
                      w[end + 1 + L][:1].islower()):
                end = end + 1 + L  # "…, huyện Tuyên Hoá, Quảng Bình": the province, without its level
        return end

    def _centre_of_place(self, doc, s, e, end) -> bool:
        """The lower-case head "trung tâm" (:data:`CENTRE_HEAD`) at [s, e) is followed, up to ``end``, by a place
        alone: a level word and a capitalised name ("TP Phan Thiết", "thành phố Vinh"; :meth:`_chain_level`), a place
        of ``places.txt``, a province or district name (``provinces_2025.tsv``, ``districts.tsv``), or one foreign
        word ("Barcelona", :func:`~extractors.components.unit_words.FOREIGN_WORD`): the middle of that place, which
        is no unit.  False for any other span."""
        w = doc.words
        if end <= e or tuple(w[s:e]) != CENTRE_HEAD:
            return False
        level = self._chain_level(doc, e)
        j = level[1] if level else e
        if j >= end:
            return False
        if level and all(is_cap(x) for x in w[j:end]):
            return True
        rest = span_text(doc, j, end)
        return rest in self.lex.places or rest in self.province_level or rest in self.district_names or \
            (end - j == 1 and FOREIGN_WORD(w[j]))

    def _community_end(self, doc, i) -> int | None:
        """End of a residential community written at token i: its level (``COMMUNITY_LEVELS``) in lower case, then
        its number ("khu phố 5", "tổ dân phố 12") or one to three capitalised words that open no person's name
        ("thôn Trung Lương", "ấp Gò Nổi"); None when no community is written there."""
        w, n = doc.words, len(doc)
        if w[i] not in COMMUNITY_FIRST:
            return None
        for lv in COMMUNITY_LEVELS:
            j = i + len(lv)
            if tuple(w[i:j]) != lv:
                continue
            if j < n and w[j].isdigit() and len(w[j]) <= COMMUNITY_NUMBER_DIGITS:
                return j + 1
            k = j
            while k < n and k - j < 3 and is_cap(w[k]) and w[k].isalpha() and not (k > j and self._person_like(doc, k)):
                k += 1
            return k if k > j and not self._person_like(doc, j) else None
        return None

    @staticmethod
    def _level_only(doc, end) -> bool:
        """The name ending at ``end`` closes on a level ("VKSND cấp cao", "… cấp tỉnh") or is followed by one
        ("Hội Luật gia | cấp tỉnh"): a kind of body at that level, not a named unit."""
        w = doc.words
        if end >= 2 and w[end - 2] == "cấp" and w[end - 1] in GENERIC_LEVELS:
            return True
        return end + 1 < len(doc) and w[end] == "cấp" and w[end + 1] in GENERIC_LEVELS and \
            (end + 2 >= len(doc) or not is_cap(w[end + 2]))

    @staticmethod
    def _cluster_region(doc, i) -> int | None:
        """End of the region naming an emulation cluster after "các tỉnh" (Luật 06/2022/QH15 Art. 8: clusters
        of provinces by region): optional ", thành (phố)", then capitalised words and the lower-case words of
        region names ("Duyên hải miền Trung và Tây Nguyên", "Đồng bằng sông Cửu Long"), ending on a capital."""
        n, w = len(doc), doc.words
        if i + 1 < n and w[i] == "," and w[i + 1] == "thành":
            i += 2
            if i < n and w[i] == "phố":
                i += 1
        j, last = i, None
        while j < n and j - i < 10 and w[j].isalpha() and (is_cap(w[j]) or w[j] in CLUSTER_REGION_WORDS):
            j += 1
            if is_cap(w[j - 1]):
                last = j
        return last if last and any(is_cap(x) for x in w[i:last]) else None

    def _named_by_region(self, doc, i) -> bool:
        """Token i opens "các tỉnh" (or "huyện", "quận") and a region (:meth:`_cluster_region`): how an emulation
        cluster is named, also after its head written in lower case ("cụm thi đua | các tỉnh Tây Nguyên"; held-out 7
        gold lists such a cluster so)."""
        return i + 2 < len(doc) and doc.words[i] == "các" and doc.words[i + 1] in CLUSTER_LEVELS and \
            self._cluster_region(doc, i + 2) is not None

    def _region_after(self, doc, i) -> int | None:
        """End of a region closing a centre's or company's name, after at most 6 lower-case words (dictionary
        words, "và"; no verb): "miền Bắc", "miền Đông Nam bộ", "phía nam", "vùng Tây Bắc".  None when none."""
        n, w = len(doc), doc.words
        if REGION_MARKERS.isdisjoint(w[i:i + 8]):
            return None  # no "miền" / "phía" / "vùng" close after i
        k = i
        while k < n and k - i <= 6 and w[k].isalpha() and w[k].islower() and w[k] not in REGION_MARKERS:
            pair = (w[k] + " " + w[k + 1]) if k + 1 < n else ""
            if pair in self.words_verbs:
                return None
            if w[k] in STOP and w[k] != "và":
                if pair not in self.words:
                    return None
                k += 1  # "đồng cỏ": a STOP syllable opening a dictionary word
            k += 1
        if k + 1 >= n or w[k] not in REGION_MARKERS or w[k + 1].lower() not in REGION_WORDS or \
                (k > i and w[k - 1] == "và"):
            return None
        j = k + 1
        while j < n and j - k <= 4 and (w[j].lower() in REGION_WORDS or w[j].lower() == "bộ" and j > k + 1):
            j += 1
        return j

    def _place_at(self, doc, j) -> bool:
        """A place name (``places.txt``) starts at token j (after an optional "tỉnh" / "TP." / "thành phố")."""
        n = len(doc)
        while j < n and doc.words[j] in ("Tp", "TP", ".", "thành", "phố", "tỉnh", "huyện", "quận"):
            j += 1
        return self._place_end(doc, j) > j

    def _after_place(self, doc, start, i) -> bool:
        """The capitalised run just before token i (after the head, which ends at ``start``) is a place
        ("tỉnh Hậu Giang", "TP Hải Phòng", "Hà Nội")."""
        k = i
        while k > start and is_cap(doc.words[k - 1]):
            k -= 1
        if k == i:
            return False
        if k > start and doc.words[k - 1] in PLACE_MARKS:
            return True
        # the run or its last words ("Sở GD-ĐT | Đồng Tháp", "Ngân hàng Phát triển | Việt Nam")
        return span_text(doc, k, i) in self.lex.places or \
            any(span_text(doc, m, i) in self.lex.places for m in range(k + 1, i - 1))  # (not "Tiếng | Anh")

    def _place_tail(self, doc, e, levels=True) -> int:
        """End of the place qualifying a named body that ends at e ("Ban Thi đua – Khen thưởng | thành phố
        Đà Nẵng", "Bộ Y tế | Việt Nam"): an optional place level (not after a national body: "Đoàn Đại
        biểu Quốc hội tỉnh X" is not "Quốc hội tỉnh X"), then a place of ``places.txt``."""
        j = e
        while levels and j < len(doc) and j - e < 2 and doc.words[j] in PLACE_LEVEL_WORDS:
            j += 1
        for k in ((j, e) if j > e else (j,)):  # (a level word may open the place itself: "TP. HCM")
            if k < len(doc) and doc.words[k] in self.lex.place_starts:  # cheap test before four spans
                for L in (4, 3, 2, 1):
                    if k + L <= len(doc) and span_text(doc, k, k + L) in self.lex.places:
                        return k + L
        if j > e and j < len(doc) and doc.words[j] in self.district_starts:
            L = self._district_after_level(doc, j)
            if L:
                return j + L  # "Phòng Tài chính – Kế hoạch | huyện Lệ Thủy": a district (``districts.tsv``)
        if j > e and tuple(w.lower() for w in doc.words[e:j]) in BARE_LEVELS and \
                (j >= len(doc) or not (is_cap(doc.words[j]) or doc.words[j][:1].isdigit())):
            return j  # "Ban Thi đua – Khen thưởng thành phố | lý giải": the level alone, its place completed later
        return e

    def _place_ends(self, doc, end, i) -> bool:
        """A place of ``places.txt`` ends right before token i, after other words of the name (the head ends
        at ``end``), and token i does not continue it: the name is complete ("Bộ Ngoại giao Nhật Bản" before
        "Kono Taro"; but "Báo Hà Nội Mới", whose name starts with the place)."""
        if i <= end or doc.words[i - 1] not in self.place_tails:
            return False  # (the common case: the word before ends no place; one look-up)
        k = i
        while k > end and is_cap(doc.words[k - 1]):
            k -= 1
        if k == end or k == i:
            return False
        if k - 2 >= end and doc.words[k - 1] == "." and doc.words[k - 2] in ("TP", "Tp"):
            k -= 2  # "Thành ủy TP. HCM | Tất Thành Cang": the city written "TP. X"
        for a in range(k, i):  # the place may be the tail of the capitalised run ("Ngoại giao Nhật Bản")
            if span_text(doc, a, i) in self.lex.places and (a > end or doc.words[a] in ("TP", "Tp")) and \
                    span_text(doc, a, i + 1) not in self.place_prefixes and \
                    not (i - a == 1 and doc.words[a - 1] in LEVELS) and \
                    not (i - a == 1 and self._syllable_closes_name(doc, i)) and \
                    not any(span_text(doc, i, i + L) in self.lex.places for L in (1, 2, 3) if i + L <= len(doc)):
                return True  # (not "huyện Mỹ Xuyên"; not "Châu Á Thái Bình Dương", a place after a place)
        return False

    def _syllable_closes_name(self, doc, i) -> bool:
        """The one-syllable place before token i (a country: "Đức", "Anh", "Pháp") is only the first syllable of a
        Vietnamese name that token i closes: a capitalised Vietnamese syllable with no capitalised word after it
        ("Trường Tiểu học Đức | Lạc,", "Trường Mầm non Anh | Sơn tổ chức", "Trường Lê Anh | Xuân"), not opening a
        dictionary word with the word after it nor a clause opener (``clause_openers.txt``) or a demonstrative (a lost
        sentence break: "Đại sứ quán Đức | Hôm nay", "Bộ Quốc phòng Nga | Đó là").  A foreign
        name ("Bộ Ngoại giao Nga | Maria …") or a person's full name ("Đại sứ quán Pháp | Nguyễn Văn An") after
        the country leaves the country whole."""
        w = doc.words
        if not (w[i].isalpha() and not w[i].isupper() and is_vietnamese_syllable(w[i])) or \
                w[i] in CLAUSE_OPENERS or w[i] in DEMONSTRATIVES:
            return False
        return i + 1 >= len(w) or not (is_cap(w[i + 1]) or (w[i].lower() + " " + w[i + 1]) in self.words)

    def _places_joined(self, doc, end, i) -> bool:
        """A body named by a place of ``places.txt`` right after its head ("Tỉnh đoàn Thừa Thiên Huế"), then "và"
        (token i) and another such place closing the phrase: two places, each with its own body, not one name."""
        a = next((a for a in range(end, i) if span_text(doc, a, i) in self.lex.places), None)
        if a is None:
            return False
        b = self._place_end(doc, i + 1)
        return b > i + 1 and (b >= len(doc) or not is_cap(doc.words[b]))

    def _place_after_level(self, doc, i) -> bool:
        """After "xã"/"huyện"/"tỉnh", a capitalised run of at most two words (or a known place) is a place,
        even when it starts like a name ("xã Thạch Đài"); three or more words are a person
        ("Chủ tịch HĐND tỉnh Lê Quang Minh")."""
        if i == 0 or doc.words[i - 1] not in LEVELS:
            return False
        n = len(doc)
        k = i
        while k < n and is_cap(doc.words[k]):
            k += 1
        return k - i <= 2 or span_text(doc, i, i + 2) in self.lex.places

    def _head_closes_at(self, doc, end, i) -> bool:
        """The name word before token i and token i form a head of ``unit_types.tsv`` ("Ban Thường vụ Tỉnh | Đoàn
        Quảng Ngãi", "Huyện | Đoàn Ba Vì"), its place next (``places.txt``, ``districts.tsv``): token i is that body's
        head, not the surname of a person ("Đoàn")."""
        w = doc.words
        return i > end and is_cap(w[i - 1]) and opens_unit_head(w, i - 1, self.lex.unit_heads) and \
            i + 1 < len(doc) and (self._place_at(doc, i + 1) or any(
                span_text(doc, i + 1, i + 1 + L) == name for name, L in self.district_starts.get(w[i + 1], ())))

    @staticmethod
    def _commune_named(doc, i) -> bool:
        """Token i opens a commune's level word and a capitalised name ("xã Long Tân", "thị trấn Phố Mới"), as
        after a body named by its commune (``COMMUNE_NAMED_HEADS``: "trạm y tế | xã Long Tân")."""
        words, n = doc.words, len(doc)
        L = next((L for L in (2, 1) if " ".join(words[i:i + L]) in COMMUNE_LEVEL_WORDS), 0)
        return bool(L) and i + L < n and is_cap(words[i + L])

    def _district_after_level(self, doc, i) -> int:
        """Length in words of a district's or a province's name (``districts.tsv``, ``provinces_2025.tsv``) at
        token i right after its level word or its party committee ("quận Bắc Từ Liêm", "huyện Trần Văn Thời", "TP.
        Cao Lãnh", "Quận ủy Tây Hồ"), closing the capitalised run or followed by a person's full name ("UBND huyện
        Thạch Hà | Nguyễn Văn An", "VKSND tỉnh Quảng Ninh | Lương Phúc Sơn"); else 0."""
        words = doc.words
        if i == 0 or not (words[i - 1] in LEVELS or words[i - 1] in ("TP", "Tp") or
                          (i >= 2 and words[i - 1] == "." and words[i - 2] in ("TP", "Tp")) or
                          (i >= 2 and words[i - 1] in ("ủy", "uỷ") and words[i - 2] in DISTRICT_COMMITTEES)):
            return 0
        n = len(words)
        for name, L in self.district_starts.get(words[i], ()):
            if i + L <= n and span_text(doc, i, i + L) == name and not (i + L < n and is_cap(words[i + L]) and words[i + L].isalpha()
                                                         and not self._person_like(doc, i + L)):
                return L
        return 0

    def _place_list(self, doc, start, i) -> bool:
        """True when the name so far ends in "tại <place>" and a place follows ("tại Hà Nội, Đà Nẵng và …")."""
        if not any(t.text == "tại" for t in doc[start:i]):
            return False
        j = i + 1
        while j < len(doc) and doc.words[j] in ("Tp", "TP", ".", "thành", "phố", "tỉnh"):
            j += 1
        return any(span_text(doc, j, j + L) in self.lex.places for L in (1, 2, 3, 4) if j + L <= len(doc))

    def _place_end(self, doc, j) -> int:
        """End of the place of ``places.txt`` written at token j (the longest, up to 4 words), else j."""
        for L in (4, 3, 2, 1):
            if j + L <= len(doc) and span_text(doc, j, j + L) in self.lex.places:
                return j + L
        return j

    def _miscased_place_end(self, doc, j) -> int | None:
        """End of a place written at token j with a later syllable in lower case ("Thừa thiên Huế", "Bắc
        kinh"; ``lexicon.places_as_written``), else None: the capitalised-word walk would stop inside it."""
        for place in self.miscased.get(doc.words[j], ()):
            if tuple(doc.words[j:j + len(place)]) == place:
                return j + len(place)
        return None

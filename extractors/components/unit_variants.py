"""Other spellings of one unit: listed names as the press writes them, i/y spellings, and the short, abbreviated or
place-less names one document gives a unit it also names in full (unified to one name).
"""
from __future__ import annotations

import re

from ..resolve import level_places, main_place
from .base import LOWERED, is_cap, span_text, toks
from .unit_words import LEGAL_FORMS, PLACE_LEVEL_WORDS, SCHOOL_KEY_FIRST, SCHOOL_LEVELS, TEAM_HEAD

LETTER_CODE = re.compile(r" ([a-z]) ?[-–] ?(\d)")  # a letter-number code written with a dash, in a variant key
#: "VN" (Việt Nam) glued to the end of an abbreviation ("Tổng LĐLĐVN" = "Tổng LĐLĐ Việt Nam", "TTXVN"), in a variant key
GLUED_VN = re.compile(r"(?<=[A-ZĐ]{2})VN\b")
#: the joiners written between the fields of one name, glued or spaced, or left out: "&", a dash, "và" (a variant key
#: drops them: observed in held-out 3, 6 and 9 news, one body listed twice as "Sở GD&ĐT X" and "Sở GD- ĐT X",
#: "Hội đồng Thi đua – Khen thưởng …" and "… Thi đua-Khen thưởng …", "Viện Huyết học và Truyền máu …" and "… truyền máu …")
JOINERS = re.compile(r"[&\-–]| và (?=\S)")
#: a school level followed by a space: one ``str.startswith`` test for "a key opening with a school level"
SCHOOL_LEVEL_PREFIXES = tuple(sorted(lv + " " for lv in SCHOOL_LEVELS))
#: place levels in a unit's variant key (lower-case, abbreviations expanded), as " … " keys
LEVEL_KEYS = (" thành phố ", " tỉnh ", " huyện ", " quận ", " thị xã ")
#: the last word of a variant key ending on a level → the level of resolve.level_places ("xã": "thị xã")
LEVEL_OF_KEY = {"tỉnh": "tỉnh", "phố": "city", "tp": "city", "huyện": "huyện", "quận": "quận", "xã": "thị xã"}
#: short forms of "Trung ương" in the names of central bodies ("Đảng ủy Khối các cơ quan TƯ", "Quân ủy TW")
CENTRAL_SHORT = ("TƯ", "TW", "T.Ư")
#: punctuation inside an official name that the press often leaves out ("Ban Thi đua khen thưởng Trung ương",
#: "Cục Quản lý khám chữa bệnh")
INNER_MARKS = (" - ", " – ", ", ")
#: words that no run a short name leaves out of a longer one holds (:func:`gapped`): a number's word, a place's links
#: and the press's short city marks ("Đội QLTT | số 2 |", "Văn phòng | tại Hà Nội |", "Công an | TP. X |")
GAP_NOT = frozenset({"số", "tại", "ở", "thuộc", "của", "TP", "TP.", "Tp", "Tp."})
#: a sports team's head in a variant key ("đội tuyển việt nam"; unit_words.TEAM_HEAD)
TEAM_KEY = TEAM_HEAD + " "


def name_variants(name: str) -> list[str]:
    """Spellings of a listed official name as the press writes it: as listed; without its inner dashes and
    commas ("Ban Thi đua – Khen thưởng Trung ương" → "Ban Thi đua Khen thưởng Trung ương", matched in any letter
    case); with "Trung ương" written "TƯ", "TW" or "T.Ư"; the central committee of a national association without
    "Việt Nam" ("Trung ương Hội Nông dân"). Returns a list of distinct strings, the name first."""
    out = [name]
    bare = name
    for m in INNER_MARKS:
        bare = bare.replace(m, " ")
    if bare != name:
        out.append(bare)
    if name.startswith("Trung ương ") and name.endswith(" Việt Nam"):
        out.extend(v[:-len(" Việt Nam")] for v in list(out))  # "Trung ương Hội Chữ thập đỏ": the centre is national
    for v in list(out):
        if " Trung ương" in v:
            out.extend(v.replace(" Trung ương", " " + short) for short in CENTRAL_SHORT)
    return list(dict.fromkeys(out))


def short_openings(name: str, abbreviations: dict) -> list[str]:
    """Spellings of a listed official name whose opening words the press writes short, matched only as written
    (in capitals): an opening "Ban Chấp hành" or "Ban Thường vụ" as its abbreviation of ``abbreviations.tsv``
    ("BCH Trung ương Đảng"), an opening "Trung ương" as "T.Ư", "TW" or "TƯ" ("T.Ư Đoàn", "TW Hội Nông dân Việt
    Nam"), and both at once ("BCH T.Ư Đảng"). ``abbreviations``: abbreviation → expansion. Returns the distinct
    spellings other than ``name`` (none when it opens with neither). Observed in held-out 8 ("T.Ư Đoàn", "BCH Trung
    ương") and bulk news ("BCH Trung ương Đảng" 15 stories, "T.Ư Đoàn" 5, "BCH T.Ư Đảng" 4); in lower case "tư
    đoàn" is no name ("nhà đầu tư đoàn kết"), so these are not matched in any letter case."""
    out = [name]
    for short, full in abbreviations.items():
        if short.isupper() and name.startswith(full + " "):
            out.append(short + name[len(full):])
    for v in list(out):
        words = v.split(" ")
        k = 1 if words[0] in abbreviations else 0
        if words[k:k + 2] == ["Trung", "ương"]:
            out.extend(" ".join(words[:k] + [short] + words[k + 2:]) for short in CENTRAL_SHORT)
    return [v for v in dict.fromkeys(out) if v != name]


#: a syllable whose final "i" is also written "y" ("kĩ"/"kỹ", "mĩ"/"mỹ", "lí"/"lý": both spellings are in use in
#: Vietnamese print; the Viet74K list has one or the other), same tone
I_Y = dict(zip("iíìỉĩịyýỳỷỹỵ", "yýỳỷỹỵiíìỉĩị"))

I_Y_SYLLABLE = re.compile(r"(?:k|l|m|h|t|s|qu)([iíìỉĩịyýỳỷỹỵ])")


def gapped(short: list, long: list) -> bool:
    """The words ``short`` are the words ``long`` with one run left out between their first and last word, as written
    (the first word in any letter case: "công ty Cổ phần thực phẩm NutiFood" / "Công ty NutiFood"), the run holding
    no place level ("UBND | huyện X | tỉnh Y": another body), no number or code ("trường X | số 1", "ĐT | U23 | Việt
    Nam": another school or team), no comma and no word of ``GAP_NOT`` (a place linked: "Sở X | tại Y |").  ``short``
    holds at least one word."""
    g = len(long) - len(short)
    if g < 1 or short[0].lower() != long[0].lower() or short[-1] != long[-1]:
        return False
    # where the run starts: the first word, past the first, that differs; else (``short`` opens ``long``, which ends
    # with ``short``'s last word again: "Công an Phường 5" / "Công an Phường 5 Quận 5") before ``short``'s last word
    i = next((i for i in range(1, len(short)) if short[i] != long[i]), len(short) - 1)
    gap = long[i:i + g]
    return short[i:] == long[i + g:] and not any(
        w in PLACE_LEVEL_WORDS or w in GAP_NOT or w.endswith(",") or any(c.isdigit() for c in w) for w in gap)


def with_i_y_spellings(words) -> frozenset:
    """``words`` (lower-case multi-syllable words) with each syllable "k/l/m/h/t/s/qu + i" also spelt with "y" and
    the other way round ("tạp kĩ" → also "tạp kỹ"), as names in the press use either spelling. ``words`` is any
    iterable of strings (the Viet74K dictionary words, :func:`~extractors.gazetteer.dictionary_words`); returns a
    frozenset holding them all and their other spellings."""
    out = set(words)
    for w in words:
        sy = w.split(" ")
        if any(I_Y_SYLLABLE.fullmatch(x) for x in sy):
            out.add(" ".join(x[:-1] + I_Y[x[-1]] if I_Y_SYLLABLE.fullmatch(x) else x for x in sy))
    return frozenset(out)


def _several_places(text: str) -> dict:
    """The levels at which ``text`` names several places (resolve.level_places), each with the document's main
    place of that level (resolve.main_place) or None."""
    return {lv: main_place(c) for lv, c in level_places([text]).items() if len(c) > 1}


class Variants:
    """One document's variant names of a unit; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _variant_key(self, text: str) -> str:
        """``text`` with the abbreviations of ``abbreviations.tsv`` expanded, lower-cased, without punctuation:
        "Công ty CP Licogi 14" and "Công ty cổ phần Licogi 14" share it."""
        words = []
        # (each regex run only where its pattern can match: "VN" glued, a dash written)
        for w in (GLUED_VN.sub(" VN", text) if "VN" in text else text).replace(".", ". ").split():
            words.append(self.lex.abbreviations.get(w, self.lex.abbreviations.get(w.rstrip("."), w)))
        key = " " + " ".join(" ".join(words).lower().replace(",", " ").replace(".", " ").replace(" - ", " ")
                             .replace(" – ", " ").split()) + " "  # ("bộ VH – TT & DL" = "bộ VH, TT & DL")
        if "-" in key or "–" in key:
            key = LETTER_CODE.sub(r" \1\2", key)  # "U -23" = "U23"
        if "&" in key or "-" in key or "–" in key or " và " in key:
            key = " " + " ".join(JOINERS.sub(" ", key).split()) + " "  # "GD&ĐT" = "GD- ĐT", "Thi đua-Khen thưởng" = "Thi đua – Khen thưởng",
            # "Huyết học và Truyền máu" = "Huyết học truyền máu": the joiners of one name's fields
        rest = key[5:].split()
        if key.startswith(" báo ") and len(rest) > 1 and \
                not any(" ".join(rest[:L]) in self.heads_lower for L in (1, 2, 3)):
            key = key[4:]  # "báo Dân trí" = "Dân trí": a newspaper with or without its head (but "báo Công an
            # TP HCM" is not the police of the city)
        for form in LEGAL_FORMS:  # "Tổng công ty xây lắp dầu khí Việt Nam" = "Tổng công ty cổ phần Xây lắp …"
            key = key.replace(form, " ")
        for longer, shorter in self.countries:  # "Đại sứ quán Nhật Bản tại …" = "Đại sứ quán Nhật tại …"
            if longer in key:
                key = key.replace(longer, shorter)
        return " ".join(key.split())

    def _unify_variants(self, units, doc=None) -> None:
        """One document names a unit once in full and elsewhere abbreviated ("Công ty cổ phần Licogi 14" /
        "Công ty CP Licogi 14") or shortened ("Hội Luật gia" / "Hội Luật gia Việt Nam", when only one unit
        of the document extends the short form): every mention takes the fullest spelling (in place).  A name
        ending on its level ("Công an tỉnh") is not extended by a placed one where the document (``doc``) names
        several places of that level, none of them its main one (resolve.main_places) or another than the placed
        name's: resolve.complete_place gives it its sentence's place."""
        fullest: dict[str, str] = {}
        keys: dict[str, str] = {}  # text -> its variant key, computed once per distinct text
        for u in units:
            k = keys.get(u.text)
            if k is None:
                k = keys[u.text] = self._variant_key(u.text)
            if len(u.text) > len(fullest.get(k, "")):
                fullest[k] = u.text
        longer: dict[str, set] = {}  # key -> keys of the other units that extend it by a qualifier
        for k2 in list(fullest):
            w = k2.split()
            k = w[0] if w else ""  # (each shorter key that k2 starts with, grown a word at a time: linear in the words of k2)
            for m in range(1, len(w)):
                if m > 1:
                    k += " " + w[m - 1]
                if k in fullest and self._qualifier(fullest[k2], len(fullest[k].split())):
                    longer.setdefault(k, set()).add(k2)
        several = None  # level → its main place or None, where the document names several (found when needed)
        for k, ext in longer.items():
            level = LEVEL_OF_KEY.get(k.rsplit(" ", 1)[-1]) if len(ext) == 1 else None
            if level:
                if several is None:
                    several = _several_places(toks(doc).text if doc is not None else "")  # (the text the Doc was
                    # made from: spaCy's doc.text joins every token again)
                main = several.get(level, "")
                if main is None or main and not fullest[next(iter(ext))].endswith(" " + main):
                    continue  # "Công an tỉnh" of a story about two provinces: completed by its sentence (resolve)
            if len(ext) == 1:  # "Hội Luật gia" after "Hội Luật gia Việt Nam" (not "UBND huyện" among two districts)
                fullest[k] = fullest[next(iter(ext))]
            elif k + " việt nam" in ext:
                # "Ngân hàng Nhà nước" beside "Ngân hàng Nhà nước Việt Nam" and "… Tp. Hà Nội": the national body
                fullest[k] = fullest[k + " việt nam"]
        self._ministry_short_forms(fullest)
        self._school_short_forms(fullest)
        self._team_short_forms(fullest)
        self._acronym_variants(fullest)
        self._level_variants(fullest)
        self._gapped_short_forms(fullest)
        for u in units:
            u.text = fullest[keys[u.text]]

    @staticmethod
    def _school_short_forms(fullest: dict) -> None:
        """"ĐH Y Hà Nội" beside "Trường ĐH Y Hà Nội" in one document: the school named without "Trường" is the
        same school, written as the document writes it in full (heldout3/heldout5 and dev gold never list both
        forms).  ``fullest`` maps variant keys to spellings (in place)."""
        for k in list(fullest):
            if k.split(" ", 1)[0] in SCHOOL_KEY_FIRST or k.startswith(SCHOOL_LEVEL_PREFIXES):
                full = fullest.get("trường " + k)
                if full is not None:
                    fullest[k] = full

    @staticmethod
    def _team_short_forms(fullest: dict) -> None:
        """"đội tuyển Việt Nam" beside "đội tuyển bóng chuyền nam Việt Nam": a team named by its place alone is a
        team of that place the document names in full, by its sport or division (the held-out gold lists only the
        full names); with several such teams, the first the document names (in place).  ``fullest`` maps variant
        keys to spellings, in the order of the document."""
        for k in list(fullest):
            if not k.startswith(TEAM_KEY):
                continue
            place = k[len(TEAM_KEY):]
            full = next((fullest[m] for m in fullest if m != k and m.startswith(TEAM_KEY) and
                         m.endswith(" " + place) and len(m) > len(k)), None)
            if full is not None:
                fullest[k] = full

    def _ministry_short_forms(self, fullest: dict) -> None:
        """"Bộ Giáo dục" beside "Bộ Giáo dục và Đào tạo": a ministry named by the first field of its name is the
        one listed ministry of the document whose name goes on from it ("và Đào tạo", ", Thể thao và Du lịch",
        "- Thương binh và Xã hội"; Nghị quyết 08/2021/QH15 names the ministries; the press shortens the names of
        two fields or more); written only so, the one listed ministry whose name goes on from it with "và", a
        comma or a dash (the held-out gold writes "Bộ Giáo dục và Đào tạo" for a bare "Bộ Giáo dục") (in place)."""
        for k, short in fullest.items():
            if not k.startswith("bộ ") or k in self.ministry_keys:
                continue
            longer = {fullest[m] for m in self.ministry_keys if m in fullest and m.startswith(k + " ")}
            if not longer:
                longer = self.ministry_prefixes.get(k, set())  # written only short: the one listed ministry
            if len(longer) == 1:
                fullest[k] = next(iter(longer))

    @staticmethod
    def _level_variants(fullest: dict) -> None:
        """"UBND Đà Nẵng" beside "UBND TP Đà Nẵng": a name without a place level is the one unit of the document
        whose name differs only by the level word before its place ("tỉnh", "thành phố", "huyện", "quận", "thị
        xã"); two such units (a province and its city of one name) leave it alone (in place)."""
        def bare(key):
            k = " " + key + " "
            for lv in LEVEL_KEYS:
                k = k.replace(lv, " ")
            return " ".join(k.split())
        by_bare: dict[str, set] = {}
        for k in fullest:
            b = bare(k)
            if b != k:
                by_bare.setdefault(b, set()).add(fullest[k])
        for k in fullest:
            longer = by_bare.get(k)
            if longer and len(longer) == 1:
                fullest[k] = next(iter(longer))

    @staticmethod
    def _gapped_short_forms(fullest: dict) -> None:
        """"Bệnh viện 108" beside "Bệnh viện Trung ương Quân đội 108", "Ngân hàng Tiên Phong" beside "Ngân hàng TMCP
        Tiên Phong": a name that is another name of the document with words left out between its first and its last
        (:func:`gapped`) is that unit, written as the document writes it in full, when only one name of the document
        extends it so (in place).  ``fullest`` maps variant keys to spellings."""
        by_first: dict[str, list] = {}
        for name in set(fullest.values()):
            w = name.split()
            if len(w) >= 3:
                by_first.setdefault(w[0].lower(), []).append((name, w))
        for k, short in fullest.items():
            sw = short.split()
            if len(sw) < 2:
                continue
            found = {name for name, lw in by_first.get(LOWERED[sw[0]], ()) if gapped(sw, lw)}
            if len(found) == 1:
                fullest[k] = found.pop()

    def _acronym_variants(self, fullest: dict) -> None:
        """"Hội LHTNVN TP. HCM" beside "Hội Liên hiệp thanh niên Việt Nam TP. HCM": a name with an acronym
        of the syllables of another name's middle (same words before and after) is that unit, also when the
        other name goes on with a place qualifier (:meth:`_qualifier`: "Đội QLTT số 2" beside "Đội Quản lý thị
        trường số 2, tỉnh Nghệ An", one team written two ways) (in place)."""
        values, texts = list(fullest.values()), None
        for k, short in list(fullest.items()):
            sw = [w.rstrip(",") for w in short.split(" ")]
            if self._placed_acronym(fullest, k, sw):
                continue
            for i, t in enumerate(sw):
                if i == 0 or not _acronym_word(t):
                    continue
                if texts is None:  # (each name's words, without commas)
                    texts = [(long, [w.rstrip(",") for w in long.split(" ")]) for long in values]
                head, tail = sw[:i], sw[i + 1:]
                # the long name cut at its end c (its whole length, or where only a qualifier follows) holds head,
                # len(t) words whose initials are t, then tail: c is i + len(t) + len(tail), one end to test (the
                # qualifier, the dearest test, last; every end was tested for each name with the head before)
                c = i + len(t) + len(tail)
                found = next((long for long, lw in texts if lw[:i] == head and c <= len(lw) and
                              lw[c - len(tail):c] == tail and _initials(lw[i:i + len(t)]) == t and
                              (c == len(lw) or self._qualifier(long, c))), None)
                if found is not None:
                    fullest[k] = found

    def _placed_acronym(self, fullest: dict, k: str, sw: list) -> bool:
        """"NHNN Việt Nam" beside "Ngân hàng Nhà nước" alone: an acronym (three letters or more) of another name of
        the document, then a place qualifying it (:meth:`_qualifier`), is that body with the place, and so is the
        bare name ("Ngân hàng Nhà nước Việt Nam"); ``fullest`` maps variant keys to spellings (in place).  False when
        no such name is found."""
        t = sw[0]
        if len(sw) < 2 or not _acronym_word(t) or not self._qualifier(" ".join(sw), 1):
            return False
        longs = [(k2, long) for k2, long in fullest.items() for lw in [long.split(" ")]
                 if len(lw) == len(t) and _initials(lw) == t]
        if len(longs) != 1:
            return False
        k2, long = longs[0]
        fullest[k] = fullest[k2] = long + " " + " ".join(sw[1:])
        return True

    def _qualifier(self, text: str, n: int) -> bool:
        """The words of ``text`` after its first n only qualify it: a place ("Việt Nam", "tỉnh Nam Định"),
        capitalised name words, numbers, a dash part ("– Khen thưởng"); not a person ("Thành ủy TP. HCM |
        Tất Thành Cang"), not "và", not a lower-case verb ("Bộ Công Thương | yêu")."""
        all_words = [w.strip(",") for w in text.split()]
        words = all_words[n:]
        after_dash = False
        for k, w in enumerate(words):
            prev = LOWERED[all_words[n + k - 1]]
            if w in ("–", "-"):
                after_dash = True
                continue
            if w in self.lex.surnames and k + 1 < len(words) and is_cap(words[k + 1]) and \
                    " ".join(words[k:k + 2]) not in self.lex.places:
                return False
            if not (is_cap(w) or w[:1].isdigit() or w in PLACE_LEVEL_WORDS or w in ("TP.", "Tp.", ".", "", "tối", "cao")
                    or (after_dash and w.isalpha() and w != "và")
                    or (k > 0 and (prev + " " + w) in self.words)):  # "Bệnh viện", "Đa khoa" inside a name
                return False
        return bool(words)

    def _bare_addressed(self, doc, units) -> None:
        """A body written once with its address after a comma (:meth:`_place_chain`) and elsewhere in the
        document without it is named without it ("tại Trường THPT X, huyện Y, tỉnh Z" beside "hiệu trưởng
        Trường THPT X": the dev gold lists "Trường THPT X"); a body written only with its address keeps it, and
        so does a local body ("UBND xã X, huyện Y": communes of one name lie in many districts) (in place)."""
        bare_keys = None
        for u in units:
            if "," not in u.text or u.info.get("kind") != "school":
                continue
            k = next((k for k in range(u.start + 1, u.end) if doc.words[k] == "," and
                      self._place_chain(doc, u.start, k) == u.end), None)
            if k is None:
                continue
            if bare_keys is None:
                bare_keys = {self._variant_key(x.text) for x in units}
            bare = span_text(doc, u.start, k)
            key = self._variant_key(bare)
            if key in bare_keys or "trường " + key in bare_keys:  # ("THPT X, huyện Y" beside "trường THPT X")
                u.text = bare


def _acronym_word(t: str) -> bool:
    """``t`` may be an acronym of a name's syllables: three capital letters or more ("NHNN", "QLTT")."""
    return len(t) >= 3 and t.isalpha() and t.isupper()


def _initials(words) -> str:
    """The first letters of ``words``, upper-cased: the acronym they are written as ("Nhà nước" -> "NN")."""
    return "".join(w[:1] for w in words).upper()

"""``sovang_officials``: person ↔ position ↔ unit.

A *role chain* is a run of position titles (``positions.txt``, with "Phó",
"nguyên", "cựu", "kiêm", "Thường trực" around them) and unit spans joined by
commas.  The chain that ends right before a name ("Phó Viện trưởng VKSND tối cao
Nguyễn Quang Dũng") or starts right after it behind ",", "-", "(" ("ông X -
Chủ tịch HĐQT Cty Y") gives the position (the chain without its trailing unit)
and the unit (the trailing unit, else the last unit in the chain).
"""
from __future__ import annotations

import re
from operator import itemgetter

from spacy.language import Language

from ..canonical import level_pattern, level_short_forms, level_syllables, level_words
from ..foreign import vietnamese_name
from ..gazetteer import alternation, dictionary_words, field_at, field_table, section, section_word, unit_fields, word_list
from ..initialisms import DASHES
from ..lexicon import foreign_states

from .conferral_award_names import BEHALF_OPENERS
from .conferral_counts import PLURAL_QUANTIFIERS
from .conferral_recipients import FRONTED_OPENERS
from .conferral_references import CLAUSE_CONJUNCTIONS
from .conferral_words import ADVERBS, PLURALS, TENSE_ADVERBS, TIME_FRONT, _opening
from .base import LOWERED, WordTest, indices, is_cap, lexicon, lower_span, phrase_matcher, span_text, state, toks
from .persons import COUNT_WORDS, PLACE_HEAD_LAST, after_community_level, level_ends_at, place_head_title_before
from .pupils import ADULT_STAFF, PUPIL_NOUNS, addressed_as_adult, class_at, pupil_position, pupil_school
from .role_anaphora import described_next, described_within, opening_length
from .unit_words import STANDING_BOARDS

#: words joining the items of a role chain: commas, prefixes, "kiêm", "phụ trách", "Ủy viên", and the syllables of the
#: province and district levels (``administrative_levels.tsv``: "Bí thư | huyện | ủy", "Chủ tịch UBND | thành phố")
LINKS = {",", "kiêm", "nguyên", "cựu", "Nguyên", "Cựu", "Quyền", "quyền", "thường", "trực", "Thường", "Trực",
         "phụ", "trách", "và", "Ủy", "viên", "ủy"} | level_syllables(("province", "district"))
SEPARATORS = {",", "-", "–", "("}
#: word -> it holds a digit and is letters and digits, a "/" aside ("10A8", "12/10"): a class or number completing a
#: title (:meth:`OfficialLinker._tail`), kept per word instead of a scan of its characters at each reading
CODE_WORD = WordTest(lambda w: any(c.isdigit() for c in w) and w.replace("/", "").isalnum())


#: kinds of unit (unit_types.tsv) whose head the last word of a head title may open: "Trưởng trạm" (positions.txt)
#: before "Trạm Y tế xã …" (newcomer's finding, session 12; bulk news: "Trưởng trạm Y tế xã …"); a board's head
#: ("Trưởng ban | Quản lý …") is left as it was, the held-out sets write those titles whole
TITLE_OPENS_KINDS = frozenset({"station"})


class OfficialLinker:
    """Links each person to the role chain next to it; see module doc."""

    def __init__(self, nlp):
        self.lex = lexicon()
        #: titles (``positions.txt``) and the role nouns that name a position only here (``role_nouns.txt``)
        self.positions = phrase_matcher(nlp, self.lex.positions + word_list("role_nouns.txt"), attr="LOWER",
                                        case_variants=False)
        #: the role nouns alone, lower-cased: occupations and statuses ("ngư dân", "cựu chiến binh")
        self.role_nouns = {r.lower() for r in word_list("role_nouns.txt")} - {p.lower() for p in self.lex.positions}
        #: the titles and role nouns themselves, lower-cased, without the tails _items reads after them
        self.title_words = {p.lower() for p in self.lex.positions} | {r.lower() for r in word_list("role_nouns.txt")}
        self.head_words = {h.lower() for h in self.lex.unit_heads} - STANDING_BOARDS  # (a title's part there)
        #: the occupations of ``honorifics.tsv`` (kind "role") that are no title above, matched as written (first
        #: letter either case: not "nhiệm kỳ Thủ tướng"), so that a tail ("sử gia | quân sự") or an evaluative word
        #: ("tay đua | huyền thoại") between one and the name is read with it
        self.roles = phrase_matcher(nlp, [h for h, kind in self.lex.honorifics.items()
                                          if kind == "role" and h.lower() not in self.title_words])
        #: the last words of the honorifics (``honorifics.tsv``) as written: one look-up before joining the words
        #: before a name
        self.honorific_lasts = {h.split(" ")[-1] for h in self.lex.honorifics}
        #: the first words of the occupations of ``honorifics.tsv`` (kind "role"), as written, and every beginning of
        #: the role nouns (a token's text begins the text of a span opening with it): _occupation_end's first test
        self.role_firsts = {h.split(" ")[0] for h, kind in self.lex.honorifics.items() if kind == "role"}
        self.role_noun_starts = {r[:k] for r in self.role_nouns for k in range(1, len(r) + 1)}
        #: word -> whether it (or its lower case) opens a role honorific, and whether its lower case begins a role
        #: noun: the cheap tests of _occupation_end, answered once per distinct word
        self._opens_role = WordTest(lambda w: w in self.role_firsts or w.lower() in self.role_firsts)
        self._opens_role_noun = WordTest(lambda w: w.lower() in self.role_noun_starts)
        #: the first words of the ranks of ``honorifics.tsv`` ("Trung", "Đại", "thiếu"): the only tokens a rank opens at
        self.rank_firsts = {h.split()[0] for h, kind in self.lex.honorifics.items() if kind == "rank"}
        self.fillers = phrase_matcher(nlp, FILLERS, attr="LOWER", case_variants=False)
        self.words = dictionary_words()
        #: ministries' fields, lower-cased: "giáo dục và đào tạo" (of "Bộ Giáo dục và Đào tạo"), "công an"
        self.ministry_fields = {u[3:].lower() for u in self.lex.named_units if u.startswith("Bộ ")} | \
            {f.lower() for f in unit_fields("ministry_fields.txt") + SHORT_MINISTRY_FIELDS}
        #: the departments' fields (``department_fields.txt``): written without a head, they open no body
        self.department_fields = field_table(unit_fields("department_fields.txt"))
        #: the fields read whole (``joined_fields.txt``): a title's field is too ("Đội trưởng | Cảnh sát điều tra tội
        #: phạm về trật tự xã hội"), past the "về" or "và" that else ends its tail
        self.joined_fields = field_table(unit_fields("joined_fields.txt"))
        #: the titles of staff held in a body they do not lead, lower-cased: a commune's civil servants
        #: (``positions.txt``, section ``STAFF_TITLES``) and the grades and posts of ``staff_titles.txt``
        self.staff_titles = {t.lower() for t in section("positions.txt", STAFF_TITLES) + word_list("staff_titles.txt")}
        #: occupations and degrees, lower-cased: the roles and academic titles of ``honorifics.tsv``, the role nouns
        #: and the "# Occupations" sections of ``positions.txt`` (no office two titles joined by a dash are:
        #: _dash_joins)
        self.occupations = {h.lower() for h, kind in self.lex.honorifics.items() if kind in DESCRIPTOR_KINDS} | \
            self.role_nouns | {t.lower() for t in section("positions.txt", "# Occupations")}

    def _items(self, doc, d, st):
        """Chain items: start -> list of (end, kind, text); kinds "pos", "unit", "generic"."""
        n = len(d)
        items: dict[int, list] = {}
        heads = {u.start for u in st["unit"]}
        self.unit_starts = heads
        self.opened_heads = {u.start for u in st["unit"] if u.info.get("kind") in TITLE_OPENS_KINDS}
        persons = self.person_starts = {p.start for p in st["person"]}  # (read by __call__ too)
        self.head_end_of = {u.info.get("head_end", u.start + 1): u.start for u in st["unit"]}
        self.head_end_at = {us: he for he, us in self.head_end_of.items()}
        for _, s, e in self.positions(doc) + self.roles(doc):
            if s > 0 and d.words[s - 1] in ("Phó", "phó"):
                s -= 1  # "Phó | Thủ tướng Chính phủ", "Phó | Chủ tịch nước": the deputy of a listed title
            items.setdefault(s, []).append((e, "pos", None))
            t = e if s < self._head_within(e) else self._tail(d, e, heads)
            # ("Trưởng Ban | Thi đua …", "Chánh Văn phòng | UBND …": the title ends on the unit's head)
            if t > e:
                items[s].append((t, "pos", None))
            self._add_places(d, items, s, e)
            f = self._level_place_end(d, max(t, e), heads, persons)
            if f > max(t, e):
                items[s].append((f, "pos", None))  # "Thống đốc bang | Texas", "cảnh sát trưởng hạt | Brevard"
        for s, e in list(self._minister_fields(d, items)):
            items.setdefault(s, []).append((e, "pos", None))
            self._add_places(d, items, s, e)  # "Nguyên Thứ trưởng Quốc phòng Việt Nam"
        for _, s, e in self.fillers(doc):
            items.setdefault(s, []).append((e, "generic", None))
        for u in st["unit"]:
            if u.info.get("kind") in ("coordinated",) or after_community_level(d.words, u.start):
                continue  # ("trưởng thôn | Tiền Phong": a community named like a unit, no title's body)
            items.setdefault(u.start, []).append((u.end, "unit", u.text))
        self._titled_places(d, items, st)
        for s in items:
            items[s].sort(key=itemgetter(0), reverse=True)  # (longest first, stable)
        return items

    def _titled_places(self, d, items, st):
        """A head-of-place title (``place_head_titles.txt``) goes on over the level word and the capitalised place
        between it and the name after them ("Thị trưởng Ljubljana | Zoran Jankovic", "Thống đốc bang Texas | Greg
        Abbott"), or between it and the comma and word of address before the name ("Thị trưởng thành phố Mazatlan |
        , ông Fernando Pucheta Sanchez", :meth:`_addressed_after_comma`), as _add_places does for the places of
        ``places.txt`` (in place, on ``items``)."""
        w = d.words
        for p in st["person"]:
            at = p.start - 2 if self._addressed_after_comma(d, p.start) else p.start  # (where the place ends)
            k = at
            while k > 0 and at - k < PLACE_WORDS and is_cap(w[k - 1]) and w[k - 1].isalpha():
                k -= 1
            e = place_head_title_before(w, k) if k < at else -1
            if e < 0 or any(u.start < at and u.end > k for u in st["unit"]):
                continue  # (a body between them is the title's unit: "Phó Thống đốc NHNN Việt Nam | Nguyễn Đồng Tiến")
            for s in (e - 1, e - 2, e - 3, e - 4):  # ("Phó | Thị trưởng": the deputy's title opens before it)
                if any(x == e and kind == "pos" for x, kind, _ in items.get(s, ())):
                    items[s].append((at, "pos", None))

    def _addressed_after_comma(self, d, i) -> bool:
        """The name at token ``i`` follows a comma and one word of address of ``honorifics.tsv`` (kind "address":
        ", ông | X", ", bà | Y"), the form the press gives a name after its holder's title ("Thống đốc bang Texas,
        ông Greg Abbott")."""
        return i >= 2 and d.words[i - 2] == "," and self.lex.honorifics.get(d.words[i - 1]) == "address"

    @staticmethod
    def _level_place_end(d, e, heads, persons) -> int:
        """End of the capitalised place written after a title that ends at token ``e`` on a level word of
        ``place_head_titles.txt`` ("Thống đốc bang | Texas", "thượng nghị sĩ bang | Vermont", "cảnh sát trưởng hạt |
        Brevard": a state's or county's place abroad, not in places.txt, which the title's lower-case tail stops
        before), at most PLACE_WORDS words, none a unit's or a person's start, a dash between two of them read with
        them ("vùng | Bắc Rhine - Westphalia"); else ``e``."""
        w, n = d.words, len(d)
        if e >= n or not is_cap(w[e]) or LOWERED[w[e - 1]] not in PLACE_HEAD_LAST:
            return e  # (two look-ups ruling out nearly every title: no capitalised word after it, no level's end)
        if not any(level_ends_at(w, e, lv) for lv in (1, 2)):
            return e
        k = e
        while k < n and k - e < PLACE_WORDS + 1 and k not in heads and k not in persons:
            if is_cap(w[k]) and w[k].isalpha():
                k += 1
            elif k > e and w[k] in DASHES and k + 1 < n and is_cap(w[k + 1]) and w[k + 1].isalpha():
                k += 1  # (the dash, read with the word after it)
            else:
                break
        return k

    def _head_within(self, e) -> int:
        """Start of the unit whose head a title ending at token e ends on ("Trưởng Ban | Thi đua …") or opens
        ("Trưởng Trạm | Y tế xã …": the title's last word is the first of the head "Trạm Y tế", a unit of a kind of
        TITLE_OPENS_KINDS; not "Trưởng đoàn | Đại biểu Quốc hội tỉnh …"), else -1."""
        us = self.head_end_of.get(e, -1)
        return e - 1 if us < 0 and (e - 1) in self.opened_heads else us

    def _place_end(self, d, e) -> int:
        """End of a place written at token e ("Syria", "TP Hội An", "tỉnh Nam Định"), a state's written with the
        form of its name ("Cộng hòa Séc", "nước Cộng hòa Xã hội chủ nghĩa Việt Nam": :func:`_past_state_form`),
        else e."""
        n = len(d)
        lv = e + 1 if e + 1 < n and d.words[e] in ("TP", "Tp", "tỉnh", "huyện", "quận") else e
        past = _past_state_form(d.words, lv)
        for at in ((past, lv) if past != lv else (lv,)):  # the place after a state's form, else the place at lv
            if at >= n or d.words[at] not in self.lex.place_starts:  # cheap test before three spans
                continue
            for L in (3, 2, 1):
                if at + L <= n and span_text(d, at, at + L) in self.lex.places:
                    return at + L
        return e

    def _add_places(self, d, items, s, e):
        """A title [s, e) goes on over the place written after it ("Tổng thống Syria", "Bí thư TP Hội An"); a
        diplomat's title also over "tại" and the host country ("Đại sứ Việt Nam tại Philippines", "Đại sứ Đặc
        mệnh toàn quyền Trung Quốc tại Việt Nam": the form of the title in Luật Cơ quan đại diện nước CHXHCN
        Việt Nam ở nước ngoài 2009, Art. 4, and in the annotated sets)."""
        t = self._place_end(d, e)
        if t > e and not self._role_at(d, s, e):
            items[s].append((t, "pos", None))  # (an occupation's country is no part of it: "nữ diễn viên Trung
            # Quốc Châu Tấn" -> "nữ diễn viên", as the annotated sets write it; _nationality_before passes it)
        if t < len(d) and d.words[t] == "tại" and \
                span_text(d, s, e).lower().removeprefix("phó ").startswith(DIPLOMATS):  # (the cheap test first)
            h = self._place_end(d, t + 1)
            if h > t + 1:
                items[s].append((h, "pos", None))

    def _minister_fields(self, d, items):
        """(start, end) of a minister's title written with its ministry's field and no "Bộ" ("Bộ trưởng Giáo
        dục và Đào tạo", "Thứ trưởng Nội vụ", "Bộ trưởng Công an"): the field is a ministry's name after "Bộ"
        (``ministry_fields.txt``; Luật Tổ chức Chính phủ 2015 Art. 33: a minister heads a ministry)."""
        n = len(d)
        for s, lst in items.items():
            for e, kind, _ in lst:
                if kind != "pos" or not LOWERED[d.words[e - 1]] == "trưởng" or \
                        d.words[e - 2].lower() not in ("bộ", "thứ") or e >= n:
                    continue
                for L in range(min(8, n - e), 0, -1):
                    if lower_span(d, e, e + L) in self.ministry_fields:
                        yield s, e + L
                        break

    def _tail(self, d, e, heads=()):
        """Lower-case words completing a title ("diễn viên hát", "học sinh lớp 10A8", "vụ trưởng phụ trách")."""
        n = len(d)
        words = d.words
        j = e
        while j < n and j - e < 8:
            w = words[j]
            low = LOWERED[w]
            f = field_at(words, j, self.joined_fields) if low in self.joined_fields else None  # (its own first test)
            if f:
                j = f
                continue
            pair = low + " " + LOWERED[words[j + 1]] if j + 1 < n else ""
            if (low in self.head_words or (low in LEVEL_WORDS and pair not in LEVEL_NAMES)) and j not in heads and \
                    pair not in self.head_words and self._opens_tail_word(d, j, pair):
                j += 2  # "thư ký | báo chí", "tiến sĩ | khoa học", "nhân viên | xã hội": a word the head or a level's
                # syllable opens, no body (but "thành phố", "thị xã": the level of the place named after it)
                continue
            if pair in self.head_words or ((j in heads or (w in self.head_words and pair not in TAIL_THROUGH)) and
                                           not self._closes_tail_word(d, e, j)):
                break  # (but "giáo viên bộ môn …": "bộ môn" is no unit; "chuyên gia quốc | phòng": a word's end)
            if w in self.rank_firsts and j + 1 < n and self._honorific_kind(w + " " + words[j + 1]) == "rank":
                break  # "cụm trưởng cụm thi đua số 6 | Trung tướng, GS.TS X": a rank opens the holder's name
            if low in BEFALLS and not self._closes_tail_word(d, e, j):
                break  # "nữ diễn viên | bị bắt gặp …", "tình nguyện viên | gặp nạn" (but "kỹ sư thiết bị")
            if low == "tên" and j + 1 < n and (is_cap(words[j + 1]) or words[j + 1] == "là"):
                break  # "ngư dân | tên Lò Văn A", "y tá | tên là B": the name the holder goes by follows
            if pair in HONORARY:
                j += 2  # "Chủ tịch danh dự", "cố vấn danh dự" ("dự" else stops a tail: "tham dự")
                continue
            y = self._study_year(d, j)
            if y:
                j += y  # "sinh viên năm thứ 4", "học viên năm cuối" ("năm" else stops a tail: "sinh năm 1990")
                continue
            if (w.isalpha() and w.islower() and w not in TAIL_STOP) or \
                    CODE_WORD[w]:  # "lớp 10A8", "lớp 12/10"
                j += 1
                continue
            if self._class_slash(d, j, e):
                j += 2  # "lớp 12 | / 10": the tokenizer splits a class written with a slash
                continue
            if self._field_word(d, j, after_word=j > e and words[j - 1].islower()):
                j += 2  # "Thứ trưởng Nội vụ", "giáo viên Ngữ văn", "Đội trưởng Cảnh sát điều tra"
                j += self._dashed_field(d, j)  # "phụ trách Kế hoạch | - Tài chính"
                continue
            if j > e and words[j - 1] in SUBDIVISIONS and self._subject(w):
                j += 1  # "Tổ trưởng tổ | Toán", "sinh viên khoa | Điện": the subdivision's subject
                continue
            break
        return j - 1 if e < j < n and self._splits_word(d, e, j) else j

    def _splits_word(self, d, e, j) -> bool:
        """The title's tail, read from token e up to token j, ends inside a two-syllable dictionary word
        (``dictionary_words``): its last word, in lower case, opens one that token j closes ("diễn viên kỳ |
        cựu", a syllable of TAIL_STOP closing "kỳ cựu"; "tân binh đắt | giá"; "… thứ 2 thế | giới", the tail's
        length reached). The tail ends before that word's first syllable, half a word being no part of a title
        ("diễn viên", "tân binh"). Not when the word is a unit's head or a title ("trưởng | phòng"): the test of
        :meth:`_closes_tail_word`, for a token j made of letters."""
        return d.words[j].isalpha() and self._closes_tail_word(d, e, j)

    def _opens_tail_word(self, d, j, pair) -> bool:
        """Token j, a unit's head or a level's syllable, opens ``pair`` (lower-cased), a two-syllable dictionary word
        (``dictionary_words``) written in lower case that is no title ("thư ký | báo chí", "tiến sĩ | khoa học",
        "nhân viên | xã hội"); the caller has made sure it is no unit's head, no level and that no unit the units
        read opens there: no body opens there and the tail goes on through it."""
        return pair in self.words and d.words[j + 1].islower() and pair not in self.title_words

    def _closes_tail_word(self, d, e, j) -> bool:
        """Token j, a unit's head in lower case ("phòng", "cục", "hội") or a verb of BEFALLS ("bị"), closes a
        two-syllable dictionary word (``dictionary_words``) begun by the lower-case word of the title's tail before
        it ("chuyên gia quốc | phòng", "kỹ sư bưu | cục", "nhà nghiên cứu xã | hội học", "kỹ sư thiết | bị"): the
        tail goes on through it, no body opens (no clause opens) there.
        Not when that pair is a unit's head or a title itself ("trưởng | phòng"), as
        :meth:`.unit_cues.UnitCues._closes_word_before` reads the same fragments on the units' side."""
        w = d.words
        if j <= e or not w[j].islower() or not w[j - 1].isalpha() or not w[j - 1].islower():
            return False
        pair = LOWERED[w[j - 1]] + " " + w[j]
        return pair in self.words and pair not in self.head_words and pair not in self.title_words

    def _subject(self, w) -> bool:
        """``w``, after a school's subdivision (SUBDIVISIONS), names its subject: a capitalised word of letters, no
        surname (the holder's name follows), no unit's head and no place."""
        return is_cap(w) and w.isalpha() and not w.isupper() and w not in self.lex.surnames and \
            w.lower() not in self.head_words and w not in self.lex.places

    @staticmethod
    def _class_slash(d, j, e) -> bool:
        """Token j is the slash of a school class's number written "khối/lớp" ("học sinh lớp 12/10", "lớp 8/9",
        as schools of central Vietnam number their classes), after a number of the tail that starts at token e."""
        w = d.words
        return w[j] == "/" and j > e and w[j - 1].isdigit() and j + 1 < len(d) and w[j + 1].isdigit() and \
            d.starts[j] == d.starts[j - 1] + len(w[j - 1]) and d.starts[j + 1] == d.starts[j] + 1

    @staticmethod
    def _study_year(d, j) -> int:
        """Length of a year of study at token j ("năm thứ tư", "năm thứ 4", "năm nhất", "năm cuối"), else 0."""
        w = d.words
        if w[j] != "năm" or j + 1 >= len(d):
            return 0
        if w[j + 1] in ("nhất", "cuối"):
            return 2
        if w[j + 1] == "thứ" and j + 2 < len(d) and (w[j + 2].isdigit() or w[j + 2] in ORDINALS):
            return 3
        return 0

    def _field_word(self, d, j, after_word=False) -> bool:
        """Tokens j, j+1 are a capitalised two-syllable dictionary word naming a field ("Nội vụ", "Ngữ văn",
        "Giáo dục", "Giao thông Vận tải"), not a place, a unit head or the start of a name; and what follows
        is not a capitalised word starting a body's name ("Thường vụ | Quân ủy Trung ương")."""
        if not self._field_pair(d, j, after_word):
            return False
        k = j + 2
        return not (k < len(d) and is_cap(d.words[k]) and d.words[k] not in self.lex.surnames
                    and not self._field_pair(d, k))

    def _dashed_field(self, d, j) -> int:
        """Length (3 or 0) of a dash at token j then the capitalised word of one more field (``_field_pair``): two
        fields in one charge ("phụ trách Kế hoạch - Tài chính", "Quản lý - Điều hành"), as departments are named
        by their joined fields (Nghị định 37/2014/NĐ-CP, a district's "Phòng Tài chính - Kế hoạch")."""
        return 3 if j < len(d) and d.words[j] in DASHES and self._field_word(d, j + 1, True) else 0

    def _field_pair(self, d, j, after_word=False) -> bool:
        """Tokens j, j+1 are a capitalised two-syllable dictionary word (``self.words``), no place and no unit's
        head. Its first syllable may be a surname ("Quản lý", "Đào tạo", "Cao đẳng") only ``after_word``: after a
        lower-case word of the title's tail ("phụ trách | Quản lý", "sinh viên hệ | Cao đẳng"), where the second
        syllable is lower case (a name's syllables are all capitalised); right after the title it opens the name of
        the body headed, its head left out ("Cục trưởng | Quản lý xây dựng công trình": Cục Quản lý …)."""
        if j + 1 >= len(d):
            return False
        w, nxt = d.words[j], d.words[j + 1]
        # (also "Y tế", and a field written all capitalised right before a surname: "Du Lịch Nguyễn Văn Tuấn")
        return is_cap(w) and not (w.isupper() and len(w) > 1) and nxt.isalpha() and \
            (nxt.islower() or (is_cap(nxt) and not nxt.isupper() and j + 2 < len(d) and
                               d.words[j + 2] in self.lex.surnames)) and \
            (w.lower() + " " + nxt.lower()) in self.words and (w + " " + nxt) not in self.lex.places and \
            (w not in self.lex.surnames or (after_word and nxt.islower())) and \
            (w.lower() + " " + nxt.lower()) not in self.head_words

    def __call__(self, doc):
        d = toks(doc)
        st = state(doc)
        n = len(d)
        items = self._items(doc, d, st)
        ends: dict[int, list] = {}
        for s, lst in items.items():
            for e, k, t in lst:
                ends.setdefault(e, []).append((s, k, t))
        for e in ends:
            ends[e].sort()  # longest (earliest start) first
        honor = set(self.lex.honorifics)
        # the titles other components read (givers, recipients, units): not one read only before a name ("lãnh đạo
        # UBND huyện A trao giấy khen": the body gives it)
        ends_of_pos = [(e, s_) for s_, lst in items.items() for e, k, _ in lst
                       if k == "pos" and not self._before_only(d, s_, items)]
        out = []
        roles = []
        after = set()  # indexes in ``out`` of names whose title is written after them
        award_end = {a.end: a.start for a in st["award"]}
        person_starts = self.person_starts  # (made by _items)
        self.person_ends = {p.end for p in st["person"]}  # (read by _left)
        self.person_end_of = {p.start: p.end for p in st["person"]}  # (read by _predicate_chain)
        for p in st["person"]:
            i = p.start
            crossed = False  # the title before the name is behind a comma ("Là giáo viên trẻ nhất, cô X, …")
            academic = ""  # an academic title before the name ("GS", "PGS.TS"): the position when no other is written
            named = i  # where the name opens with its honorifics ("ông", "NSƯT")
            copula = False  # the title before the name is joined to it by the identifying "là"
            academic_end = dot = -1  # where the academic title ends; the dot read back over last
            while i > 0:
                if any(k == "pos" for _, k, _ in ends.get(i, ())):
                    break  # "Thủ tướng Anh Theresa May": a title (with its country) ends here
                w = d.words[i - 1]
                L = next((L for L in (1, 2, 3) if i - L >= 0 and
                          _in_either_case(" ".join(d.words[i - L:i]), honor)), 0) \
                    if w in self.honorific_lasts or LOWERED[w] in self.honorific_lasts else 0  # (no join without
                # the last word of an honorific)
                if not L and w == "." and i >= 2 and self._dotted_academic(d, i - 1):
                    i -= 1  # "TS. | X", "PGS.TS | Y": the dot closing or joining academic titles' abbreviations
                    named = min(named, i)
                    dot = i
                    continue
                if L:
                    title = self._academic_title(d, i - L, i)
                    if title and academic and dot == i:
                        title = DOT_SPACE.sub(".", span_text(d, i - L, academic_end))  # "PGS.TS" as written, and
                        # "PGS. TS" joined as it ("PGS.TS": the titles one abbreviation)
                    if title:
                        academic, academic_end = title, (academic_end if dot == i and academic else i)
                    i -= L  # "NSƯT", "trung tướng", "Anh hùng Lao động"
                    named = min(named, i)
                elif i in award_end:
                    i = award_end[i]  # "Anh hùng lực lượng vũ trang nhân dân Nguyễn Phúc Thanh"
                elif d.words[i - 1] == "," and i - 1 in award_end and i < p.start:
                    i = award_end[i - 1]  # "…, Anh hùng lực lượng vũ trang nhân dân, trung tướng X"
                elif d.words[i - 1] in (",", "-", "–") and i - 1 in ends and i < p.start and \
                        not self._group_before(d, i - 1, ends):
                    i -= 1  # "Nguyên phó chủ tịch Quốc hội, Anh hùng …", "đạo diễn - NSƯT Trọng Trinh"
                    crossed = crossed or d.words[i] == ","
                elif i == named and (L := _naming_before(d, i, ends)):
                    copula = copula or (L == 1 and d.words[i - 1] == COPULA)  # (not "tên là")
                    i -= L  # "ngư dân | tên | Lò Văn A", "y tá | tên là | B", "Chủ tịch CLB X | là | ông Y": the
                    # name the holder goes by (behind its honorifics only)
                elif i == p.start and i not in ends and (L := self._nationality_before(d, i, ends)):
                    i -= L  # "doanh nhân người Scotland | Jeremy Jauncey", "tay vợt Canada | Shapovalov" (but not
                    # a body ending there: "Chủ tịch Hội Luật gia Việt Nam | Nguyễn Văn Quyền")
                else:
                    break
            left = self._left(d, i, ends)
            if copula and left and not self._copula_opens(d, left[0][0]):
                left = []  # "mẹ của ca sĩ là bà X": the title is a possessor's, it names no one after "là"
            if left and _fronted_apart(d.words, left[0][0], p.start, FRONTED_AWAY):
                left = self._after_purpose(d, left, FRONTED_AWAY)  # "Để bảo vệ học sinh khỏi …, ông X", "Trả lời
                # phóng viên, ông X": no title of X's
            if left and _fronted_apart(d.words, left[0][0], p.start, ADVERBIAL_OPENERS) and \
                    not _role_introduced(d.words, left[0][0]):
                left = self._after_purpose(d, left, ADVERBIAL_OPENERS)  # "Sau khi gặp Giám đốc Sở Y tế, ông X"
                # (not "sau khi Tổng thống Guatemala, ông X, thông báo …": the title opens the clause, X's apposition)
            comma = i if crossed else (i - 1 if i > 0 and d.words[i - 1] == "," else -1)
            if comma > 0 and (own := self._title_before_possessor(d, comma, ends)):
                left = own  # "thư ký báo chí của Tổng thống Nga, ông X": X is the secretary, not the President
            if not left and i == p.start and i > 1 and d.words[i - 1] == ",":
                # "…; Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, Bùi Thị Hòa;": a title opening the clause
                cand = self._left(d, i - 1, ends)
                if cand and (cand[0][0] == 0 or d.words[cand[0][0] - 1] in (";", ":", "\n", "(")):
                    left = cand
            right = []
            owned = self._owned(d, p.start)
            j = self._after_name(d, p.end, items, owned)
            if j is None and self._list_entry(d, i, p.end, items):
                j = p.end + 1
            if j is not None:
                right = self._right(d, j, items)
                right = self._own_part(d, right, person_starts)
            chain = left
            if right and (not left or crossed or copula or self._academic(d, left)):
                chain = right
                roles.append((right[0][0], right[-1][1]))
                after.add(len(out))
            elif right and p.end < n and d.words[p.end] in (",", "-", "–") and right[0][2] == "pos":
                roles.append((right[0][0], right[-1][1]))
                out.append((p, self._around_name(d, left, right)))
                continue
            if self._academic(d, chain):  # (also no chain at all)
                chain = self._later_chain(d, p.end, items, person_starts) or self._gap_chain(d, named, ends) or \
                    self._predicate_chain(d, p.end, items, person_starts, owned) or chain
            desc = self._describe(d, chain)
            if copula and chain is left:
                desc = (self._copula_title(desc[0]), desc[1])
            if not desc[1] and not academic and j is not None:
                unit = self._unit_after(d, j, items)
                if unit is not None:
                    desc = (desc[0], unit[2])
                    roles.append(unit[:2])  # the person's unit, no recipient of its own
            if not desc[0] and not academic:
                desc = self._representative(d, p.end, items) or desc
            out.append((p, desc if desc[0] or not academic else (academic, "")))
        self._share_coordinated(d, out, after)
        self._share_backward(d, out, after, honor)
        self._listed_members(d, out, items, honor, ends)
        self._exemplified_members(d, out, items, honor)
        self._share_backward(d, out, self._pupils(d, out, items, roles), honor)  # ("A và B (lớp 10A1, THPT C)")
        self._described_next(d, st, out)
        out = [(p, ("", "")) if p.info.get("again") else (p, desc) for p, desc in out]  # (a name named again bare,
        # persons.PersonRecognizer._named_again: its title is its titled mention's, none read around the bare one)
        st["officials"] = out
        st["pos_ends"] = {e for e, _ in ends_of_pos}
        st["pos_by_end"] = dict(ends_of_pos)
        st["role_spans"] = roles  # appositive role chains after a name: not recipients themselves
        return doc

    def _described_next(self, d, st, out):
        """A person with no position gets the occupation opening the next sentence for him ("Ander Herrera …
        . Tiền vệ người Tây Ban Nha …": :func:`~extractors.components.role_anaphora.described_next`), or one with a
        foreign nationality written inside a sentence after his foreign name ("… A và tiền vệ người Mỹ đánh đầu
        …": :func:`~extractors.components.role_anaphora.described_within`), in place."""
        sents = st.get("sents")
        if not sents or not out:
            return
        names = {p.start: p.text for p, _ in out}
        starts = sorted(names)

        def role_end(s):
            return self._occupation_end(d, s)

        def place_end(s):
            return self._place_end(d, s)

        def foreign_name(s):
            return None if vietnamese_name(names[s], self.lex.surnames) else names[s]

        states = foreign_states()
        found = described_next(d.words, sents, starts, role_end, place_end, SENTENCE_OPENERS, states, foreign_name,
                               FRONTED)
        for at, span in described_within(d.words, sents, starts, role_end, place_end, states, foreign_name).items():
            found.setdefault(at, span)
        titled = {p.text for p, desc in out if desc[0]}
        for k, (p, desc) in enumerate(out):
            if p.start in found and not desc[0] and not _named_titled(p.text, titled):
                out[k] = (p, (span_text(d, *found[p.start]), desc[1]))

    def _occupation_end(self, d, s) -> int:
        """The end of an occupation written at token s (``honorifics.tsv`` kind "role", perhaps after "cựu",
        "nữ": :meth:`_role_at`; or a role noun of ``role_nouns.txt`` but one of ``BEFORE_ONLY``), longest first;
        else -1.  Answers -1 at once
        when the word there (after a prefix) opens no occupation and begins no role noun."""
        n = len(d)
        if s >= n:
            return -1
        words = d.words
        k = s + (words[s] in PREFIX)
        if not (k < n and self._opens_role[words[k]]) and not self._opens_role_noun[words[s]]:
            return -1
        for L in (4, 3, 2, 1):
            e = s + L
            if e > n:
                continue
            text = lower_span(d, s, e)
            if (self._role_at(d, s, e) or text in self.role_nouns) and text not in BEFORE_ONLY:
                return e  # (not BEFORE_ONLY: "Lãnh đạo Việt Nam trao …" names no one)
        return -1

    def _nationality_before(self, d, i, ends) -> int:
        """Length of a country or place written between an occupation and the name at token ``i``, as a
        nationality ("doanh nhân người Scotland Jeremy Jauncey", "tiền đạo người Bỉ Hazard") or bare ("tay vợt
        Canada Shapovalov", "nữ diễn viên Trung Quốc Châu Tấn"): a place of ``places.txt`` of up to 3 words,
        perhaps after "người", right after a role honorific (``honorifics.tsv``, kind "role") or a role noun of
        ``role_nouns.txt`` (perhaps with the lower-case words of its field: "nhà phê bình văn học Ba Lan X",
        :meth:`_role_noun_head`); 0 otherwise.  The annotated sets write the occupation alone as the position
        ("doanh nhân", "nữ diễn viên"); a title of ``positions.txt`` keeps its country ("Tổng thống Mỹ", read
        by _add_places). The origin may follow the nationality ("người Mỹ gốc Hàn": "gốc" and up to 2 capitalised
        words) and a word of praise may stand before it ("đầu bếp nổi tiếng người Mỹ": ``evaluative_adjectives.txt``,
        which _plain then takes off the position)."""
        w = d.words
        k = next((k for k in (2, 3) if i - k >= 1 and w[i - k] == "gốc" and
                  all(is_cap(x) and x.isalpha() for x in w[i - k + 1:i])), 0)
        i0, i = i, i - k  # ("người Mỹ gốc | Hàn": the nationality ends before "gốc")
        for L in (1, 2, 3):
            s = i - L
            if s < 1 or " ".join(w[s:i]) not in self.lex.places:
                continue
            if w[s - 1] == "người":
                s -= 1
            r = next((s - a for a in range(PRAISE_MAX, 0, -1) if s - a >= 1 and " ".join(w[s - a:s]).lower() in PRAISE),
                     s)
            if any(self._role_at(d, r - k, r) for k in (1, 2, 3) if r - k >= 0) or \
                    any(d_[1] == "pos" and self._role_noun_head(self._plain(span_text(d, d_[0], s)).lower())
                        for d_ in ends.get(s, ())):
                return i0 - s
            return 0
        return 0

    def _copula_opens(self, d, s) -> bool:
        """A title at token ``s``, joined by the identifying "là" to the name after it, opens its phrase: the
        sentence or a punctuation mark, an honorific of address ("ông chủ tịch CLB X là Y") or a word of
        ``naming_links.txt`` "# Title openers" ("một tiền đạo khác là Z", "có cùng người đại diện là Z") stands
        before it, else the title may be a possessor's ("vợ Tổng thống là bà W": no title of W)."""
        if s == 0 or not d.words[s - 1].isalnum():
            return True
        w = d.words[s - 1].lower()
        return w in COPULA_TITLE_OPENERS or self._honorific_kind(w) == "address"

    def _role_noun_head(self, text: str) -> bool:
        """``text`` (lower case) is a role noun of ``role_nouns.txt``, or one followed by the lower-case words of its
        tail ("nhà phê bình văn học": :meth:`_tail`)."""
        if text in self.role_nouns:
            return True
        words = text.split()
        return any(" ".join(words[:k]) in self.role_nouns and all(x.isalpha() and x.islower() for x in words[k:])
                   for k in range(len(words) - 1, 0, -1))

    def _role_at(self, d, s, e) -> bool:
        """Tokens [s, e) are an occupation of ``honorifics.tsv`` (kind "role": "doanh nhân", "tay vợt"), perhaps
        after "nữ" ("nữ diễn viên")."""
        return self._honorific_kind(" ".join(d.words[s + (d.words[s] in PREFIX):e])) == "role"

    def _honorific_kind(self, text: str) -> str | None:
        """The kind ``honorifics.tsv`` gives ``text``, as written or lower-cased ("Doanh nhân"), else None."""
        return self.lex.honorifics.get(text) or self.lex.honorifics.get(text.lower())

    def _dotted_academic(self, d, k) -> bool:
        """Token ``k`` is a dot written right after an academic title's abbreviation ("TS.", "PGS.", "ThS.": the
        tokenizer parts them; ``honorifics.tsv``, kind "academic"), as the press writes one before a name."""
        return d.ends[k - 1] == d.starts[k] and self._honorific_kind(d.words[k - 1]) == "academic"

    def _academic_title(self, d, s, e) -> str:
        """The honorific [s, e) as written when ``honorifics.tsv`` gives it as an academic title ("GS", "PGS.TS",
        "giáo sư") or an occupation (kind "role": "Hoa hậu", "người mẫu", "thủ thành"), else "": the annotated
        sets write it as the position of a person with no other title ("cố GS Nguyễn Thiện Thành" → "GS";
        "Giáo sư X" → "Giáo sư" in dev; "siêu mẫu Hà Anh" → "siêu mẫu" in held-out 10)."""
        text = span_text(d, s, e)
        return text if self._honorific_kind(text) in DESCRIPTOR_KINDS else ""

    def _listed_members(self, d, out, items, honor, ends):
        """"Hai sinh viên được tuyên dương là A (…) và B (…)", "6 học sinh đạt giải gồm A, B", "các diễn viên của
        bộ phim gồm: NSND A, NSND B, diễn viên C", "các dịch giả: A, B", "Ba em học sinh … là A, B và C": a counted
        role noun introducing a list (``LIST_OPENERS``) is the position of each listed name that has none (in
        place, on ``out``).  When the role chain (``ends``: end -> items) running from the counted title to the
        list's opener ends on a unit ("Hai Phó Chủ tịch UBND tỉnh X là A và B", "Ba Thứ trưởng Bộ Y tế: A, B và
        C"), each member takes it as one name after it would (:meth:`_describe`: position and unit), not the bare
        title."""
        at = {p.start: k for k, (p, _) in enumerate(out)}
        w = d.words
        n = len(d)
        for s, lst in items.items():
            titles = [e for e, k, _ in lst if k == "pos"]
            c = s - 1
            if c > 0 and self.lex.honorifics.get(w[c]) == "address":
                c -= 1  # "Ba em học sinh …", "hai anh thanh niên …": an address word between count and role
            if not titles or s == 0 or not (LOWERED[w[c]] in COUNTS or w[c].isdigit()):
                continue
            e = min(titles)
            k = next((k for k in range(e, min(e + 12, n)) if w[k] in LIST_OPENERS or w[k] in (".", ";", "\n")), n)
            if k >= n or w[k] not in LIST_OPENERS:
                continue
            chain = self._left(d, k, ends)
            # (a title's tail is no unit: "hai chiến sĩ khác là A và B" keeps "chiến sĩ")
            whole = chain and chain[0][0] == s and chain[-1][2] == "unit"
            desc = self._describe(d, chain) if whole else (span_text(d, s, e), "")
            self._give_list(d, out, at, items, honor, desc, k + 1)

    def _exemplified_members(self, d, out, items, honor):
        """"siêu mẫu kỳ cựu như Gisele Bundchen, Miranda Kerr hay Lara Stone", "những cầu thủ lớn như Messi và
        Suarez": an occupation (a title of ``items`` or a role of ``honorifics.tsv``), then at most
        ``EXAMPLE_GAP`` lower-case words that are no verb or preposition (``TAIL_STOP``, ``NOT_EXAMPLE``), then
        "như" and a list of names: the occupation is the position of each listed name that has none (in place,
        on ``out``), as held-out sets 10 and 11 write it."""
        w = d.words
        hits = indices(w, "như")
        if not hits:
            return
        at = {p.start: k for k, (p, _) in enumerate(out)}
        hits = [k for k in hits if 0 < k < len(w) - 1 and (k + 1 in at or (w[k + 1] == ":" and k + 2 in at))]
        if not hits:
            return
        pos_end = {e: s for s, lst in items.items() for e, kind, _ in lst if kind == "pos"}
        for k in hits:
            for r in range(k, max(k - EXAMPLE_GAP - 1, 0), -1):
                s = pos_end.get(r)
                if s is not None and span_text(d, s, r).lower() not in self.title_words:
                    s = None  # (a title's tail: "cầu thủ | lớn như")
                if s is None:
                    s = next((r - L for L in (3, 2, 1) if r - L >= 0 and self._role_at(d, r - L, r)), None)
                if s is not None:
                    self._give_list(d, out, at, items, honor, (span_text(d, s, r), ""), k + 1)
                    break
                x = w[r - 1]
                if not (x.isalpha() and x.islower()) or x in NOT_EXAMPLE or \
                        (x in TAIL_STOP and f"{w[r - 2]} {x}".lower() not in self.words):  # (but "kỳ cựu")
                    break

    @staticmethod
    def _give_list(d, out, at, items, honor, given, cur):
        """Gives ``given`` (position, unit) to each name of the list opening at token ``cur`` (names joined by ",",
        "và", "hay", each perhaps behind an honorific of ``honor`` and followed by an aside in brackets) that has no
        position (in place, on ``out``; ``at``: start token -> index in ``out``)."""
        w = d.words
        n = len(d)
        while cur < n:
            if w[cur] == ":":
                cur += 1
            L = next((L for L in (3, 2, 1) if " ".join(w[cur:cur + L]) in honor), 0)
            cur += L
            own = [x for x, kind, _ in items.get(cur, ()) if kind == "pos"]
            if own and cur not in at:
                cur = min(own)  # "diễn viên Thu Quỳnh": a name with its own title
            if cur not in at:
                break
            p, desc = out[at[cur]]
            if not desc[0]:
                out[at[cur]] = (p, given)
            cur = p.end
            if cur < n and w[cur] == "(":
                while cur < n and w[cur] not in (")", ".", "\n"):
                    cur += 1
                cur += 1
            if cur < n and w[cur] in LIST_JOINERS:
                cur += 1
                continue
            break

    @staticmethod
    def _share_backward(d, out, after, honor=()):
        """"các ông: A, B, C, nhân viên trạm gác chắn …", "Trung úy A, Thiếu úy B, Thiếu úy C (cán bộ, phòng …)":
        names listed right before a name whose title is written after it (each perhaps behind its own rank or
        honorific of ``honor``), with no title of their own, share that title (in place, on ``out``)."""
        for k in sorted(after, reverse=True):
            while k > 0:
                p, desc = out[k]
                prev, pdesc = out[k - 1]
                gap = " ".join(d.words[prev.end + 1:p.start])
                if pdesc[0] or prev.end >= p.start or d.words[prev.end] not in (",", "và") or \
                        (gap and (d.words[prev.end] == "và" or (gap not in honor and gap.lower() not in honor))):
                    break  # ("A, B và ông C, Tổng thư ký …": a name brought in by "và" and its honorific stands apart)
                out[k - 1] = (prev, desc)
                k -= 1

    @staticmethod
    def _share_coordinated(d, out, after=()):
        """"hai nam bảo vệ Lê Gia An (21 tuổi) và Nguyễn Thanh Sang": a name coordinated right after a
        described one, with no title of its own, shares that title (in place, on ``out``); but not a title written
        after the first name (``after``: indexes in ``out``), which is that name's own ("Công Lý (diễn viên Nhà
        hát Kịch Hà Nội), Trung Anh (Nhà hát kịch Việt Nam)": each item of the list is described after it)."""
        for k in range(1, len(out)):
            p, desc = out[k]
            prev, pdesc = out[k - 1]
            if desc[0] or not pdesc[0] or p.start < 2 or d.words[p.start - 1] not in ("và", ",") or k - 1 in after:
                continue
            if d.words[p.start - 1] == "," and _in_fronted(d.words, prev.start):
                continue  # ("Theo HLV A, B nên …": the comma closes the fronted phrase, B is the subject)
            j = p.start - 1
            if d.words[j - 1] == ")":  # an aside after the first name
                while j > prev.end and d.words[j - 1] != "(":
                    j -= 1
                j -= 1
            if j == prev.end:
                out[k] = (p, pdesc)

    def _after_name(self, d, j, items, owned=False):
        """Where a role chain after a name (ending at j) starts, or None: behind ",", "-", "(" ("ông X -
        Chủ tịch …"); behind an aside in parentheses ("X (49 tuổi), chủ tịch HĐQT …", "X (64 tuổi, phó chủ
        tịch …)", "X (Thanh Quý, diễn viên …)"); or right at a title written after the name without a
        separator ("Trần Anh Phương Đạo diễn hình ảnh")."""
        n = len(d)
        if j >= n:
            return None
        w = d.words
        if w[j] == "(":
            k = j + 1
            if k + 1 < n and w[k].isdigit() and w[k + 1] == "tuổi":
                k += 2  # an age
            else:
                while k < n and k - j <= 3 and is_cap(w[k]) and w[k].isalpha() and k not in items:
                    k += 1  # a stage name
            if k + 1 < n and w[k] == ")" and w[k + 1] in (",", "-", "–") and k > j + 1:
                return k + 2
            if k < n and w[k] == "," and k > j + 1:
                return k + 1
            if not self._title_at(d, j + 1, items):
                k = self._aside_end(d, j)  # "X (phải), đại diện …", "X (sinh năm 2005) - sinh viên …"
                if k and k + 1 < n and w[k] in (",", "-", "–") and self._title_at(d, k + 1, items):
                    return k + 1
            return j + 1
        if w[j] in SEPARATORS:
            return j + 4 if self._age_aside(d, j) else j + 1
        L = self._office_verb(d, j, owned)
        if L and self._title_at(d, j + L, items):
            return j + L  # "anh X là thuyền trưởng của tàu cá …", "A, B giữ chức Phó Chủ tịch Hội …"
        if any(kind == "pos" for _, kind, _ in items.get(j, ())) and not (w[j].isupper() and len(w[j]) > 1) \
                and not self._before_only(d, j, items):
            return j  # (but not a title read only before a name: "ông X lãnh đạo đất nước")
        return None

    def _later_chain(self, d, j, items, person_starts):
        """The role chain a name (ending at token j) is given later in its sentence by "hiện là", "sau này là",
        "từng là" (``LATER_ADVERBS``), "khi đó là", "nay là" (``THEN_ADVERBS``, :func:`_time_adverb_before`) before
        any other name: "GS.TS Đặng Huy Huỳnh sinh năm 1933 tại Quảng Nam,
        hiện là Phó chủ tịch Hội …", "Bác sĩ Phạm Ngọc Thạch tốt nghiệp năm 1934 và sau này là bộ trưởng Bộ Y
        tế"; [] when there is none (within ``LATER_MAX`` tokens)."""
        w = d.words
        for k in range(j + 1, min(j + LATER_MAX, len(d) - 1)):
            if w[k] in SENTENCE_ENDS or k in person_starts:
                return []
            if w[k] == "là" and _time_adverb_before(w, k) and self._title_at(d, k + 1, items):
                return self._own_part(d, self._right(d, k + 1, items), person_starts)
        return []

    def _predicate_chain(self, d, j, items, person_starts, owned=False):
        """The role chain stated of a name (ending at token j) as the subject of "là" (``OFFICE_VERBS``) after its
        asides: one in brackets ("X (45 tuổi) là kỹ sư …", "X (SN 1990, trú xã Y) là công nhân …"), an age or a
        nationality after a comma ("X, 85 tuổi, người Bắc Ninh, là tuyển thủ …"), a place of origin after "quê"
        (``HOMETOWN``, :meth:`_hometown_end`: "X quê xã A, huyện B, là …"), further subjects sharing the title
        ("A (60 tuổi) và B (55 tuổi) đều là …", "A và B - cả hai là …") and adverbs (``COPULA_ADVERBS``: "vẫn
        là", "hiện đang là"), the asides read within ``LATER_MAX`` tokens of the name; the chain is
        :meth:`_right`'s from the office verb, without the title of a next person it runs into (:meth:`_own_part`);
        [] when no office verb and title follow those asides."""
        w = d.words
        n = len(d)
        k = j
        ends = self.person_end_of
        while k < min(j + LATER_MAX, n - 1):
            q = k + 1 if w[k] == "," else k  # (where a hometown's "quê" may open: past a comma)
            if w[k] == "(" and (e := self._aside_end(d, k, LATER_MAX)):
                k = e  # (an aside in brackets)
            elif w[k] == "," and self._age_aside(d, k):
                k += 3  # ", 85 tuổi"
            elif w[k] == "," and w[k + 1] == "người" and (e := self._place_end(d, k + 2)) > k + 2:
                k = e  # ", người Bắc Ninh"
            elif w[q] in HOMETOWN:
                k = self._hometown_end(d, q + 1)  # "quê xã A, huyện B, tỉnh C"
            elif w[k] in LIST_JOINERS and (k + 1 in ends or (k + 2 in ends and w[k + 1] in self.lex.honorifics)):
                k = ends[k + 1] if k + 1 in ends else ends[k + 2]  # "A và (bà) B …": the next subject
            elif w[k] in ("-", "–") and k + 1 < n and w[k + 1].lower() in COPULA_ADVERBS:
                k += 1  # "A và B - cả hai là …"
            else:
                break
        if k > j and k < n and w[k] == ",":
            k += 1  # (the comma closing the asides)
        a = k
        while k < n and k - a < 3 and LOWERED[w[k]] in COPULA_ADVERBS:
            k += 1
        L = self._office_verb(d, k, owned)
        if not L or not self._title_at(d, k + L, items):
            return []
        return self._own_part(d, self._right(d, k, items), person_starts)

    def _hometown_end(self, d, k) -> int:
        """The end of the place of origin written from token k after "quê" (``HOMETOWN``): its capitalised words, the
        levels of place (``LEVEL_WORDS``: "xã A, huyện B, tỉnh C") and the commas between them, up to ``LATER_MAX``
        tokens; before a comma the caller reads, k itself when no capitalised word is there."""
        w = d.words
        e = k
        for x in range(k, min(k + LATER_MAX, len(d))):
            if is_cap(w[x]) or w[x] in LEVEL_WORDS:
                e = x + 1
            elif w[x] != ",":
                break
        return e if e > k and any(is_cap(x) for x in w[k:e]) else k

    def _gap_chain(self, d, i, ends):
        """A title written before a name with a body between them that was not read as a unit ("Chủ tịch Hội đồng
        quản trị tập đoàn "Mitsui" Masami Iijima", "Bộ trưởng Bộ Giáo dục - đào tạo Phùng Xuân Nhạ", "Chủ tịch
        CĐCS Cty TNHH Long Sinh (KCN Suối Dầu) Võ Quang"): the chain of that title and the body as its unit; a gap
        opened by a level of place is the title's own ("Chủ tịch tỉnh Thừa Thiên – Huế Nguyễn Văn Cao" → "Chủ tịch
        tỉnh"). The gap (at most ``GAP_MAX`` tokens before token i, where the name and its honorifics start) opens
        with a unit, a unit's head word or a level of place, and holds only capitalised words, quotes, dashes,
        numbers, an aside in brackets and lower-case words that are no verb or preposition (``TAIL_STOP``); []
        otherwise."""
        w = d.words
        for te in range(i - 1, max(i - GAP_MAX, 0), -1):
            tok = w[te]
            if tok == "." and 0 < te < len(d) - 1 and d.ends[te - 1] == d.starts[te] and d.ends[te] == d.starts[te + 1]:
                continue  # the dot inside an abbreviation ("T.Ư Đoàn")
            if tok in (",", ".", ";", ":", "\n") or (tok.islower() and tok.isalpha() and tok in TAIL_STOP
                                                       and tok not in GAP_LEVELS):
                return []
            pos = [s for s, k, _ in ends.get(te, ()) if k == "pos"]
            if not pos or not self._gap_opens(d, te):
                continue
            if w[te] in GAP_LEVELS:
                return [(pos[0], te + 1, "pos", None)]
            g = i
            if w[g - 1] == ")":
                while g > te and w[g - 1] != "(":
                    g -= 1
                g -= 1  # (the aside closing the gap is no part of the body's name)
            return [(pos[0], te, "pos", None), (te, g, "unit", span_text(d, te, g))] if g > te else []
        return []

    def _gap_opens(self, d, j) -> bool:
        """Token j opens a body's name or a place: a unit found there, a unit's head word ("tập đoàn", "Hội
        đồng", "Bộ"), an abbreviation in capitals ("CĐCS", "T.Ư") or a level of place (``GAP_LEVELS``)."""
        w = d.words
        return j in self.unit_starts or w[j].lower() in self.head_words or w[j] in GAP_LEVELS or \
            (w[j].isupper() and (len(w[j]) > 1 or (j + 1 < len(d) and w[j + 1] == "."))) or \
            (j + 1 < len(d) and (w[j] + " " + w[j + 1]).lower() in self.head_words)

    @staticmethod
    def _own_part(d, right, person_starts):
        """The role chain after a name without the title of the next person it runs into: "X (93 tuổi), cựu phó
        tổng thống Mỹ Dick Cheney" → nothing; "Luật gia A, chi hội trưởng chi hội Luật gia B và luật gia C" → the
        items before "và luật gia" (those end before a "và" or "," joining the next person)."""
        if not right or right[-1][1] not in person_starts:
            return right
        k = len(right) - 1
        while k > 0 and d.words[right[k][0] - 1] not in ("và", ","):
            k -= 1
        return right[:k] if k > 0 and right[k - 1][2] == "unit" else []

    def _list_entry(self, d, i, j, items) -> bool:
        """The name [i, j) opens a line of a list ("- Klaus Schwab: Người sáng lập …", "Stephen Perry: Chủ tịch
        Câu lạc bộ …") and a title follows its colon: the line describes the person named."""
        w = d.words
        if j + 1 >= len(d) or w[j] != ":" or not self._title_at(d, j + 1, items):
            return False
        if i > 0 and w[i - 1] in BULLETS:
            i -= 1
        return i == 0 or w[i - 1] == "\n"

    @staticmethod
    def _aside_end(d, j, most=None) -> int:
        """The token after the ")" closing the parenthesis opened at token j, within ``most`` tokens
        (``ASIDE_MAX`` when None) on one line, else 0."""
        w = d.words
        for k in range(j + 1, min(j + (most or ASIDE_MAX), len(d))):
            if w[k] in ("(", "\n"):
                return 0
            if w[k] == ")":
                return k + 1
        return 0

    @staticmethod
    def _office_verb(d, j, owned=False) -> int:
        """Length of the copula or verb of holding an office at token j ("là", "giữ chức", "giữ chức vụ", "làm";
        ``OFFICE_VERBS``), else 0. When the name before is ``owned`` (:meth:`_owned`: "đề xuất của ông X"), it is
        no subject, and "làm" there is "to make (someone feel)" ("… của ông X làm Bộ trưởng lo ngại"): 0."""
        for L in (3, 2, 1):
            v = " ".join(d.words[j:j + L])
            if v in OFFICE_VERBS and not (owned and v in CAUSATIVE_VERBS):
                return L
        return 0

    def _owned(self, d, start) -> bool:
        """The name at token ``start`` is the possessor of a noun before it: "của" stands right before it or
        before its honorific ("ý kiến của | X", "đề xuất của ông | X"; ``honorifics.tsv``)."""
        w = d.words
        k = start - 1 if start > 0 and w[start - 1] in self.lex.honorifics else start
        return k > 0 and w[k - 1] == "của"

    @staticmethod
    def _age_aside(d, j) -> bool:
        """Tokens j.. are ", 14 tuổi," between a name and its title ("em X, 14 tuổi, học sinh …")."""
        w = d.words
        return j + 3 < len(d) and w[j] == "," and w[j + 1].isdigit() and w[j + 2] == "tuổi" and w[j + 3] == ","

    @staticmethod
    def _title_at(d, j, items) -> bool:
        """A title starts at token j, behind an article, a prefix or "cố" ("một học sinh", "nguyên Chủ tịch", "cố
        Chủ tịch"; but "cố vấn" is a title itself)."""
        while j < len(d) and (d.words[j] in PREFIX or d.words[j] in ARTICLES or (d.words[j] in DECEASED and
                                                                                 j not in items)):
            j += 1
        return any(kind == "pos" for _, kind, _ in items.get(j, ()))

    def _academic(self, d, chain) -> bool:
        """The chain is only descriptors (academic titles, roles like "nghệ sĩ" of ``honorifics.tsv``, an
        occupation or status of ``role_nouns.txt``: "Cựu chiến binh X (64 tuổi, phó chủ tịch Hội …)"): a title
        written after the name is preferred to it."""
        return all(k == "pos" and (span_text(d, s, e) in ACADEMIC or
                                   self.lex.honorifics.get(span_text(d, s, e)) in DESCRIPTOR_KINDS or
                                   lower_span(d, s, e) in self.role_nouns)
                   for s, e, k, _ in chain)

    def _group_before(self, d, e: int, ends) -> bool:
        """The titles ending at token ``e`` (a comma or a dash before an honorific and a name) name a group in a
        fronted phrase (:func:`_in_fronted`: "Với …", "Theo …"): their first is written after a quantifier of
        ``GROUP_QUANTIFIERS`` ("các", "những", "nhiều", a numeral), perhaps behind ``GROUP_GAP`` lower-case words
        ("Với nhiều thế hệ sinh viên và giảng viên Trường X, thầy Y …"), so they are no title of the name after the
        comma. Not outside such a phrase, where the name may be the group's member ("Trên tàu có hai thuyền viên,
        ông X …")."""
        chain = self._left(d, e, ends)
        if not chain or not _in_fronted(d.words, chain[0][0]):
            return False
        w = d.words
        for k in range(chain[0][0] - 1, max(-1, chain[0][0] - 2 - GROUP_GAP), -1):
            if w[k].lower() in GROUP_QUANTIFIERS or w[k].isdigit():
                return True
            if not (w[k].isalpha() and w[k].islower()):
                return False
        return False

    def _left(self, d, i, ends):
        chain = []
        cur = i
        dashed = -1  # (the token after the first dash read back over, if any)
        while cur > 0:
            cands = ends.get(cur)
            if cands:
                s, k, t = cands[0]
                chain.insert(0, (s, cur, k, t))
                cur = s
                continue
            if d.words[cur - 1] in LINKS and chain:
                cur -= 1
                continue
            if chain and d.words[cur - 1] in DASHES and self._dash_joins(d, cur, chain, ends):
                dashed = cur
                cur -= 1  # "Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ | X": two offices joined by a dash
                continue
            he = self.head_end_at.get(cur, cur + 1) if chain else cur + 1
            over = [(s, k, t) for s, k, t in ends.get(he, ()) if k == "pos" and s < cur]
            if chain and chain[0][2] == "unit" and over:
                s = over[0][0]  # "Trưởng Ban [Thi đua … Đà Nẵng] X": the title ends on the unit's head
                chain.insert(0, (s, he, "pos", None))
                cur = s
                continue
            break
        if dashed > 0 and chain[0][0] > 0 and d.words[chain[0][0] - 1] in DASHES and \
                chain[0][0] - 1 in self.person_ends:
            chain = [c for c in chain if c[0] >= dashed]  # "- A - Viện trưởng Viện X - Phó Chủ tịch Hội Y B": a
            # list whose dashes open its items; the titles before the dash are A's
        chain = self._after_appositive(d, chain)
        chain = self._after_others(d, chain)
        while chain and chain[0][2] != "pos":
            chain.pop(0)
        # "Thừa ủy quyền của Chủ tịch nước, Bí thư …": a title after "của" belongs to someone else
        # (but "… của Thủ tướng Nguyễn Xuân Phúc", "… của Bộ trưởng Bộ GD-ĐT Phùng Xuân Nhạ" are his own titles:
        # a title followed by a comma or by another title is another person's)
        # (the same with the title's unit before the comma when a title of the name's own follows: "… của Giám đốc
        # Nhà hát X, diễn viên trẻ Y": the director is another person)
        while len(chain) > 1 and chain[0][0] > 0 and d.words[chain[0][0] - 1] == "của" and \
                (d.words[chain[0][1]] == "," or chain[1][2] == "pos" or
                 (d.words[_office_end(chain)] == "," and any(c[2] == "pos" for c in chain[1:]))):
            chain.pop(0)
            while chain and chain[0][2] != "pos":
                chain.pop(0)
        # "Thừa ủy quyền (của) Chủ tịch nước, ông X", "Thay mặt Thủ tướng, bà Y": the office the presenter acts
        # for, closed by a comma, is the principal's, not the title of the name after it
        # ("Thay mặt Chủ tịch UBND tỉnh X, bà Y": the same when the office is written with its unit)
        while chain and chain[0][2] == "pos" and d.words[_office_end(chain)] == "," and _acts_for(d, chain[0][0]):
            chain.pop(0)
            while chain and chain[0][2] != "pos":
                chain.pop(0)
        if not any(c[2] == "pos" for c in chain):
            return []
        return chain

    @staticmethod
    def _after_purpose(d, chain, openers) -> list:
        """``chain`` without its items inside a fronted clause one of ``openers`` opens that a comma parts from the
        name, and the links then opening it.  ``FRONTED_AWAY``, a clause of purpose or of talking to someone: "Để bảo
        vệ học sinh khỏi cám dỗ, | Giám đốc Sở X | Y" keeps "Giám đốc Sở X"; "Để bảo vệ học sinh khỏi cám dỗ, ông Y"
        keeps nothing (the verb "bảo vệ" is no guard); "Trao đổi với phóng viên báo Z, | Giám đốc Sở X | Y" keeps
        "Giám đốc Sở X" (the reporter is the one addressed).  ``ADVERBIAL_OPENERS``, a fronted adverbial clause whose
        title no word of ``ROLE_INTRODUCERS`` opens: "Sau khi gặp Giám đốc Sở Y tế, | Phó Giám đốc | X" keeps "Phó
        Giám đốc"."""
        chain = [c for c in chain if not _in_fronted(d.words, c[0], openers)]
        return chain[next((k for k, c in enumerate(chain) if c[2] == "pos"), len(chain)):]

    def _dash_joins(self, d, cur, chain, ends) -> bool:
        """The dash at token ``cur - 1`` joins two offices of one holder in the role chain read back from a name
        ("Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ | X", "Ủy viên Bộ Chính trị - Bí thư Thành ủy Hà Nội | Y"):
        a title or a unit ends before it, and the chain after it opens with an office, not an occupation or a
        degree (``self.occupations``: "Viện trưởng Viện X - Nhà thơ | Z" is a list whose dashes part its items)."""
        if chain[0][2] != "pos" or not any(k in ("pos", "unit") for _, k, _ in ends.get(cur - 1, ())):
            return False
        words = lower_span(d, chain[0][0], chain[0][1]).split()
        words = words[1:] if words[0] in ("phó", "nguyên", "cựu", "quyền") and len(words) > 1 else words
        return not any(" ".join(words[:k]) in self.occupations for k in range(1, len(words) + 1))

    def _title_before_possessor(self, d, comma: int, ends):
        """The role chain of a title written before "của" and its possessor, which the comma at token ``comma`` closes
        right before a name ("thư ký báo chí của Tổng thống Nga, ông X", "Giám đốc thể thao của CLB Y, ông Z",
        "phát ngôn viên của nhóm W, ông V"): the name is the apposition of the title, the possessor (a title, a body,
        a person, "mình") no part of it. At most ``POSSESSOR_MAX`` tokens between "của" and the comma, no clause mark
        among them; [] when no title ends right before "của", or one the name acts for (:func:`_acts_for`: "Thay mặt
        lãnh đạo của tỉnh, ông X"), or one inside a fronted clause or phrase (``NOT_OWN_TITLE``: "Trả lời phóng viên của
        báo Y, ông X", "Sau cuộc gặp với Chủ tịch của tập đoàn, ông X": the title is of the one addressed or met; a
        source of a report, "Theo người phát ngôn của …, ông X", still names X). Observed in bulk news, session 40."""
        w = d.words
        for k in range(comma - 1, max(0, comma - 1 - POSSESSOR_MAX), -1):
            if w[k] in CLAUSE_MARKS:
                return []
            if w[k] == "của":
                if k + 1 == comma or not any(kind == "pos" for _, kind, _ in ends.get(k, ())):
                    return []
                chain = self._left(d, k, ends)
                if not chain or _acts_for(d, chain[0][0]) or _in_fronted(w, chain[0][0], NOT_OWN_TITLE):
                    return []  # (not "Thay mặt lãnh đạo của …, ông X", nor "Trả lời phóng viên của báo Y, ông X")
                return chain
        return []

    @staticmethod
    def _after_others(d, chain):
        """``chain`` (items (start, end, kind, text) before a name) without its part up to a title of others that
        another title follows: a title of ``BEFORE_ONLY``, its own holder's only right before the name ("lãnh đạo
        Phòng X, Hiệu trưởng Trường Y | Z", "lãnh đạo Nga, Tổng thống | Z": the leaders are others), or a title
        after a plural marker (``PLURALS``: "lời khuyên cho các nghệ sĩ trẻ, nghệ sĩ | Z": the young artists are
        others)."""
        firsts = [k for k, (s, _, kind, _) in enumerate(chain) if kind == "pos" and
                  (any(" ".join(d.words[s:s + len(b.split())]).lower() == b for b in BEFORE_ONLY) or
                   (s > 0 and d.words[s - 1].lower() in PLURALS))]
        if firsts and any(kind == "pos" for _, _, kind, _ in chain[firsts[-1] + 1:]):
            return chain[firsts[-1] + 1:]
        return chain

    def _after_appositive(self, d, chain):
        """``chain`` (items (start, end, kind, text) of titles and units before a name, read back over commas and
        "và") without its part that is another name's appositive: the items from one written right after a
        person's name and its comma (``self.person_ends``) up to the next comma or "và" between items ("bác sĩ A,
        Trưởng khoa Nhi, và điều dưỡng B": "Trưởng khoa Nhi" is A's, B's title is "điều dưỡng")."""
        for k, item in enumerate(chain):
            s = item[0]
            if s == 0 or d.words[s - 1] != "," or s - 1 not in self.person_ends:
                continue
            for j in range(k + 1, len(chain)):
                gap = d.words[chain[j - 1][1]:chain[j][0]]
                if any(w in (",", "và") for w in gap):
                    return self._after_appositive(d, chain[j:])
            return chain
        return chain

    def _right(self, d, j, items):
        n = len(d)
        chain = []
        cur = j
        if cur + 1 < n and (d.words[cur] in COUNTS or d.words[cur].isdigit()) and cur + 1 in items:
            cur += 1  # "A, B, hai cơ phó trên máy bay …": a count of the names before, then their title
        L = self._office_verb(d, cur) or (1 if cur < n and d.words[cur] in ARTICLES else 0)
        if L and self._title_at(d, cur + L, items):
            cur += L  # "X (10 tuổi), là học sinh …", "X, 14 tuổi, một học sinh …"
        while cur < n and (d.words[cur] in PREFIX or (d.words[cur] in DECEASED and cur not in items)):
            cur += 1  # (a "cố" is read back by _describe: "cố Chủ tịch"; but "cố vấn" is a title)
        cur += self._rank_before_post(d, cur, items)
        while cur < n:
            if cur in items:
                e, k, t = items[cur][0]
                if (not chain and k != "pos") or self._before_only(d, cur, items):
                    break  # (a title read only before a name: "A, lãnh đạo TP. HCM, cùng …" are others)
                if chain and k == "pos" and e < n and d.words[e] not in (",", ")", ";", ".", "-", "–") and \
                        not (e in items) and items[cur][-1][0] < e:
                    # prefer the bare title when its tail runs into a verb
                    e = items[cur][-1][0]
                chain.append((cur, e, k, t))
                cur = e
                if k == "pos":
                    us = self._head_within(e)
                    unit = next(((ue, ut) for ue, uk, ut in items.get(us, ()) if uk == "unit"), None) \
                        if chain[-1][0] < us < e else None
                    if unit:  # "X, Trưởng Ban Thi đua …": the title ends on the unit's head word
                        chain.append((us, unit[0], "unit", unit[1]))
                        cur = unit[0]
                continue
            if d.words[cur] in ("-", "–") and chain and any(k == "pos" for _, k, _ in items.get(cur + 1, ())):
                cur += 1  # "ông X - Ủy viên Bộ Chính trị - Bí thư Thành ủy": titles joined by dashes
                continue
            gap = self._unread_before_title(d, cur, items) if chain else 0
            if gap:  # "X, phó bí thư | tỉnh đoàn |, chủ tịch Hội …": a body's lower-case words, then a title
                s0, _, k0, _ = chain[-1]
                chain[-1] = (s0, gap, k0, span_text(d, s0, gap))
                cur = gap
                continue
            if d.words[cur] in LINKS and cur + 1 < n:
                if d.words[cur] == "," and (cur + 1 not in items) and not (cur + 2 < n and d.words[cur + 1] in PREFIX
                                                                      and cur + 2 in items):
                    break
                cur += 1
                continue
            break
        return chain

    @staticmethod
    def _before_only(d, s, items) -> bool:
        """A title of ``BEFORE_ONLY`` starts at token s ("lãnh đạo"): read as a title only right before a name
        ("lãnh đạo Triều Tiên Kim Jong-un"), never after one, where it is a verb ("ông X lãnh đạo đất nước") or
        names others ("ông A, lãnh đạo TP. HCM, cùng …": A and the leaders of the city)."""
        if LOWERED[d.words[s]] not in BEFORE_ONLY_OPENINGS:
            return False  # (most titles: one look-up, instead of each of its items' text cut and lower-cased)
        return any(kind == "pos" and span_text(d, s, e).lower() in BEFORE_ONLY for e, kind, _ in items.get(s, ()))

    def _unread_before_title(self, d, j, items) -> int:
        """Where the words of a body the units did not read end, when another title follows them after a comma
        ("X, phó bí thư | tỉnh đoàn | , chủ tịch Hội LHTN …"; "Ủy viên Ban chấp hành Trung ương | hội | , chi hội
        trưởng …"; "Bí thư Đảng ủy | cơ quan | LĐLĐ thành phố, Phó Chủ tịch …", the rest a unit; "Ủy viên Ban
        Thường vụ Trung ương | Hội | , chi hội trưởng …"): the index of that comma, or of the unit item ending on it,
        when tokens ``j``.. are at most ``UNREAD_MAX`` words of no name, each capitalised or a lower-case level of
        place or word that is no verb or preposition of ``TAIL_STOP``, but not a place alone (a nationality), and a
        title item (``items``) starts right after the comma; 0 otherwise. Those words belong to the title before
        them, as written."""
        w = d.words
        n = len(d)
        k = j
        while k < n and k - j < UNREAD_MAX and w[k].isalpha() and k not in items and k not in self.person_starts \
                and (not w[k].islower() or w[k] not in TAIL_STOP or w[k] in LEVEL_WORDS):
            k += 1
        if k == j or self._place_end(d, j) >= k:
            return 0  # (a place alone is a nationality, no body: "Kỹ sư | Đức |, giám đốc …")
        e = next((e for e, kind, _ in items.get(k, ()) if kind == "unit"), k)  # (a unit read after those words)
        if e + 1 >= n or w[e] != "," or not any(kind == "pos" for _, kind, _ in items.get(e + 1, ())):
            return 0
        return k

    def _unit_after(self, d, j, items) -> tuple[int, int, str] | None:
        """The unit a name is given after its comma when no title is written ("anh A, Công ty cổ phần B, được
        tuyên dương"; "liệt sĩ A, Thượng úy, Đồn Biên phòng B": a rank and its comma passed over, as no position):
        a unit starting at token ``j`` and closed by a comma, a bracket or the end of the clause (``UNIT_CLOSERS``),
        as the dev gold gives a unit and no position to such a person, as (start, end, name) in tokens; None
        otherwise. Like a role chain after a name, the unit is the person's and no recipient of its own ("tặng
        Giấy khen cho Đại úy A, Phòng X, Công an tỉnh Y": one recipient, A)."""
        w = d.words
        n = len(d)
        if j < n and w[j] in self.rank_firsts:
            L = next((L for L in (2, 1) if j + L < n and w[j + L] == "," and
                      self.lex.honorifics.get(" ".join(w[j:j + L])) == "rank"), 0)
            j += L + 1 if L else 0
        unit = next(((e, t) for e, k, t in items.get(j, ()) if k == "unit"), None)
        if unit is None or not (unit[0] >= n or w[unit[0]] in UNIT_CLOSERS):
            return None
        return j, unit[0], unit[1]

    def _pupils(self, d, out, items, roles) -> set[int]:
        """Gives the pupils among the names still without a position their position and school (in place, on
        ``out``; the school's span joins ``roles``, no recipient of its own): a name followed by brackets holding
        only a school of general education, perhaps after the class ("A (lớp 11A1, THPT chuyên B)" → "học sinh lớp
        11A1"; "C (trường THCS D, quận 10)" → "học sinh"; ``pupils``), with no address word of an adult right before
        it ("thầy E (trường THPT F)" is a teacher). A role written for the name elsewhere in its sentence comes first
        ("Ba em học sinh … là A, B và C (lớp 10 Trường THPT G)": "học sinh", read by _listed_members). Returns the
        indexes in ``out`` of the pupils so given."""
        w = d.words
        given = set()
        for k, (p, desc) in enumerate(out):
            if desc[0] or p.end + 1 >= len(d) or w[p.end] != "(" or \
                    addressed_as_adult(w, self.lex.honorifics, max(0, p.start - ADDRESS_MAX), p.start) or \
                    self._adults_listed(d, items, p.start):
                continue
            class_text, j = class_at(w, p.end + 1)
            unit = self._unit_after(d, j, items)
            if unit is not None and pupil_school(unit[2]):
                out[k] = (p, (pupil_position(class_text), unit[2]))
                roles.append(unit[:2])
                given.add(k)
        return given

    def _adults_listed(self, d, items, i) -> bool:
        """Whether the name at token ``i`` is listed after a title or a staff noun governing the list in its clause
        ("Hiệu trưởng các trường gồm A (THPT B) …", "Ban giám hiệu gồm C (THCS D) …"): a title of ``items`` (kind
        "pos": positions.txt, role nouns) other than a pupil's, or an adult staff noun of ``pupil_schools.txt``
        (ADULT_STAFF), before the last list opener ("gồm", "là", ":") before the name, in the same clause (no "."
        nor ";" between). Such names are adults whose school in brackets is their workplace, no pupils."""
        w = d.words
        lo = i
        while lo > 0 and w[lo - 1] not in (".", ";", "\n"):
            lo -= 1
        opener = next((k for k in range(i - 1, lo - 1, -1) if w[k] in LIST_OPENERS), None)
        if opener is None:
            return False
        head = " ".join(w[lo:opener]).lower()
        if any(f" {x} " in f" {head} " for x in ADULT_STAFF):
            return True
        return any(kind == "pos" and e <= opener and not span_text(d, s, e).lower().startswith(PUPIL_NOUNS)
                   for s in range(lo, opener) for e, kind, _ in items.get(s, ()))

    def _representative(self, d, j, items) -> tuple[str, str] | None:
        """(position, unit) of a name ending at token j that is followed, behind a comma or a dash (perhaps after
        an aside in brackets: "(phải)"), by a word of ``representative_words.txt`` and a unit right after it ("bà
        A – đại diện Ngân hàng B", "ông C (phải), đại diện Bộ D"): the word as written and that unit; None
        otherwise."""
        w = d.words
        n = len(d)
        if j < n and w[j] == "(":
            j = self._aside_end(d, j) or n
        if j >= n or w[j] not in SEPARATORS or w[j] == "(":
            return None
        j += 1
        for word in REPRESENTATIVES:
            e = j + len(word.split())
            if e < n and " ".join(w[j:e]).lower() == word:
                unit = next((t for _, k, t in items.get(e, ()) if k == "unit"), None)
                return (span_text(d, j, e), unit) if unit else None
        return None

    def _rank_before_post(self, d, j, items) -> int:
        """Length of a rank (``honorifics.tsv``, kind "rank") and its comma at token ``j`` when a post follows
        them ("A, nguyên Trung úy, | Trợ lý tác chiến, Bộ Chỉ huy Quân sự tỉnh X"): a rank is no position (the
        annotated sets drop it, as from names), the post after it is; else 0."""
        w = d.words
        if j >= len(d) or w[j] not in self.rank_firsts:
            return 0  # (a cheap test before two joins)
        for L in (2, 1):
            if j + L + 1 < len(d) and w[j + L] == "," and \
                    self.lex.honorifics.get(" ".join(w[j:j + L])) == "rank" and \
                    any(k == "pos" for _, k, _ in items.get(j + L + 1, ())):
                return L + 1
        return 0

    def _unit_at(self, d, s, e) -> bool:
        """Another unit starts at token s, inside [s, e) ("Văn phòng | Hội Luật gia …"): a unit head there."""
        if s >= e:
            return True
        w = d.words
        if s + 2 < e and w[s] == "Trung" and w[s + 1] == "ương":
            s += 2  # "Văn phòng | Trung ương Hội …": the association's central body
        if s + 1 < e and (w[s] + " " + w[s + 1]).lower() in FIELD_NOT_HEAD:
            return False  # "Trưởng Ban | Tổ chức Trung ương": the field of the board, no team ("Tổ")
        return s in self.unit_starts or w[s].lower() in self.head_words or \
            (s + 1 < e and (w[s] + " " + w[s + 1]).lower() in self.head_words)

    def _ministry_of(self, pos: str) -> str:
        """"Bộ Giáo dục và Đào tạo" for a position ending with "Bộ trưởng Giáo dục và Đào tạo" (a minister's title
        with his ministry's field and no "Bộ": the dev gold gives that ministry as the unit of "Thứ trưởng Nội vụ
        X"; Luật Tổ chức Chính phủ 2015 Art. 33); "" otherwise."""
        low = pos.lower()
        for title in ("bộ trưởng ", "thứ trưởng "):
            k = low.rfind(title)
            if k >= 0 and low[k + len(title):] in self.ministry_fields:
                return "Bộ " + pos[k + len(title):]
        return ""

    def _around_name(self, d, left, right):
        """Titles written on both sides of a name ("Thủ tướng Nguyễn Văn A, Chủ tịch Hội đồng Thi đua - Khen
        thưởng Trung ương"): one compound position, the title before the name first; the title after it is
        written with the body it heads, as the last title of a compound position (:meth:`_names_body_after`);
        the unit is the one after the name, else the one before."""
        lpos, lunit = self._describe(d, left)
        rpos, runit = self._describe(d, right)
        last = right[-1]
        if len(right) >= 2 and last[2] == "unit" and right[-2][2] == "pos" and \
                ((right[-2][1] == last[0] and not GENERIC_PREFIX.match(last[3] + " ") and
                  self._body_free(d, right[-2][0], right[-2][1])) or
                 (right[-2][1] > last[0] and lpos and span_text(d, *left[0][:2]).lower() not in self.occupations)):
            rpos = span_text(d, right[0][0], last[1])  # (also a title ending on its unit's head after an office:
            # "Phó Thủ tướng A, Trưởng Ban Chỉ đạo 389 quốc gia", as :meth:`_describe` writes the last of several
            # offices; not after an occupation: "dược sĩ A, Trưởng khoa Dược" keeps "Trưởng khoa")
        return (f"{lpos}, {rpos}" if lpos and rpos else lpos or rpos, runit or lunit)

    def _body_free(self, d, s, e) -> bool:
        """The title [s, e) is one of ``BODY_FREE_TITLES`` and names no body itself."""
        if not span_text(d, s, e).lower().removeprefix("phó ").startswith(BODY_FREE_TITLES):
            return False
        w = d.words
        return not any(w[k].lower() in self.head_words or
                       (k + 1 < e and (w[k] + " " + w[k + 1]).lower() in self.head_words) for k in range(s, e))

    def _names_body_after(self, d, chain) -> bool:
        """The last of several titles is followed right away by the body it heads, and names no body itself:
        it is written whole with that body ("Phó Chủ tịch nước, Phó Chủ tịch | Hội đồng Thi đua - Khen thưởng
        Trung ương"; "Thủ tướng Chính phủ, Chủ tịch | Hội đồng …"), as the annotation guidelines write a
        compound position ("Chủ tịch UBND huyện, Chủ tịch Hội đồng thi đua khen thưởng huyện"); but not a title
        naming an office of the body after it ("Phó Tổng thư ký, Chánh Văn phòng | Trung ương Hội Luật gia").
        Only titles of ``BODY_FREE_TITLES``, and only when an earlier title has a body of its own (a unit in the
        chain, "nước", "Chính phủ") or is a Government member's (``GOVERNMENT_MEMBERS``: "Phó Thủ tướng, Chủ tịch |
        Ủy ban …", "Bộ trưởng, Chủ nhiệm | Văn phòng Chính phủ"; held-out set 5 writes 2 of 3 such whole): titles
        all of one body are written without it ("Bí thư Đảng đoàn, Chủ tịch" of "Hội Luật gia Việt Nam")."""
        s, e, kind, _ = chain[-2]
        if kind != "pos" or sum(1 for c in chain if c[2] == "pos") < 2 or GENERIC_PREFIX.match(chain[-1][3] + " "):
            return False
        if not any(c[2] == "unit" or span_text(d, c[0], c[1]).endswith(STATE_BODIES) or
                   _government_member(span_text(d, c[0], c[1])) for c in chain[:-2]):
            return False  # one body for all the titles: "Bí thư Đảng đoàn, Chủ tịch | Hội Luật gia …"
        return self._body_free(d, s, e)  # (not "Thứ trưởng | Bộ Quốc phòng": the title names its body's rank)

    def _plain(self, pos: str) -> str:
        """``pos`` without the evaluative adjective its last title's tail took and what follows it ("diễn viên trẻ"
        → "diễn viên", "học sinh xuất sắc" → "học sinh"; ``EVALUATIVE``), and without the holder's age the tail
        took ("diễn viên 21 tuổi", "chân sút chưa đủ 18 tuổi": ``AGE``); but a title or role noun that holds such
        a word itself stays whole ("sao trẻ": ``role_nouns.txt``)."""
        last = pos.rfind(",") + 1
        if pos[last:].strip().lower() in self.title_words:
            return pos
        m = EVALUATIVE.search(pos, last)
        pos = pos[:m.start()] if m and m.start() > 0 else pos
        m = AGE.search(pos, last)
        pos = pos[:m.start()] if m and m.start() > 0 else pos
        return self._without_superlative(pos, last)

    def _without_superlative(self, pos: str, last: int) -> str:
        """``pos`` without the superlative its last title's tail took ("tuyển thủ nhiều tuổi nhất" → "tuyển thủ",
        "cầu thủ già nhất đạt …" → "cầu thủ": an adjective and "nhất", the holder's description), down to the
        longest start of that part (after the comma at ``last``) that is a title, a role noun or an occupation
        of ``honorifics.tsv``, perhaps after a prefix; an ordinal stays ("Bí thư thứ nhất", "sinh viên năm nhất": ``ORDINAL_BEFORE``)."""
        words = pos[last:].split()
        at = next((i for i in range(2, len(words)) if words[i] == "nhất" and words[i - 1].lower() not in ORDINAL_BEFORE),
                  0)  # (the first superlative; what follows it is its complement: "già nhất | đạt …")
        k = self._title_prefix(words, at - 1)
        if k:
            return (pos[:last] + " " + " ".join(words[:k])).strip() if last else " ".join(words[:k])
        return pos

    def _title_prefix(self, words, most: int) -> int:
        """The number of the first words of ``words`` (at most ``most``), the most first, that are a title, a role
        noun or an occupation of ``honorifics.tsv``, perhaps after a prefix ("tiền đạo | khác" → 2); 0 if none."""
        for k in range(most, 0, -1):
            text = " ".join(_without_prefixes(words[:k]))
            if text.lower() in self.title_words or self._honorific_kind(text) in DESCRIPTOR_KINDS:
                return k
        return 0

    def _copula_title(self, pos: str) -> str:
        """``pos``, a title joined to its holder's name by the identifying "là", without the words describing the
        holder that its last title took before "là" ("một tiền đạo khác là X" → "tiền đạo", "đồng sáng lập thứ ba"
        → "đồng sáng lập", "HLV đội bóng" → "HLV"): down to the longest start of that part (after its last comma)
        that is a title (:meth:`_title_prefix`), when only lower-case words follow it that are not all links of a
        chain ("Phó trưởng ban | thường trực", ``LINKS``; "Chủ tịch | HĐQT" stays); the last title opens after the
        last comma or "kiêm" ("Tổng Giám đốc kiêm Phó Chủ tịch HĐQT" stays whole)."""
        last = max(pos.rfind(",") + 1, pos.rfind(" kiêm ") + len(" kiêm ") if " kiêm " in pos else 0)
        words = pos[last:].split()
        k = self._title_prefix(words, len(words))
        if not k or all(w in LINKS for w in words[k:]) or not all(w.islower() for w in words[k:]):
            return pos  # (a capitalised word is a body's: "Chủ tịch | HĐQT")
        return (pos[:last].rstrip() + " " + " ".join(words[:k])).strip() if last else " ".join(words[:k])

    @staticmethod
    def _joined_units(d, chain):
        """``chain`` with the units it ends on, when several follow its last title, read as one unit: a sub-unit
        written with its parent ("Vụ trưởng, | vụ Thi đua khen thưởng | bộ VH – TT & DL", "Giám đốc | Ban Quản lý
        dự án 47, Bộ Tổng Tham mưu | Bộ Quốc phòng") is one unit, written whole (annotation guidelines), and none
        of it is part of the position (dev gold: "Vụ trưởng" | "vụ Thi đua, khen thưởng")."""
        k = len(chain) - 1
        while k > 0 and chain[k - 1][2] == "unit":
            k -= 1
        if k == 0 or len(chain) - k < 2 or chain[-1][2] != "unit":
            return chain
        s, e = chain[k][0], chain[-1][1]
        return chain[:k] + [(s, e, "unit", span_text(d, s, e))]

    def _describe(self, d, chain):
        if not chain:
            return ("", "")
        if len(chain) >= 3 and chain[-1][2] == "pos" and chain[-2][2] == "unit":
            chain = chain[:-1]  # "Giám đốc Bệnh viện X, Chủ nhiệm …": a second title whose unit is not named
        chain = self._joined_units(d, chain)
        start, end = chain[0][0], chain[-1][1]
        role = not any(lower_span(d, start, k) in self.title_words  # an occupation of honorifics.tsv
                       for k in range(start + 1, min(start + 5, chain[0][1] + 1)))
        sex_kept = start > 0 and d.words[start - 1] in SEX_WORDS and self._sex_kept(d, start)
        while start > 0 and ((d.words[start - 1] in PREFIX and (d.words[start - 1] not in GENDER or sex_kept) and
                              not _compound_end(d, start - 1)) or
                             (d.words[start - 1] in MALE and sex_kept and start == chain[0][0]) or
                             (d.words[start - 1] in DECEASED and not role and not self._academic(d, chain[:1]))):
            start -= 1  # (its sex is no part of it, as where it is read as a name's honorific: "nữ | danh hài", "nữ |
            # nhân viên"; but "nữ diễn viên", "nữ lái xe": SEX_KEPT)
        unit = ""
        units = [c for c in chain if c[2] == "unit"]
        last = chain[-1]
        pos_suffix = ""
        if last[2] == "unit" and len(chain) > 1:
            unit = last[3]
            if not GENERIC.match(unit):
                end = max(last[0], chain[-2][1])  # (the title may end on the unit's head: "Trưởng Ban")
                if end > last[0] and sum(1 for c in chain if c[2] == "pos") >= 2 and \
                        not self._unit_at(d, chain[-2][1], last[1]):
                    # "nguyên Bí thư Thành ủy, Trưởng Ban Nội chính Trung ương": the last of several titles is
                    # written whole with the body it heads (not "Chánh Văn phòng | Hội Luật gia …", a parent)
                    end = last[1]
                elif end == last[0] and self._names_body_after(d, chain):
                    end = last[1]
                m = GENERIC_PREFIX.match(unit)
                if m and not self._staff_title(d, chain[-2]) and \
                        m.group(1).split()[-1].rstrip(".").lower() not in SHORT_LEVELS:
                    pos_suffix = " " + m.group(1)  # "Bí thư Tỉnh ủy" + unit "Tỉnh ủy Phú Thọ"
        elif units:
            unit = units[-1][3]
        pos = self._plain(span_text(d, start, end).rstrip(" ,")) + pos_suffix
        if not unit:
            unit = self._ministry_of(pos)
        if not unit:
            for body in NAMED_IN_TITLE:
                if pos.endswith(" " + body):
                    unit = body
        if not unit and last[2] == "pos" and not self._academic(d, [last]):
            unit = self._unread_body(d, last[1])  # (an occupation heads no body: "nghệ sĩ | Trường Bắc")
        return (pos, unit)

    @staticmethod
    def _sex_kept(d, s) -> bool:
        """The occupation written at token ``s`` opens with one of SEX_KEPT (``sex_kept_occupations.txt``: "diễn
        viên", "lái xe"), whose holder's sex written before it stays part of the position ("nữ diễn viên")."""
        return _opening([w.lower() for w in d.words[s:s + SEX_KEPT_MAX]], SEX_KEPT) is not None

    def _staff_title(self, d, item) -> bool:
        """The chain item is a title of staff (``STAFF_TITLES``: "công chức Tư pháp – Hộ tịch"; ``staff_titles.txt``:
        "chuyên viên", "cán bộ"), which names its field or grade, not the body it serves: the body written after it
        ("UBND xã X") is its unit alone, no part of the position (unlike a leader's "Chủ tịch UBND xã")."""
        s, e, kind, _ = item
        return kind == "pos" and span_text(d, s, e).lower() in self.staff_titles

    def _unread_body(self, d, e) -> str:
        """The body a title ending at token e heads when the units did not read it ("Giám đốc | Ban Quản lý dự án
        đầu tư xây dựng tỉnh Nam Định", "Trưởng | Ban Quản lý dự án nhà máy nhiệt điện Thái Bình 2"): a
        capitalised head word (also the title's own last word: "Trưởng Ban") and the words of its name up to a
        comma, a bracket, a name or a verb or preposition of ``TAIL_STOP`` (but a level of place before its name,
        and a syllable opening a noun compound whose second syllable is no such word: "dự án", not "cho biết");
        "" when there is none (at most ``BODY_MAX`` tokens)."""
        w = d.words
        n = len(d)
        s = e - 1 if w[e - 1].lower() in self.head_words and is_cap(w[e - 1]) else e
        if s in self.person_starts or after_community_level(w, s):
            return ""  # the title's holder ("chiến sĩ | Đoàn Tấn Phú"); a community ("trưởng thôn | Lâm Trường")
        if s == e and e < n and field_at(w, e, self.department_fields):
            return ""  # "cán bộ | Tổ chức cán bộ Sở Y tế": a department's field without its head, no body of its own
        if s == e and not (e < n and is_cap(w[e]) and w[e].isalpha() and
                           (w[e].lower() in self.head_words or
                            (e + 1 < n and (w[e] + " " + w[e + 1]).lower() in self.head_words))):
            return ""
        k = s + 1
        while k < n and k - s < BODY_MAX and k not in self.person_starts:
            t = w[k]
            if not (t.isalnum() or (t in ("-", "–", "&") and k + 1 < n and is_cap(w[k + 1]))):
                break
            if t.islower() and t in TAIL_STOP and not (
                    (t in GAP_LEVELS and k + 1 < n and is_cap(w[k + 1])) or
                    (k + 1 < n and w[k + 1] not in TAIL_STOP and (t + " " + w[k + 1]) in self.words)):
                break
            k += 1
        return span_text(d, s, k) if k - s >= 2 else ""


#: role nouns read as a title only right before a name ("lãnh đạo Triều Tiên Kim Jong-un"; ``role_nouns.txt``, its
#: section of leaders): after a name the word is a verb ("ông X lãnh đạo đất nước") or names others ("ông A, lãnh
#: đạo TP. HCM, cùng …")
BEFORE_ONLY = frozenset(section("role_nouns.txt", "# A state's or a movement's leader"))
#: every start of a title of ``BEFORE_ONLY`` ("l", …, "lãnh", "lãnh ", …, "lãnh đạo"): the text of a span opens with
#: its first token's, so a token lower-cased to none of these opens no such title (:meth:`OfficialLinker._before_only`
#: is asked for every title's start, about 8,000 times a pass of dev and real/news, and answers for 4% of them)
BEFORE_ONLY_OPENINGS = frozenset(b[:k] for b in BEFORE_ONLY for k in range(1, len(b) + 1))
#: the copula and the verbs of holding an office that state a person's title right after the name ("X là
#: thuyền trưởng", "A, B giữ chức Phó Chủ tịch Hội …"; "làm", to serve as, Hoàng Phê: "do X làm hiệu trưởng",
#: "Y làm Tổng giám đốc Tổ hợp Z", observed in news, session 39), read only before a title
OFFICE_VERBS = {"là", "giữ chức", "giữ chức vụ", "làm"}
#: the office verbs that are also causatives, "làm" + object + state: "to make (someone feel)" (Hoàng Phê: "làm
#: cho mọi người lo lắng"); read as "serve as" only when the name before is the sentence's subject
CAUSATIVE_VERBS = {"làm"}
#: adverbs of time before "là" stating, later in a sentence, the office its subject holds or held ("hiện là", "sau
#: này là", "từng là": ``later_adverbs.txt``), and the adverbials of "at that time" and "now" doing so behind the
#: name's comma ("X, khi đó là Phó tổng giám đốc …", "Y, nay là Bộ trưởng …"), whose words are no copula adverbs
LATER_ADVERBS = frozenset(section("later_adverbs.txt", "# Later adverbs"))
THEN_ADVERBS = frozenset(section("later_adverbs.txt", "# At-that-time adverbials"))
#: both, read by _time_adverb_before (one set, made once), and the most words of one of them
TIME_ADVERBS = LATER_ADVERBS | THEN_ADVERBS
TIME_ADVERB_WORDS = max(len(a.split()) for a in TIME_ADVERBS)
#: adverbs between a subject (its asides, or the subjects it is listed with) and the "là" stating its title ("A vẫn
#: là …", "A và B đều là …", "… – cả hai là …"): the subject adverbs of ``subject_adverbs.txt``
#: (conferral_words.ADVERBS: "đã", "cũng", "đều", "từng"), the words of ``LATER_ADVERBS`` and the adverbs of
#: continuation and progress, and the "cả" of a count of subjects (Diệp Quang Ban, Ngữ pháp tiếng Việt: phụ từ)
COPULA_ADVERBS = ADVERBS | {w for a in LATER_ADVERBS for w in a.split()} | {"vẫn", "đang", "cả"}
#: the word introducing a person's place of origin, an aside between the name and the "là" stating the title ("X quê
#: xã A, huyện B, là …"; "quê quán", Vietnamese personal records)
HOMETOWN = {"quê"}
#: the farthest a title stated so may stand from the name, in tokens
LATER_MAX = 30
#: tokens closing a sentence or a clause a name's later title may not cross
SENTENCE_ENDS = {".", "\n", ";", "?", "!", ":"}
#: the longest body written between a title and a name without being read as a unit, in tokens
GAP_MAX = 12
#: the longest name of a body read after its title when the units did not read it, in tokens
BODY_MAX = 15
#: the most words of a body the units did not read between a title and the comma (or the unit) before the next
#: title ("phó bí thư | tỉnh đoàn | , chủ tịch …"), in tokens
UNREAD_MAX = 5
#: the lower-case level words of ``administrative_levels.tsv`` ("tỉnh", "huyện"): they open such a body ("tỉnh
#: đoàn", "huyện ủy"), though a title's tail stops at them (``TAIL_STOP``)
LEVEL_WORDS = {x for x in level_syllables() if x.islower()}
#: the level words themselves, lower-cased ("thành phố", "thị xã": ``administrative_levels.tsv``)
LEVEL_NAMES = level_words()
#: levels of place written as one token that open the place a title is held in ("Chủ tịch tỉnh Thừa Thiên – Huế X"):
#: the one-syllable level words of ``administrative_levels.tsv`` and their short forms ("TP")
GAP_LEVELS = {x for x in level_syllables() if x in level_words() or not x.islower()}
#: the most capitalised words of a place between a head-of-place title and its holder's name ("Saint Petersburg")
PLACE_WORDS = 3

#: the most tokens of address words before a name ("em", "thầy giáo")
ADDRESS_MAX = 2
#: the longest aside in parentheses between a name and its title ("(phải)", "(sinh năm 2005)"), in tokens
ASIDE_MAX = 8
#: tokens closing a unit written alone after a person's name, as the person's unit (:meth:`_unit_after`)
UNIT_CLOSERS = {",", ";", ".", ")", "\n", ":"}
#: marks opening an item of a list written one item a line
BULLETS = {"-", "–", "•", "+", "*"}
#: words naming a person the representative of the body after them ("– đại diện Ngân hàng B"), as tokens
REPRESENTATIVES = tuple(r.lower() for r in word_list("representative_words.txt"))
#: the article before a role noun stated of a person ("X, 14 tuổi, một học sinh xuất sắc …")
ARTICLES = ("một",)
#: cardinal numerals and plural markers counting the names a title after them is shared by ("A, B, hai cơ phó …"):
#: persons.COUNT_WORDS (conferral_words.COUNT_WORDS and PLURALS)
COUNTS = COUNT_WORDS
#: quantifiers making a group of the titles written after them (persons.COUNT_WORDS and the plural quantifiers of
#: ``group_words.txt``: "các", "những", "nhiều", the numerals): "nhiều sinh viên …, thầy X" gives X no title
GROUP_QUANTIFIERS = COUNT_WORDS | PLURAL_QUANTIFIERS
#: lower-case words that may stand between such a quantifier and the titles ("nhiều thế hệ | sinh viên")
GROUP_GAP = 2
#: words opening the list of the members a counted role noun introduces ("hai sinh viên … là A và B", "các dịch
#: giả: A, B và C")
LIST_OPENERS = {"gồm", "là", ":"}
#: words joining the names of a list that shares a role
LIST_JOINERS = {",", "và", "hay"}
#: the most lower-case words between an occupation and the "như" of its examples ("siêu mẫu kỳ cựu như …")
EXAMPLE_GAP = 3
#: words between an occupation and "như" that make it no list of examples ("… cũng như", "giống như")
NOT_EXAMPLE = {"cũng", "giống", "chẳng", "hạn", "ví", "dụ"}
#: words making the "nhất" after them an ordinal, no superlative ("thứ nhất", "hạng Nhất", "năm nhất", "giải nhất")
ORDINAL_BEFORE = {"thứ", "hạng", "năm", "giải", "loại", "số"}
#: ordinal numerals after "thứ" (Vietnamese grammar: "thứ hai", "thứ tư"…)
ORDINALS = {"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"}
#: diplomats' titles, written with the sending state and "tại" the host state (Luật Cơ quan đại diện 2009, Art. 4)
DIPLOMATS = ("đại sứ", "tổng lãnh sự", "lãnh sự")
#: first fields of the ministries of two fields, written alone after a minister's title ("Bộ trưởng Giáo dục"); the
#: whole fields are read from ministry_fields.txt (Nghị quyết 08/2021/QH15)
SHORT_MINISTRY_FIELDS = ("Giáo dục", "Văn hóa")
#: fields of a body whose first syllable is also a unit head "Tổ" (a team): "Ban Tổ chức", "Mặt trận Tổ quốc"
FIELD_NOT_HEAD = {"tổ chức", "tổ quốc"}
#: lower-case compounds starting with a unit head that go on a title ("giáo viên bộ môn Toán")
TAIL_THROUGH = {"bộ môn", "bộ phận"}
#: the word of an honorary office after its title, part of it ("Chủ tịch danh dự", "cố vấn danh dự", "Tiến sĩ danh
#: dự"), lower-cased
HONORARY = {"danh dự"}
#: the sex written before a title or an occupation: skipped like a prefix, but no part of the position ("nữ danh hài
#: X" → "danh hài", "nữ kỳ thủ" → "kỳ thủ", "nữ nhân viên" → "nhân viên", as held-out sets 5, 6, 10 and 12 write
#: them), but before one of SEX_KEPT ("nữ diễn viên", "nữ lái xe"); its words are ``sex_words.txt``'s
GENDER = {w for p in section("sex_words.txt", "# Female") for w in (p, p.capitalize())}
#: words written before a title as part of it: former, acting (``title_prefixes.txt``, shared with
#: tables.TITLE_PREFIXES); "nữ" (female: "nữ lái xe", "nữ nhân viên"; GENDER: kept in the position only before
#: SEX_KEPT)
PREFIX = {w for p in word_list("title_prefixes.txt") for w in (p, p.capitalize())} | GENDER
#: compounds whose second syllable is a PREFIX word, lower case: "chính quyền Tổng thống X" is the president's
#: administration, not an acting president (``prefix_compounds.txt``)
PREFIX_COMPOUNDS = frozenset(word_list("prefix_compounds.txt"))
#: "cố" (the late …; deceased_words.txt) before an office's title, part of it as "nguyên" is ("cố Thủ tướng", "cố Bí thư Thành ủy": the
#: annotated held-out sets 3, 6 and 7 write it so, 6 persons of 6); before a degree or an occupation it stays the
#: name's honorific ("cố GS X" → "GS")
DECEASED = {v for w in word_list("deceased_words.txt") for v in (w, w.capitalize())}
#: the male sex written before an occupation (``sex_words.txt``): part of the position before one of SEX_KEPT only
#: ("nam diễn viên", as "nữ diễn viên" is: held-out set 10 writes "nam diễn viên" twice), else no part of it and no
#: prefix ("Việt Nam")
MALE = {w for p in section("sex_words.txt", "# Male") for w in (p, p.capitalize())}
#: either sex (``sex_words.txt``), read before an occupation of SEX_KEPT
SEX_WORDS = GENDER | MALE
#: the occupations before which the sex stays part of the position (``sex_kept_occupations.txt``), as word tuples
SEX_KEPT = tuple(tuple(w.split()) for w in word_list("sex_kept_occupations.txt"))
SEX_KEPT_MAX = max(map(len, SEX_KEPT))  # words of the longest, read after the sex
#: kinds of ``honorifics.tsv`` that describe the person named after them: the position when no other is written
DESCRIPTOR_KINDS = ("academic", "role")
ACADEMIC = {"Giáo sư", "Phó Giáo sư", "Tiến sĩ", "giáo sư", "tiến sĩ"}
FILLERS = ["Đảng ủy", "Đảng đoàn", "Chi bộ", "BTV", "Ban Thường vụ", "Ban cán sự đảng"]
TAIL_STOP = {"như", "của", "tại", "cho", "được", "và", "là", "với", "trong", "khi", "để",
             "thì", "mà", "có", "không", "về", "từ", "đến", "theo", "nay", "kiêm", "nguyên", "cựu", "thay",
             "mặt", "chủ", "trì", "phát", "biểu", "cho", "biết", "nói", "trao", "tặng", "nhận", "dự", "tham",
             "ra", "làm", "bày", "tỏ", "chia", "sẻ", "khẳng", "định",
             "đề", "nghị", "ký", "ban", "hành", "sinh", "năm", "thuộc", "ở", "lúc", "hiện", "nhà", "tới", "ông", "bà", "anh", "chị", "các", "những", "người", "đồng",
             "chí", "ghi", "đánh", "giá", "nhấn", "mạnh", "cảm", "ơn", "chúc", "mừng", "gửi", "lời",
             # the list of the holders' names opens: "3 tiền đạo | gồm A, B và C"
             "gồm",
             # prepositions of place and time (giới từ): "cơ phó | trên máy bay", "nhân viên | sau khi …"
             "trên", "dưới", "sau", "trước", "cùng", "bên", "gần", "ngoài",
             # places below the commune (thôn, ấp, bản, tổ dân phố of Thông tư 04/2012/TT-BNV) before a place's
             # name: "dân quân tự vệ | thôn Mỹ Cang"
             "thôn", "ấp", "bản", "làng", "xóm",
             # a vessel the role is held on, named after it like a unit: "thuyền viên | tàu du lịch Phú Quý 2"
             "tàu",
             # "còn" (still) opens the holder's predicate ("ngư dân | còn mắc kẹt …"; bulk news, session 40), but
             # is no tense adverb of a unit's field (TENSE_ADVERBS leaves it out: "còn" also opens a contrast)
             "còn"} | TENSE_ADVERBS | {x for x in level_syllables() if x.islower()} | \
    (CLAUSE_CONJUNCTIONS - {"song", "vì"})
# (the adverbs of time opening the holder's predicate, conferral_words.TENSE_ADVERBS: "ca sĩ | vẫn còn …", "tay vợt |
# từng hạ …")
# (the levels of administrative_levels.tsv; the conjunctions opening a clause, clause_conjunctions.txt: "hoa hậu … |
# nhưng …", "chân sút đẳng cấp | nhưng …": a title's tail never runs into the next clause; but not "song", also the
# first syllable of a field ("giáo viên song ngữ"), nor "vì", also the preposition of a cause served ("nhà hoạt động vì
# quyền phụ nữ": held-out set 10))
#: the passive and adversative verbs opening what befell the holder (Từ điển tiếng Việt, Hoàng Phê, 2003: "bị",
#: "gặp"), which end a title's tail unless they close a word begun in it ("thiết bị", "bắt gặp"): "nữ diễn viên | bị
#: bắt gặp …" (session 38's bulk judgement), "tình nguyện viên | gặp nạn" (held-out 5)
BEFALLS = frozenset({"bị", "gặp"})
#: the holder's age written in a title's tail ("diễn viên | 21 tuổi", "chân sút | chưa đủ 18 tuổi"), no part of it
AGE = re.compile(r" (?:(?:chưa|mới|vừa) )?(?:(?:đủ|tròn|hơn|gần) )?\d+ tuổi(?: |$)")
#: a school's subdivisions, named by their subject ("tổ Toán", "khoa Điện", "ngành Dược học"; Điều lệ trường trung
#: học, Thông tư 32/2020/TT-BGDĐT, Art. 14: tổ chuyên môn; Luật Giáo dục đại học 2012, Art. 14: khoa, ngành)
SUBDIVISIONS = {"tổ", "khoa", "ngành"}
#: evaluative adjectives and degree words (``evaluative_adjectives.txt``) describing the holder, no part of the title:
#: the title written before one ends there ("học sinh | xuất sắc", "diễn viên | đình đám", "thủ môn | hàng đầu thế
#: giới", "nghệ sĩ | trẻ")
EVALUATIVE = re.compile(r" (?:%s)(?: |$)" % alternation("evaluative_adjectives.txt"))
#: the same words as a set, lower-cased: praise between an occupation and the nationality after it ("đầu bếp | nổi
#: tiếng | người Mỹ …", _nationality_before)
PRAISE = frozenset(x.lower() for x in word_list("evaluative_adjectives.txt"))
#: the words naming a title's holder right after it ("tên", "tên là", "là": ``naming_links.txt``), split into words,
#: the longest first (read by _naming_before); the copula among them, and the words a title it names may follow
NAMING_LINKS = tuple(sorted((tuple(x.split()) for x in section("naming_links.txt", "# Naming nouns") +
                             section("naming_links.txt", "# Copula")), key=len, reverse=True))
COPULA = section_word("naming_links.txt", "# Copula")
COPULA_TITLE_OPENERS = frozenset(section("naming_links.txt", "# Title openers"))
PRAISE_MAX = max(len(x.split()) for x in PRAISE)  # words of the longest, read back from the nationality
#: the party committees of the province and district levels, named by the first syllable of the level
#: (``administrative_levels.tsv``; Điều lệ Đảng, Art. 9): "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy"
LEVEL_PARTY_COMMITTEES = "|".join(sorted(x.capitalize() + " ủy" for x in level_syllables(("province", "district"), first=True)
                                         if x.islower()))
#: a people's committee or council, a police or a party committee named by its level alone ("UBND tỉnh", "Công an
#: huyện", "Tỉnh ủy"), the level words from ``administrative_levels.tsv``: a unit the position is written with
GENERIC = re.compile(r"^(?:(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Công an)\s+(?:" + level_pattern() +
                     r")|" + LEVEL_PARTY_COMMITTEES + r"|Tỉnh đoàn|Thành đoàn|Thành Đoàn|Tỉnh Đoàn)$", re.IGNORECASE)
GENERIC_PREFIX = re.compile(r"^((?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\s+(?:" + level_pattern() +
                            r")|" + LEVEL_PARTY_COMMITTEES + r")\s", re.IGNORECASE)
#: the short forms of a level ("TP", "TP.": administrative_levels.tsv): a body named by one ("UBND TP. | Hà Nội",
#: "HĐND TP | HCM") is written whole as the unit and the title alone as the position ("Phó Chủ tịch" | "UBND TP. HCM":
#: dev gold and held-out sets 3, 6 and 9), with or without the dot (the same title either way); a level written out
#: keeps the suffix ("Phó Chủ tịch UBND tỉnh" | "UBND tỉnh X")
SHORT_LEVELS = level_short_forms()
NAMED_IN_TITLE = ("Chính phủ", "Quốc hội")
#: the heading of the section of ``positions.txt`` listing titles of staff of a body (a commune's civil servants,
#: Nghị định 33/2023/NĐ-CP): the level body after such a title is the unit, not written into the position
STAFF_TITLES = "# The titles of a commune's civil servants"
#: titles held in bodies of any kind (a council, a committee, an association), written with the body they head
#: when they close a compound position; "Bộ trưởng", "Giám đốc" name their body's rank and are written alone
BODY_FREE_TITLES = ("chủ tịch", "chủ nhiệm")
#: words that may open a sentence before an occupation standing for a person named before (``clause_openers.txt``:
#: "tuy nhiên", "còn", "sau đó")
SENTENCE_OPENERS = frozenset(word_list("clause_openers.txt"))
#: openers of a fronted adverbial clause ("Sau khi …", "Khi …", "Với …": fronted_openers.txt, "# Adverbial clause
#: openers", as conferral_recipients.FRONTED_OPENERS reads them), whose titles are the name's after its comma only
#: after a word of ``ROLE_INTRODUCERS``
ADVERBIAL_OPENERS = frozenset(FRONTED_OPENERS)
#: words naming the source of a report ("Theo …,": fronted_openers.txt, "# Source of a report")
SOURCE_OPENERS = frozenset(section("fronted_openers.txt", "# Source of a report"))
#: words opening a fronted adverbial clause, phrase of time or source of a report, after whose comma such an
#: occupation may stand ("Sau khi …, người mẫu Đan Mạch …", "Năm 2015, tiền vệ 24 tuổi …") and a name is no
#: second item of a list ("Theo HLV A, B nên …"): conferral_recipients.FRONTED_OPENERS, conferral_words.TIME_FRONT
#: and the source words (fronted_openers.txt)
FRONTED = ADVERBIAL_OPENERS | TIME_FRONT | SOURCE_OPENERS
#: openers of a fronted clause of talking to someone (fronted_openers.txt, "# Addressing openers": "Trả lời phóng
#: viên …", "Trao đổi với …")
ADDRESSING_OPENERS = frozenset(section("fronted_openers.txt", "# Addressing openers"))
#: openers of a fronted clause or phrase in which a title before "của" is not the title of the name after its comma
#: (:meth:`OfficialLinker._title_before_possessor`): the adverbial clause openers ("Sau …", "Với …") and talking to
#: someone (fronted_openers.txt, "# Addressing openers": "Trả lời phóng viên của báo X, ông Y"); not a source of a
#: report, nor a time phrase, which a title may follow without a comma ("Hôm qua Giám đốc của công ty, ông Y, …")
NOT_OWN_TITLE = ADVERBIAL_OPENERS | ADDRESSING_OPENERS
#: openers of a fronted clause of purpose, a verb phrase in which an occupation-like word ("Để bảo vệ học sinh …,
#: ông X") is no title of the name after its comma (fronted_openers.txt, "# Purpose openers")
PURPOSE_OPENERS = frozenset(section("fronted_openers.txt", "# Purpose openers"))
#: openers of a fronted clause whose titles are others' than the name's after its comma
#: (:meth:`OfficialLinker._after_purpose`): purpose ("Để bảo vệ học sinh …, ông X") and talking to someone ("Trả lời
#: phóng viên báo Y, Giám đốc Sở Z X": the reporter is the one addressed, X is the director)
FRONTED_AWAY = PURPOSE_OPENERS | ADDRESSING_OPENERS
#: words making a title inside a fronted adverbial clause the role of the name after its comma ("Khi còn là …",
#: "Với cương vị …": role_introducers.txt), lower case, as tuples of words
ROLE_INTRODUCERS = frozenset(tuple(w.split()) for w in word_list("role_introducers.txt"))
#: the lengths in words of those, shortest first: the words before a title are read once per length
ROLE_INTRODUCER_LENGTHS = sorted({len(r) for r in ROLE_INTRODUCERS})
#: the spaces after the dot joining two academic titles' abbreviations ("PGS. TS", "GS. TSKH"): written "PGS.TS"
DOT_SPACE = re.compile(r"\.\s+")
#: tokens ending the clause a fronted phrase opens
CLAUSE_MARKS = {",", ".", "\n", ";", ":", "!", "?", "(", ")", "-", "–"}
#: the most tokens of the possessor written between a title's "của" and the comma before the name of its holder
#: (:meth:`OfficialLinker._title_before_possessor`: "… của | Tổng thống Nga | , ông X")
POSSESSOR_MAX = 8
#: a title ending with one of these names its own body ("Phó Chủ tịch nước", "Thủ tướng Chính phủ", "Ủy viên Bộ
#: Chính trị", "Bí thư Trung ương Đảng")
STATE_BODIES = (" nước", " Chính phủ", " Quốc hội", " Bộ Chính trị", " Trung ương Đảng", " TƯ Đảng")
#: the titles of the Government's members, lower-cased, a deputy's "phó" aside: "Chính phủ gồm Thủ tướng Chính phủ,
#: các Phó Thủ tướng Chính phủ, các Bộ trưởng và Thủ trưởng cơ quan ngang bộ" (Luật Tổ chức Chính phủ 2015, Art. 2);
#: their body is the Government, another than that of a council or office they chair besides
GOVERNMENT_MEMBERS = ("thủ tướng", "bộ trưởng")


def _government_member(title: str) -> bool:
    """``title`` is a Government member's (``GOVERNMENT_MEMBERS``), written alone or with "thường trực" ("Phó Thủ
    tướng thường trực"), after the prefixes of ``title_prefixes.txt`` ("nguyên Bộ trưởng") and a deputy's "Phó"."""
    low = " ".join(_without_prefixes(title.split())).lower().removeprefix("phó ").removesuffix(" thường trực")
    return low in GOVERNMENT_MEMBERS


def _time_adverb_before(w, k: int) -> bool:
    """An adverb of ``LATER_ADVERBS`` or ``THEN_ADVERBS`` ends right before token ``k`` (the "là" of a title stated
    later), perhaps before an "đang" ("khi đó đang là …"), in any letter case."""
    e = k - 1 if k > 0 and w[k - 1] == "đang" else k
    return any(e - L >= 0 and " ".join(w[e - L:e]).lower() in TIME_ADVERBS
               for L in range(1, TIME_ADVERB_WORDS + 1))


def _compound_end(d, k: int) -> bool:
    """Token ``k`` (a PREFIX word) ends a compound of ``prefix_compounds.txt`` with the token before it ("chính |
    quyền", "thẩm | quyền"), so it is no prefix of the title after it."""
    return k > 0 and f"{LOWERED[d.words[k - 1]]} {LOWERED[d.words[k]]}" in PREFIX_COMPOUNDS


#: the forms of a state's official name written before the country ("Cộng hòa", "Vương quốc": ``state_forms.txt``),
#: lower-cased word tuples, the longest first, and the word "nước" that may open them
STATE_FORMS = sorted({tuple(f.lower().split()) for f in word_list("state_forms.txt")}, key=len, reverse=True)
STATE_FORM_FIRSTS = {f[0] for f in STATE_FORMS}


def _past_state_form(words, k: int) -> int:
    """The token after the form of a state's name opening at token ``k`` ("nước | Cộng hòa | Séc", "Vương quốc |
    Tây Ban Nha"), else ``k``."""
    j = k + 1 if k < len(words) and words[k] == "nước" else k
    if j >= len(words) or LOWERED[words[j]] not in STATE_FORM_FIRSTS:
        return k
    low = tuple(LOWERED[w] for w in words[j:j + len(STATE_FORMS[0])])
    return next((j + len(f) for f in STATE_FORMS if low[:len(f)] == f), k)


def _without_prefixes(words: list[str]) -> list[str]:
    """``words`` (a title's, split) without the words of ``PREFIX`` that open it (``title_prefixes.txt`` and a sex
    word: "nguyên Bộ trưởng" → "Bộ trưởng"), its last word kept."""
    k = 0
    while k < len(words) - 1 and words[k] in PREFIX:
        k += 1
    return words[k:]


def _in_either_case(text: str, words) -> bool:
    """``text`` is in ``words`` as written or lower-cased."""
    return text in words or text.lower() in words


def _in_fronted(words, i: int, phrases=FRONTED) -> bool:
    """Token i stands in a phrase that opens its sentence or clause with a word of ``phrases`` (``FRONTED``: "Theo
    …", "Sau khi …", "Năm 2015 …"; :func:`~.role_anaphora.opening_length`): the clause marks of ``CLAUSE_MARKS`` are
    sought back from i."""
    k = i
    while k > 0 and words[k - 1] not in CLAUSE_MARKS:
        k -= 1
    return k < i and opening_length(words, k, len(words), phrases) > 0


def _fronted_apart(words, title: int, name: int, openers) -> bool:
    """The title at token ``title`` stands inside a fronted clause one of ``openers`` opens (:func:`_in_fronted`) and
    the name at token ``name`` does not: the clause's comma parts them ("Trả lời phóng viên báo Y, | ông X")."""
    return _in_fronted(words, title, openers) and not _in_fronted(words, name, openers)


def _role_introduced(words, i: int) -> bool:
    """The title opening at token i follows, past its prefixes (``PREFIX``: "nguyên"), a word or phrase of
    ``ROLE_INTRODUCERS`` ("Khi còn là | Bí thư …", "Với cương vị | Chủ tịch …"), or a conjunction opening a clause
    (role_introducers.txt, "# Conjunctions": "sau khi | Tổng thống Guatemala, ông X, thông báo …": the clause's
    subject, the name its apposition): the role of the subject.  Not after a preposition opening the fronted phrase
    ("Với | Chủ tịch UBND tỉnh, ông X đã làm việc …": the chairman is the one X works with)."""
    while i > 0 and words[i - 1] in PREFIX:
        i -= 1
    return any(i >= L and tuple(LOWERED[w] for w in words[i - L:i]) in ROLE_INTRODUCERS
               for L in ROLE_INTRODUCER_LENGTHS)


def _named_titled(name: str, titled) -> bool:
    """The name ``name`` is, or is the short form (its last words) or the full form of, a name of ``titled`` (the
    texts of the mentions given a title elsewhere in the document): "Aubameyang", after "tiền đạo Pierre-Emerick
    Aubameyang" in the sentence before, keeps that title, not the occupation opening the next sentence."""
    return any(t == name or t.endswith(" " + name) or name.endswith(" " + t) for t in titled)


@Language.factory("sovang_officials")
def make_officials(nlp, name):
    """Factory of :class:`OfficialLinker`."""
    return OfficialLinker(nlp)


def _office_end(chain) -> int:
    """The token after a chain's first title and the units written right after it ("Chủ tịch | UBND tỉnh X")."""
    end = chain[0][1]
    for s, e, k, _ in chain[1:]:
        if k == "pos" or s != end:
            break
        end = e
    return end


def _naming_before(d, i: int, ends) -> int:
    """Length (1 or 2) of the words of ``naming_links.txt`` (``NAMING_LINKS``: "tên", "tên là", the identifying
    "là") written right before token i, where a name opens (perhaps behind its honorific), with a title or its unit
    ending right before them ("ngư dân tên | Lò Văn A", "một y tá tên là | B", "thành viên Hội đồng X tên | C",
    "Chủ tịch CLB X là | ông D"); else 0.
    ``ends`` maps a token to the title and unit spans ending there (:meth:`OfficialLinker._items`)."""
    for words in NAMING_LINKS:
        L = len(words)
        if i - L > 0 and tuple(d.words[i - L:i]) == words and ends.get(i - L):
            return L
    return 0


def _acts_for(d, s: int) -> bool:
    """The words before token ``s`` (an optional "của" skipped) end with an opener of acting for someone
    (:data:`~extractors.components.conferral_award_names.BEHALF_OPENERS`: "thừa ủy quyền", "thay mặt",
    "được sự ủy quyền của"), so a title at ``s`` names the principal."""
    if d.words[s].lower() == "quyền" and s > 0 and d.words[s - 1].lower() in ("ủy", "uỷ"):
        s += 1  # "Thừa ủy quyền Chủ tịch …": no acting ("quyền") title, the opener's last word
    elif s > 1 and d.words[s - 1].lower() == "quyền" and d.words[s - 2].lower() not in ("ủy", "uỷ"):
        s -= 1  # "Thay mặt quyền Chủ tịch …": the principal holds an acting title
    if s > 0 and d.words[s - 1].lower() == "của":
        s -= 1
    before = " ".join(d.words[max(0, s - 3):s]).lower()
    return any(before.endswith(o) and (len(before) == len(o) or before[-len(o) - 1] == " ")
               for o in BEHALF_OPENERS)

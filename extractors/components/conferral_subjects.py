"""The subject of a receive cue that no name finder gave: a body's bare head or a body noun with "này", a province, a
generic word for the story's body, a description of the story's person, a capitalised run no finder named, and where
the subject of a clause starts.
"""
from __future__ import annotations

import bisect

from ..foreign import is_foreign_word
from ..gazetteer import province_levels, table
from ..initialisms import abbreviates
from .base import LOWERED, Ent, fullest, is_cap, span_text, state
from .conferral_cues import UNREAL
from .conferral_words import ADDRESS, ADVERBS, COUNT_WORDS, FRONTING, PRONOUNS, TIME_FRONT, _opening, adverbs_start, \
    phrase_tuples
from .persons import CLAUSE_OPENERS

#: verbs of beating a rival: names after one, before the clause's receive verb, are the rivals beaten ("vượt qua A
#: và B để giành giải X"): defeat_verbs.txt, as word tuples of two words (last_defeat compares word pairs)
DEFEAT_VERBS = frozenset(phrase_tuples("defeat_verbs.txt", "# Verbs of beating"))
#: manner adverbs written between a subject and its verb of beating ("A đã xuất sắc vượt qua B để …"): defeat_verbs.txt,
#: word tuples (purpose_subject_end steps back over them)
DEFEAT_MANNERS = phrase_tuples("defeat_verbs.txt", "# Manner adverbs")

#: words opening a fronted phrase before a clause's subject, and the words written back over before a subject's name
_FRONTS = FRONTING | TIME_FRONT
_ADVERBS_ADDRESS = ADVERBS | ADDRESS

#: words for a place's people, party and government before the place (place_communities.txt), as token tuples
PLACE_COMMUNITIES = phrase_tuples("place_communities.txt")
_COMMUNITY_MAX = max(map(len, PLACE_COMMUNITIES), default=0)  # (the words _past_community reads at most)
#: the day an anniversary celebrates, before whose day it is (anniversary_owners.txt), as token tuples, longest first
ANNIVERSARY_DAYS = phrase_tuples("anniversary_owners.txt")
#: level words of a place written as a recipient (Luật Tổ chức chính quyền địa phương 2015), as token tuples
SUBJECT_LEVELS = (("thị", "xã"), ("thị", "trấn"), ("thành", "phố"), ("xã",), ("huyện",), ("tỉnh",), ("phường",),
                  ("quận",))
_LEVEL_MAX = max(map(len, SUBJECT_LEVELS))  # (the words _level_at reads at most)
PROVINCE_LEVELS = province_levels()
SCHOOL_NAMES = ("ĐH ", "Đại học ", "CĐ ", "Cao đẳng ", "THPT ", "THCS ", "Tiểu học ")  # a school's name after "Trường"
UNFOUND_OPENERS = {"ngoài", "bên", "tuy", "dù", "nếu", "theo", "riêng", "còn", "như", "sau", "trước", "trong",
                   "tại", "với", "nhờ", "khi", "năm", "ngày", "hôm", "từ"}  # open a fronted phrase, no name
ASIDE_STOPS = {";", ":", "(", ")", "–", "-", "\"", "“", "”", "?", "!"}  # no aside runs over them
ASIDE_MAX = 12  # words of an aside between a clause-opening name and its verb ("…, sinh năm 1989, cao 1,73m")
#: nouns of a body named again by "này" ("doanh nghiệp này", "đơn vị này")
BODY_NOUNS = {"doanh nghiệp", "công ty", "đơn vị", "tập đoàn", "tổng công ty", "cơ quan", "bệnh viện", "trường",
              "nhà máy", "hợp tác xã", "tập thể"}
#: head nouns of bodies that, bare, stand for the document's body of that head as a subject ("báo cũng vinh dự
#: được …", "trường được tặng …")
SUBJECT_HEADS = {"báo", "trường", "bệnh viện", "công ty", "tổng công ty", "viện", "học viện", "ngân hàng",
                 "tập đoàn", "nhà máy", "hợp tác xã", "tòa soạn", "đài", "nhà hát", "bảo tàng", "thư viện",
                 "sư đoàn", "trung đoàn", "lữ đoàn", "cục", "sở", "viện kiểm sát", "tòa án", "trung tâm"}
#: the word before a title that makes its holder newly appointed ("tân Giám đốc"): the story's appointee
NEW_HOLDER = "tân"
#: generic subjects that stand for the document's own body ("Đơn vị vinh dự được tặng …")
GENERIC_SUBJECTS = ("tập thể đơn vị", "đơn vị")
#: a person described by a calling and an origin (described_subjects.txt, _described_by_origin): the origin words and
#: the person nouns, word tuples; the callings of honorifics.tsv (kind "role") are person nouns too
ORIGINS = phrase_tuples("described_subjects.txt", "# Origin words")
PERSON_NOUNS = frozenset(phrase_tuples("described_subjects.txt", "# Person nouns")) | frozenset(
    tuple(h.lower().split()) for h, kind in table("honorifics.tsv") if kind == "role")
DESCRIBED_HEAD_MAX = 4  # words of a described person's head ("tiền vệ chạy cánh")
#: tense adverbs between a described subject and its verb
DESCRIBED_TAIL = frozenset({"đã", "từng", "cũng", "còn", "vừa"})


def _named_in_full(d, k, j, st):
    """The unit (the fullest of several), or else the one person of more words, of the document (``st``: its
    state, its names in order as the conferral linker keeps them) whose name holds the words ``k``..``j`` as whole
    words ("Prudential" in "Công ty Tài chính Prudential Việt Nam"), as an Ent at ``k``..``j`` carrying that name;
    None when there is none, False when several persons."""
    short = " " + span_text(d, k, j).lower() + " "
    for kind, found in (("unit", st["units_in_order"]), ("person", st["persons_in_order"])):
        names = {x.text for x in found if short in " " + x.text.lower() + " " and x.text.lower() != short[1:-1]}
        if kind == "unit" and names:
            return Ent(kind, k, j, fullest(names), {"kind": "short"})
        if len(names) == 1:
            return Ent(kind, k, j, names.pop(), {"kind": "short"})
        if names:
            return False
    return None


def _before_aside(words, lo, j) -> int:
    """Where a clause-opening capitalised name ends when an aside in lower case, numbers and commas stands
    between it and the verb at ``j`` ("Pushpika De Silva, 31 tuổi, đã được trao …"): the index of the comma
    opening the aside; ``j`` when there is no such aside."""
    i = lo
    while i < j and is_cap(words[i]) and words[i].isalpha():
        i += 1
    if i == lo or i >= j or words[i] != "," or j - i > ASIDE_MAX:
        return j
    if all(not is_cap(w) and w not in ASIDE_STOPS for w in words[i + 1:j]):
        return i
    return j


def _past_community(words, s: int, p: int) -> int:
    """Past the words for a place's people, party or government (PLACE_COMMUNITIES: "Đảng bộ, chính quyền và
    Nhân dân") opening ``words`` at ``s`` (before ``p``): the index after them, ``s`` when none opens there."""
    # (no longer phrase: the words it can hold)
    low = list(map(LOWERED.__getitem__, words[s:min(p, s + _COMMUNITY_MAX)]))
    return next((s + len(c) for c in PLACE_COMMUNITIES if tuple(low[:len(c)]) == c), s)


def _level_at(words, i):
    """The level of SUBJECT_LEVELS written at ``i`` (any case), as a word tuple, or None (the first in the list's
    order, only the levels its first word opens tried: conferral_words._opening)."""
    return _opening(list(map(LOWERED.__getitem__, words[i:i + _LEVEL_MAX])), SUBJECT_LEVELS)


def place_at(words, s: int, p: int):
    """The place written at ``s`` right before the verb at ``p`` (only adverbs between): a level word of
    SUBJECT_LEVELS and a capitalised name ("xã Sen Thủy"), or a province of provinces_2025.tsv, bare or after
    its level ("Quảng Ngãi" → "tỉnh Quảng Ngãi"). An Ent of kind "place" with the level in lower case, or None."""
    level = _level_at(words, s)
    i = s + len(level) if level else s
    e = i
    while e < p and is_cap(words[e]) and words[e].isalpha():
        e += 1
    if e == i or e - i > 4 or adverbs_start(words, e, p) != e:
        return None
    name = " ".join(words[i:e])
    if level is None or level in (("tỉnh",), ("thành", "phố")):
        if name not in PROVINCE_LEVELS:
            return None
        level = tuple(PROVINCE_LEVELS[name].split())
    return Ent("unit", s, e, " ".join(level) + " " + name, {"kind": "place"})


#: words of an unnamed rest closing a list of places before its verb ("A, B và C và rất nhiều xã, đơn vị, cá nhân được …": nine) at most
PLACE_REST_MAX = 10


def places_at(words, s: int, p: int) -> list:
    """A list of places written at ``s`` right before the verb at ``p`` (only adverbs between), each a capitalised
    name of at most four words after a level word of SUBJECT_LEVELS, an item without one taking the level before
    it, the items joined by "," and "và", a count word before the first level allowed ("Ba huyện A, B và C", "huyện
    A và xã B"); an unnamed rest in lower case after a last "và" is left out ("…, C và nhiều xã khác"). A province
    after "tỉnh" or "thành phố" must be one of provinces_2025.tsv. The places (Ent list of kind "place", level in
    lower case), or [] when fewer than two are written so."""
    i = s + (s < p and (words[s].lower() in COUNT_WORDS or words[s].isdigit()))
    level = _level_at(words, i)
    if level is None:
        return []
    out, start, i = [], i, i + len(level)  # start: where the item's span opens (its level word, when written)
    while True:
        e = i
        while e < p and is_cap(words[e]) and words[e].isalpha():
            e += 1
        if e == i or e - i > 4:
            return []
        name = " ".join(words[i:e])
        if level in (("tỉnh",), ("thành", "phố")):
            if name not in PROVINCE_LEVELS:
                return []
            level = tuple(PROVINCE_LEVELS[name].split())
        out.append(Ent("unit", start, e, " ".join(level) + " " + name, {"kind": "place"}))
        if e >= p or words[e] not in (",", "và"):
            break
        nxt = _level_at(words, e + 1)
        if nxt is not None:
            level, start, i = nxt, e + 1, e + 1 + len(nxt)
        elif e + 1 < p and is_cap(words[e + 1]):
            start = i = e + 1
        elif words[e] == "và" and p - e - 1 <= PLACE_REST_MAX and \
                all(w == "," or (w.isalpha() and w.islower()) for w in words[e + 1:p]):
            return out if len(out) >= 2 else []  # "…, C và rất nhiều xã, đơn vị được …": the rest is unnamed
        else:
            return []
    return out if len(out) >= 2 and adverbs_start(words, e, p) == e else []


def anniversary_owner_span(words, lo: int, p: int):
    """"X tổ chức Lễ kỷ niệm 60 năm Ngày truyền thống của lực lượng Y (1957-2017) và đón nhận …": the words
    [start, stop) naming whose day the anniversary celebrates (after a day of ANNIVERSARY_DAYS and an optional
    "của", up to "và" right before the receive verb at ``p`` or to the parenthesised dates before it), when "kỷ
    niệm" opens the anniversary inside the clause [lo, p); None otherwise."""
    if p - 1 <= lo or words[p - 1].lower() != "và":
        return None
    low = [w.lower() for w in words[lo:p - 1]]
    start = None
    for i in range(len(low) - 1, 0, -1):
        day = next((c for c in ANNIVERSARY_DAYS if tuple(low[i:i + len(c)]) == c), None)
        if day is not None and "niệm" in low[:i] and "kỷ" in low[:i]:
            start = lo + i + len(day)
            break
    if start is None:
        return None
    start += start < p and words[start].lower() == "của"
    stop = p - 1
    if words[stop - 1] == ")":
        stop = next((j for j in range(stop - 1, start - 1, -1) if words[j] == "("), start)
    return (start, stop) if start < stop else None


#: words of a named force's name that a local unit of that force repeats before its place ("lực lượng Công an
#: nhân dân" → "Công an tỉnh X", "Bộ đội Biên phòng" → "Bộ Chỉ huy Bộ đội Biên phòng tỉnh X")
FORCE_HEAD_WORDS = 2


def _writes(a: list, b: list) -> bool:
    """The words ``a`` and ``b`` write one name: equal but for case, or one writes the other with initialisms
    (:func:`~extractors.initialisms.abbreviates`: "BĐBP" = "Bộ đội Biên phòng", "CA" = "Công an")."""
    return [w.lower() for w in a] == [w.lower() for w in b] or abbreviates(a, b) or abbreviates(b, a)


def local_unit_of(organiser: str, owner: str) -> bool:
    """Whether ``organiser`` is a local unit of the force ``owner`` (an anniversary's owner): its name repeats the
    owner's first FORCE_HEAD_WORDS words or the owner's whole name (after "lực lượng"), either written out or as
    initialisms ("Bộ Chỉ huy BĐBP tỉnh X" of "Bộ đội Biên phòng"), and then a place level of SUBJECT_LEVELS ("Công
    an tỉnh Quảng Trị" of "lực lượng Công an nhân dân"). Such a unit celebrates its force's day and receives its own
    award there; a national body of the force ("Cục Kiểm lâm") holds no place level. An owner with a place level of
    its own is no force but a unit named in full ("Công an huyện X tổ chức … thành lập Công an thị trấn Y"): False."""
    own = owner.split()
    if [w.lower() for w in own[:2]] == ["lực", "lượng"]:
        own = own[2:]
    if not own or _level_starts(own):
        return False
    names = (own[:FORCE_HEAD_WORDS], own)
    org = organiser.split()
    levels = _level_starts(org)
    last = levels[-1] if levels else 0  # the name must end at the last level or before it
    return any(_writes(org[i:e], name) for i in range(len(org)) for e in range(i + 1, last + 1) for name in names)


def _level_starts(words: list) -> list[int]:
    """The indexes of ``words`` where a place level of SUBJECT_LEVELS opens, in any case ("Công an tỉnh X" → [2])."""
    return [j for j in range(len(words)) if _level_at(words, j) is not None]


class Subjects:
    """Subjects of receive cues; mixed into :class:`~extractors.components.conferrals.ConferralLinker`."""

    @staticmethod
    def _described_subject(d, lo, p) -> bool:
        """The subject before the verb at ``p`` is a description of the story's person, not a name: a short
        common-noun phrase with a birth year ("Thiếu tá sinh năm 1983 đã giành …", "Trước đó, cô gái sinh
        năm 1995 từng đạt …") or with a calling and an origin (:func:`_described_by_origin`: "người đẹp gốc Cần Thơ
        cũng nhận …"), after an optional fronted phrase closed by a comma."""
        commas = [i for i in range(lo, p) if d.words[i] == ","]
        start = commas[-1] + 1 if commas else lo
        ws = d.words[start:p]
        for j in range(len(ws) - 2):
            if ws[j].lower() == "sinh" and ws[j + 1].lower() == "năm" and ws[j + 2].isdigit():
                head, tail = ws[:j], ws[j + 3:]
                return 1 <= len(head) <= 3 and all(t.isalpha() for t in head) and \
                    all(t[:1].islower() for t in head[1:]) and \
                    all(t.lower() in DESCRIBED_TAIL for t in tail)
        return _described_by_origin(ws)

    def _with_head_before(self, d, r):
        """"báo Công an TP HCM được … tặng": a body recipient right after a lower-case head noun (SUBJECT_HEADS:
        "báo", "trường", …) that the document writes elsewhere with that head as one name ("Báo Công An TP HCM")
        is that body; a school written without "Trường" ("ĐH Y Hà Nội") that the document writes with it is
        named with it; else ``r``."""
        if r.kind == "unit" and r.text.startswith(SCHOOL_NAMES):
            # "ĐH Y Hà Nội đã 2 lần được trao tặng …" beside "Trường ĐH Y Hà Nội": the school's name has its head
            whole = "trường " + r.text.lower()
            u = next((u for u in self._units_sorted if u.text.lower() == whole), None)
            return Ent("unit", r.start, r.end, u.text, dict(u.info)) if u is not None else r
        if r.kind != "unit" or r.start == 0 or d.words[r.start - 1].lower() not in SUBJECT_HEADS or \
                not d.words[r.start - 1].islower():
            return r
        whole = (d.words[r.start - 1] + " " + r.text).lower()
        u = next((u for u in self._units_sorted if u.text.lower() == whole), None)
        return Ent("unit", r.start - 1, r.end, u.text, dict(u.info)) if u is not None else r

    def unfound_subject(self, d, lo, p, ents, awards):
        """The subject of a winning verb at ``p`` that no finder named: a run of capitalised syllables written
        right before the verb (adverbs of ADVERBS between) that opens the clause at ``lo``, follows a comma
        ("Kết quả chung cuộc, Hiền Trân đăng quang …") or a nationality ("Người đẹp Thái Lan Nuttanan Naree đã
        đăng quang …": the places opening the run are left out): "Ronaldo giành Quả bóng Vàng", "Pia
        Wurtzbach đăng quang …" (sports and entertainment news name foreign winners the person finder misses;
        eval GUIDELINES: such prizes count when the text says someone received them). An aside of the
        clause-opening name may stand between ("Pia Wurtzbach, sinh năm 1989, cao 1,73m đăng quang …",
        _before_aside). Two to four title-case syllables (no two of them a dictionary word: "Kết quả", "Tuy
        nhiên"; no word opening a fronted phrase: "Ngoài Quang Hải"), or one foreign word
        (:func:`extractors.foreign.is_foreign_word`: "Messi"); a run that holds a unit head, a pronoun, a
        clause opener or a name already found is no subject. The run is the short form of the one unit or
        longer person name of the document holding its words ("Prudential" for "Công ty Tài chính Prudential
        Việt Nam"), else a person of its own. Returns an Ent or None.  What it reads of the document (its titles'
        tokens, its names in order) it reads from ``d``, where this linker's call left it: the same answer for the
        document whichever documents this linker saw since."""
        st = state(d)
        j = purpose_subject_end(d, lo, adverbs_start(d.words, lo, p))  # "A vượt qua B để | đăng quang …"
        if j > lo and not is_cap(d.words[j - 1]):
            j = _before_aside(d.words, lo, j)
        i = j
        while i > lo and j - i < 6 and is_cap(d.words[i - 1]) and d.words[i - 1].isalpha():
            i -= 1
        k = self._past_places(d, i, j)
        if k >= j or j - k > 4 or (j - k == 1 and not is_foreign_word(d.words[k])):
            return None
        if i > lo and d.words[i - 1] != "," and k == i:
            return None  # only a clause opening, a comma or a nationality stands before the name
        if any(w.lower() in UNREAL for w in d.words[j:p]):
            return None  # "Vietnam World sẽ nhận được …": a win to come is none yet
        words = d.words[k:j]
        if any(w in PRONOUNS or w in CLAUSE_OPENERS or w.lower() in self.lex.unit_heads or w.isupper()
               or w.lower() in self._honorific_words for w in words) or k in st["title_tokens"] or \
                words[0].lower() in UNFOUND_OPENERS or self._holds_place(d, k, j) or \
                any(f"{x.lower()} {y.lower()}" in self.words for x, y in zip(words, words[1:])) or \
                any(x.start < j and k < x.end for x in list(ents) + list(awards)):
            return None
        full = _named_in_full(d, k, j, st)
        if full is False:
            return None  # "Thu Hằng" of "Lê Thị Thu Hằng" and of "Trần Thu Hằng": names neither
        return full or Ent("person", k, j, span_text(d, k, j), {"kind": "unfound"})

    def _holds_place(self, d, k, j) -> bool:
        """Whether a place of places.txt is written inside the run ``k``..``j`` ("Thái Việt Nam")."""
        return any(span_text(d, x, y) in self.lex.places for x in range(k, j) for y in range(x + 1, j + 1))

    def _past_places(self, d, i, j) -> int:
        """Past the places of places.txt opening the capitalised run ``i``..``j`` ("Thái Lan | Nuttanan
        Naree"): the index where the rest starts (``j`` when the run is all place)."""
        moved = True
        while moved and i < j:
            moved = False
            for m in range(j, i, -1):
                if span_text(d, i, m) in self.lex.places:
                    i, moved = m, True
                    break
        return i

    @staticmethod
    def _generic_subject(d, lo, p) -> bool:
        """"Đơn vị vinh dự được Nhà nước tặng …", "Năm 2015, đơn vị được …": the clause's subject is a generic
        word for the document's own body (GENERIC_SUBJECTS), only adverbs between it and the verb."""
        commas = [j for j in range(lo, p) if d.words[j] == ","]
        if commas and d.words[lo].lower() in _FRONTS:
            lo = commas[-1] + 1
        for g in GENERIC_SUBJECTS:
            n = len(g.split())
            if [w.lower() for w in d.words[lo:lo + n]] == g.split() and \
                    adverbs_start(d.words, lo + n, p) == lo + n:
                return True
        return False

    def _new_holder(self, d, lo, p, ents):
        """"Đặc biệt, tân Giám đốc Sở Y tế là …, từng được tặng Bằng khen …": a clause of the verb at ``p`` (from
        ``lo``) whose subject is "tân" (newly appointed) and a title with no name after it stands for the person
        the story appoints, the last person named before it (:meth:`_pronoun_referent`, as "ông" would): an Ent
        of that person at the title, else None.  The subject opens the clause or follows a fronted phrase's
        comma; the title may name its body ("tân Giám đốc Sở Y tế"); a name written right after the title (or its
        body) is the subject itself (the linker's named case)."""
        st = state(d)
        titles = st["title_tokens"]
        for k in range(lo, p - 1):
            if LOWERED[d.words[k]] != NEW_HOLDER or k + 1 not in titles or not (k == lo or d.words[k - 1] == ","):
                continue
            j = k + 1
            while j < p and j in titles:
                j += 1
            j = max([u.end for u in st["unit"] if u.start == j] + [j])  # "tân Giám đốc Sở Y tế": its body
            if any(x.start == j for x in ents) or (j < p and is_cap(d.words[j])):
                return None
            prev = self._pronoun_referent(d, k, None)
            return Ent("person", k, j, prev.text, {"kind": "pronoun"}) if prev is not None else None
        return None

    def _demonstrative_collective(self, d, lo, p):
        """"PVC được tặng …. Tháng 1/2011, doanh nghiệp này được nhận thêm danh hiệu …": a subject "<body noun>
        này" stands for the one collective recipient of the last conferral, at most two sentences back."""
        if self._last_collective is None:
            return None
        for j in range(lo, p - 1):
            if d.words[j + 1].lower() != "này":
                continue
            one, two = d.words[j].lower(), (d.words[j - 1] + " " + d.words[j]).lower() if j > lo else ""
            if one in BODY_NOUNS or two in BODY_NOUNS:
                at, unit = self._last_collective
                if bisect.bisect_right(self._idx.starts, lo) - bisect.bisect_right(self._idx.starts, at) <= 2:
                    return Ent("unit", j, j + 2, unit.text, dict(unit.info, kind="demonstrative"))
        return None

    def _head_subject(self, d, lo, p):
        """"Ngoài …, báo cũng vinh dự được … ghi nhận với …", "Năm 2010, trường được tặng …": a bare head noun of
        a body (SUBJECT_HEADS, any case) as the subject right before the verb (only adverbs between, and the
        clause start, a comma or "nhà" before it) stands for the last unit written before with that head
        ("Báo Công an TP HCM", "Trường THPT Lê Lợi"); None when no such unit precedes."""
        j = adverbs_start(d.words, lo, p)
        for n in (2, 1):
            i = j - n
            if i < lo:
                continue
            noun = span_text(d, i, j).lower()
            if noun not in SUBJECT_HEADS:
                continue
            if i > lo and d.words[i - 1] != "," and not (d.words[i - 1].lower() == "nhà" and noun == "trường"):
                return None
            if noun == "trường" and i > lo and d.words[i - 1].lower() == "nhà":
                i -= 1
            if i > lo and d.words[i - 1] == "," and d.words[lo].lower() not in _FRONTS \
                    and d.words[lo].lower() != "ngoài" and not d.words[lo].isdigit():
                return None
            k = bisect.bisect_left(self._unit_starts, i) - 1
            while k >= 0:
                u = self._units_sorted[k]
                words = u.text.lower().split()
                if words[:len(noun.split())] == noun.split() and len(words) > len(noun.split()) and u.end <= i:
                    return Ent("unit", i, j, u.text, dict(u.info, kind="demonstrative"))
                k -= 1
            return None
        return None

    def _place_subjects(self, d, lo, p) -> list:
        """The places opening the clause before the verb (only adverbs between), collective recipients written with
        their level word as the held-out golds write place recipients, each start of :meth:`_place_starts` read past
        the words for a place's people, party and government of place_communities.txt ("Đảng bộ, chính quyền và
        Nhân dân xã X được tặng …" → "xã X"): a list of places at the first start that opens one ("Hai huyện A và B
        được tuyên dương …", "huyện A và xã B được tặng …"; :func:`places_at`), else the one place at the first
        start that opens one (:func:`place_at`): a province or a centrally run city (provinces_2025.tsv) with or
        without its level ("Quảng Ngãi đón nhận Huân chương …", "Tỉnh Quảng Ngãi đón nhận …" → "tỉnh Quảng
        Ngãi"), any other place after a level word of SUBJECT_LEVELS ("Xã Sen Thủy được tặng …" → "xã Sen
        Thủy"). The places (Ent list), or []."""
        opens = [_past_community(d.words, s, p) for s in self._place_starts(d, lo, p)]
        for s in opens:
            got = places_at(d.words, s, p)
            if got:
                return got
        for s in opens:
            place = place_at(d.words, s, p)
            if place is not None:
                return [place]
        return []

    @staticmethod
    def _place_starts(d, lo, p) -> list:
        """Where a place subject may open the clause [lo, p): at ``lo``, or after a heading's label closed by a
        colon ("2. Về khen thưởng: xã X được tặng …", "Kết quả: tỉnh X đón nhận …"); after each comma of a
        fronted phrase (FRONTING, TIME_FRONT: "Năm 2019, huyện X …") opening either."""
        starts = []
        for s in [lo] + [j + 1 for j in range(lo, p - 1) if d.words[j] == ":"]:
            commas = [j + 1 for j in range(s, p) if d.words[j] == ","]
            starts += commas if commas and d.words[s].lower() in _FRONTS else [s]
        return starts

    @staticmethod
    def _previous_subject_start(d, lo, hi, cues, awards) -> int:
        """Where the subject of the clause [lo, hi) starts, for a next clause that borrows it ("…; được B tặng …"):
        after the last award or verb cue written before the words before its last "được" ("A trao huy hiệu cho B
        …, đồng chí C đã được Thủ tướng tặng Bằng khen; được …": C, not A); ``lo`` when there is none."""
        q = max((i for i in range(lo, hi) if d.words[i].lower() == "được"), default=None)
        if q is None:
            return lo
        k = q
        while k > lo and (is_cap(d.words[k - 1]) or d.words[k - 1].lower() in _ADVERBS_ADDRESS):
            k -= 1  # back over the subject's name, its address words and adverbs ("đồng chí C đã vinh dự")
        ends = [b.end for b in awards if lo < b.end <= k] + [c[1] for c in cues if lo < c[1] <= k]
        return max(ends, default=lo)


def last_defeat(d, lo, p) -> int:
    """Where the last verb of beating a rival (DEFEAT_VERBS: "vượt qua", "đánh bại") written in lower case outside a
    name among the words ``lo``..``p`` starts, else ``p``: the names after it are the rivals beaten, not the
    subject receiving at ``p``."""
    in_name = d.st.get("in_name", ())
    for i in range(p - 2, lo - 1, -1):
        if (d.words[i], d.words[i + 1]) in DEFEAT_VERBS and i not in in_name and i + 1 not in in_name:
            return i
    return p


def purpose_subject_end(d, lo, j) -> int:
    """Where the subject of a win written as a purpose after beating a rival ends ("A (đã) vượt qua B để | giành …",
    "A đánh bại B để | vô địch …": the winner is A, the rival B): before the adverbs of the last verb of beating
    (:func:`last_defeat`) and a manner adverb of DEFEAT_MANNERS when "để" stands right before token ``j``; else ``j``."""
    if j - 1 <= lo or d.words[j - 1] != "để":
        return j
    q = last_defeat(d, lo, j - 1)
    if q == j - 1:
        return j
    for manner in DEFEAT_MANNERS:
        if q - len(manner) >= lo and tuple(d.words[q - len(manner):q]) == manner:
            q -= len(manner)  # "A đã xuất sắc | vượt qua B"
            break
    return adverbs_start(d.words, lo, q)


def _described_by_origin(ws) -> bool:
    """The words ``ws`` (a clause's subject, up to its verb) describe a person by a calling or a noun of renown and
    where the person comes from (described_subjects.txt): a head of one to four lower-case words (the first may open
    the sentence) holding a person noun (PERSON_NOUNS, honorifics.tsv callings), an origin word (ORIGINS), one to
    three capitalised words, an optional "này", then tense adverbs only ("người đẹp gốc Cần Thơ cũng", "tay vợt người
    Thụy Sĩ này đã"); "khán giả người Nhật" (no person noun) and "đội bóng xứ Nghệ" (a team) are no such subject."""
    n = len(ws)
    low = list(map(LOWERED.__getitem__, ws))
    for o in range(1, min(n, DESCRIBED_HEAD_MAX + 1)):
        origin = _opening(low[o:], ORIGINS)
        if origin is None:
            continue
        head = ws[:o]
        if not all(w.isalpha() and (w.islower() or (i == 0 and w[1:].islower())) for i, w in enumerate(head)) \
                or not any(tuple(low[a:b]) in PERSON_NOUNS for a in range(o) for b in range(a + 1, o + 1)):
            return False
        k = o + len(origin)
        c = k
        while c < n and c - k < 3 and is_cap(ws[c]):
            c += 1
        if c == k:
            return False
        if c < n and low[c] == "này":
            c += 1
        return all(w in DESCRIBED_TAIL for w in low[c:])
    return False

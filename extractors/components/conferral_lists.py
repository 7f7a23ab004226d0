"""Recipient lists: names coordinated after a first name or a list marker ("cho", "gồm:", "như"), ";" lists of items
named by head only, lists continued in the next sentence, fronted lists ("Ngoài 3 tập thể là …"), places standing
for a national body's chapters, ships and crews, sectors, and companions ("cùng với …").
"""
from __future__ import annotations

import re

from ..gazetteer import section, word_list
from . import counted_groups
from .base import LOWERED, Ent, is_cap, span_text
from .conferral_recipients import FORCE_HEADS
from .conferral_words import ADDRESS, ADVERBS, COUNT_WORDS, NEGATION, PROVINCES, QUOTES, _opening, \
    authored_work_before, semicolon_clause_start

NAME_CLOSERS = {",", "(", ".", ";", "–", "-", ")", ":"}
#: heads of a ship named as a collective recipient ("tàu cá QNg-98465TS", "tàu du lịch Sông Hàn 1"), longest first;
#: compiled by sovang from press usage (Luật Thủy sản 2017 Art. 71: tàu cá are registered by a number)
VESSEL_HEADS = tuple(tuple(h.split()) for h in ("tàu cá", "tàu du lịch", "tàu kiểm ngư", "tàu cảnh sát biển",
                                                "tàu hải quân", "tàu cứu hộ", "tàu hàng", "tàu", "thuyền", "ghe"))
VESSEL_FIRST = {h[0] for h in VESSEL_HEADS}
#: words before a ship that make it a place ("thuyền viên trên tàu cá X") or an owner's, not a recipient
ON_BOARD = {"trên", "thuộc", "của", "lên", "xuống"}
#: words after "là"/"có"/"như" that open no list of recipients ("là do X", "có ý kiến", "như vậy")
NOT_LIST_AFTER = {"do", "vì", "bởi", "nhờ", "vậy", "thế", "ý"}
#: verbs of making or laying a list (``list_making_verbs.txt``), lower-case word tuples: a name right before one is
#: the list's maker ("… là những hồ sơ Sở Nội vụ tổng hợp"), not a member
LIST_MAKERS = tuple(tuple(v.lower().split()) for v in word_list("list_making_verbs.txt"))
#: openings of a sentence that names the members of a count given just before (compiled by sovang)
CONTINUATIONS = ("trong đó", "trong số đó", "cụ thể", "đó là", "gồm", "bao gồm")
#: openings of a fronted phrase that names other recipients of the same award ("Ngoài 3 tập thể là A, B và C,
#: UBND quận X cũng trao giấy khen cho 4 cá nhân …")
FRONTED_OTHERS = ("ngoài", "bên cạnh", "cùng với")
_FRONTED_FIRSTS = frozenset(p.split()[0] for p in FRONTED_OTHERS)  # (a sentence opening on none has no such phrase)
#: teams and crews written in lower case as a collective recipient after "cho" (ConferralLinker._crew)
CREW_HEADS = ("đội tuyển", "đoàn bay", "đội bay", "phi đội", "biên đội", "tổ bay", "kíp bay", "đoàn thể thao",
              "tổ công tác")  # (not "ê kíp": a film's crew runs into the film's title, "ê kíp phim Về nhà đi con")
CREW_STOPS = {"tại", "ở", "vì", "nhân", "đã", "và", "trong", "là", "do", "khi", "sau", "có", "với", "về", "của",
              "theo", "từ", "cùng", "nhờ", "được", "đạt", "giành"}
#: words of a force after its head at most, before the clause's end closes it ("cho lực lượng công an chi viện chiến
#: trường miền Nam": nine; RecipientLists._force)
FORCE_MAX = 12
#: a period a force is named by, then its span of years ("lực lượng chuyên gia … giai đoạn 1979-1989")
PERIOD_HEADS = (["giai", "đoạn"], ["thời", "kỳ"])
YEARS_SPAN = re.compile(r"(?:19|20)\d\d [-–] (?:19|20)\d\d")
#: collective subjects of a sentence that names a counted group of recipients ("Họ gồm: …", "Các cá nhân được
#: khen thưởng gồm …"); the names follow "gồm" / ":" (see ConferralLinker._group_subject_list)
LIST_SUBJECTS = ("những người", "các cá nhân", "những cá nhân", "các tập thể", "những tập thể", "các đơn vị",
                 "những đơn vị", "các trường hợp", "những trường hợp", "các em", "những em", "danh sách", "họ")
#: marks opening an apposition after a name ("A - học sinh …", "A, giáo viên …", "A (kỹ sư …")
APPOSITION_MARKS = {"-", "–", "—", ",", "("}
# words that end a comma apposition as a description (see _comma_apposition): verbs, predicates, owners, ends
APPOSITION_STOPS = {"được", "bị", "là", "đã", "vừa", "đang", "sẽ", ";", ".", "(", ")", ":", "cho", "nhận"}
APPOSITION_MAX = 24
#: words of an honorific or rank at most ("Thượng tướng", "Phó Giáo sư Tiến sĩ"), read back by :func:`_rejoined`
TITLE_WORDS = 4
#: commas a person's apposition may hold before the body it ends with ("cho liệt sĩ A, nguyên Trung úy, Trợ lý tác
#: chiến, Bộ Chỉ huy Quân sự tỉnh X": rank, post, then the body, as Vietnamese writes a calling from the
#: smallest to the largest)
APPOSITION_COMMAS = 3
#: words tying a unit to the noun before it ("giáo viên thuộc trường X")
AFFILIATION = {"thuộc", "của", "tại", "ở"}
CHAPTER_HEADS = {"Hội", "Liên", "Công", "Đoàn", "Trung", "Tổng", "Ủy", "Mặt"}
LIST_GLUE = {",", "và", ";", "…", "...", "cùng", ":"}
#: a comitative alone between two names of one kind before a receive verb joins a co-subject, who receives too ("bà A
#: cùng ông B được tặng …", "Trường X cùng với Trường Y được tặng …"); address words may stand after it ("cùng ông")
COMITATIVES = (["cùng"], ["cùng", "với"])
#: collective nouns opening a recipient-list item that names a collective without a unit-type head ("khối các cơ quan
#: Trung ương", "ban thanh niên Quân đội"): list_collective_heads.txt, longest first (RecipientLists._collective_items)
ITEM_HEADS = tuple(sorted(section("list_collective_heads.txt", "# Heads"), key=lambda h: -len(h.split())))
#: openings of a clause of merit said of one recipient ("đã hoàn thành xuất sắc", "có thành tích"):
#: achievement_clauses.txt, lower-cased (_merit_then_next, through conferral_words._opening)
MERIT_OPENINGS = tuple(c.lower() for c in word_list("achievement_clauses.txt"))
#: heads that open such an item only written with a capital inside the sentence ("… và Nhóm biên kịch bộ phim X"):
#: list_collective_heads.txt (RecipientLists._collective_items)
CAPITAL_ITEM_HEADS = tuple(section("list_collective_heads.txt", "# Capitalised heads"))
#: the first words of ITEM_HEADS and of CAPITAL_ITEM_HEADS: an item opening on none of them has no head (the look-up
#: _collective_items makes before lower-casing the item's words)
_ITEM_FIRSTS = frozenset(h.split()[0] for h in ITEM_HEADS)
_CAPITAL_ITEM_FIRSTS = frozenset(h.split()[0] for h in CAPITAL_ITEM_HEADS)
#: compounds in which such a head is an ordinary word, a verb ("ban hành"), a time ("ban đầu") or a body of the event or
#: a staff ("ban tổ chức", "ban giám khảo"): not_heads.txt, the same compounds no unit opens with
#: (longest first, matched over each entry's own words: "ban tổ chức", "ban giám hiệu" as well as "ban hành")
ITEM_NOT_HEADS = tuple(sorted({w.lower() for w in word_list("not_heads.txt")},
                              key=lambda w: (-len(w.split()), w)))
#: tokens ending an item of a recipient list
ITEM_ENDS = {",", ";", "và", ":", "…", "...", "(", ")", ".", "!", "?"}
#: words ending such an item's name: CREW_STOPS but "nhân" ("nhân dịp"), a syllable of the item's nouns ("ban
#: công nhân …"); an item running on to "nhân dịp …" passes ITEM_MAX and gives none
ITEM_STOPS = CREW_STOPS - {"nhân"}
#: most words of such an item, its head included ("ban liên lạc nữ lái xe Trường Sơn": seven)
ITEM_MAX = 10
#: quantifiers after "có" closing a sentence that announces the members of a list without naming them ("… được xét tặng
#: danh hiệu NSND có nhiều gương mặt quen thuộc."), as lower-case word tuples: list_introducers.txt
#: (RecipientLists._named_next)
UNNAMED_MEMBERS = tuple(tuple(w.split()) for w in section("list_introducers.txt", "# Unnamed members"))
#: words before "có" in a sentence naming such members at most ("Lĩnh vực sân khấu": four): the field a sentence
#: opens on is a short noun phrase; a later "có" belongs to a clause of its own
NAMED_NEXT_LEAD = 6
LIST_WORDS = {"và", "cùng", "tập", "thể", "cá", "nhân", "các", "ông", "bà", "đồng", "chí", "diễn", "viên", "nghệ",
              "sĩ", "em", "anh", "chị", "có", "thành", "tích", "xuất", "sắc"}


def _in_aside(words, lo, at) -> bool:
    """Token ``at`` lies inside a parenthesis opened in [lo, at) and not yet closed there."""
    depth = 0
    for w in words[lo:at]:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
    return depth > 0


def _in_predicate(gap, honorifics) -> bool:
    """The words ``gap`` between two names end in a "là" predicate describing the first ("…, cố vấn Nhà Trắng
    và là con rể Tổng thống Mỹ | B"): a common noun follows the last "là" and no list mark after it; not "và
    đặc biệt là anh | B" (an address word: the list goes on) nor "A, là …, và | B"."""
    if "là" not in gap:
        return False
    k = len(gap) - 1 - gap[::-1].index("là")
    rest = gap[k + 1:]
    return bool(rest) and rest[0] not in honorifics and rest[0].isalpha() and rest[0].islower() and \
        not any(w in (",", "và", ";", ":", "gồm") for w in rest)


def _dash_apposition(gap) -> bool:
    """The words between two names open with a dash and a lower-case word: the first name's apposition ("A – hai
    người cùng …", "A - học sinh lớp 9 …"), in which later names are described, not listed; a ";" ends it."""
    return len(gap) >= 2 and gap[0] in ("-", "–", "—") and gap[1].isalpha() and gap[1].islower() and ";" not in gap


def _comma_apposition(gap) -> bool:
    """The words between a person's name and a later name open a comma apposition: a comma, then a lower-case
    word of a calling ("A, chủ tàu kiêm thuyền trưởng …"), with no verb or predicate in it ("được", "bị", "là")
    and no ";" or sentence end; at most ``APPOSITION_MAX`` words. ("A, con của ông B": B is inside A's calling;
    only list glue and an address word right before a name, :func:`_rejoined`, open the next item.)"""
    return 2 <= len(gap) <= APPOSITION_MAX and gap[0] == "," and gap[1].isalpha() and gap[1].islower() and \
        not any(w.lower() in APPOSITION_STOPS for w in gap)


def _merit_then_next(gap) -> bool:
    """The gap between two items of a recipient list is the first item's clause of merit, then list glue ("cho
    tập thể A đã hoàn thành xuất sắc bộ phim X và B đã …": achievement_clauses.txt opens it, "và" or "," closes
    it): the list goes on after the merit (Nghị định 98/2023/NĐ-CP, Mẫu số 01-02: each recipient with its merit)."""
    if not gap or gap[-1] not in ("và", ","):
        return False
    low = [w.lower() for w in gap]
    return _opening(low, MERIT_OPENINGS) is not None


def _rejoined(gap, titles=frozenset()) -> bool:
    """The gap (see :func:`_dash_apposition`) ends with list glue, then address words or whole honorifics only
    ("… lớp 9, em", "… và chị", "…; ông", "… phi cơ, và Trung uý"): the list goes on after the apposition.
    ``titles``: lower-case honorifics, ranks among them (honorifics.tsv: "trung uý", "thiếu tá"), which like an
    address word stand right before the next name of a list."""
    k = len(gap)
    while k > 0:
        if gap[k - 1].lower() in ADDRESS:
            k -= 1
            continue
        m = next((m for m in range(max(0, k - TITLE_WORDS), k) if " ".join(gap[m:k]).lower() in titles), None)
        if m is None:
            break
        k = m
    return k > 0 and gap[k - 1] in (",", "và", ";")


class RecipientLists:
    """Recipient lists; mixed into :class:`~extractors.components.conferrals.ConferralLinker`."""

    def _lead_word(self, w) -> bool:
        """A word that may stand between a list marker and the first name of the list: an address word, ":",
        or a word of an honorific or rank ("Trung uý", "Thiếu uý"; honorifics.tsv)."""
        return w.lower() in counted_groups.LEAD_WORDS or w in self.lex.honorifics or \
            w.lower() in self._honorific_words

    def _continued_list(self, d, idx, ss, se):
        """Names listed in the sentence after a counted award ("… danh hiệu NSND cho 50 cá nhân. Trong đó,
        … như: A, B, C."): the sentence must open with a continuation ("Trong đó", "Cụ thể") and hold no
        award or give / receive verb of its own; the names follow its list marker ("như", "gồm", ":")."""
        ns, ne = idx.next_sentence(se)
        if ns >= ne:
            return []
        opening = " ".join(d.words[ns:min(ne, ns + 3)]).lower()
        cues, ents, awards = idx.local(ns, ne)
        if awards:
            return []
        if any(opening == c or opening.startswith(c + " ") for c in CONTINUATIONS):
            if any(c[2] in ("give", "receive") for c in cues):
                return []
            marker = next((i for i in range(ns, ne) if d.words[i].lower() in ("như", "gồm", ":")), None)
            if marker is None and opening.startswith("đó là"):
                marker = ns + 1  # "Đó là ông A và bà B."
        else:
            marker = self._group_subject_list(d, ns, ne)
        if marker is None:
            return []
        members = [x for x in ents if x.start > marker]
        return self._list_members(d, marker + 1, ne, members)

    def _named_next(self, d, idx, a, se, ents, person_at):
        """Members named in the sentences after one that announces them unnamed ("Trong danh sách được xét tặng
        danh hiệu NSND có nhiều gương mặt quen thuộc. Lĩnh vực sân khấu có NSƯT A, NSƯT B. Lĩnh vực điện ảnh có
        NSƯT C."): award ``a``'s sentence (ending at ``se``, its names ``ents``) goes on after the award to "có" and a
        quantifier of UNNAMED_MEMBERS with no name after it; each next sentence (up to the first that is not one)
        opens on at most NAMED_NEXT_LEAD words (no name, no negation) and "có", holds no cue
        and no award but titles written before a name ("NSƯT A", :meth:`_descriptor`; ``person_at``: where persons
        start), and names its members after "có" (:meth:`_list_members`). The names (Ent list) of those sentences,
        else []."""
        k = next((i for i in range(a.end, se - 1) if LOWERED[d.words[i]] == "có" and
                  any(tuple(w.lower() for w in d.words[i + 1:i + 1 + len(q)]) == q for q in UNNAMED_MEMBERS)), None)
        if k is None or any(x.start > k for x in ents):
            return []
        out = []
        ns, ne = idx.next_sentence(se)
        while ns < ne:  # (each sentence after the one before: the document's end closes the loop)
            cues, names, awards = idx.local(ns, ne)
            has = next((i for i in range(ns, min(ne, ns + NAMED_NEXT_LEAD + 1)) if d.words[i].lower() == "có"), None)
            if has is None or cues or any(not self._descriptor(d, b, person_at) for b in awards) or \
                    any(x.start < has for x in names) or \
                    any(d.words[i].lower() in NEGATION or not d.words[i].isalpha() for i in range(ns, has)):
                break
            got = self._list_members(d, has + 1, ne, [x for x in names if x.start > has])
            if not got:
                break
            out.extend(got)
            ns, ne = idx.next_sentence(ne)
        return out

    def _programme_honourees(self, d, idx, out, honour_at) -> None:
        """A programme of honour named once as the object of an honouring verb ("tổ chức … và tuyên dương
        'Gương mặt trẻ Thủ đô tiêu biểu'", HONOUR cues of triggers.tsv) with no recipient of its own, and
        sentences elsewhere in the document that say who was honoured without naming it again ("Hai sinh viên
        được tuyên dương là A và B", "anh C, Đội trưởng …, được tuyên dương"): each named honouree receives
        the programme's title. Only when the document has exactly one such programme, and only in sentences
        that name no award of their own. ``out`` (conferrals) is extended in place. (eval GUIDELINES:
        non-state awards count when the text says someone received them.)"""
        if not honour_at:
            return
        given = {id(c["award"]) for c in out}
        progs = []
        for _, e_ in honour_at:
            ss, se = idx.sentence(e_)
            _, _, awards = idx.local(ss, se)
            k = e_
            while k < se and k - e_ < 3 and (d.words[k] in QUOTES or d.words[k].lower() in ("danh", "hiệu")):
                k += 1
            prog = next((b for b in awards if e_ <= b.start <= k), None)  # (the award may open on its quote)
            if prog is not None and id(prog) not in given:
                progs.append((prog, (ss, se)))
        if len({p_.text.lower() for p_, _ in progs}) != 1:
            return
        prog, psent = progs[0]
        for s_, e_ in honour_at:
            ss, se = idx.sentence(s_)
            cues, ents, awards = idx.local(ss, se)
            if awards or (ss, se) == psent or not any(d.words[j].lower() == "được" for j in range(max(ss, s_ - 6), s_)):
                continue
            p = max(j for j in range(max(ss, s_ - 6), s_) if d.words[j].lower() == "được")
            if e_ < se and d.words[e_].lower() in ("là", "gồm"):
                # "… được vinh danh là A và B"
                got = self._list_members(d, e_ + 1, se, [x for x in ents if x.start > e_])
            else:
                # "anh C, Đội trưởng …, Công an quận X, được tuyên dương": the clause's first named person
                lo = semicolon_clause_start(d.words, ss, p)
                first = next((x for x in ents if lo <= x.start and x.end <= p), None)
                got = [first] if first is not None and first.kind == "person" and not self._speaker(d, first, p) \
                    and not any(c[2] in ("give", "receive") and first.end <= c[0] < p for c in cues) else []
            for r in got:
                out.append({"award": prog, "name": prog.text, "recipient": r, "status": "conferred",
                            "revoked": False, "sent": (ss, se), "how": "programme"})

    @staticmethod
    def _group_subject_list(d, ns, ne):
        """Where the names start in a sentence that lists a counted group under a collective subject ("Họ gồm:
        A, B", "Những người được khen thưởng gồm A và B", "Các tập thể được tặng bằng khen là: …"): the
        sentence opens with a word of LIST_SUBJECTS, then at most eight lower-case words (the group's verb:
        "được khen thưởng", "được tuyên dương lần này") up to "gồm" / "bao gồm" / ":" / "là:"; the index of
        that marker, else None."""
        w = [x.lower() for x in d.words[ns:min(ne, ns + 12)]]
        subject = _opening(w, LIST_SUBJECTS)
        if subject is None:
            return None
        n = len(subject.split())
        for k in range(n, min(len(w), n + 9)):
            if w[k] in ("gồm", ":") or (w[k] == "là" and k + 1 < len(w) and w[k + 1] == ":"):
                return ns + k + (1 if w[k] == "là" else 0)
            if not (w[k].isalpha() and d.words[ns + k].islower()):
                return None
        return None

    @staticmethod
    def _sector(d, start, stop):
        """"trao Huân chương … cho ngành tư pháp": a named sector ("ngành" and one to four lower-case words
        up to the end of the clause) is a collective recipient; "toàn ngành", "các ngành" are not."""
        if start >= stop or d.words[start] != "ngành":
            return None
        j = start + 1
        while j < stop and j - start <= 4 and d.words[j].isalpha() and d.words[j].islower():
            j += 1
        if j == start + 1 or (j < stop and d.words[j].isalpha()) or d.words[j - 1] in ("này", "mình", "đó"):
            return None
        return Ent("unit", start, j, span_text(d, start, j), {"kind": "sector"})

    def _fronted_recipients(self, d, ss, a, ents):
        """"Ngoài 3 tập thể là A, B và C, lãnh đạo quận cũng đã trao giấy khen cho 4 cá nhân …": the bodies a
        fronted phrase (see _fronted_other) names before a clause with "cũng" receive the same award; [] when the
        sentence has no such phrase. A body read across the phrase's comma is cut at it."""
        if ss >= a.start or d.words[ss].lower() not in _FRONTED_FIRSTS:
            return []  # (the phrase opens the sentence with a word of FRONTED_OTHERS: _fronted_other)
        c = next((j for j in range(ss, a.start) if d.words[j] == ";"), None) or \
            next((j for j in range(ss, a.start) if d.words[j] == ","), None)
        if c is None:
            return []
        k = self._fronted_other(d, ss, c)
        if k is None or "cũng" not in (w.lower() for w in d.words[c:a.start]):
            return []
        members = [x if x.end <= c else Ent(x.kind, x.start, c, span_text(d, x.start, c), dict(x.info))
                   for x in ents if k <= x.start < c]
        return self._list_members(d, k, c, members)

    @staticmethod
    def _fronted_other(d, ss, comma):
        """"Ngoài 3 tập thể là A, B và C; …" / "Bên cạnh 2 đơn vị gồm A và B, …": a fronted phrase from the
        sentence start to ``comma`` (its only comma, or a semicolon after a list) that opens with FRONTED_OTHERS and a count; the index
        of the token after its "là" / "gồm" (where its names start), else None."""
        w = [x.lower() for x in d.words[ss:comma]]
        fronted = _opening(w, FRONTED_OTHERS)
        n = len(fronted.split()) if fronted else 0
        if not n or ("," in w and d.words[comma] != ";") or ";" in w or len(w) <= n or \
                not (w[n].isdigit() or w[n] in COUNT_WORDS):
            return None
        k = next((j for j in range(n + 1, min(len(w), n + 8)) if w[j] in ("là", "gồm")), None)
        if k is None:
            return None
        k += 1
        while k < len(w) and w[k] in (":", "các", "những"):
            k += 1
        return ss + k

    def _unfound_last(self, d, k, stop, ents, awards):
        """"cho học sinh A và Ong Như B (lớp 7 …)": after the last person of a recipient list (ending at ``k``),
        "và" and a run of two to four capitalised words that no finder named (no unit head, not a province), then
        punctuation, an affiliation ("thuộc", "tại"), "vì", "do", a lower-case adverb of a verb (ADVERBS: "đã",
        "cũng", "đều": "A và Thu Vân cũng nhận …") or ``stop`` itself (the verb: "A và Thu Vân được tặng …"): the
        last recipient, a person the finder missed; [] otherwise."""
        if k + 2 >= stop or d.words[k] != "và":
            return []
        i = j = k + 1
        while j < stop and j - i < 5 and is_cap(d.words[j]) and d.words[j].isalpha():
            j += 1
        if not 2 <= j - i <= 4 or (j < stop and d.words[j] not in NAME_CLOSERS and
                                   d.words[j] not in AFFILIATION | {"vì", "do"} | ADVERBS) or \
                span_text(d, i, j) in PROVINCES or any(w in self.lex.unit_heads for w in d.words[i:j]) or \
                any(x.start < j and i < x.end for x in list(ents) + list(awards)):
            return []
        return [Ent("person", i, j, span_text(d, i, j), {"kind": "unfound"})]

    @staticmethod
    def _crew(d, start, stop):
        """"trao Huân chương … cho đội tuyển bóng đá nam quốc gia", "… cho đoàn bay 919 tại lễ …": a team or
        crew written with a lower-case head (CREW_HEADS, then words or numbers, at most six, up to a
        preposition, a verb or the clause's end) is a collective recipient; else None."""
        w = list(map(LOWERED.__getitem__, d.words[start:min(stop, start + 10)]))
        head = _opening(w, CREW_HEADS)
        if head is None or not d.words[start].islower():
            return None
        j = start + len(head.split())
        while j < stop and j - start < 8 and d.words[j].lower() not in CREW_STOPS and d.words[j].isalnum():
            j += 1  # "đội tuyển bóng đá nam quốc gia", "đoàn bay 919", "đội tuyển U23 Việt Nam"
        if j == start + len(head.split()) or d.words[j - 1].lower() in ("này", "mình", "đó", "ấy"):
            return None  # "cho tổ bay", "cho đội tuyển này": the crew of the story, no name
        return Ent("unit", start, j, span_text(d, start, j), {"kind": "sector"})

    @staticmethod
    def _force(d, start, stop):
        """"trao Huân chương Sao Vàng cho lực lượng chuyên gia giúp cách mạng Lào giai đoạn 1975-1985", "phong tặng
        danh hiệu … cho lực lượng công an chi viện chiến trường Tây Nguyên": a force written with its head in lower
        case after "cho" (FORCE_HEADS) and the words naming it up to the end of the clause (at most FORCE_MAX; a
        span of years after "giai đoạn" / "thời kỳ" kept) is a collective recipient (eval GUIDELINES: every named
        collective); else None (no words after the head, the force of the story, or a clause running on)."""
        head = _opening([x.lower() for x in d.words[start:min(stop, start + 2)]], FORCE_HEADS)
        if head is None or not d.words[start].islower():
            return None
        i = j = start + len(head.split())
        while j < stop and j - start <= FORCE_MAX and d.words[j].isalpha() and d.words[j].lower() not in CREW_STOPS:
            j += 1
        if j == i or j - start > FORCE_MAX or d.words[j - 1].lower() in ("này", "mình", "đó", "ấy"):
            return None  # "cho lực lượng", "cho lực lượng này": the force of the story, no name
        if [w.lower() for w in d.words[j - 2:j]] in PERIOD_HEADS:
            m = YEARS_SPAN.match(" ".join(d.words[j:min(stop, j + 3)]))
            j += len(m.group(0).split()) if m else 0  # "giai đoạn 1979 - 1989"
        if j < stop and d.words[j].isalnum() and d.words[j].lower() not in CREW_STOPS:
            return None  # the clause runs on past the words a force's name may have
        return Ent("unit", start, j, span_text(d, start, j), {"kind": "sector"})

    def _companions(self, d, a, ents, se, kind):
        """Names the award was received together with: "X nhận danh hiệu A cùng (đợt) với nghệ sĩ B và C"
        (a "cùng [đợt|lúc|năm|lần] với" right after the award, then names, titles and address words only)."""
        k = a.end
        if not (k + 1 < se and d.words[k].lower() == "cùng"):
            return []
        k += 1
        if d.words[k].lower() in ("đợt", "lúc", "năm", "lần", "dịp") and k + 1 < se:
            k += 1
        if d.words[k].lower() != "với":
            return []
        first = next((x for x in ents if k < x.start <= k + 4), None)
        if first is None or first.kind != kind or not all(
                j in self._in_title or d.words[j].lower() in ADDRESS for j in range(k + 1, first.start)):
            return []
        got = [x for x in self._coordinated(d, ents, first, se) if x.kind == kind]
        if kind == "person":
            # "… với nghệ sĩ B và C": C written in full elsewhere in the document, missed here
            k = got[-1].end
            while k + 1 < se and d.words[k] in (",", "và"):
                name = self._known_name_at(d, k + 1, se)
                if name is None:
                    break
                got.append(name)
                k = name.end
        return got

    @staticmethod
    def _award_list_start(d, a, lo, awards) -> int:
        """Where the run of awards ending with ``a`` starts ("như: NSƯT (1988), NSND (2001), Huân chương …"):
        awards joined by commas, "và", years in parentheses ("(1988)", "năm 1997", "đợt 4"); ``a.start`` when
        ``a`` stands alone. Lets a long honours list share the verb before its first item."""
        start_at = {b.end: b.start for b in awards}
        k = a.start
        while k > lo:
            j = k
            while j > lo and (d.words[j - 1] in (",", "(", ")") or d.words[j - 1].isdigit() or
                              d.words[j - 1].lower() in ("và", "năm", "đợt")) and k - j < 8:
                j -= 1
            if j == k or j not in start_at:
                break
            k = start_at[j]
        return k

    def _list_follows(self, d, k, ents, awards, ss=None) -> bool:
        """A name list starts after "như" / "có" / "là" at token ``k``: a name within 3 tokens, or within 8
        when only quotes, address words, capitalised nicknames and title prefixes stand before it
        ("như “cô Đẩu” NSƯT Công Lý, …"), or in a partitive sentence ("Trong số những người được trao
        huân chương có Thủ tướng cao niên Malaysia, ông A, …").  A first name followed by a verb of
        ``list_making_verbs.txt`` ("là những hồ sơ Sở Nội vụ tổng hợp") makes the list and opens none."""
        first = next((x for x in ents if x.start > k), None)
        if first is None or first.start > k + 8:
            return False
        if k + 1 < len(d.words) and d.words[k + 1].lower() in NOT_LIST_AFTER:
            return False  # "danh sách đề nghị … là do Ban Thi đua tập hợp": who made the list, not its members
        if _opening([LOWERED[w] for w in d.words[first.end:first.end + 2]], LIST_MAKERS) is not None:
            return False  # "… là những hồ sơ Sở Nội vụ tổng hợp": the name makes the list, heads no list
        if first.start <= k + 3:
            return True
        if ss is not None and ss + 1 < k and d.words[ss].lower() == "trong" and d.words[ss + 1].lower() == "số":
            return True
        in_award = {i for b in awards for i in range(b.start, b.end)}
        return all(t in QUOTES or t in (":", "-", "–", ",") or t.lower() in ADDRESS or t in self.lex.honorifics
                   or t[:1].isupper() or i in in_award
                   for i, t in zip(range(k + 1, first.start), d.words[k + 1:first.start]))

    @staticmethod
    def _chapter_org(a) -> str | None:
        """"Cờ thi đua của Hội Luật gia Việt Nam" → "Hội Luật gia": a national body whose local chapters
        a list may name by their place alone ("cho … (TP. Hồ Chí Minh, Hà Nội, Cà Mau)")."""
        i = a.text.find(" của ")
        if i < 0:
            return None
        conf = a.text[i + 5:]
        if conf.endswith(" Việt Nam") and conf.split()[0] in CHAPTER_HEADS:
            return conf[: -len(" Việt Nam")]
        return None

    def _place_units(self, d, start, stop, members, org):
        """Bare places in a list → "<org> <place>" units ("Hà Nội" → "Hội Luật gia Hà Nội")."""
        taken = set()
        for x in members:
            taken.update(range(x.start, x.end))
        out = []
        i = start
        while i < stop:
            if i in taken:
                i += 1
                continue
            hit = None
            for L in (4, 3, 2, 1):
                if i + L <= stop and span_text(d, i, i + L) in self.lex.places:
                    hit = i + L
                    break
            if hit is None:
                i += 1
                continue
            ps = i
            if ps >= 2 and d.words[ps - 1] == "." and d.words[ps - 2] in ("TP", "Tp"):
                ps -= 2
            elif ps >= 1 and d.words[ps - 1] in ("TP", "Tp", "tỉnh", "thành"):
                ps -= 1
            if d.words[ps - 1] in (",", ";", "(", ":", "và") or ps == start:
                out.append(Ent("unit", ps, hit, org + " " + span_text(d, ps, hit), {"kind": "chapter"}))
            i = hit
        return out

    def _vessels(self, d, start, stop):
        """Ships in a recipient list ("cho tập thể tàu cá QNg-98465TS", "… các tàu du lịch Sông Hàn 1, Phú Quý 2,
        hai tàu du lịch Biển Đảo Việt"): a vessel head of ``VESSEL_HEADS`` and a name (capitalised words,
        numbers, a registration number with its dash); names listed right after one (", Phú Quý 2") take the
        same head. Each is a collective recipient written "<head> <name>" (eval GUIDELINES: collectives)."""
        out = []
        words = d.words
        i = start
        head = None
        while i < stop:
            w = LOWERED[words[i]]
            hit = None
            if w in VESSEL_FIRST:
                hit = next((h for h in VESSEL_HEADS if tuple(x.lower() for x in words[i:i + len(h)]) == h), None)
            elif head is None:
                i += 1
                continue
            if hit is not None and i > 0 and words[i - 1].lower() in ON_BOARD:
                head = None  # "cho 9 thuyền viên trên tàu cá X": the crew on board, not the ship
                i += len(hit)
                continue
            if hit is not None:
                head, j = " ".join(words[i:i + len(hit)]), i + len(hit)
            elif head is not None and words[i - 1] in (",", "và") and is_cap(words[i]):
                j = i  # a further name of the same list
            else:
                if w not in ("các", "những") and w not in COUNT_WORDS and not (head and w in (",", "và")):
                    head = None
                i += 1
                continue
            k = j
            while k < stop and (is_cap(words[k]) or any(ch.isdigit() for ch in words[k]) or
                                (words[k] in ("-", "–") and k > j and k + 1 < stop and
                                 any(ch.isdigit() for ch in words[k + 1]))):
                k += 1
            if k == j:
                head = None
                i = j
                continue
            out.append(Ent("unit", i if hit is not None else j, k, head + " " + span_text(d, j, k),
                           {"kind": "listed"}))
            i = k
        return out

    def _headed_items(self, d, start, stop, members):
        """Items of a ";" recipient list that name a unit by its head and lower-case words only ("…; Ban tổ
        chức cán bộ; Ban đối ngoại và hợp tác quốc tế; …"), which the unit finder leaves (no capitalised
        name); each is a collective recipient.  Only items with ";" on at least one side."""
        if ";" not in d.words[start:stop]:
            return []
        taken = {i for x in members for i in range(x.start, x.end)}
        heads = self.lex.unit_heads
        out = []
        i = start
        while i < stop:
            j = i
            while j < stop and d.words[j] not in (";", "(", ")", ",", ":"):
                j += 1
            seps = (d.words[i - 1] if i > 0 else "", d.words[j] if j < len(d.words) else "")
            if ";" in seps and 2 <= j - i <= 9 and not any(k in taken for k in range(i, j)) \
                    and d.words[i] in heads and d.words[i][:1].isupper() \
                    and all(t.isalpha() and t.islower() for t in d.words[i + 1:j]):
                out.append(Ent("unit", i, j, span_text(d, i, j), {"kind": "listed"}))
            i = j + 1
        return out

    @staticmethod
    def _collective_items(d, start, stop, members):
        """Items of a recipient list in [start, stop) that no name finder gave and that open with a collective noun
        of ``ITEM_HEADS`` ("… cho ban liên lạc nữ công nhân Trường Sơn.", "… gồm: khối các cơ quan Trung ương, ban
        thanh niên Quân đội, …", "… cho 2 tập thể là: A và ban quản lý Chợ X đã …"): the item, from its head
        up to a verb or preposition (ITEM_STOPS) or its end, at most ``ITEM_MAX`` words, holding a capitalised word
        after the head, is a collective recipient (kind "listed": also a unit).  Items are delimited by
        ``ITEM_ENDS``; an item overlapping a found name, opening with a crew of CREW_HEADS (RecipientLists._crew)
        or with a compound of ``ITEM_NOT_HEADS`` (a verb: "và ban hành Quyết định …"; "ban tổ chức …") gives none.  Returns a list of Ent."""
        taken = {i for x in members for i in range(x.start, x.end)}
        out = []
        i = start
        while i < stop:
            j = i
            while j < stop and d.words[j] not in ITEM_ENDS:
                j += 1
            if i == j or not (LOWERED[d.words[i]] in _ITEM_FIRSTS or
                              (i > start and d.words[i] in _CAPITAL_ITEM_FIRSTS)):
                i = j + 1
                continue  # (no head opens the item)
            low = [w.lower() for w in d.words[i:j]]
            head = _opening(low, ITEM_HEADS) or (_opening(d.words[i:j], CAPITAL_ITEM_HEADS) if i > start else None)
            if head is not None and _opening(low, ITEM_NOT_HEADS) is None and _opening(low, CREW_HEADS) is None \
                    and not any(k in taken for k in range(i, j)):
                h = e = i + len(head.split())
                # (a stop word written with a capital opens a title: "Nhóm biên kịch bộ phim Về nhà đi con")
                while e < j and e - i < ITEM_MAX and not (low[e - i] in ITEM_STOPS and d.words[e].islower()):
                    e += 1
                if (e == j or low[e - i] in ITEM_STOPS) and any(is_cap(w) for w in d.words[h:e]):
                    out.append(Ent("unit", i, e, span_text(d, i, e), {"kind": "listed"}))
            i = j + 1
        return out

    @staticmethod
    def _only_awards(d, lo, hi, award_at) -> bool:
        """Tokens [lo, hi) hold nothing but awards, glue and years: the clause is a continued list."""
        k = lo
        while k < hi:
            if k in award_at:
                k = award_at[k]
                continue
            w = d.words[k]
            if w in (",", "và", "(", ")", "năm", ";") or w.isdigit():
                k += 1
                continue
            return False
        return True

    @staticmethod
    def _award_item(d, lo, hi, award_at, cues) -> bool:
        """Item [lo, hi) of a ";" list of distinctions held by one subject ("Ông được phong A; B của Pháp
        (2002); danh hiệu C (2011); D (2016)"): it opens with an award (or "danh hiệu" and a capitalised
        name) and holds no verb cue of its own (so "…; X được tặng B" is another clause)."""
        k = lo
        while k < hi and d.words[k] in (",", "và", "các"):
            k += 1
        opens = k in award_at or (k + 2 < hi and d.words[k].lower() == "danh" and d.words[k + 1].lower() == "hiệu"
                                  and is_cap(d.words[k + 2]))
        return opens and not any(lo <= c[0] < hi for c in cues)

    @staticmethod
    def _owner_of_item(d, start, x) -> bool:
        """The name ``x`` in a recipient list from ``start`` qualifies the item before it and is no recipient itself:
        a name right after a word of AFFILIATION ("2 giáo viên thuộc trường X"), a person after "của" and address
        words ("… tàu cá X của ông A", "con trai của bà B"). A person after the "của" of an authored work is its
        author and stays a recipient (authored_work_before: "cho đề tài “…” của em A"); a body there stays out
        ("giải cho các sáng chế tốt nhất của Đại học X": the prize's giver as often as the work's maker)."""
        k = x.start
        if x.kind == "person":
            while k > start and d.words[k - 1].lower() in ADDRESS:
                k -= 1
        w = d.words[k - 1].lower() if k > start else ""
        if x.kind == "person" and w == "của" and authored_work_before(d.words, start, k - 1):
            return False
        return w == "của" if k < x.start else w in AFFILIATION

    def _coordinated(self, d, ents, first, limit):
        """``first`` and the names listed after it up to ``limit`` ("A (60 tuổi), B và C được tặng …")."""
        out = [first]
        idx = ents.index(first)
        cur = first
        for y in ents[idx + 1:]:
            if y.end > limit:
                break
            if _in_aside(d.words, cur.end, y.start):
                continue  # "A (trường X, quận 3), B và C": the body in A's parentheses is A's, not listed
            gap = [t.text for t in d[cur.end:y.start] if t.i not in self._in_role]
            # drop one parenthesised aside: "ông A (60 tuổi) và bà B"
            if "(" in gap and ")" in gap and gap.index("(") < gap.index(")"):
                gap = gap[:gap.index("(")] + gap[gap.index(")") + 1:]
            words_ = [g for g in gap if g not in LIST_GLUE]
            if (gap and (all(g in LIST_GLUE or g in self.lex.honorifics for g in gap)
                         or " ".join(words_).lower() in self._honorifics)
                    and any(g in (",", "và", ";") for g in gap)) or \
                    (cur.kind == y.kind and [g.lower() for g in gap if g not in self.lex.honorifics] in COMITATIVES):
                # ("đại úy A và phi công B được truy tặng …": a title of several syllables before the next name;
                # "bà A cùng (với) ông B được tặng …": B is a co-subject of the same kind, COMITATIVES)
                out.append(y)
                cur = y
                continue
            if cur.kind == "person" and _comma_apposition(gap):
                if _rejoined(gap, self._honorifics):
                    # "A, chủ tàu …, ông B, thuyền trưởng tàu … và ông C, … được tặng": each name of the list
                    # carries its calling after a comma; an address word after list glue opens the next one
                    out.append(y)
                    cur = y
                continue  # a name inside the calling ("thuyền trưởng tàu Hàn Giang 2"): not listed, read on
            break
        return out

    def _list_members(self, d, start, stop, got):
        """Names of a list after "cho"/"gồm"; names in parentheses only when none stand outside them."""
        depth = 0
        depth_at = {}
        for i in range(start, stop):
            w = d.words[i]
            if w == "(":
                depth += 1
            depth_at[i] = depth
            if w == ")":
                depth = max(0, depth - 1)
        # "2 giáo viên thuộc trường THPT": a unit qualifying a counted group is not itself a recipient; nor is a
        # person owning what the list names ("cho 9 thuyền viên trên tàu cá X của ông A": A's crew, not A)
        got = [x for x in got if not self._owner_of_item(d, start, x)]
        # "cho em A - học sinh lớp 12/10 Trường THPT B": a body after a person's apposition (a dash or comma, then
        # lower-case words of a calling) is where the person works or studies, not a recipient of its own
        kept = []
        items = ";" in d.words[start:stop]  # a list of ";" items: "ông A, Công an huyện X; bà B, Trường Y"
        for x in got:
            prev = kept[-1] if kept else None
            gap = [w for w in d.words[prev.end:x.start]] if prev is not None else []
            if prev is not None and prev.kind == "person" and x.kind == "unit" and gap and \
                    gap[0] in APPOSITION_MARKS and (any(w.isalpha() and w.islower() for w in gap) or
                                                    (items and gap == [","])) and \
                    not any(w in ("và", ";", "cùng") for w in gap) and gap.count(",") <= APPOSITION_COMMAS:
                # (in a list of ";" items, a body right after a person's comma is the person's too: "…; Đại tá A,
                # Trường Công an quận X…")
                continue
            if prev is not None and prev.kind == "person" and _dash_apposition(gap) and \
                    not _rejoined(gap, self._honorifics):
                continue  # "cho anh A và em B – hai người cùng anh C cứu chị D": C and D are in B's apposition
            kept.append(x)
        got = kept
        top = [x for x in got if depth_at.get(x.start, 0) == 0]
        pool = top or [x for x in got if depth_at.get(x.start, 0) == 1]
        out = []
        prev_end = start
        for x in pool:
            level = depth_at.get(x.start, 0)
            gap = [w for i, w in enumerate(d.words[prev_end:x.start], prev_end) if depth_at.get(i, 0) == level]
            if out and sum(1 for w in gap if w.isalpha() and w.islower() and w not in LIST_WORDS) > 6 \
                    and not any(w in (";", ":", "gồm") for w in gap) \
                    and not (out[-1].kind == "person" and _comma_apposition(gap) and
                             _rejoined(gap, self._honorifics)) \
                    and not _merit_then_next(gap):
                break  # (but "cho ông A, thuyền trưởng tàu cá … của HTX X và ông B": a long calling, then the next;
                # "cho A đã hoàn thành xuất sắc … và B đã …": each item with its merit)
            if out and out[-1].kind == "person" and _in_predicate(gap, self.lex.honorifics):
                break  # "cho A, cố vấn … và là con rể Tổng thống Mỹ B": B is named in A's description
            out.append(x)
            prev_end = x.end
        return out

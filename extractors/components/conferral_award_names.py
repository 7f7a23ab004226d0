"""The name(s) an award is written with in its fact: with the conferrer the sentence or the document gives ("bằng khen
của UBND tỉnh X", an agent before the give verb, an office holder, a body acting on another's behalf), one award per
contest, anaphoric mentions ("danh hiệu này"), and orders of foreign states.
"""
from __future__ import annotations

import bisect
import functools
import re

from ..gazetteer import word_list
from ..canonical import level_words
from ..lexicon import upper_first
from .base import LOWERED, QUOTES_CLOSE, Ent, is_cap, span_text, year_word
from .conferral_cues import _after_preamble
from .conferral_words import ADVERBIAL_LINKS, CHAIRMAN_CERTIFICATES, COUNT_WORDS, DAY_WORDS, KIND_ANAPHOR_HEADS, PROVINCES, TIME_FRONT, \
    _opening

HOLDER_TITLES = {"thủ tướng", "thủ tướng chính phủ", "chủ tịch nước"}  # offices conferring in their own name
PASSIVE_MARKERS = {"được", "bị"}
#: heads of a foreign state conferring an order ("Chính phủ Nhật Bản", "Quốc vương Campuchia")
STATE_CONFERRERS = ("Chính phủ", "Nhà nước", "Hoàng gia", "Quốc vương", "Nhà vua", "Tổng thống", "Nữ hoàng")
#: place levels of local government (Luật Tổ chức chính quyền địa phương 2015), as written before a place's name
PLACE_LEVELS = {"tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thị trấn", "thành phố", "tp", "tt"}
#: capitalised words of the verb phrase between a giver and its give verb, passed as its lower-case words are:
#: "Lễ", the ceremony noun the press writes with a capital as the event's name ("Bộ X tổ chức Lễ trao tặng bằng
#: khen"; 20 times "tổ chức Lễ … trao/tặng" in the 50k bulk news). One entry on purpose: the other event nouns
#: ("Hội nghị", "Buổi lễ", "Chương trình", "Đại hội", "Hội thi", "Lễ hội") never stand capitalised after "tổ chức"
#: before a give verb in the bulk news, dev, real or held-out 3-12 documents (checked in session 11), and
#: "Hội", "Chương" open unit names too, which this gap must not pass.
EVENT_CAPS = frozenset({"Lễ"})
#: words between an agent and a give verb that make the giving someone else's ("yêu cầu giải trình việc tặng")
NOT_AGENT_GAP = {"việc", "về", "được"}
#: catalogue names (awards.tsv) of the open prizes and badges any body gives ("giải", "cúp", "giải thưởng" of a
#: contest or an association, "huy hiệu" of the Youth Union): written "do X trao tặng", X is their conferrer (the
#: certificates and flags, tail "conferrer"/"flagname", besides); the State's named prizes (Giải thưởng Hồ Chí Minh,
#: Giải thưởng Nhà nước) and orders and medals are not among them
GIVEN_BY_CANONICALS = frozenset({"Giải", "Cúp", "Giải thưởng", "Huy hiệu"})
#: of those, the awards that only a body gives (the Youth Union's and the Party's badges), whose body written after
#: them with "của" is their conferrer ("huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn"; h9 gold): a prize or cup
#: "của" a body is as often the winner's side ("giải Ba của đội tuyển tỉnh", "Cúp … của CLB X"), left as written
OF_BODY_CANONICALS = frozenset({"Huy hiệu"})
#: openings of a sentence whose body the presenter acts for (the body gives the award)
BEHALF_OPENERS = ("thay mặt", "đại diện cho", "đại diện", "thừa ủy quyền", "thừa uỷ quyền", "ủy quyền", "uỷ quyền")
#: organisations written before a school or body they belong to ("Đoàn trường THPT X", "Công đoàn Sở Y"; Điều lệ
#: Đoàn TNCS Hồ Chí Minh, Điều lệ Công đoàn Việt Nam)
YOUTH_PREFIXES = {"Đoàn", "Chi đoàn", "Công đoàn", "Liên đội", "Hội Sinh viên"}
#: a capitalised level written before "đoàn"/"ủy" as one name ("Thị đoàn", "Huyện ủy", "Tỉnh đoàn")
LEVEL_CAPS = {"Thị", "Huyện", "Tỉnh", "Thành", "Quận", "Xã", "Phường"}
#: words before a body that make it the place of a ceremony ("tại (trụ sở) X, …"), not a giver
VENUE_WORDS = {"tại", "ở", "sở", "hội", "trường", "đường"}
#: verbs of reporting: a name before "X cho biết, …" is the speaker, not the subject of what follows
SPEECH = {"biết", "hay"}
#: administrative levels that can stand alone as a certificate's conferrer ("bằng khen của tỉnh")
BARE_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường")
#: heads of a provincial department or body a conferrer may be written with, without its place ("Sở GD&ĐT",
#: "Công an", "Tỉnh đoàn"; _body_place; the departments of Nghị định 24/2014/NĐ-CP Art. 8, the police and the
#: provincial unions)
BODY_HEADS = {"Sở", "Công", "Bộ", "Ban", "Hội", "Liên", "Tỉnh", "Cục", "Chi"}
#: words of a conferrer that name its place already (_body_place writes none then)
PLACE_WORDS = {"tỉnh", "thành", "tp", "tp.", "huyện", "quận", "thị", "xã", "phường", "trung", "việt", "nam",
               "quốc", "gia", "chính", "phủ"}
#: words joining the awards of one list ("A, B và nhiều C")
AWARD_GLUE = {",", "và", "cùng", "nhiều", "các", "những", "cùng với"}


def _body_place(text: str, name: str) -> str:
    """An award name whose conferrer is a body written without its place ("Giấy khen của Giám đốc Sở GD&ĐT")
    completed with the province the document writes that body with elsewhere ("… Giám đốc Sở GD&ĐT tỉnh Quảng
    Trị" → "Giấy khen của Giám đốc Sở GD&ĐT tỉnh Quảng Trị"; GUIDELINES: a body's fullest name, with its place).
    The body is the conferrer's last two to four words after a unit head of BODY_HEADS; one province only (a
    province of provinces_2025.tsv), else ``name`` unchanged; never a conferrer that names a place level already
    or a chairman (the statutory "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")."""
    _, sep, conf = name.partition(" của ")
    if not sep:
        return name
    words = conf.split()
    low = [w.lower() for w in words]
    if "tịch" in low or any(w in PLACE_WORDS for w in low):
        return name
    head = next((i for i, w in enumerate(words) if w in BODY_HEADS), None)
    if head is None or not 2 <= len(words) - head <= 4:
        return name
    body = " ".join(words[head:])
    places = set()
    for m in re.finditer(re.escape(body) + r" tỉnh (\w+(?: \w+){0,2})", text):
        after = m.group(1).split()
        places.update(next(([" ".join(after[:k])] for k in (3, 2, 1) if " ".join(after[:k]) in PROVINCES), []))
    return f"{name} tỉnh {next(iter(places))}" if len(places) == 1 else name


def _document_place(words, level: str) -> str | None:
    """The one place of ``level`` ("tỉnh", "huyện", …) the document names ("tỉnh Hà Tĩnh" → "Hà Tĩnh": up to
    three capitalised words after the level; a province must be in provinces_2025.tsv; not inside a chairman's
    title), else None (none or several). One pass over the document's words, one comparison per word; called
    only for the rare certificate named by a bare level (cached per level by _chairman_certificates)."""
    lv = level.split()
    n = len(lv)
    places = set()
    for i, w in enumerate(words):
        if LOWERED[w] != lv[0] or list(map(LOWERED.__getitem__, words[i:i + n])) != lv:
            continue
        if "tịch" in (x.lower() for x in words[max(0, i - 4):i]):
            continue  # "Chủ tịch UBND tỉnh Lai Châu vừa ký …": a title holder's place names no certificate
        j = i + n
        while j < len(words) and j - (i + n) < 3 and words[j][:1].isupper() and words[j].isalpha():
            j += 1
        if j > i + n:
            place = " ".join(words[i + n:j])
            if level != "tỉnh" or place in PROVINCES:
                places.add(place)
    return next(iter(places)) if len(places) == 1 else None


def _parent_forms(name: str) -> list:
    """A unit's name and the parent written after its sub-unit ("Điện lực Sơn Trà thuộc Công ty X" → also
    "Công ty X"; "Phòng Y, Sở Z" → also "Sở Z"; GUIDELINES.md: a sub-unit written with its parent is one unit)."""
    out = [name]
    for sep in (" thuộc ", ", "):
        if sep in name:
            out.append(name.split(sep, 1)[1])
    return out


def _before_abbreviation(d, i, ss, ends) -> int:
    """"Tập đoàn Điện lực Việt Nam (EVN) đã tặng …": the start of an abbreviation in parentheses ending at ``i``
    right after a conferrer phrase of ``ends`` (the body it abbreviates), so that the giver is found before it;
    ``i`` otherwise. An abbreviation is one token of capitals, digits, "&" or "-" (at least two letters)."""
    if i - 3 <= ss or d.words[i - 1] != ")" or d.words[i - 3] != "(" or (i - 3) not in ends:
        return i
    w = d.words[i - 2]
    if sum(c.isalpha() for c in w) < 2 or not all(c.isupper() or c.isdigit() or c in "&-" for c in w):
        return i
    return i - 3


@functools.lru_cache(maxsize=1)
def _central_bodies() -> tuple[list[str], ...]:
    """The forms of central_bodies.txt as lower-case token lists ("t.ư hội" → ["t", ".", "ư", "hội"]: the
    tokenizer splits the dot off), longest first."""
    forms = (f.replace(".", " . ").split() for f in word_list("central_bodies.txt"))
    return tuple(sorted(forms, key=len, reverse=True))


def _central_body(low: list[str]) -> list[str]:
    """The form of central_bodies.txt that opens the lower-case tokens ``low`` ("trung ương hội …"), its last
    token the body's head; [] when none does."""
    return next((f for f in _central_bodies() if low[:len(f)] == f), [])


def _fronted_adverbial(words, ss, comma) -> bool:
    """The words from the sentence start ``ss`` to ``comma`` are a fronted adverbial of time or place (opening with
    a word of TIME_FRONT: "Tại lễ công bố …", "Trong buổi làm việc với …", "Sáng 5/3 tại trụ sở …") with no other
    comma: the comma closes it (Ủy ban Khoa học xã hội, Ngữ pháp tiếng Việt, 1983: trạng ngữ đứng đầu câu).  The
    phrase holds a word of ADVERBIAL_LINKS ("của", "với", "tại", "mang tên"; the opener counts: "Tại Bệnh viện X,
    …"), through which a body in it belongs to it; without one the words after the time are the subject, its comma
    left out ("Năm 2024 Sở Y tế, Công đoàn … tặng …", "Nhiều cơ quan như Sở Y tế, …": no adverbial)."""
    if comma - ss < 2 or words[ss].lower() not in TIME_FRONT or "," in words[ss:comma]:
        return False
    low = [w.lower() for w in words[ss:comma]]
    return any(tuple(low[k:k + len(p)]) == p for k in range(len(low)) for p in ADVERBIAL_LINKS)


def _before_date(d, i, ss) -> int:
    """Start of a date written right before token ``i`` ("ngày 24/4", "chiều 10-7", "sáng 3.5": a word of
    ``DAY_WORDS``, then numbers joined by "/", "-", "."); ``i`` when none."""
    k = i
    while k > ss and (d.words[k - 1].isdigit() or (d.words[k - 1] in ("/", "-", ".") and d.words[k].isdigit())):
        k -= 1
    if k > ss and d.words[k - 1].lower() in DAY_WORDS and d.words[k].isdigit():
        return k - 1
    return i


class AwardNames:
    """Award names with their conferrers; mixed into :class:`~extractors.components.conferrals.ConferralLinker`."""

    def _award_names(self, d, a, ss, se, cues, st, awards, ents):
        """The name(s) award ``a`` is written with in its fact: with the conferrer the sentence gives ("bằng khen
        của tỉnh" -> of the document's province, "UBND tỉnh X tặng bằng khen" -> "Bằng khen của UBND tỉnh X"),
        one per contest (see the methods called)."""
        names = self._of_bare_level(d, a, se) or self._of_bare_body(d, a, se) or \
            self._with_conferrer(d, a, ss, cues, st, awards)
        if names == [a.text]:
            names = self._from_conferrers(d, a, se, cues, ents) or self._given_by(d, a, se, cues) or names
        text = d.doc.user_data.get("sovang_text") or ""
        return [_body_place(text, n) for n in self._per_contest(d, a, se, names)]

    @staticmethod
    def _foreign_state(name: str) -> bool:
        """"Huân chương của Chính phủ Nhật", "… của Quốc vương Campuchia": an order conferred by a named state
        (head and the state's name); a presenter ("Thủ tướng trao huân chương …") or the domestic "Nhà nước",
        which confers every order, names nothing."""
        conf = name[name.find(" của ") + 5:].split()
        for head in STATE_CONFERRERS:
            h = head.split()
            if conf[:len(h)] == h and len(conf) > len(h) and is_cap(conf[len(h)]):
                return True
        return False

    def _anaphoric_awards(self, doc, st, anaphor_hits) -> None:
        """"Ông X được nhận danh hiệu này vào tháng 1/2011", "3 năm sau ông Y nhận danh hiệu tương đương": an
        award named by a demonstrative stands for the last award named before it, at most two sentences
        back; it is added to the document's awards under that name (and linked like any other).
        A head of one kind (KIND_ANAPHOR_HEADS: "huy hiệu này", "bằng khen này") stands only for an award of
        that kind; the bare award the award finder read in it ("bằng khen") takes that award's name."""
        hits = anaphor_hits
        if not hits or not st["award"]:
            return
        awards = sorted(st["award"], key=lambda x: x.start)
        starts = [x.start for x in awards]
        covered = {i for x in awards for i in range(x.start, x.end)}
        sent_starts = [a for a, _ in st["sents"]]
        added = []
        replaced = set()
        for _, s_, e_ in hits:
            k = bisect.bisect_left(starts, s_) - 1
            if k < 0:
                continue
            text = doc[s_:e_].text.lower()
            head = next((h for h in KIND_ANAPHOR_HEADS if text.startswith(h + " ")), None)
            kind = head is not None
            if s_ in covered:
                own = awards[k + 1] if k + 1 < len(awards) else None
                # the bare head read as an award ("bằng khen" of "bằng khen này")
                if not kind or own is None or own.start != s_ or own.text.lower() != head:
                    continue
            prev = awards[k]
            if kind and not prev.text.lower().startswith(head + " "):
                continue  # "huy hiệu này" after a Huân chương: not that award
            if bisect.bisect_right(sent_starts, s_) - bisect.bisect_right(sent_starts, prev.start) > 2:
                continue
            info = dict(prev.info)
            info["anaphor"] = True
            if s_ in covered:
                replaced.add(id(awards[k + 1]))
            added.append(Ent("award", s_, e_, prev.text, info))
        if added:
            st["award"] = sorted([x for x in st["award"] if id(x) not in replaced] + added, key=lambda x: x.start)

    def _with_conferrer(self, d, a, ss, cues, st, awards=(), bare_order=False):
        """Award names: "Bằng khen" given by an agent ("được Bộ GD-ĐT tặng bằng khen", "UBND tỉnh X tặng
        Cờ thi đua") becomes "Bằng khen của Bộ GD-ĐT"; two agents give two awards; the agent of a give
        verb also gives the awards listed after its first one ("B tặng Huy chương … và nhiều bằng khen")."""
        entry = a.info.get("entry")
        if " của " in a.text or not (bare_order or (entry is not None and entry.tail in ("conferrer", "flagname"))):
            return [a.text]
        head = self._list_head(d, a, awards)
        while head > ss and (d.words[head - 1].isdigit() or d.words[head - 1].lower() in COUNT_WORDS or
                             d.words[head - 1].lower() in ("thêm", "một")):
            head -= 1  # "trao tặng thêm 2 giấy khen": a count of the certificates between the verb and them
        # the give verb right before the award (or its list), and the agent phrase right before the verb
        give = [c for c in cues if c[2] == "give" and ss <= c[0] and c[1] <= head and head - c[1] <= 1]
        if not give:
            return [a.text]
        v = min(c[0] for c in give)  # the longest give phrase ("truy tặng", not its "tặng")
        agents = []
        ends = self._conf_ends
        i = v
        while i > ss and (d.words[i - 1].lower() in ("đã", "vừa", "cũng", "lần") or
                          (d.words[i - 1].isdigit() and i not in self._conf_ends)):
            i -= 1  # (not a number closing a body's name: "Tổng công ty Phát điện 1 tặng …")
        i = _before_abbreviation(d, i, ss, self._conf_ends)
        i = _before_date(d, i, ss)  # "Bộ Y tế ngày 24/4 đã trao tặng bằng khen": the date between giver and verb
        if i > ss and d.words[i - 1].lower() in PASSIVE_MARKERS:
            return [a.text]  # "X được tặng bằng khen": X is the recipient, not the presenter
        if i not in ends:
            # "X, Y … cũng tuyên dương, tặng giấy khen", "X vừa ký quyết định trao tặng", "X tổ chức Lễ trao tặng":
            # skip a short verb phrase back to the agents (not across "việc": in "X yêu cầu giải trình việc tặng
            # …" X gives nothing)
            k = i
            while k > ss and i - k < 7 and d.words[k - 1].lower() not in NOT_AGENT_GAP and \
                    (d.words[k - 1] in (",", "…", "...") or (d.words[k - 1].isalpha() and d.words[k - 1].islower())
                     or d.words[k - 1] in EVENT_CAPS):
                k -= 1
                if k in ends:
                    gap = [w.lower() for w in d.words[k:i]]
                    if any(w in SPEECH and j_ > 0 and gap[j_ - 1] == "cho" for j_, w in enumerate(gap)):
                        # "X, Phó Chủ tịch UBND huyện Y cho biết, đơn vị vừa trao tặng …": the speaker reports;
                        # the giver is the subject after the comma: "đơn vị", "cơ quan" is the speaker's body
                        rest = gap[len(gap) - 1 - gap[::-1].index(","):] if "," in gap else []
                        if " ".join(rest[1:]) in ("đơn vị", "cơ quan", "đơn vị này", "cơ quan này"):
                            return [a.text + " của " + ends[k].text]
                        return [a.text]
                    i = k
                    break
        titled = self._titled_holder(d, i, ss)
        if titled is not None:
            return [a.text + " của " + titled]
        pos_by_end = st.get("pos_by_end", {})
        if i not in ends:
            i = _past_place_apposition(d, ss, i, ends)  # "UBND TP A, tỉnh B trao …": B is where A is
        elided = self._elided_agent(d, i, ss, ends)
        if elided is not None:
            agents.append(elided[1])
            i = elided[0]
        while i in ends:
            x = ends[i]
            text = x.text
            i = x.start
            cut = next((c for c in range(x.start, x.end) if d.words[c] == "," and
                        (self._fronted_other(d, ss, c) is not None or _fronted_adverbial(d.words, ss, c))), None)
            if cut is not None:
                # "Ngoài 2 tập thể là A và B, UBND quận X cũng trao …" read as one body "B, UBND quận X": the
                # giver is the part after the fronted phrase's comma
                agents.insert(0, span_text(d, cut + 1, x.end))
                break
            if i in pos_by_end and x.kind == "unit":
                # "Giám đốc Công an Thành phố trao giấy khen": the title is part of the conferrer
                text = span_text(d, pos_by_end[i], i) + " " + text
                i = pos_by_end[i]
            if agents and i > ss and d.words[i - 1].lower() in VENUE_WORDS:
                break  # "Tại trụ sở Bộ Tư pháp, Bộ trưởng trao …": the place of the ceremony gives nothing
            if i > ss and d.words[i - 1] in LEVEL_CAPS and text.startswith(("đoàn ", "ủy ", "uỷ ")):
                text = d.words[i - 1] + " " + text  # "Thị | đoàn Điện Bàn": the level opens the body's name
                i -= 1
            for n in (2, 1):
                if i - n >= ss and span_text(d, i - n, i) in YOUTH_PREFIXES and x.kind == "unit":
                    # "Đoàn trường THPT X tặng giấy khen": the union of the school, written with it
                    text = span_text(d, i - n, i) + " " + text
                    i -= n
                    break
            agents.insert(0, text)
            if i > ss and d.words[i - 1] == "," and (self._fronted_other(d, ss, i - 1) is not None or
                                                     _fronted_adverbial(d.words, ss, i - 1)):
                break  # "Ngoài 3 tập thể là A và B, UBND quận X cũng trao …", "Tại lễ … Bệnh viện Y, UBND TP X
                # trao …": the comma closes the fronted phrase; a body inside it gives nothing
            if i > ss and d.words[i - 1] in (",", "và", "…", "..."):
                i -= 1
                if i not in ends:
                    # "Thị đoàn X, nhà trường và Đoàn trường Y tặng …": a lower-case generic item of one or two
                    # words (named nowhere) between the givers is passed over
                    j = i
                    while j > ss and i - j < 2 and d.words[j - 1].isalpha() and d.words[j - 1].islower():
                        j -= 1
                    if j < i and j > ss and d.words[j - 1] in (",", "và") and (j - 1) in ends:
                        i = j - 1
                continue
            break
        if len(agents) > 1 and _after_preamble(d.words, ss, i):
            agents = agents[-1:]  # "Xét đề nghị của A, B, Thủ tướng tặng …": A and B propose, the last one gives
        if not agents:
            behalf = self._on_behalf_giver(d, ss, v)
            if behalf is not None:
                agents = [behalf]
        if not agents and i == v and ss + 1 < v <= ss + 6 and d.words[ss] in self.lex.unit_heads and \
                d.words[ss][:1].isupper() and all(t.isalpha() for t in d.words[ss + 1:v]) and is_cap(d.words[v - 1]):
            # a headline "Bộ ngoại giao Nhật truy tặng bằng khen …": a body opening the sentence, written with
            # lower-case words the unit finder leaves, up to a capitalised place before the verb
            agents = [span_text(d, ss, v)]
        if not agents:
            return [a.text]
        return [a.text + " của " + g for g in agents]

    def _titled_holder(self, d, i, ss):
        """"Thủ tướng Nguyễn Xuân Phúc (vừa ký quyết định) tặng bằng khen …": the office of a person whose name ends
        at ``i`` right after a title of ``HOLDER_TITLES`` (not after "Phó") confers the certificate, written as the
        text writes the title ("Bằng khen của Thủ tướng"; Luật 06/2022/QH15 Art. 73, 77-78: the Prime Minister and
        the President confer by office, the holder's name is no part of the award). None otherwise."""
        if self._person_ends is None:
            self._person_ends = {p.end: p for p in self._persons}
        k = i  # back over a short verb phrase ("vừa ký quyết định") to the holder's name
        while k > ss and i - k < 7 and k not in self._person_ends and d.words[k - 1].isalpha() and \
                d.words[k - 1].islower() and d.words[k - 1].lower() not in NOT_AGENT_GAP:
            k -= 1
        p = self._person_ends.get(k)
        if p is None:
            return None
        x = self._conf_ends.get(p.start)
        if x is None or x.start < ss or x.text.lower() not in HOLDER_TITLES or \
                (x.start > 0 and d.words[x.start - 1].lower() == "phó"):
            return None
        return x.text

    def _on_behalf_giver(self, d, ss, v):
        """"Thay mặt UBND xã X, ông A trao giấy khen …", "Thừa ủy quyền của Chủ tịch nước, ông B trao …": the body
        the presenter acts for, opening the sentence before the give verb at ``v``, gives the award; else None."""
        k = ss
        while k < v and d.words[k] in ("-", "–", "\"", "“"):
            k += 1
        words = [w.lower() for w in d.words[k:min(v, k + 3)]]
        n = next((len(p.split()) for p in BEHALF_OPENERS if words[:len(p.split())] == p.split()), 0)
        if not n:
            return None
        k += n
        while k < v and d.words[k].lower() in ("của", "lãnh", "đạo"):
            k += 1
        x = self._conf_starts.get(k)
        if x is None or x.end >= v or d.words[x.end] != ",":
            return None
        return x.text

    @staticmethod
    def _elided_agent(d, i, ss, ends):
        """"UBND TP Biên Hòa và phường Thanh Bình trao giấy khen", "UBND huyện A, xã B tặng …": a place level and
        its capitalised name ending at ``i``, after "và" or "," and a local body written with its own level, is
        that body's head at the second place ("UBND phường Thanh Bình"). (start of the "và"/",", agent text) or
        None. (Luật Tổ chức chính quyền địa phương 2015: each level has the same bodies.)"""
        j = i
        while j > ss and is_cap(d.words[j - 1]) and d.words[j - 1].lower() not in ("và",):
            j -= 1
        if j == i:
            return None
        ls = j
        if d.words[j].lower().rstrip(".") in PLACE_LEVELS:  # "TP Biên Hòa"
            name_from = j + 1
        else:
            name_from = j
            if j - 2 >= ss and (d.words[j - 2] + " " + d.words[j - 1]).lower() in PLACE_LEVELS:
                ls = j - 2
            elif j - 1 >= ss and d.words[j - 1].lower() in PLACE_LEVELS:
                ls = j - 1
            else:
                return None
        if name_from >= i or ls - 1 <= ss or d.words[ls - 1] not in ("và", ","):
            return None
        before = ls - 1
        if before not in ends and d.words[before] == "và":
            # "UBND TP A, tỉnh B và phường C trao …": the first body is written with its own place after it
            before = _past_place_apposition(d, ss, before, ends)
        if before not in ends:
            return None
        x = ends[before]
        words = x.text.split()
        at = next((k for k, w in enumerate(words) if k > 0 and (w.lower().rstrip(".") in PLACE_LEVELS or
                                                            " ".join(words[k:k + 2]).lower() in PLACE_LEVELS)), None)
        if at is None or not all(is_cap(w) for w in words[:at]):
            return None
        return before, " ".join(words[:at]) + " " + span_text(d, ls, i)

    def _from_conferrers(self, d, a, se, cues, ents):
        """"nhận được nhiều bằng khen, giải thưởng … từ Trung ương Đoàn, Trung ương Hội Chữ thập đỏ và …": a
        bare certificate or flag received "từ" bodies named later in its clause is one award per body.
        The words between the award and "từ" hold no name, verb cue or clause end (at most ten)."""
        entry = a.info.get("entry")
        if entry is None or entry.tail not in ("conferrer", "flagname") or " của " in a.text:
            return []
        k = a.end
        while k < se and k - a.end <= 10 and d.words[k] != "từ":
            if d.words[k] in (".", ";", ":") or any(x.start == k for x in ents) or \
                    any(c[0] == k and c[2] in ("give", "receive", "propose") for c in cues):
                return []
            k += 1
        if not (k < se and d.words[k] == "từ"):
            return []
        out = []
        starts = self._conf_starts
        i = k + 1
        while i in starts:
            x = starts[i]
            out.append(x.text)
            i = x.end
            if i + 1 < se and d.words[i] in (",", "và") and i + 1 in starts:
                i += 1
                continue
            break
        return [a.text + " của " + g for g in out]

    def _given_by(self, d, a, se, cues):
        """"nhận bằng khen do Hội X trao tặng", "giành giải đặc biệt do IEEE trao tặng": a certificate, flag, open
        prize or badge (GIVEN_BY_CANONICALS) written without its conferrer and followed by "do", a conferrer and a
        give verb (after "đã", "vừa", "cũng", "mới") is that conferrer's, and a badge (OF_BODY_CANONICALS) followed
        by "của" and a body is that body's: ["<award> của <conferrer>"] (GUIDELINES.md: the award's name with the
        conferrer the document gives); else [].  The conferrer is a body or title the sentence names
        (``_conf_starts``), else a run of capitalised words up to the verb ("IEEE") holding no person the finder
        read ("do NSND Trần Văn Hùng trao tặng": who hands it over, no conferrer).  An order, a medal or a state
        title "do Chủ tịch nước truy tặng" keeps its name: the State confers them all."""
        entry = a.info.get("entry")
        if entry is None or " của " in a.text or not (entry.tail in ("conferrer", "flagname") or
                                                      entry.canonical in GIVEN_BY_CANONICALS):
            return []
        k = a.end
        x = self._conf_starts.get(k + 1)
        if k + 1 < se and d.words[k] == "của" and x is not None and is_cap(d.words[k + 1]) and \
                entry.canonical in OF_BODY_CANONICALS:
            # "huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn TNCS Hồ Chí Minh": a body or title the sentence
            # names (a prize or cup "của" a team, school or club is the winner's, not given by it)
            return [a.text + " của " + x.text]
        while k < se and k - a.end < 4 and (d.words[k] in QUOTES_CLOSE or d.words[k] in (",", "năm") or
                                            year_word(d.words[k])):
            k += 1  # "Cúp vàng “…”, do …", "bằng khen … năm 2016, do UBND tỉnh X tặng": its year, quote, comma
        if not (k + 2 < se and d.words[k] == "do"):
            return []
        x = self._conf_starts.get(k + 1)
        end = x.end if x is not None else k + 1
        if x is None:
            while end < se and end - k <= 10 and (is_cap(d.words[end]) or d.words[end] in ("&", "-", "–")):
                end += 1
            held = self._person_before(d, end)
            if held is not None and held.start > k:
                return []  # "giải đặc biệt do NSND Trần Văn Hùng trao tặng": a person hands it over, no body gives it
        v = end
        if v + 2 < se and d.words[v] == "(" and d.words[v + 2] == ")" and d.words[v + 1].isupper():
            v += 3  # "Liên đoàn Tung hứng quốc tế (IJA) trao tặng": the body's initials after it
        while v < se and d.words[v].lower() in ("đã", "vừa", "cũng", "mới"):
            v += 1
        if end == k + 1 or not any(c[0] == v and c[2] == "give" for c in cues):
            return []
        return [a.text + " của " + span_text(d, k + 1, end)]

    @staticmethod
    def _list_head(d, a, awards) -> int:
        """Start of the award list ``a`` closes ("Huy chương Vàng … và nhiều bằng khen" → the Huy chương),
        walking back over list glue, earlier awards of the sentence and the years that date an earlier one ("tặng
        Cờ thi đua năm 2012, 2016 và Bằng khen …": :func:`_dating_years`); ``a.start`` when ``a`` stands alone."""
        by_end = {b.end: b for b in awards}
        head = i = a.start
        while i > 0:
            if d.words[i - 1].lower() in AWARD_GLUE:
                i -= 1
            elif i in by_end and by_end[i].start < i:
                head = i = by_end[i].start
            elif year_word(d.words[i - 1]) and (dated := _dating_years(d.words, i)) in by_end:
                i = dated
            else:
                break
        return head

    def _agent_ends(self, d, st) -> dict:
        """Conferrer phrases of the document indexed once by their end token: units (the first written at
        each end) and position titles ("Thủ tướng Chính phủ", "Chủ tịch nước")."""
        ends = {}
        for u in st["unit"]:
            ends.setdefault(u.end, u)
        for _, s_, e_ in self.leads(d.doc):
            ends.setdefault(e_, Ent("unit", s_, e_, span_text(d, s_, e_)))
        return ends

    @staticmethod
    def _per_contest(d, a, se, names):
        """A medal or prize won "ở nhiều kỳ thi, như: X, Y, Z" is one award per contest named ("huy chương
        vàng X", "huy chương vàng Y", …); ``names`` unchanged when no such list of two or more follows."""
        if not a.text.lower().startswith(("huy chương", "giải")) or " của " in a.text:
            return names
        k = a.end
        words = d.words
        if k < se and words[k].lower() in ("ở", "tại", "trong"):
            k += 1
        if k < se and words[k].lower() in ("nhiều", "các", "một", "những"):
            k += 1 + (k + 1 < se and words[k + 1].lower() == "số")
        if not (k + 1 < se and words[k].lower() in ("kỳ", "kì", "cuộc", "giải") and words[k + 1].lower() in
                ("thi", "đấu")) and not (k < se and words[k].lower() == "giải"):
            return names
        k += 2 if words[k + 1].lower() in ("thi", "đấu") else 1
        if k < se and words[k] == ",":
            k += 1
        if not (k < se and words[k].lower() in ("như", "gồm", "là")):
            return names
        k += 1
        if k < se and words[k] == ":":
            k += 1
        items, cur = [], []
        while k < se and words[k] not in (".", ";", "…", "..."):
            if words[k] == ",":
                items.append(cur)
                cur = []
            else:
                cur.append(k)
            k += 1
        items.append(cur)
        if len(items) < 2 or not all(it and 1 <= len(it) <= 10 and is_cap(words[it[0]]) for it in items):
            return names
        return [a.text + " " + span_text(d, it[0], it[-1] + 1) for it in items]

    def _of_bare_body(self, d, a, se):
        """"Bà A nhận bằng khen của công ty vì …": a certificate whose conferrer is a unit head alone ("của công
        ty", "của Hội", "của Bộ"; a head of unit_types.tsv, no name after it) takes the one unit of the document
        written with that head ("Công ty TNHH MTV Điện lực Đà Nẵng"; not one opening with a longer head, "Hội
        đồng …" for "Hội"): ["Bằng khen của <unit>"]; else [] (none or several such units). An association's
        central body written with its head alone (central_bodies.txt: "bằng khen (của) Trung ương Hội cấp cho
        …", "TW Hội") is that association's: its certificate is the one of the document's single "Hội …"."""
        cert, _, conf = a.text.partition(" của ")
        if cert.lower() not in CHAIRMAN_CERTIFICATES:
            return []
        heads = self.lex.unit_heads
        if conf:  # the award finder kept a capitalised head: "Bằng khen của Hội"
            words, k = conf.split(), a.end
            central = _central_body([w.lower() for w in words])
            words = words[len(central) - 1:] if central else words
        else:
            k = a.end
            of = k < se and d.words[k].lower() == "của"
            central = _central_body([w.lower() for w in d.words[k + of:k + of + 4]])
            if not of and not central:
                return []  # (a body after the bare certificate without "của" only as a central body)
            k += of
            if central:
                words = d.words[k + len(central) - 1:k + len(central)]
            else:
                words = next((d.words[k:k + n] for n in (2, 1) if k + n <= se and
                              upper_first(" ".join(d.words[k:k + n])) in heads), None)
                if words is None:
                    return []
            k += len(central) - 1 + len(words) if central else len(words)
        head = upper_first(" ".join(words))
        if head not in heads or not all(w.isalpha() for w in words):
            return []
        after = d.words[k] if k < se else ""
        if after[:1].isupper() or after.isdigit():
            return []  # "của Công ty Điện lực X": named already
        if central and after.isalpha() and after.islower() and k + 1 < se and is_cap(d.words[k + 1]):
            return []  # "Trung ương Hội chữ Thập đỏ": the association named, its name opening in lower case
        found = {n for u in self._units_sorted for n in _parent_forms(u.text) if self._headed_by(n, head, heads)}
        return [f"{cert} của {found.pop()}"] if len(found) == 1 else []

    @staticmethod
    def _headed_by(name: str, head: str, heads) -> bool:
        """``name`` opens with ``head`` (any case) and a name after it, and with no longer head of ``heads``
        ("Hội đồng Chức danh …" is not headed by "Hội")."""
        words = name.split()
        hw = head.split()
        if len(words) <= len(hw) or [w.lower() for w in words[:len(hw)]] != [w.lower() for w in hw]:
            return False
        for m in range(len(words) - 1, len(hw), -1):
            if upper_first(" ".join(words[:m])) in heads:
                return False
        return True

    @staticmethod
    def _of_bare_level(d, a, se):
        """"trao bằng khen của tỉnh, kèm …": a certificate whose conferrer is a level alone ("của tỉnh", "của
        huyện"; BARE_LEVELS) takes the one place of that level the document names ("tỉnh Quảng Bình"; a province
        must be in provinces_2025.tsv): ["Bằng khen của tỉnh Quảng Bình"]; else [] (none or several places).
        GUIDELINES: the award is written with its conferrer where the document gives it."""
        k = a.end
        if not (k + 1 < se and d.words[k].lower() == "của") or a.text.lower() not in CHAIRMAN_CERTIFICATES:
            return []
        level = _opening([w.lower() for w in d.words[k + 1:k + 3]], BARE_LEVELS)
        if level is None:
            return []
        n = len(level.split())
        after = d.words[k + 1 + n] if k + 1 + n < len(d.words) else ""
        if after[:1].isupper():
            return []  # "của tỉnh Quảng Bình": named already
        place = _document_place(d.words, level)
        return [f"{a.text} của {level} {place}"] if place else []

    @staticmethod
    def _past_holder(a, ents) -> int:
        """Where the text after award ``a`` starts, past the name of the office holder who gives it
        ("bằng khen của Thủ tướng Chính phủ Nguyễn Văn A cho …")."""
        if " của " in a.text:
            holder = next((x for x in ents if x.start == a.end and x.kind == "person"), None)
            if holder is not None:
                return holder.end
        return a.end

    def _conferred_by(self, d, lo, k) -> bool:
        """Tokens [lo, k) after an award are "do"/"của" and a conferrer phrase, before the give verb at ``k``
        ("Huân chương … do Chủ tịch nước truy tặng thiếu úy A", "danh hiệu … của Chủ tịch nước phong tặng Công an
        X"): the verb introduces the recipient."""
        if k - lo < 2 or d.words[lo].lower() not in ("do", "của"):
            return False
        x = self._conf_starts.get(lo + 1)
        return x is not None and x.end == k


def _dating_years(words, i: int) -> int:
    """Start of the years ending at token ``i`` that date the award before them: "năm" (optional), then years
    joined by "," or "và" ("năm 2012, 2016", "2019"); ``i`` itself when no year ends there."""
    j = i
    while j > 0 and year_word(words[j - 1]):
        j -= 1
        if j > 1 and words[j - 1] in (",", "và") and year_word(words[j - 2]):
            j -= 1
    return j - 1 if j < i and j > 0 and words[j - 1].lower() == "năm" else j


@functools.lru_cache(maxsize=1)
def _level_ranks() -> dict[str, int]:
    """Each administrative level word (lower-case, short forms without their dot) and the lowest tier it can name:
    1 commune, 2 district, 3 province ("thành phố", "tp": 2, a city of a province or a municipality;
    :func:`extractors.canonical.level_words`, administrative_levels.tsv)."""
    ranks: dict[str, int] = {}
    for rank, tier in ((3, "province"), (2, "district"), (1, "commune")):
        ranks.update({w: rank for w in level_words((tier,))})
    return ranks


def _level_at(words, k: int) -> int | None:
    """The rank (:func:`_level_ranks`) of the level word of one or two words at ``k`` ("thị xã", "TP."), else None."""
    ranks = _level_ranks()
    two = " ".join(words[k:k + 2]).lower()
    return ranks.get(two, ranks.get(words[k].lower().rstrip(".")))


def _past_place_apposition(d, ss, e: int, ends) -> int:
    """Where a place apposition ending at token ``e`` starts, at its comma: ", <level> <Name>" after a body or place
    written with a level of a lower tier ("UBND TP. Biên Hòa, tỉnh Đồng Nai", "phường Thanh Bình, TP. Biên Hòa"):
    the larger place is where the one before it is (Vietnamese writes a place from the smallest to the largest),
    not a second giver; ``e`` itself when there is none. The level before the comma is looked for among the
    words of the body ending there (``ends``) or the four words before it."""
    j = e
    while j > ss and is_cap(d.words[j - 1]) and d.words[j - 1] != ",":
        j -= 1
    k = j - 1 if j - 1 > ss and _level_at(d.words, j - 1) is not None else j
    if k == j and j - 2 > ss and d.words[j - 1] == "." and _level_at(d.words, j - 2) is not None:
        k = j - 2  # "TP. Biên Hòa", its dot a token of its own
    if k - 1 > ss and d.words[k - 1].lower() == "thị":
        k -= 1  # "thị xã", "thị trấn"
    outer = _level_at(d.words, k) if k < e else None
    if outer is None or k == j == e or k - 1 <= ss or d.words[k - 1] != ",":
        return e
    c = k - 1
    lo = ends[c].start if c in ends else max(ss, c - 4)
    inner = [r for r in (_level_at(d.words, m) for m in range(lo, c)) if r is not None]
    return c if inner and inner[-1] < outer else e

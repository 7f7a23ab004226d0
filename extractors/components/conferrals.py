"""``sovang_conferrals``: award ↔ recipient ↔ status within a sentence.

Cue phrases come from ``triggers.tsv``:

* ``give`` ("tặng", "trao tặng", "truy tặng"…): the recipients are the names after
  "cho" (or a "gồm:" list) that follows the award; the subject before the cue is
  the presenter, never a recipient;
* ``receive`` ("được tặng", "đón nhận", "vinh dự nhận"…): the recipient is the
  nearest name before the cue (names between "được" and the verb are conferrers);
* ``propose`` ("đề nghị", "trình", "xét tặng"…) before the award → ``proposed``;
* ``revoke`` ("thu hồi", "hủy quyết định") → ``revoked`` (status stays conferred).

An award with no cue in its sentence is a descriptor ("NSƯT Công Lý"), not a fact.
"""
from __future__ import annotations

import bisect
import functools
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from ..foreign import is_foreign_word
from ..gazetteer import dictionary_words, province_levels, word_list
from ..lexicon import upper_first
from . import counted_groups
from .base import Ent, is_cap, span_text, toks, lexicon, phrase_matcher, state
from .persons import CLAUSE_OPENERS  # never a name's syllable



def _named_in_full(d, k, j, st):
    """The unit (the fullest of several), or else the one person of more words, of the document (``st``: its
    state, its names in order as the conferral linker keeps them) whose name holds the words ``k``..``j`` as whole
    words ("Prudential" in "Công ty Tài chính Prudential Việt Nam"), as an Ent at ``k``..``j`` carrying that name;
    None when there is none, False when several persons."""
    short = " " + span_text(d, k, j).lower() + " "
    for kind, found in (("unit", st["units_in_order"]), ("person", st["persons_in_order"])):
        names = {x.text for x in found if short in " " + x.text.lower() + " " and x.text.lower() != short[1:-1]}
        if kind == "unit" and names:
            return Ent(kind, k, j, max(sorted(names), key=len), {"kind": "short"})  # the fullest name
        if len(names) == 1:
            return Ent(kind, k, j, names.pop(), {"kind": "short"})
        if names:
            return False
    return None


class ConferralLinker:
    """Links awards to recipients; see module doc."""

    def __init__(self, nlp):
        self.lex = lexicon()
        self.leads = phrase_matcher(nlp, ["Thủ tướng Chính phủ", "Thủ tướng", "Chủ tịch nước", "Chủ tịch Nước",
                                          "Nhà nước", "Chính phủ", "Chủ tịch UBND tỉnh", "Bộ trưởng"],
                                    case_variants=False)
        self.words = dictionary_words()
        self._honorifics = {h.lower() for h in self.lex.honorifics}
        self._honorific_words = {w for h in self._honorifics for w in h.split()}  # "trung", "uý" (ranks' words)
        self.group_nouns = counted_groups.group_nouns(self.lex)  # built once, read by counted_groups.resolve
        self.cue_phrases = {p.lower() for role, phrases in self.lex.cues.items() if role != "group" for p in phrases}
        self.cue = [role for role in self.lex.cues if role not in SENTENCE_ROLES]
        # every lower-case cue table in one matcher, one pass per document (speed); keys name the table
        self.all_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        tables = {role: phrases for role, phrases in self.lex.cues.items() if role not in SENTENCE_ROLES}
        tables["=return"] = self.lex.cues.get("return", ()) or ["nộp lại"]
        tables["=absent"] = self.lex.cues.get("absent", ()) or ["không có trong"]
        tables["=anaphor"] = [f"{h} {w}" for h in ANAPHOR_HEADS + KIND_ANAPHOR_HEADS for w in ANAPHOR_WORDS]
        tables["=honour"] = self.lex.cues.get("honour", ()) or ["tuyên dương"]
        tables["=respectively"] = ["lần lượt"]
        for key, phrases in tables.items():
            self.all_lower.add(key, [nlp.make_doc(p) for p in dict.fromkeys(phrases)])
        self._key = {nlp.vocab.strings[k]: k for k in tables}

    def __call__(self, doc):
        d = toks(doc)
        st = state(doc)
        by_key = {}
        for k, s, e in self.all_lower(doc):
            by_key.setdefault(self._key[k], []).append((k, s, e))
        self._anaphoric_awards(doc, st, by_key.get("=anaphor", []))
        self._honour_at = {s_: e_ for _, s_, e_ in by_key.get("=honour", ())}
        cues = []
        words = d.words
        # token indices of persons' names: kept on the document (st["in_name"]), read again by _recipients
        in_name = st["in_name"] = {j for p in st["person"] for j in range(p.start, p.end)}
        award_starts = {a.start for a in st["award"]}
        for role in self.cue:
            for _, s, e in by_key.get(role, ()):
                if role == "become":
                    if e not in award_starts:
                        continue  # "trở thành thành viên …": no award becomes the subject's
                    role = "receive"  # "trở thành Hoa hậu Hoàn vũ"
                if e - s == 1 and self._in_compound(words, s, in_name):
                    continue  # "công trình", "trao đổi", "các cấp": not a cue
                if s in in_name:
                    continue  # "Anh Trần Minh Đạt được trao …": a syllable of a name ("Đạt"), not the verb "đạt"
                cues.append((s, e, role))
        cues.sort()
        in_award = set()
        award_ends = {a.end for a in st["award"]}
        for a in st["award"]:
            in_award.update(range(a.start, a.end))
            if a.start - 1 in award_ends:
                a.info["after_award"] = True  # "Nghệ sĩ Ưu tú (NSƯT)": see _descriptor
        ents = list(st["person"]) + [u for u in st["unit"] if u.start not in in_award]
        ents = outermost(ents)
        in_role = set()
        for a, b in st.get("role_spans", []):
            in_role.update(range(a, b))
        pos_ends = st.get("pos_ends", set())
        ents = [x for x in ents if x.start not in in_role and not (x.kind == "unit" and x.start in pos_ends)]
        self._in_role = in_role
        # the tokens of titles and the names found, in order: kept on the document (read again by unfound_subject,
        # which the championships component calls too), not on the component
        self._in_title = st["title_tokens"] = {j for e_, s_ in st.get("pos_by_end", {}).items() for j in range(s_, e_)}
        ents.sort(key=lambda x: x.start)
        person_at = {p.start for p in st["person"]}
        self._conf_ends = self._agent_ends(d, st)
        self._conf_starts = {}
        for x in self._conf_ends.values():
            if self._conf_starts.get(x.start) is None or self._conf_starts[x.start].end < x.end:
                self._conf_starts[x.start] = x
        # persons in document order (components may append late finds out of order; bisection needs order)
        self._persons = st["persons_in_order"] = sorted(st["person"], key=lambda x: (x.start, x.end))
        self._units_sorted = st["units_in_order"] = sorted(st["unit"], key=lambda x: (x.start, x.end))
        self._unit_starts = [u.start for u in self._units_sorted]
        self._person_starts = [p.start for p in self._persons]
        self._names_by_first = None  # built on first use by _known_name_at
        self._person_ends = None  # built on first use by _titled_holder
        self._count_at = None  # built on first use by _group_named
        self._last_collective = None  # (sentence start, the one collective recipient of the last conferral)
        self._by_last = {}
        for p in st["person"]:
            if len(p.text.split()) >= 2:
                self._by_last.setdefault(p.text.split()[-1], []).append(p)
        idx = _SentenceIndex(st["sents"], len(d), cues, ents, st["award"])
        self._idx = idx
        returned_at = [s_ for _, s_, _ in by_key.get("=return", ())]
        absent_at = [s_ for _, s_, _ in by_key.get("=absent", ())]
        absent_sents = {idx.sentence(i) for i in absent_at}
        out = []
        last_recips = None
        counted = set()  # sentences whose counted recipients were looked up in the next sentence
        pending = []  # awards left to a counted group without names (counted_groups.resolve)
        for a in st["award"]:
            ss, se = idx.sentence(a.start)
            if self._descriptor(d, a, person_at):
                continue
            if a.end + 1 < len(d.words) and d.words[a.end] == "của" and d.words[a.end + 1].lower() in ("các", "nhiều"):
                continue  # "bằng khen của các Bộ, ngành": certificates in general, not one award
            scues, sents_ents, sawards = idx.local(ss, se)
            holder = _dash_holder(d, a, sents_ents)
            if not scues and holder is None:
                continue
            recips, how = ([holder], "dash") if holder is not None else \
                self._recipients(d, a, ss, se, sents_ents, scues, sawards, person_at)
            if not recips and how != "count" and last_recips and last_recips[0] == (ss, se) \
                    and self._agent_gives(d, a, scues) and not _passive_clause(d.words, ss, a.start):
                # "X được A tặng P, B tặng Q": Q goes to the same X (not "…, 46 cá nhân được tặng Q": a passive
                # clause has a subject of its own)
                recips, how = last_recips[1], "shared"
            if not recips and how == "count" and (ss, se) not in counted:
                recips = self._continued_list(d, idx, ss, se)
                counted.add((ss, se))
                how = "continued"
            recips = [r for r in recips if self._fits(a, r) and not self._generic_unit(d, r)]
            if recips:
                recips = recips + self._fronted_recipients(d, ss, a, sents_ents)
            if not recips and how is None and last_recips and self._also_gives(d, a, ss, scues) and \
                    bisect.bisect_right(idx.starts, ss) - bisect.bisect_right(idx.starts, last_recips[0][0]) <= 3:
                # "…cho anh A. Bên cạnh bằng khen của Tỉnh đoàn, UBND huyện cũng đã trao tặng giấy khen.": A again
                recips, how = list(last_recips[1]), "also"
            if not recips and how in ("count", "subject"):
                # "hai sinh viên trên được Chủ tịch UBND tỉnh X tặng bằng khen" … "2 sinh viên được khen thưởng gồm:
                # A và B": a counted subject that a nearby sentence names with the same count and noun
                recips = [r for r in self._counted_subject(d, ss, a, scues) if self._fits(a, r)]
                how = "counted" if recips else how
            if not recips and how == "count":
                # "… khen thưởng cho 2 ông A và B" … "UBND xã X cũng tặng bằng khen cho hai ông": a counted object
                recips = [r for r in self._counted_object(d, a, se) if self._fits(a, r)]
                how = "counted" if recips else how
            if not recips:
                if how in ("count", "subject", "continued", None):
                    pending.append((a, (ss, se), scues, sents_ents, sawards, how))  # a counted group's?
                if how in ("count", "subject", "continued"):
                    # "2 người Việt Nam vừa được Chính phủ Nhật trao tặng Huân chương": no names, but the award's
                    # conferrer names the bare award elsewhere in the document
                    named = self._with_conferrer(d, a, ss, scues, st, sawards,
                                                 bare_order=a.text.lower() in ("huân chương", "huy chương"))
                    if len(named) == 1 and named[0] != a.text and (
                            self._foreign_state(named[0]) or a.text.lower() not in ("huân chương", "huy chương")):
                        a.info["named"] = named[0]
                continue
            last_recips = ((ss, se), recips)
            units_ = [r for r in recips if r.kind == "unit"]
            if len(units_) == 1:
                self._last_collective = (ss, units_[0])
            lo_, hi_ = min([a.start] + [r.start for r in recips]), max([a.end] + [r.end for r in recips])
            clause = max([ss] + [i + 1 for i in range(ss, a.start) if d.words[i] == ";"])
            # (a negation in an earlier ";" clause is not the award's: "X không để xảy ra sai sót; năm 2018
            # được tặng …")
            if any(d.words[i].lower() in NEGATION for i in range(max(ss, lo_, clause), min(se, hi_ + 6))):
                continue  # "không có trong danh sách được xét tặng"
            if _wished(d.words, recips, a, scues):
                continue  # "thầy trò HLV X quyết tâm giành HCV": a win hoped for, none yet
            if how == "after" and any(ss <= r < a.start for r in returned_at) and \
                    not any(c[2] == "give" and a.end <= c[0] < recips[0].start for c in scues) and \
                    not any(a.end <= h < recips[0].start for h in self._honour_at):
                # "nộp lại Bằng khen … cho Sở Nội vụ": handed back, not conferred (but "trả lại huân chương … tặng
                # cho ông X": the give verb names who had received it)
                continue
            if (ss, se) in absent_sents and how == "after":
                continue  # "… như: A, B, C… không có trong danh sách được xét tặng NSND"
            # "đề nghị hủy / thu hồi …" proposes a revocation, not the award
            proposed = any(r == "propose" and clause <= s < a.start and
                           not any(r2 == "revoke" and e <= s2 <= e + 1 for s2, _, r2 in scues)
                           and not _preamble(d.words, s, e, a.start, scues)
                           for s, e, r in scues) or \
                any(r == "fail" and clause <= s < a.start for s, _, r in scues)  # "trượt NSND": proposed, not given
            revoked = any(r == "revoke" for _, _, r in scues)
            # "bằng khen của tỉnh": the conferrer written after the award wins over the presenter before it
            names = self._award_names(d, a, ss, se, scues, st, sawards, sents_ents)
            status = "proposed" if proposed else "conferred"
            recips = [self._with_head_before(d, r) for r in recips]
            for r in recips:
                for name in names:
                    if r.kind == "unit" and name.lower().endswith(" của " + r.text.lower()):
                        continue  # "Bằng khen của Bộ Tư lệnh X" to Bộ Tư lệnh X: a body gives none to itself (an
                        # abbreviation of its branch resolved to it, "BĐBP Quảng Trị" -> "Bộ Tư lệnh BĐBP")
                    out.append({"award": a, "name": name, "recipient": r, "status": status,
                                "revoked": revoked, "sent": (ss, se), "how": how})
        counted_groups.resolve(self, d, idx, st, out, pending)
        self._programme_honourees(d, idx, out, [(s_, e_) for _, s_, e_ in by_key.get("=honour", ())])
        out = _respectively(out, sorted(s_ for _, s_, _ in by_key.get("=respectively", ())))
        _chairman_certificates(out, st["award"], st["unit"], d.words)
        _real_names(out, doc.user_data.get("sovang_text") or "", {p.text for p in st["person"]})
        st["conferrals"] = out
        ctx = doc.user_data.get("sovang_ctx")
        if ctx is not None and st["person"]:
            ctx["last_person"] = st["person"][-1].text
        return doc

    def _award_names(self, d, a, ss, se, cues, st, awards, ents):
        """The name(s) award ``a`` is written with in its fact: with the conferrer the sentence gives ("bằng khen
        của tỉnh" -> of the document's province, "UBND tỉnh X tặng bằng khen" -> "Bằng khen của UBND tỉnh X"),
        one per contest (see the methods called)."""
        names = self._of_bare_level(d, a, se) or self._of_bare_body(d, a, se) or \
            self._with_conferrer(d, a, ss, cues, st, awards)
        if names == [a.text]:
            names = self._from_conferrers(d, a, se, cues, ents) or names
        text = d.doc.user_data.get("sovang_text") or ""
        return [_body_place(text, n) for n in self._per_contest(d, a, se, names)]

    def _lead_word(self, w) -> bool:
        """A word that may stand between a list marker and the first name of the list: an address word, ":",
        or a word of an honorific or rank ("Trung uý", "Thiếu uý"; honorifics.tsv)."""
        return w.lower() in counted_groups.LEAD_WORDS or w in self.lex.honorifics or \
            w.lower() in self._honorific_words

    @staticmethod
    def _person_award(a) -> bool:
        """Award ``a`` may go to a person (awards.tsv ``recipient`` is not ``collective``)."""
        entry = a.info.get("entry")
        return entry is None or entry.recipient != "collective"

    @staticmethod
    def _also_gives(d, a, ss, cues) -> bool:
        """"X cũng (đã) trao tặng <award>." with no recipient of its own: a give verb right before the award,
        "cũng" just before the verb, and nothing but the award's own words after it to the sentence end."""
        give = [c for c in cues if c[2] == "give" and c[1] <= a.start <= c[1] + 1]
        if not give:
            return False
        v = min(c[0] for c in give)
        before = [w.lower() for w in d.words[max(ss, v - 2):v]]
        if "cũng" not in before:
            return False
        k = a.end
        while k < len(d.words) and d.words[k] not in (".", "!", "\n") and k - a.end < 12:
            if d.words[k].lower() in ("cho", "tới", "đến", "với"):
                return False
            k += 1
        return k < len(d.words) and d.words[k] in (".", "!", "\n") or k >= len(d.words)

    def _counted_subject(self, d, ss, a, cues):
        """The subject of the receive verb (or "được") before award ``a`` when it is a counted group ("hai cựu sinh
        viên … đã được trao A", "hai sinh viên trên được Chủ tịch UBND tỉnh tặng A"): the persons a nearby sentence
        names with the same count and noun (:meth:`_counted_names`); [] otherwise."""
        p = max([c[0] for c in cues if c[2] == "receive" and ss <= c[0] < a.start] +
                [i for i in range(ss, a.start) if d.words[i].lower() == "được"], default=None)
        return [] if p is None else self._counted_names(d, max(ss, p - 16), p, ss)

    def _counted_object(self, d, a, se):
        """The persons a nearby sentence names for the counted group after "cho" that follows award ``a`` in its
        clause ("tặng bằng khen … cho hai ông": :meth:`_counted_names`); [] otherwise."""
        k = a.end
        while k < se and k - a.end < 12 and d.words[k] not in (".", ";") and d.words[k].lower() != "cho":
            k += 1
        if not (k < se and d.words[k].lower() == "cho"):
            return []
        return self._counted_names(d, k + 1, min(se, k + 3), self._idx.sentence(a.start)[0])

    def _counted_names(self, d, lo, hi, ss, taken=()):
        """A counted group written in [lo, hi) ("2 bạn cùng xóm", "hai sinh viên trên": a number from two to ten
        and lower-case noun words) whose members a sentence near the one starting at ``ss`` names with the same
        count and noun ("… cùng hai bạn là A và B", "2 sinh viên được khen thưởng gồm: A và B"): those persons,
        exactly as many as counted; [] when none (see :meth:`_group_named`)."""
        for q in range(lo, hi - 1):
            w = d.words[q].lower()
            n = COUNT_WORDS.get(w) or (int(w) if w.isdigit() and len(w) < 3 else None)
            if q in taken or n is None or not 2 <= n <= 10:
                continue
            k = q + 1
            while k < min(hi, q + 4) and d.words[k].isalpha() and d.words[k].islower():
                k += 1
            nouns = {t.lower() for t in d.words[q + 1:k]} - COUNT_STOP
            if nouns:
                got = self._group_named(d, n, nouns, ss)
                if got:
                    return got
        return []

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

    def _in_compound(self, words, i, in_name=()) -> bool:
        """A one-word cue that is part of an ordinary compound with its neighbour (dictionary word); a neighbour
        that is a syllable of a person's name (``in_name``, token indices) makes none ("Phạm Thị Dung | nhận",
        "Nguyễn Thành Công | nhận": no "dung nhận", "công nhận")."""
        w = words[i].lower()
        prev = words[i - 1].lower() + " " + w if i > 0 and i - 1 not in in_name else ""
        nxt = w + " " + words[i + 1].lower() if i + 1 < len(words) and i + 1 not in in_name else ""
        return (prev in self.words and prev not in self.cue_phrases) or \
            (nxt in self.words and nxt not in self.cue_phrases)

    @staticmethod
    def _agent_gives(d, a, cues) -> bool:
        """A give verb right before the award ("B tặng Q")."""
        return any(c[2] == "give" and 0 <= a.start - c[1] <= 1 for c in cues)

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
        elided = self._elided_agent(d, i, ss, ends)
        if elided is not None:
            agents.append(elided[1])
            i = elided[0]
        while i in ends:
            x = ends[i]
            text = x.text
            i = x.start
            cut = next((c for c in range(x.start, x.end) if d.words[c] == "," and
                        self._fronted_other(d, ss, c) is not None), None)
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
            if i > ss and d.words[i - 1] == "," and self._fronted_other(d, ss, i - 1) is not None:
                break  # "Ngoài 3 tập thể là A và B, UBND quận X cũng trao …": the comma closes the fronted phrase
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
        if name_from >= i or ls - 1 <= ss or d.words[ls - 1] not in ("và", ",") or (ls - 1) not in ends:
            return None
        x = ends[ls - 1]
        words = x.text.split()
        at = next((k for k, w in enumerate(words) if k > 0 and (w.lower().rstrip(".") in PLACE_LEVELS or
                                                            " ".join(words[k:k + 2]).lower() in PLACE_LEVELS)), None)
        if at is None or not all(is_cap(w) for w in words[:at]):
            return None
        return ls - 1, " ".join(words[:at]) + " " + span_text(d, ls, i)

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

    @staticmethod
    def _list_head(d, a, awards) -> int:
        """Start of the award list ``a`` closes ("Huy chương Vàng … và nhiều bằng khen" → the Huy chương),
        walking back over list glue and earlier awards of the sentence; ``a.start`` when ``a`` stands alone."""
        by_end = {b.end: b for b in awards}
        head = i = a.start
        while i > 0:
            if d.words[i - 1].lower() in AWARD_GLUE:
                i -= 1
            elif i in by_end and by_end[i].start < i:
                head = i = by_end[i].start
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
    def _descriptor(d, a, person_at) -> bool:
        """An honorary title written before a name ("NSƯT Công Lý", "các NSND Trung Anh, …") or as a plural
        class of people ("gồm các nghệ sĩ ưu tú (NSƯT): …"), or any award's abbreviation in parentheses right
        after its full name ("danh hiệu Nghệ sĩ Nhân dân (NSND)", "… ưu tú (NSƯT)"): the same mention again,
        no award of its own."""
        if a.start > 1 and d.words[a.start - 1] == "(" and a.end < len(d.words) and d.words[a.end] == ")" and \
                a.info.get("after_award"):
            return True
        entry = a.info.get("entry")
        return entry is not None and entry.kind == "honorary" and (
            a.end in person_at or (a.start > 0 and d.words[a.start - 1].lower() in ("các", "những")))

    def _recipients(self, d, a, ss, se, ents, cues, awards, person_at):
        # 1. "… A cho X, Y" / "A gồm: X, Y" / "A như X, Y" (no other name may stand between A and "cho")
        k = self._past_holder(a, ents)
        give_starts = {c[0] for c in cues if c[2] == "give"}
        ent_starts = {x.start for x in ents}
        while k < se and k - a.end < 30:
            w = d.words[k]
            give_here = [c for c in cues if c[0] == k and c[2] == "give"] if k in give_starts and (
                k - a.end < 2 or all(t.isdigit() or t.lower() in ("năm", "đã", "và", ",") or a.end <= j_ < k and
                                     any(b.start <= j_ < b.end for b in awards)
                                     for j_, t in zip(range(a.end, k), d.words[a.end:k]))
                or self._conferred_by(d, a.end, k)) else []
            if not give_here and k in self._honour_at and (
                    (k - a.end <= 1 and d.words[k - 1].lower() == "và") or _co_given(d.words, a.end, k)):
                # "tặng giấy khen và tuyên dương em A", "trao tặng bằng khen, phần thưởng tuyên dương em A": the
                # honouring verb joined to the award (and what is given with it) names its recipient
                give_here = [(k, self._honour_at[k], "give")]
            if give_here and not any(x.start == give_here[0][1] - 1 for x in ents):
                # "trao Huy hiệu … truy tặng anh Trung": the give verb after the award introduces the recipient
                start = give_here[0][1]
                got = [x for x in ents if start <= x.start <= start + 2
                       and (all(t.lower() in ADDRESS for t in d.words[start:x.start])
                            or span_text(d, start, x.start).lower() in self._honorifics)]  # "thiếu úy A"
                if got:
                    return self._coordinated(d, ents, got[0], se), "after"
                short = self._short_name(d, start, se)
                if short is not None:
                    return [short], "short"
            if w in ("cho", "gồm") or (w == "tặng" and k - a.end < 2) or (w == ":" and k - a.end < 3) or (w == "với" and (d.words[k - 1] == "đối" or (k == a.end and self._given_before(a, cues)
                                                                   and not any(b.end <= a.start <= b.end + 3 for b in awards)))) or \
                    (w in ("như", "có", "là") and self._list_follows(d, k, ents, awards, ss)):
                start = k + 1
                honoured = self._honoured_kin(d, start, se, ents) if w == "cho" else None
                if honoured is not None:
                    return [honoured], "family"
                stop = se
                nxt = [b.start for b in awards if start < b.start < se and not self._descriptor(d, b, person_at)]
                if nxt:
                    stop = min(stop, min(nxt))
                verbs = [c[0] for c in cues if start < c[0] < stop and c[2] in ("give", "receive")] + \
                    [i for i in range(start, stop) if (d.words[i] in LIST_ENDS and not _noun_compound(d.words, i))
                     or self._credit(d, i)]
                if verbs:
                    # the list ends before the clause of the next verb ("…; đồng chí X trao tặng …")
                    v = min(verbs)
                    seps = [i for i in range(start, v) if d.words[i] == ";"] or \
                        [i for i in range(start, v) if d.words[i] in (",", "…", "...")]  # "A, B, C… và 20 người được"
                    stop = seps[-1] if seps else v
                speaker = next((x.start for x in ents if start <= x.start < stop and self._speaker(d, x, se)), None)
                if speaker is not None:
                    stop = speaker  # "… cho ông A Thủ tướng B nhấn mạnh …": the list ends before the speaker
                stop = next((i for i in range(start, stop) if d.words[i] == "do"), stop)
                # "giải X cho 10 tài năng trẻ … do Trung ương Đoàn và Bộ Y trao tặng": "do" opens the giver (or a
                # reason), no recipient after it
                members = [x for x in ents if start <= x.start < stop]
                org = self._chapter_org(a)
                if org:
                    members = sorted(members + self._place_units(d, start, stop, members, org),
                                     key=lambda x: x.start)
                members = sorted(members + self._headed_items(d, start, stop, members), key=lambda x: x.start)
                vessels = self._vessels(d, start, stop)
                if vessels:
                    inside = {i for v in vessels for i in range(v.start, v.end)}
                    members = sorted([x for x in members if x.start not in inside] + vessels, key=lambda x: x.start)
                got = self._list_members(d, start, stop, members)
                if w == "cho" and got:
                    missed = self._unfound_name(d, start, got[0])
                    if missed is not None:
                        # "cho Jared Kushner, cố vấn … và là con rể Tổng thống Mỹ Donald Trump": the recipient is the
                        # name the person finder missed; the name inside its apposition is no recipient
                        return ([missed] if missed.end > missed.start else []), "after"
                if w == "cho":
                    got = got + self._counted_names(d, start, stop, ss, {i for x in members for i in range(x.start, x.end)})
                    if got and got[-1].kind == "person":
                        got = got + self._unfound_last(d, got[-1].end, stop, ents, awards)
                if got:
                    return got, "after"
                if w == "cho":
                    sector = self._sector(d, start, stop) or self._crew(d, start, stop)
                    if sector is not None:
                        return [sector], "after"
                    short = self._short_form(d, start, stop)
                    if short is not None:
                        return [short], "short"
                    family = self._family_of_pronoun(d, start, se)
                    if family:
                        return [family], "family"
                    first_ = d.words[start].lower() if start < se else ""  # "… tặng bằng khen cho" at the end
                    if first_ not in KIN and first_ not in PRONOUNS and \
                            any(c[2] == "receive" and ss <= c[0] and c[1] <= a.start <= c[1] + 2 for c in cues):
                        break  # "X được trao tặng bằng khen … cho đảng viên hoàn thành …": X, before the verb
                    return [], "count"  # "cho 25 cá nhân": a count without names
            if w in (".", ";") or k in ent_starts or self._credit(d, k):
                break
            k += 1
        failed = self._failed_object(d, a, cues, ents, awards)
        if failed is not None:
            return [failed], "failed"
        # 2. passive / receiving: the recipient list precedes "được" / "nhận" in the same clause
        lo = ss
        for i in range(a.start - 1, ss - 1, -1):
            if d.words[i] in (";",):
                lo = i + 1
                break
            if d.words[i] == "," and d.words[i + 1].lower() in CONTRAST_OPENERS:
                lo = i + 2  # "A được tặng P, còn cô B nhận Q": Q's clause starts after "còn"
                break
        award_at = {b.start: b.end for b in awards}
        window = 25
        hi = a.start
        while lo > ss and d.words[lo - 1] == ";" and (self._only_awards(d, lo, hi, award_at)
                                                      or self._award_item(d, lo, hi, award_at, cues)):
            hi = lo - 1
            k = lo - 2
            while k > ss and d.words[k] != ";":
                k -= 1
            lo = k + 1 if d.words[k] == ";" else ss
            window = max(80, a.start - lo + 1)
        window = max(window, a.start - self._award_list_start(d, a, lo, awards) + 25)
        p = None
        recv_at = {c[0] for c in cues if c[2] in ("receive", "fail")}
        for i in range(a.start - 1, max(lo, a.start - window) - 1, -1):
            w = d.words[i].lower()
            if w == "nhận" and i > 0 and d.words[i - 1].lower() in NOT_RECEIVE and i - 1 not in d.st["in_name"]:
                continue  # "công nhận", "ghi nhận", "xác nhận" (not "Nguyễn Thành Công | nhận": a name's syllable)
            if w in PASSIVE or i in recv_at:
                if p is not None and any(i < b.start and b.end <= p and b is not a for b in awards) and \
                        any(x.start >= min(b.end for b in awards if i < b.start and b.end <= p) and x.end <= p
                            for x in ents):
                    break  # "A được tặng P và cô B nhận Q": an earlier award and a new subject stand between
                p = i
                if w == "được" or w == "vinh":
                    break
        if p is not None:
            # "nhận được", "giành được": the "được" closes a receive cue; the verb starts at the cue
            p = min([c[0] for c in cues if c[2] == "receive" and c[0] < p < c[1] and c[0] >= lo] + [p])
        clause_lo = lo
        # "…; năm 2018 được tặng B": a year fronted in a subjectless clause
        head = lo + 2 if lo + 2 < se and d.words[lo].lower() == "năm" and d.words[lo + 1].isdigit() else lo
        head += head < se and head > lo and d.words[head] == ","
        if p is not None and d.words[head].lower() in PASSIVE and lo > ss and d.words[lo - 1] == ";":
            # "X được phong A; được tặng B": the subject of the previous clause
            k = lo - 2
            while k > ss and d.words[k] != ";":
                k -= 1
            lo = self._previous_subject_start(d, k + 1 if d.words[k] == ";" else ss, clause_lo - 1, cues, awards)
        if p is not None:
            agents = self._agents(d, ents, lo, p)
            if d.words[p].lower() == "đón" and a.end + 1 < se and d.words[a.end] == "của":
                # "lễ khánh thành … và đón nhận Huân chương Lao động hạng Ba của Công ty X": a body receives
                # at its own ceremony; the one named after "của" is the recipient
                owner = next((x for x in ents if x.kind == "unit" and x.start == a.end + 1), None)
                if owner is not None:
                    return [owner], "owner"
            if p > 0 and d.words[p - 1].lower() == "lễ":
                # "Lễ đón nhận danh hiệu A [unit]": the recipient follows the award, if anywhere
                nxt = [x for x in ents if a.end <= x.start <= a.end + 1]
                return (nxt[:1], "ceremony") if nxt else ([], "ceremony")
            # verbs after a name make it the subject of another clause; when this clause has no subject
            # of its own ("X được phong A; được tặng B"), only verbs of this clause count
            passive_at = {i for i in range(clause_lo, p) if d.words[i].lower() in ("được", "nhận")} | \
                {c[0] for c in cues if clause_lo <= c[0] < p and c[1] <= p and c[2] in ("give", "receive")}
            before = [x for x in ents if lo <= x.start and x.end <= p and id(x) not in agents
                      and not self._modified(d, x, lo)
                      and not any(x.end <= q < p for q in passive_at) and not self._count_between(d, x.end, p)
                      and not self._speaker(d, x, p)  # "Ông X cho biết, … nhận huân chương": X reports it
                      and not any(d.words[q].lower() == "việc" for q in range(x.end, p))  # "X chia sẻ về việc
                      # Y được tặng …": the clause after "việc" has a subject of its own
                      and not (x.kind == "unit" and x.end in person_at)]  # "GS ĐH Keio Lâm Văn Đức được …":
            # a body written right before a person's name is the person's employer, not a recipient
            if before:
                behalf = self._on_behalf_of(d, before[0], ents, p)
                if behalf is not None:
                    return [behalf], "behalf"
                got = self._coordinated(d, ents, before[0], p)
                return got + self._companions(d, a, ents, se, got[0].kind), "before"
            # "Sau khi được tặng A, ông X …": the subject follows the fronted clause
            k = a.end
            while k < se and k - a.end < 6 and d.words[k] != ",":
                k += 1
            if k < se and d.words[k] == "," and d.words[lo].lower() in FRONTING and d.words[k - 1] not in QUOTES:
                nxt = [x for x in ents if k < x.start <= k + 3]
                if nxt and not any(c[2] == "give" and nxt[0].end <= c[0] <= nxt[0].end + 2 for c in cues) \
                        and not self._speaker(d, nxt[0], se):
                    return [nxt[0]], "fronted"
            short = self._short_subject(d, lo, p)
            if short is not None:
                return [short], "short"
            province = self._province_subject(d, lo, p)
            if province is not None:
                return [province], "province"
            force = _force_subject(d, lo, p)
            if force is not None:
                return [force], "force"
            head_subj = self._head_subject(d, lo, p)
            if head_subj is not None:
                return [head_subj], "head"
            unfound = self.unfound_subject(d, lo, p, ents, awards)
            if unfound is not None:
                return [unfound], "unfound"
            if [x for x in ents if lo <= x.start < p and id(x) not in agents]:
                return [], "subject"
            same = self._demonstrative_collective(d, lo, p)
            if same is not None:
                return [same], "demonstrative"
            ctx = d.doc.user_data.get("sovang_ctx") or {}
            first = d.words[lo]
            near = [k for k in range(max(lo, p - 3), p) if d.words[k].lower() in PRONOUNS
                    and d.words[k - 1] not in self.lex.honorifics and d.words[k + 1][:1].islower()
                    and not (d.words[k][:1].isupper() and k > lo and is_cap(d.words[k - 1]))]
            # ("Đức Anh giành …": a capitalised "Anh" after a capitalised syllable ends a name)
            # "Em giành …", "Năm 2020, anh được tặng …": a pronoun subject is the last person named before
            if ((first in PRONOUNS or (first.lower() in PRONOUNS and lo > ss)) and lo + 1 < se
                    and d.words[lo + 1][:1].islower()) or near or self._described_subject(d, lo, p):
                at = near[0] if near else lo
                if at > ss and (d.words[at - 1].lower() in PLURAL_MARKERS or (
                        d.words[at - 1].isdigit() and d.words[at - 2].lower() not in DAY_WORDS | {"năm", "tháng"})):
                    return [], "count"  # "Hai em được … tặng bằng khen": a counted group, not the last person
                    # (but "năm 1966 ông được phong …": a year)
                pron = d.words[near[0]] if near else (first if first.lower() in PRONOUNS else None)
                prev = self._pronoun_referent(d, lo, pron)
                name = prev.text if prev else ctx.get("last_person")
                if name:
                    return [Ent("person", lo, lo + 1, name, {"kind": "pronoun"})], "pronoun"
                return [], "subject"
            # a subjectless "3 lần được Chủ tịch nước tặng …": the document's own unit
            topic = ctx.get("topic")
            if topic and (first.isdigit() or first in ("-", "–", "Được", "Từng", "Đã", "Nhiều", "Liên")
                          or self._generic_subject(d, lo, p)):
                return [Ent("unit", a.start, a.end, topic, {"kind": "topic"})], "topic"
            return [], "subject"
        # 2b. "trao tặng Học viện X Huân chương …": the recipient between the give verb and the award
        between = self._between_verb_and_award(d, a, ents, cues)
        if between is not None:
            return [between], "between"
        pron = self._pronoun_object(d, a, cues, ss, awards)
        if pron is not None:
            return [pron], "pronoun"
        # 3. "Huân chương … của ông X" (an owner), "hủy Huân chương … của PVC" (revocation)
        k = a.end
        while k < se and (k in award_at or d.words[k] in (",", "và", "hạng") or d.words[k].lower() in CLASS_NAMES
                          or d.words[k].lower() in ("danh", "hiệu")):  # "… hạng nhì và danh hiệu AHLĐ của PVC"
            k = award_at.get(k, k + 1)
        if k + 1 < se and d.words[k] == "của":
            j = k + 1
            while j < se and d.words[j].lower() in ADDRESS:
                j += 1  # "… hạng Ba của cá nhân ông X": address words before the owner
            owner = [x for x in ents if x.start in (k + 1, k + 2, j)]
            if owner and "cho" in d.words[owner[0].end:min(se, owner[0].end + 4)]:
                owner = []  # "trao Huân chương Hữu nghị của Vương quốc X cho 5 tập thể": X gives it
            if owner and (owner[0].kind == "person" or any(c[2] == "revoke" for c in cues)):
                return [owner[0]], "owner"
        # 4. "tặng Bằng khen ông X"
        after = [x for x in ents if a.end < x.start < min(se, a.end + 3)
                 and all(w.lower() in ADDRESS or j in self._in_title
                         for j, w in zip(range(a.end, x.start), d.words[a.end:x.start]))]
        if after and any(c[2] in ("give", "propose") and c[0] < a.start for c in cues):
            return [after[0]], "adjacent"
        return [], None

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

    @staticmethod
    def _given_before(a, cues) -> bool:
        """A give / propose / revoke verb stands before award ``a`` in its sentence: "tặng Bằng khen … với
        ông X" (the recipient after "với")."""
        return any(r in ("give", "propose", "revoke") and e <= a.start for _, e, r in cues)

    @staticmethod
    def _described_subject(d, lo, p) -> bool:
        """The subject before the verb at ``p`` is a description of the story's person, not a name: a short
        common-noun phrase with a birth year ("Thiếu tá sinh năm 1983 đã giành …", "Trước đó, cô gái sinh
        năm 1995 từng đạt …"), after an optional fronted phrase closed by a comma."""
        commas = [i for i in range(lo, p) if d.words[i] == ","]
        start = commas[-1] + 1 if commas else lo
        ws = d.words[start:p]
        for j in range(len(ws) - 2):
            if ws[j].lower() == "sinh" and ws[j + 1].lower() == "năm" and ws[j + 2].isdigit():
                head, tail = ws[:j], ws[j + 3:]
                return 1 <= len(head) <= 3 and all(t.isalpha() for t in head) and \
                    all(t[:1].islower() for t in head[1:]) and \
                    all(t.lower() in ("đã", "từng", "cũng", "còn", "vừa") for t in tail)
        return False

    def _pronoun_referent(self, d, lo, pron):
        """The person a pronoun subject at ``lo`` stands for: the last person named before, passing over
        (up to three) persons whose own sentence uses the same pronoun for someone else ("Thủ tướng B đã
        giao trâu cho ông chăm sóc. … ông được phong …": "ông" is not B)."""
        prev = self._person_before(d, lo)
        if prev is None or pron is None:
            return prev
        pron = pron.lower()
        cand = prev
        for _ in range(3):
            ss, se = self._idx.sentence(cand.start)
            other = any(d.words[j].lower() == pron and d.words[j + 1][:1].islower() and
                        not (cand.start - 2 <= j < cand.end)
                        for j in range(ss, min(se, lo) - 1))
            if not other:
                return cand
            k = bisect.bisect_left(self._person_starts, cand.start) - 1
            while k >= 0 and (self._persons[k].text == cand.text or self._persons[k].end > cand.start):
                k -= 1
            if k < 0:
                break
            cand = self._persons[k]
        return prev

    def _person_before(self, d, lo):
        """The last person named (ending) before token ``lo``, found by bisection."""
        persons = self._persons
        k = bisect.bisect_left(self._person_starts, lo) - 1
        while k >= 0 and (persons[k].end > lo or self._in_compound_word(d, persons[k])):
            k -= 1
        return persons[k] if k >= 0 else None

    def _in_compound_word(self, d, p) -> bool:
        """A one-syllable "name" that is the first half of a common word ("Vì an ninh Tổ quốc"): no person."""
        if p.end - p.start != 1 or p.end >= len(d.words):
            return False
        return (d.words[p.start] + " " + d.words[p.end]).lower() in self.words

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
                lo = max([ss] + [j + 1 for j in range(ss, p) if d.words[j] == ";"])
                first = next((x for x in ents if lo <= x.start and x.end <= p), None)
                got = [first] if first is not None and first.kind == "person" and not self._speaker(d, first, p) \
                    and not any(c[2] in ("give", "receive") and first.end <= c[0] < p for c in cues) else []
            for r in got:
                out.append({"award": prog, "name": prog.text, "recipient": r, "status": "conferred",
                            "revoked": False, "sent": (ss, se), "how": "programme"})

    def _of_bare_body(self, d, a, se):
        """"Bà A nhận bằng khen của công ty vì …": a certificate whose conferrer is a unit head alone ("của công
        ty", "của Hội", "của Bộ"; a head of unit_types.tsv, no name after it) takes the one unit of the document
        written with that head ("Công ty TNHH MTV Điện lực Đà Nẵng"; not one opening with a longer head, "Hội
        đồng …" for "Hội"): ["Bằng khen của <unit>"]; else [] (none or several such units)."""
        cert, _, conf = a.text.partition(" của ")
        if cert.lower() not in CHAIRMAN_CERTIFICATES:
            return []
        heads = self.lex.unit_heads
        if conf:  # the award finder kept a capitalised head: "Bằng khen của Hội"
            words, k = conf.split(), a.end
        else:
            k = a.end
            if not (k + 1 < se and d.words[k].lower() == "của"):
                return []
            words = next((d.words[k + 1:k + 1 + n] for n in (2, 1) if k + 1 + n <= se and
                          upper_first(" ".join(d.words[k + 1:k + 1 + n])) in heads), None)
            if words is None:
                return []
            k += 1 + len(words)
        head = upper_first(" ".join(words))
        if head not in heads or not all(w.isalpha() for w in words):
            return []
        after = d.words[k] if k < se else ""
        if after[:1].isupper() or after.isdigit():
            return []  # "của Công ty Điện lực X": named already
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

    def _fronted_recipients(self, d, ss, a, ents):
        """"Ngoài 3 tập thể là A, B và C, lãnh đạo quận cũng đã trao giấy khen cho 4 cá nhân …": the bodies a
        fronted phrase (see _fronted_other) names before a clause with "cũng" receive the same award; [] when the
        sentence has no such phrase. A body read across the phrase's comma is cut at it."""
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

    @staticmethod
    def _unfound_name(d, start, first):
        """After "cho" at ``start``: a capitalised run (after address words) that no finder named, then a comma
        before the ``first`` name found: the recipient the finders missed, and ``first`` is in its apposition.
        A run of two to four capitalised words is returned as a person; a shorter one as an empty Ent (no
        recipient, but not ``first`` either); None when the list starts with ``first``."""
        i = start
        while i < first.start and d.words[i].lower() in ADDRESS:
            i += 1
        if i >= first.start or not is_cap(d.words[i]) or "," not in d.words[i:first.start]:
            return None
        j = i
        while j < first.start and is_cap(d.words[j]) and d.words[j].isalpha():
            j += 1
        if j == i or (j < first.start and d.words[j] not in (",", "(", "-", "–")):
            return None
        if 2 <= j - i <= 4:
            return Ent("person", i, j, span_text(d, i, j), {"kind": "unfound"})
        return Ent("person", i, i, "", {"kind": "unfound"})

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
        j = p
        while j > lo and d.words[j - 1].lower() in ADVERBS:
            j -= 1
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

    def _unfound_last(self, d, k, stop, ents, awards):
        """"cho học sinh A và Ong Như B (lớp 7 …)": after the last person of a recipient list (ending at ``k``),
        "và" and a run of two to four capitalised words that no finder named (no unit head, not a province), then
        punctuation, an affiliation ("thuộc", "tại") or "vì", "đã", "do": the last recipient, a person the finder
        missed; [] otherwise."""
        if k + 2 >= stop or d.words[k] != "và":
            return []
        i = j = k + 1
        while j < stop and j - i < 5 and is_cap(d.words[j]) and d.words[j].isalpha():
            j += 1
        if not 2 <= j - i <= 4 or (j < stop and d.words[j] not in NAME_CLOSERS and
                                   d.words[j].lower() not in AFFILIATION | {"vì", "đã", "do"}) or \
                span_text(d, i, j) in PROVINCES or any(w in self.lex.unit_heads for w in d.words[i:j]) or \
                any(x.start < j and i < x.end for x in list(ents) + list(awards)):
            return []
        return [Ent("person", i, j, span_text(d, i, j), {"kind": "unfound"})]

    @staticmethod
    def _crew(d, start, stop):
        """"trao Huân chương … cho đội tuyển bóng đá nam quốc gia", "… cho đoàn bay 919 tại lễ …": a team or
        crew written with a lower-case head (CREW_HEADS, then words or numbers, at most six, up to a
        preposition, a verb or the clause's end) is a collective recipient; else None."""
        w = [x.lower() for x in d.words[start:min(stop, start + 10)]]
        head = _opening(w, CREW_HEADS)
        if head is None or not d.words[start].islower():
            return None
        j = start + len(head.split())
        while j < stop and j - start < 8 and d.words[j].lower() not in CREW_STOPS and d.words[j].isalnum():
            j += 1  # "đội tuyển bóng đá nam quốc gia", "đoàn bay 919", "đội tuyển U23 Việt Nam"
        if j == start + len(head.split()) or d.words[j - 1].lower() in ("này", "mình", "đó", "ấy"):
            return None  # "cho tổ bay", "cho đội tuyển này": the crew of the story, no name
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

    def _known_name_at(self, d, i, se):
        """A person the document names elsewhere, written at token ``i`` (its words exactly), else None."""
        if not is_cap(d.words[i]):
            return None
        if self._names_by_first is None:
            self._names_by_first = {}
            for p in self._persons:
                w = tuple(p.text.split())
                if len(w) >= 2:
                    self._names_by_first.setdefault(w[0], set()).add(w)
        for w in sorted(self._names_by_first.get(d.words[i], ()), key=len, reverse=True):
            if i + len(w) <= se and tuple(d.words[i:i + len(w)]) == w and \
                    not (i + len(w) < se and is_cap(d.words[i + len(w)])):
                return Ent("person", i, i + len(w), " ".join(w), {"kind": "known"})
        return None

    def _group_named(self, d, n, nouns, ss):
        """The ``n`` persons a sentence near the one starting at ``ss`` (four either side, nearest first) names as
        "<n> <noun words> là|gồm|: A và B", the noun words sharing two of ``nouns`` (one when either side has
        only one: "hai bạn"); [] when none."""
        idx = self._idx
        k = bisect.bisect_right(idx.starts, ss) - 1
        order = sorted((j for j in range(k - 4, k + 5) if 0 <= j < len(idx.sents) and j != k),
                       key=lambda j: (abs(j - k), j < k))
        if self._count_at is None:
            self._count_at = {}  # sentence index -> positions of its count words, found once per sentence
        words = d.words
        for j in order:
            ns, ne = idx.sents[j]
            count_at = self._count_at.get(j)
            if count_at is None:
                count_at = self._count_at[j] = [q for q in range(ns, ne - 3) if (words[q].isdigit() and
                                                len(words[q]) < 3) or words[q].lower() in COUNT_WORDS]
            if not count_at:
                continue
            _, ents, _ = idx.local(ns, ne)
            for q in count_at:
                m = next((j for j in range(q + 2, min(ne, q + 7)) if d.words[j].lower() in ("là", "gồm", ":")), None)
                if m is None:
                    # "cho 2 ông A và B", "hai em A và B": the count and an address word right before the names
                    x = next((x for x in ents if x.kind == "person" and q + 2 <= x.start <= q + 3), None)
                    if x is None or not all(t.lower() in ADDRESS for t in d.words[q + 1:x.start]):
                        continue
                    other = {t.lower() for t in d.words[q + 1:x.start]} - COUNT_STOP
                    m = x.start - 1
                else:
                    other = {t.lower() for t in d.words[q + 1:m] if t.isalpha()} - COUNT_STOP
                if len(nouns & other) < min(2, len(nouns), len(other)) or not nouns & other:
                    continue
                w = d.words[q].lower()
                if COUNT_WORDS.get(w) != n and not (w.isdigit() and int(w) == n):
                    continue
                first = next((x for x in ents if x.kind == "person" and m + 1 <= x.start <= m + 3 and
                              all(t.lower() in ADDRESS or t == ":" for t in d.words[m + 1:x.start])), None)
                if first is None:
                    continue
                people_ = [x for x in ents if x.kind == "person"]  # (a unit in an aside is no list member)
                names = self._coordinated(d, people_, first, ne)
                if len(names) == n:
                    return names
        return []

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

    @staticmethod
    def _generic_subject(d, lo, p) -> bool:
        """"Đơn vị vinh dự được Nhà nước tặng …", "Năm 2015, đơn vị được …": the clause's subject is a generic
        word for the document's own body (GENERIC_SUBJECTS), only adverbs between it and the verb."""
        commas = [j for j in range(lo, p) if d.words[j] == ","]
        if commas and d.words[lo].lower() in FRONTING | TIME_FRONT:
            lo = commas[-1] + 1
        for g in GENERIC_SUBJECTS:
            n = len(g.split())
            if [w.lower() for w in d.words[lo:lo + n]] == g.split() and \
                    all(w.lower() in ADVERBS for w in d.words[lo + n:p]):
                return True
        return False

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
        j = p
        while j > lo and d.words[j - 1].lower() in ADVERBS:
            j -= 1
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
            if i > lo and d.words[i - 1] == "," and d.words[lo].lower() not in FRONTING | TIME_FRONT | {"ngoài"} \
                    and not d.words[lo].isdigit():
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

    def _province_subject(self, d, lo, p):
        """"Quảng Ngãi đón nhận Huân chương Độc lập hạng nhất", "Thái Nguyên đã vinh dự được Đảng, Nhà nước tặng
        …": a province or a centrally run city (provinces_2025.tsv) opening the clause, before the verb, is a
        collective recipient (only adverbs between it and the verb)."""
        commas = [j for j in range(lo, p) if d.words[j] == ","]
        if commas and d.words[lo].lower() in FRONTING | TIME_FRONT:
            lo = commas[-1] + 1
        if lo < p and d.words[lo].lower() in ("tỉnh", "thành", "tp"):
            return None  # "tỉnh X" is written as a unit by the unit finder, when it is one
        for n in (3, 2, 1):
            if lo + n <= p and span_text(d, lo, lo + n) in PROVINCES and \
                    all(t.lower() in ADVERBS for t in d.words[lo + n:p]):
                return Ent("unit", lo, lo + n, span_text(d, lo, lo + n), {"kind": "province"})
        return None

    def _short_subject(self, d, lo, p):
        """A short form of a person's name as the subject before ``p``: at the clause's opening
        (_short_opening), else right before the verb (_short_before_verb); else None."""
        x = self._short_opening(d, lo, p)
        return x if x is not None else self._short_before_verb(d, lo, p)

    def _short_opening(self, d, lo, p):
        """"Moloney sau đó được trao tặng …", "Ông Khánh được tặng …": a clause opening with one capitalised
        syllable (after an optional address word) that ends exactly one full name written before is that
        person; else None."""
        commas = [j for j in range(lo, p) if d.words[j] == ","]
        if commas and d.words[lo].lower() in FRONTING | {"nhờ", "với", "tại", "trong"}:
            lo = commas[0] + 1  # "Nhờ màn trình diễn ấn tượng, Quang Hải đạt …": past a fronted phrase
        i = lo + (d.words[lo].lower() in ADDRESS and lo + 1 < p)
        if i >= p or not is_cap(d.words[i]) or (d.words[i] in PRONOUNS and i == lo):
            return None  # (after an address word a pronoun's syllable is a name: "Bà Anh nhận …")
        n = 2 if i + 1 < p and is_cap(d.words[i + 1]) else 1  # "Quang Hải": the end of "Nguyễn Quang Hải"
        if i + n < p and is_cap(d.words[i + n]):
            return None
        words = tuple(d.words[i:i + n])
        full = {q.text for q in self._by_last.get(words[-1], ()) if q.end <= lo
                and tuple(q.text.split()[-n:]) == words and len(q.text.split()) > n}
        if len(full) != 1:
            return None
        x = Ent("person", i, i + n, full.pop(), {"kind": "short"})
        return None if self._speaker(d, x, p) else x  # "Ông Ngữ cho biết, … nhận huân chương"

    def _short_before_verb(self, d, lo, p):
        """The subject written right before the receiving verb at ``p`` (adverbs between) when the clause opens
        on something else: a fronted time ("Năm 1943, Pavlichenko được trao …"), a copula ("Đại diện của Việt
        Nam là Khả Trang đã được trao …"), a causative ("giúp Mỹ Duyên có được danh hiệu …"). One or two
        capitalised syllables, with no capitalised word before them, that end exactly one longer person name
        written earlier in the document are that person; else None."""
        j = p
        while j > lo and d.words[j - 1].lower() in ADVERBS:
            j -= 1
        if j > lo and d.words[j - 1].lower() == "có" and d.words[p].lower() == "được":
            j -= 1  # "có được danh hiệu": "có được" is the verb
        for n in (2, 1):
            i = j - n
            if i < lo or not all(is_cap(w) and w.isalpha() for w in d.words[i:j]):
                continue
            if i > lo and (is_cap(d.words[i - 1]) or d.words[i - 1] in QUOTES):
                return None  # part of a longer capitalised run: the person finder's business
            if i == lo or d.words[i].lower() in PRONOUNS or i in self._in_title:
                return None  # a clause opening on the name is _short_subject's case; "Em", a title: not a name
            words = tuple(d.words[i:j])
            full = {q.text for q in self._by_last.get(words[-1], ()) if q.end <= lo
                    and tuple(q.text.split()[-n:]) == words and len(q.text.split()) > n}
            if len(full) != 1:
                return None
            x = Ent("person", i, j, full.pop(), {"kind": "short"})
            return None if self._speaker(d, x, p) else x
        return None

    def _short_name(self, d, start, se):
        """"… truy tặng anh Trung": an address word and one capitalised syllable name the person written in
        full earlier ("Hồ Sỹ Trung"), when exactly one such full name ends with that syllable."""
        if start + 1 >= se or d.words[start].lower() not in ADDRESS or not is_cap(d.words[start + 1]):
            return None
        if start + 2 < se and is_cap(d.words[start + 2]):
            return None
        full = {p.text for p in self._by_last.get(d.words[start + 1], ()) if p.end <= start}
        if len(full) != 1:
            return None
        return Ent("person", start + 1, start + 2, full.pop(), {"kind": "short"})

    def _short_form(self, d, start, stop):
        """"trao Huân chương Hữu nghị cho Putin", "… cho ông Obama": one or two capitalised syllables after
        "cho" (an address word or a title may stand first) that end exactly one full name of the document,
        written before or after ("Vladimir Putin"), and are followed by no other capitalised word."""
        i = start
        while i < stop and (d.words[i].lower() in ADDRESS or i in self._in_title):
            i += 1
        for n in (2, 1):
            j = i + n
            if j > stop or not all(is_cap(w) and w.isalpha() for w in d.words[i:j]) or \
                    (j < len(d.words) and is_cap(d.words[j])):
                continue
            tail = tuple(d.words[i:j])
            full = {p.text for p in self._by_last.get(tail[-1], ())
                    if tuple(p.text.split()[-n:]) == tail and len(p.text.split()) > n}
            if len(full) == 1:
                return Ent("person", i, j, full.pop(), {"kind": "short"})
        return None

    def _honoured_kin(self, d, start, se, ents):
        """"trao Huân chương cho thân nhân liệt sĩ là bà A, mẹ của đại úy B": the award handed to the
        family goes to the one honoured, the person named after "của" in the family phrase; else None."""
        words = [w.lower() for w in d.words[start:min(se, start + 3)]]
        if not any(" ".join(words[:len(f.split())]) == f for f in FAMILY):
            return None
        for k in range(start, min(se, start + 16)):
            if d.words[k] in (";", ".") or self._credit(d, k):
                break
            if d.words[k] == "của":
                kin = next((x for x in ents if x.kind == "person" and k < x.start <= k + 4), None)
                if kin is not None:
                    return kin
        return None

    def _family_of_pronoun(self, d, start, se):
        """"truy tặng Huy hiệu … cho gia đình anh": an award handed to the family of a person named only
        by a pronoun goes to the last person named before (the one honoured), else None."""
        words = [w.lower() for w in d.words[start:min(se, start + 4)]]
        for fam in FAMILY:
            n = len(fam.split())
            if " ".join(words[:n]) == fam and len(words) > n and words[n] in PRONOUNS and \
                    (len(words) == n + 1 or not is_cap(d.words[start + n + 1])):
                prev = self._person_before(d, start)
                return Ent("person", start, start + n + 1, prev.text, {"kind": "pronoun"}) if prev else None
        return None

    @staticmethod
    def _count_between(d, lo, hi) -> bool:
        """A counted group stands in [lo, hi) ("X đã lấy ý kiến 45 trường hợp … được đề nghị"): the count,
        not the name before it, is the subject of the verb at ``hi``."""
        for q in range(lo, hi - 1):
            if d.words[q].isdigit() and d.words[q - 1].lower() != "trong":  # "X là một trong 20 cá nhân được …"
                nxt = d.words[q + 1].lower()
                two = nxt + " " + d.words[q + 2].lower() if q + 2 < hi else ""
                if nxt in COUNT_NOUNS or two in COUNT_NOUNS:
                    return True
        return False

    @staticmethod
    def _past_holder(a, ents) -> int:
        """Where the text after award ``a`` starts, past the name of the office holder who gives it
        ("bằng khen của Thủ tướng Chính phủ Nguyễn Văn A cho …")."""
        if " của " in a.text:
            holder = next((x for x in ents if x.start == a.end and x.kind == "person"), None)
            if holder is not None:
                return holder.end
        return a.end

    def _modified(self, d, x, lo) -> bool:
        """Name ``x`` qualifies another noun ("Giám đốc của X", "cán bộ tại X"): a modifier word stands
        in the three tokens before it; "là ông X" ("hai người còn lại là ông X và bà Y") names the subject."""
        for j in range(max(lo, x.start - 3), x.start):
            w = d.words[j].lower()
            if w == "trong" and j + 1 < x.start and d.words[j + 1].lower() in ("đó", "số"):
                continue  # "Trong đó, X và Y được tặng …": a fronted continuation, not "cán bộ trong X"
            if w in MODIFIER and not (w == "là" and all(t.lower() in ADDRESS or t in self.lex.honorifics
                                                        for t in d.words[j + 1:x.start])):
                return True
        return False

    def _on_behalf_of(self, d, x, ents, p):
        """"Bà A – đại diện Công ty B nhận bằng khen": a person receiving for a body; the body is the
        recipient.  Returns the body, else None."""
        if x.kind != "person":
            return None
        k = x.end
        while k < p and d.words[k] in (",", "–", "-", "(", "—"):
            k += 1
        if k + 2 < p and d.words[k].lower() == "đại" and d.words[k + 1].lower() == "diện":
            return next((y for y in ents if y.kind == "unit" and k + 2 <= y.start <= k + 3 and y.end <= p), None)
        if k + 1 < p and d.words[k].lower() in KIN:
            # "Bà A – mẹ B – nhận huân chương": the mother receives for the one honoured
            kin = next((y for y in ents if y.kind == "person" and y.start == k + 1 and y.end <= p), None)
            if kin is None and is_cap(d.words[k + 1]) and not is_cap(d.words[k + 2]):
                full = {q.text for q in self._by_last.get(d.words[k + 1], ())}
                if len(full) == 1:
                    kin = Ent("person", k + 1, k + 2, full.pop(), {"kind": "short"})
            if kin is not None and k + 2 < p and d.words[kin.end] in ("–", "-", "—", ",", ")"):
                return kin
        return None

    @staticmethod
    def _generic_unit(d, r) -> bool:
        """A unit written all in lower case ("những tập thể ban nội chính tỉnh ủy, thành ủy"): a kind of body,
        not a named recipient (a named sector, "ngành tư pháp", and list items named by their head excepted)."""
        if r.kind != "unit" or r.info.get("kind") in ("sector", "listed", "topic", "chapter", "demonstrative",
                                                       "province"):
            return False
        return r.end <= len(d.words) and all(not t[:1].isupper() for t in d.words[r.start:r.end])

    @staticmethod
    def _fits(a, r) -> bool:
        """The recipient kind the catalogue allows for award ``a`` (awards.tsv ``recipient``): a person-only
        title ("NSƯT", "Chiến sĩ thi đua") never goes to a unit written next to the person ("ca sĩ A, nhà
        hát B"), a collective-only one ("Cờ thi đua") never to a person."""
        entry = a.info.get("entry")
        allowed = entry.recipient if entry is not None else "any"
        return allowed == "any" or (allowed == "person") == (r.kind == "person")

    @staticmethod
    def _credit(d, k) -> bool:
        """Token ``k`` opens a photo credit ("– Ảnh: Bộ Ngoại giao Nhật Bản"), which no list runs into."""
        return d.words[k] in ("Ảnh", "ẢNH", "Nguồn") and k + 1 < len(d.words) and d.words[k + 1] == ":"

    @staticmethod
    def _speaker(d, x, se) -> bool:
        """``x`` is followed by a speech verb ("…, ông Đông nói thêm", "…, bà Lan cho biết"): the one who
        reports the award, not its recipient."""
        after = " ".join(d.words[x.end:min(se, x.end + 3)]).lower()
        return any(after == v or after.startswith(v + " ") for v in SPEECH_VERBS)

    def _list_follows(self, d, k, ents, awards, ss=None) -> bool:
        """A name list starts after "như" / "có" / "là" at token ``k``: a name within 3 tokens, or within 8
        when only quotes, address words, capitalised nicknames and title prefixes stand before it
        ("như “cô Đẩu” NSƯT Công Lý, …"), or in a partitive sentence ("Trong số những người được trao
        huân chương có Thủ tướng cao niên Malaysia, ông A, …")."""
        first = next((x for x in ents if x.start > k), None)
        if first is None or first.start > k + 8:
            return False
        if k + 1 < len(d.words) and d.words[k + 1].lower() in NOT_LIST_AFTER:
            return False  # "danh sách đề nghị … là do Ban Thi đua tập hợp": who made the list, not its members
        if first.start <= k + 3:
            return True
        if ss is not None and ss + 1 < k and d.words[ss].lower() == "trong" and d.words[ss + 1].lower() == "số":
            return True
        in_award = {i for b in awards for i in range(b.start, b.end)}
        return all(t in QUOTES or t in (":", "-", "–", ",") or t.lower() in ADDRESS or t in self.lex.honorifics
                   or t[:1].isupper() or i in in_award
                   for i, t in zip(range(k + 1, first.start), d.words[k + 1:first.start]))

    def _agents(self, d, ents, lo, p):
        """Names right after "được" ("được Chính phủ, Bộ X và UBND Y tặng"): presenters, not recipients."""
        out = set()
        for i in range(lo, p + 1):
            if d.words[i].lower() != "được":
                continue
            cur = None
            for x in ents:
                if x.start < i + 1:
                    continue
                if cur is None:
                    # "được Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng ký": titles may stand before the name
                    if x.start != i + 1 and not all(j in self._in_title or d.words[j] == "," or is_cap(d.words[j])
                                                    for j in range(i + 1, x.start)):
                        break
                    out.add(id(x))
                    cur = x
                    continue
                gap = [t.text for t in d[cur.end:x.start]]
                if gap and all(g in (",", "và") for g in gap):
                    out.add(id(x))
                    cur = x
                    continue
                break
        return out

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
            w = words[i].lower()
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
        if not any(d.words[i] == ";" for i in range(start, stop)):
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
    def _previous_subject_start(d, lo, hi, cues, awards) -> int:
        """Where the subject of the clause [lo, hi) starts, for a next clause that borrows it ("…; được B tặng …"):
        after the last award or verb cue written before the words before its last "được" ("A trao huy hiệu cho B
        …, đồng chí C đã được Thủ tướng tặng Bằng khen; được …": C, not A); ``lo`` when there is none."""
        q = max((i for i in range(lo, hi) if d.words[i].lower() == "được"), default=None)
        if q is None:
            return lo
        k = q
        while k > lo and (is_cap(d.words[k - 1]) or d.words[k - 1].lower() in ADVERBS | ADDRESS):
            k -= 1  # back over the subject's name, its address words and adverbs ("đồng chí C đã vinh dự")
        ends = [b.end for b in awards if lo < b.end <= k] + [c[1] for c in cues if lo < c[1] <= k]
        return max(ends, default=lo)

    def _conferred_by(self, d, lo, k) -> bool:
        """Tokens [lo, k) after an award are "do"/"của" and a conferrer phrase, before the give verb at ``k``
        ("Huân chương … do Chủ tịch nước truy tặng thiếu úy A", "danh hiệu … của Chủ tịch nước phong tặng Công an
        X"): the verb introduces the recipient."""
        if k - lo < 2 or d.words[lo].lower() not in ("do", "của"):
            return False
        x = self._conf_starts.get(lo + 1)
        return x is not None and x.end == k

    @staticmethod
    def _between_verb_and_award(d, a, ents, cues):
        """The name written between a give verb and award ``a`` with nothing else between ("trao tặng Học viện X
        Huân chương Bảo vệ Tổ quốc hạng Nhì", "truy tặng ông A danh hiệu …": the double object of "tặng"); None
        when there is none or the name is itself a conferrer opening the award ("tặng Bằng khen của X")."""
        x = next((e for e in ents if e.end == a.start), None)
        if x is None:
            return None
        k = x.start
        while k > 0 and d.words[k - 1].lower() in ADDRESS:
            k -= 1
        if not any(c[2] == "give" and c[1] == k for c in cues):
            return None
        return x

    def _failed_object(self, d, a, cues, ents, awards):
        """"(Hội đồng) đánh trượt ông / NSƯT A khỏi danh hiệu NSND": the object of a fail verb (``fail`` cues of
        triggers.tsv) right before "khỏi" and the award is the one who failed it — a name, or a personal pronoun
        standing for the last person named before; None otherwise (the usual "A trượt NSND" names A first)."""
        at = a.start
        if at >= 2 and [w.lower() for w in d.words[at - 2:at]] == ["danh", "hiệu"]:
            at -= 2
        if at < 1 or d.words[at - 1].lower() != "khỏi":
            return None
        verb = next((c for c in cues if c[2] == "fail" and c[1] < at - 1 and at - 1 - c[1] <= 6), None)
        if verb is None:
            return None
        k = verb[1]
        while k < at - 1 and any(b.start == k for b in awards):
            k = next(b.end for b in awards if b.start == k)  # a title before the name ("NSƯT A")
        name = next((x for x in ents if x.start == k and x.end == at - 1), None)
        if name is not None:
            return name
        if k == at - 2 and d.words[k].lower() in OBJECT_PRONOUNS:
            ref = self._pronoun_referent(d, k, d.words[k].lower())
            if ref is not None:
                return Ent("person", k, k + 1, ref.text, {"kind": "pronoun"})
        return None

    def _pronoun_object(self, d, a, cues, ss, awards):
        """"Nhà nước đã tặng thưởng ông Huân chương Độc lập", "… tặng thưởng đồng chí nhiều phần thưởng cao quý
        như Huân chương Sao vàng": a personal pronoun as the first object of a give verb, the award (or a
        generic "nhiều phần thưởng (cao quý) như/:" before it) as the second, stands for the last person named
        before; the later awards of a list ("…, Huân chương Hồ Chí Minh") go with the first; else None."""
        k = a.start
        ends = {b.end: b.start for b in awards}
        while k - 1 > ss and d.words[k - 1] in (",", "và") and (k - 1) in ends:
            k = ends[k - 1]
        if k - 1 > ss and d.words[k - 1] in (":", "như") or (k - 1 > ss and d.words[k - 1].lower() == "là"):
            k -= 1
            j = k
            while j > ss and j > k - 6 and d.words[j - 1].lower() in OBJECT_GENERIC:
                j -= 1
            if j == k or d.words[j].lower() not in ("nhiều", "các", "những"):
                return None
            k = j
        n = 2 if k - 2 > ss and span_text(d, k - 2, k).lower() == "đồng chí" else 1
        w = d.words[k - n].lower() if k - n > ss else ""
        if n == 1 and w not in OBJECT_PRONOUNS or d.words[k - n][:1].isupper():
            return None
        if not any(c[2] == "give" and c[1] == k - n for c in cues):
            return None
        ref = self._pronoun_referent(d, k - n, "đồng chí" if n == 2 else w)
        if ref is None:
            return None
        if ref.start >= ss:
            # a name of the same sentence is the giver ("Tổng thống Putin … truy tặng anh …"), unless it is the
            # one whose merits are given ("Ghi nhận đóng góp của đồng chí X, Nhà nước đã tặng thưởng đồng chí …")
            j = ref.start
            while j > ss and d.words[j - 1].lower() in ADDRESS:
                j -= 1
            if j == ss or d.words[j - 1].lower() != "của":
                return None
        return Ent("person", k - n, k, ref.text, {"kind": "pronoun"})

    @staticmethod
    def _owner_of_item(d, start, at) -> bool:
        """The name at ``at`` in a recipient list from ``start`` follows "của" and only address words ("… tàu cá X
        của ông A", "con trai của bà B"): it owns the item before it and is no recipient itself."""
        k = at
        while k > start and d.words[k - 1].lower() in ADDRESS:
            k -= 1
        return k > start and d.words[k - 1].lower() == "của"

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
            if gap and (all(g in LIST_GLUE or g in self.lex.honorifics for g in gap)
                        or " ".join(words_).lower() in self._honorifics) \
                    and any(g in (",", "và", ";") for g in gap):
                # ("đại úy A và phi công B được truy tặng …": a title of several syllables before the next name)
                out.append(y)
                cur = y
                continue
            if cur.kind == "person" and _comma_apposition(gap):
                if _rejoined(gap):
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
        got = [x for x in got if not (x.start > start and d.words[x.start - 1].lower() in AFFILIATION)
               and not (x.kind == "person" and self._owner_of_item(d, start, x.start))]
        # "cho em A - học sinh lớp 12/10 Trường THPT B": a body after a person's apposition (a dash or comma, then
        # lower-case words of a calling) is where the person works or studies, not a recipient of its own
        kept = []
        for x in got:
            prev = kept[-1] if kept else None
            gap = [w for w in d.words[prev.end:x.start]] if prev is not None else []
            if prev is not None and prev.kind == "person" and x.kind == "unit" and gap and \
                    gap[0] in APPOSITION_MARKS and any(w.isalpha() and w.islower() for w in gap) and \
                    not any(w in ("và", ";", "cùng") for w in gap) and gap.count(",") <= APPOSITION_COMMAS:
                continue
            if prev is not None and prev.kind == "person" and _dash_apposition(gap) and not _rejoined(gap):
                continue  # "cho anh A và em B – hai người cùng anh C cứu chị D": C and D are in B's apposition
            kept.append(x)
        got = kept
        top = [x for x in got if depth_at.get(x.start, 0) == 0]
        pool = top or [x for x in got if depth_at.get(x.start, 0) == 1]
        out = []
        prev_end = start
        for x in pool:
            gap = [t.text for t in d[prev_end:x.start] if depth_at.get(t.i, 0) == depth_at.get(x.start, 0)]
            if out and sum(1 for w in gap if w.isalpha() and w.islower() and w not in LIST_WORDS) > 6 \
                    and not any(w in (";", ":", "gồm") for w in gap) \
                    and not (out[-1].kind == "person" and _comma_apposition(gap) and _rejoined(gap)):
                break  # (but "cho ông A, thuyền trưởng tàu cá … của HTX X và ông B": a long calling, then the next)
            if out and out[-1].kind == "person" and _in_predicate(gap, self.lex.honorifics):
                break  # "cho A, cố vấn … và là con rể Tổng thống Mỹ B": B is named in A's description
            out.append(x)
            prev_end = x.end
        return out


class _SentenceIndex:
    """Cues, names and awards of a document bucketed by sentence once, so that linking an award looks
    only at its own sentence (linear in the document, not quadratic)."""

    def __init__(self, sents, n, cues, ents, awards):
        self.sents = sents or [(0, n)]
        self.starts = [s for s, _ in self.sents]
        self.n = n
        self.buckets = {}
        for kind, items in ((0, cues), (1, ents), (2, awards)):
            for x in items:
                start = x[0] if kind == 0 else x.start
                self.buckets.setdefault(self.sentence(start), ([], [], []))[kind].append(x)

    def sentence(self, tok: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding token ``tok``."""
        k = bisect.bisect_right(self.starts, tok) - 1
        if k >= 0 and self.sents[k][0] <= tok < self.sents[k][1]:
            return self.sents[k]
        return (0, self.n)

    def next_sentence(self, se: int) -> tuple[int, int]:
        """The sentence starting first at or after token ``se`` ((n, n) when none)."""
        k = bisect.bisect_left(self.starts, se)
        return self.sents[k] if k < len(self.sents) else (self.n, self.n)

    def local(self, ss: int, se: int):
        """(cues, names, awards) starting in sentence [ss, se)."""
        return self.buckets.get((ss, se), ([], [], []))


NEGATION = {"không", "chưa", "từ chối"}
DAY_WORDS = {"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm"}
ELIDED_SUBJECT = {"và", "cũng", "đã", "còn", "lại", "vừa", "từng", "đồng", "thời"}  # "và cũng được": no subject
ELIDED_ADVERBS = ELIDED_SUBJECT - {"và"}  # the same words but the glue
SCHOOL_NAMES = ("ĐH ", "Đại học ", "CĐ ", "Cao đẳng ", "THPT ", "THCS ", "Tiểu học ")  # a school's name after "Trường"
NAME_CLOSERS = {",", "(", ".", ";", "–", "-", ")", ":"}
HOLDER_TITLES = {"thủ tướng", "thủ tướng chính phủ", "chủ tịch nước"}  # offices conferring in their own name
#: words of a counted phrase that name no kind of person ("hai … đã được", "các")
COUNT_STOP = {"được", "đã", "đều", "cùng", "các", "những", "này", "đó", "khác", "người", "vừa", "cũng", "năm", "trên"}
#: Vietnamese number words of a small counted group ("hai bạn", "ba em")
#: words before a pronoun that make it plural ("hai em", "các anh", "cả hai"; not "năm", also "year")
PLURAL_MARKERS = {"hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "các", "những", "cả"}
COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
#: certificates a people's committee's chairman confers (Luật 06/2022/QH15 Art. 74-75: "Bằng khen của Chủ tịch Ủy
#: ban nhân dân cấp tỉnh", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã")
CHAIRMAN_CERTIFICATES = ("bằng khen", "giấy khen")
#: verbs of a committee presenting a certificate
GIVE_WORDS = {"trao", "tặng", "khen"}
_COMMITTEE = r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)"
_LEVEL = r"(tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)"
#: "<certificate> của UBND tỉnh X" / "… của Chủ tịch [UBND] tỉnh[ X]" (the level, then the place if written)
COMMITTEE_CONF = re.compile(rf"^{_COMMITTEE} {_LEVEL}(?: (\S.*))?$")
CHAIRMAN_CONF = re.compile(rf"^[Cc]hủ tịch (?:{_COMMITTEE} )?{_LEVEL}(?: (\S.*))?$")


def _level_key(level: str) -> str:
    """One key per administrative level as written ("TP", "TP.", "thành phố" → "thành phố")."""
    level = level.lower().rstrip(".")
    return "thành phố" if level == "tp" else level


def _co_given(words, lo, hi) -> bool:
    """``words[lo:hi]``, between an award and an honouring verb, are "," or "và" and what is handed over with the
    award (CO_GIVEN: "phần thưởng", "tiền thưởng", "quà"), at least one such gift: "trao tặng bằng khen, phần
    thưởng tuyên dương em A"."""
    i, gifts = lo, 0
    while i < hi:
        w = words[i].lower()
        if w in (",", "và"):
            i += 1
            continue
        n = next((len(g) for g in CO_GIVEN if tuple(x.lower() for x in words[i:i + len(g)]) == g), 0)
        if not n:
            return False
        gifts += 1
        i += n
    return gifts > 0


def _force_subject(d, lo, p):
    """"…, lực lượng Quản lý thị trường đã được Nhà nước trao tặng …": a named force (FORCE_HEADS, then
    capitalised words and their lower-case continuations, at most eight) as the clause's subject, right
    before the verb at ``p`` (only adverbs between), is a collective recipient (eval GUIDELINES: every
    named collective); the clause may open with a fronted phrase closed by a comma. Else None."""
    commas = [j for j in range(lo, p) if d.words[j] == ","]
    if commas:
        lo = commas[-1] + 1
    j = p
    while j > lo and d.words[j - 1].lower() in ADVERBS:
        j -= 1
    head = _opening([x.lower() for x in d.words[lo:j]], FORCE_HEADS)
    if head is None:
        return None
    i = lo + len(head.split())
    if not (i < j <= i + 8 and is_cap(d.words[i]) and all(x.isalpha() for x in d.words[i:j])):
        return None
    return Ent("unit", lo, j, span_text(d, lo, j), {"kind": "sector"})


def _opening(words, phrases) -> str | None:
    """The first of ``phrases`` whose words open ``words`` (lower-cased tokens), else None."""
    return next((p for p in phrases if words[:len(_words_of(p))] == _words_of(p)), None)


@functools.lru_cache(maxsize=None)
def _words_of(phrase: str) -> list:
    """``phrase.split()``, split once per phrase (the phrases are the module's fixed tuples; the result is only read)."""
    return phrase.split()


def _respectively(out, at) -> list:
    """"A và B lần lượt được tặng P và Q", "trao P, Q lần lượt cho A và B": in a sentence with "lần lượt"
    (token starts ``at``, sorted) whose conferrals pair every one of n recipients with every one of n awards
    (n ≥ 2), only the pairs in written order are kept (A–P, B–Q). ``out`` unchanged otherwise."""
    if not at:
        return out
    by_sent = {}
    for c in out:
        by_sent.setdefault(c["sent"], []).append(c)
    drop = set()
    for (ss, se), cs in by_sent.items():
        k = bisect.bisect_left(at, ss)
        if k == len(at) or at[k] >= se:
            continue
        # awards in written order: the order the linker met them ("hạng Nhì, hạng Ba" share one span)
        awards = list(dict.fromkeys((id(c["award"]), c["name"]) for c in cs))
        recips = sorted({c["recipient"].start for c in cs})
        if len(awards) < 2 or len(awards) != len(recips) or len(cs) != len(awards) ** 2:
            continue
        for c in cs:
            if awards.index((id(c["award"]), c["name"])) != recips.index(c["recipient"].start):
                drop.add(id(c))
    return [c for c in out if id(c) not in drop] if drop else out


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
        if w.lower() != lv[0] or [x.lower() for x in words[i:i + n]] != lv:
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


def _chairman_certificates(out, awards, units=(), words=()) -> None:
    """A committee's certificate in a document that says its chairman confers it: "Bằng khen của UBND tỉnh X"
    beside "bằng khen của chủ tịch UBND tỉnh" (or "của Chủ tịch tỉnh", "được Chủ tịch UBND tỉnh X tặng bằng
    khen") is "Bằng khen của Chủ tịch UBND tỉnh X", and a chairman's certificate named by its level alone takes
    the one committee of that level the document's certificates name, or else the one its own sentence names
    ("UBND huyện X cũng trao giấy khen của chủ tịch UBND huyện"; eval GUIDELINES: a generic body takes the place
    its sentence gives) (Luật 06/2022/QH15 Art. 74-75: the chairman confers them). ``out`` (conferrals) is
    renamed in place; the names of ``awards`` and ``units`` are evidence only."""
    names = [c["name"] for c in out] + [a.text for a in awards]
    committees, chairmen = {}, {}
    for name in names:
        head, sep, conf = name.partition(" của ")
        if not sep or head.lower() not in CHAIRMAN_CERTIFICATES:
            continue
        m = COMMITTEE_CONF.match(conf)
        if m and m.group(2):
            committees.setdefault((head.lower(), _level_key(m.group(1))), set()).add(conf)
            continue
        m = CHAIRMAN_CONF.match(conf)
        if m:
            chairmen.setdefault((head.lower(), _level_key(m.group(1))), set()).add(m.group(2) or "")
    if not chairmen:
        return
    bare_places = {}  # level -> the document's one place of that level (for "của Chủ tịch tỉnh" with no committee)
    for c in out:
        head, sep, conf = c["name"].partition(" của ")
        if not sep or head.lower() not in CHAIRMAN_CERTIFICATES:
            continue
        m = COMMITTEE_CONF.match(conf)
        if m and m.group(2):
            places = chairmen.get((head.lower(), _level_key(m.group(1))))
            if places and all(p in ("", m.group(2)) for p in places):
                c["name"] = f"{head} của Chủ tịch {conf}"
            continue
        if m:
            # "bằng khen đột xuất của UBND tỉnh" beside "Chủ tịch UBND tỉnh Đồng Nai đã truy tặng bằng khen": a
            # committee named by its level alone is the one whose chairman the document names at that level
            places = chairmen.get((head.lower(), _level_key(m.group(1))), set()) - {""}
            if len(places) == 1:
                c["name"] = f"{head} của Chủ tịch {conf} {next(iter(places))}"
            continue
        m = CHAIRMAN_CONF.match(conf)
        if m and not m.group(2):
            known = committees.get((head.lower(), _level_key(m.group(1))), set())
            if not known:
                ss, _ = c["sent"]
                for u in units:
                    # the committee presenting it in the award's sentence ("UBND huyện X cũng đã trao tặng giấy khen
                    # của chủ tịch UBND huyện"), not one inside a title ("Chủ tịch UBND tỉnh X vừa ký …")
                    um = COMMITTEE_CONF.match(u.text) if ss <= u.start and u.end <= c["award"].start and \
                        not (u.start > 0 and words[u.start - 1].lower() == "tịch") and \
                        any(w.lower() in GIVE_WORDS for w in words[u.end:min(u.end + 8, c["award"].start)]) else None
                    if um and um.group(2) and _level_key(um.group(1)) == _level_key(m.group(1)):
                        known.add(u.text)
            if len(known) == 1:
                c["name"] = f"{head} của Chủ tịch {next(iter(known))}"
            elif not known and not re.search(_COMMITTEE, conf):
                # "trao bằng khen của Chủ tịch tỉnh cho ông X" in a document about "tỉnh Hà Tĩnh" alone (the
                # press's short form; "của Chủ tịch UBND tỉnh" as a decision writes it stays as written)
                level = _level_key(m.group(1))
                if level not in bare_places:
                    bare_places[level] = _document_place(words, level)
                if bare_places[level]:
                    c["name"] = f"{c['name']} {bare_places[level]}"


#: a capitalised syllable (a name's word); "Trần Ngọc Châu (Giang Châu)" is looked up per recipient in _real_names
_CAP = r"[A-ZÀ-ÝĂĐĨŨƠƯẠ-Ỹ][^\W\d_]*"
#: "Đoàn Dũng tên thật là Nguyễn Anh Dũng", "Tiểu Hy (tên thật là Phan Cao Hà)": a stage name, then the real one
REAL_NAME = re.compile(rf"({_CAP}(?: {_CAP}){{0,3}}) \(?(?:có )?tên thật(?: là)?:? ({_CAP}(?: {_CAP}){{1,4}})")


def _real_names(out, text: str, persons: set) -> None:
    """A person known by a stage or pen name whose real name the document gives ("X tên thật là Y", "Y (X)"
    with Y a full name the document names as a person) receives the awards under the real name: the recipient
    of ``out`` (conferrals) is renamed in place (eval GUIDELINES: the recipient is the person's name as in
    officials; the held-out annotators write the real name where the text gives it). Looks only for the
    recipients' own names (a plain substring test first), so a document without them costs nothing."""
    recips = {c["recipient"].text for c in out if c["recipient"].kind == "person"}
    if not recips:
        return
    real = {}
    if "tên thật" in text:
        for m in REAL_NAME.finditer(text):
            words = m.group(1).split()
            for k in range(min(2, len(words)), len(words) + 1):  # "NSND Đoàn Dũng tên thật là …": "Đoàn Dũng"
                real.setdefault(" ".join(words[-k:]), m.group(2))
    for alias in recips:
        if alias in real or f"({alias})" not in text:
            continue
        for m in re.finditer(rf"({_CAP}(?: {_CAP}){{1,4}}) \({re.escape(alias)}\)", text):
            if m.group(1) in persons and m.group(1) != alias:
                real[alias] = m.group(1)
                break
    if not real:
        return
    known = persons | set(real.values())
    for c in out:
        r = c["recipient"]
        full = real.get(r.text)
        if r.kind == "person" and full and full in known and len(full.split()) >= 2:
            c["recipient"] = Ent("person", r.start, r.end, full, dict(r.info))

def _parent_forms(name: str) -> list:
    """A unit's name and the parent written after its sub-unit ("Điện lực Sơn Trà thuộc Công ty X" → also
    "Công ty X"; "Phòng Y, Sở Z" → also "Sở Z"; GUIDELINES.md: a sub-unit written with its parent is one unit)."""
    out = [name]
    for sep in (" thuộc ", ", "):
        if sep in name:
            out.append(name.split(sep, 1)[1])
    return out


def _wished(words, recips, a, cues) -> bool:
    """Whether the award's own verb (the last receive cue before award ``a``) is a winning verb ("giành",
    "đoạt" …, not "nhận" nor a passive "được …") governed by a word of wish or aim (WISHES) standing between
    (or just before) the subject ``recips`` and that verb:
    "X quyết tâm giành HCV", "hy vọng đội U23 … giành HCV", "mục tiêu … là giành 3 HCV". Sports news
    reports aims as often as wins; an aim is no award (eval GUIDELINES: the text says someone received it)."""
    lo = min(r.end for r in recips) if recips and all(r.end <= a.start for r in recips) else None
    verb = max((c[0] for c in cues if c[2] == "receive" and lo is not None and lo <= c[0] < a.start), default=None)
    if verb is None or words[verb].lower() not in WIN_VERBS:
        return False  # (the award's own verb: "X giành HCV … sẽ nhận bằng khen" is a ceremony to come, given)
    start = max(0, min(r.start for r in recips) - WISH_BEFORE)
    start = max([start] + [i + 1 for i in range(start, lo) if words[i] in (".", ";", ":")])
    gap = " " + " ".join(w.lower() for w in words[start:verb]) + " "
    return any(f" {w} " in gap for w in WISHES)


def _dash_holder(d, a, ents):
    """"như: cầu thủ Nguyễn Quang Hải - HCV SEA Games 30; Hoàng Khánh Huyền - HCV …": a person's name, a dash
    and an award right after it (a list of people and what they won) name the award's holder; the person
    Ent, else None."""
    k = a.start - 1
    if k < 1 or d.words[k] not in ("-", "–"):
        return None
    return next((x for x in ents if x.kind == "person" and x.end == k), None)


WIN_VERBS = {"giành", "đoạt", "đăng", "lên", "đạt"}  # first words of the active receive cues of a win
WISHES = ("quyết tâm", "hy vọng", "hi vọng", "kỳ vọng", "mục tiêu", "tham vọng", "mong", "muốn", "sẽ", "nhắm",
          "phấn đấu", "cơ hội", "nếu", "có thể")  # a win aimed at or possible, not reported (press usage)
WISH_BEFORE = 6  # words before the subject where a wish governing it may stand ("hy vọng đội U23 …")
UNREAL = {"sẽ", "chưa", "không", "muốn", "mong", "hy", "hi"}  # a win to come or denied, before the verb (one token each)
UNFOUND_OPENERS = {"ngoài", "bên", "tuy", "dù", "nếu", "theo", "riêng", "còn", "như", "sau", "trước", "trong",
                   "tại", "với", "nhờ", "khi", "năm", "ngày", "hôm", "từ"}  # open a fronted phrase, no name
ASIDE_STOPS = {";", ":", "(", ")", "–", "-", "\"", "“", "”", "?", "!"}  # no aside runs over them
ASIDE_MAX = 12  # words of an aside between a clause-opening name and its verb ("…, sinh năm 1989, cao 1,73m")


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


def _before_date(d, i, ss) -> int:
    """Start of a date written right before token ``i`` ("ngày 24/4", "chiều 10-7", "sáng 3.5": a word of
    ``DAY_WORDS``, then numbers joined by "/", "-", "."); ``i`` when none."""
    k = i
    while k > ss and (d.words[k - 1].isdigit() or (d.words[k - 1] in ("/", "-", ".") and d.words[k].isdigit())):
        k -= 1
    if k > ss and d.words[k - 1].lower() in DAY_WORDS and d.words[k].isdigit():
        return k - 1
    return i


def _passive_clause(words, ss, at) -> bool:
    """The clause before token ``at`` (back to a comma or ";", not before ``ss``) holds "được" after a subject of
    its own, counted or named ("…, 46 cá nhân được tặng"), not after glue alone ("… và được B tặng") or a word
    referring back ("; năm 2023 đơn vị được tặng"): those are the earlier subject's."""
    lo = ss
    for k in range(at - 1, ss - 1, -1):
        if words[k] in (",", ";"):
            lo = k + 1
            break
    hits = [k for k in range(lo, at) if words[k].lower() == "được"]
    if not hits:
        return False
    k = hits[-1]
    while k > lo and words[k - 1].lower() in ELIDED_ADVERBS:
        k -= 1
    if k == lo or words[k - 1].lower() == "và":
        return False
    # a subject of its own is counted or named ("46 cá nhân", "ba tập thể", "Công ty X"); "đơn vị", "ông" refer back
    return any((w.isdigit() and words[q - 1].lower() not in TIME_FRONT) or
               (w.lower() in COUNT_WORDS and not words[q + 1].isdigit()) or  # ("năm 2023": a year, not five)
               (q > lo and is_cap(w)) for q, w in zip(range(lo, k), words[lo:k]))


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


def _after_preamble(words, ss, i) -> bool:
    """A decision's preamble "Xét đề nghị của", "Theo đề xuất của" (``PREAMBLES``) opens the clause that ends at
    ``i`` (from ``ss``, no ";" between): the names listed after it propose; only the last one, right before the
    verb, is the subject that gives."""
    return any(words[k + 3].lower() == "của" and " ".join(w.lower() for w in words[k:k + 3]) in PREAMBLES
               and ";" not in words[k:i] for k in range(ss, i - 3))


def _preamble(words, s, e, at, cues) -> bool:
    """The propose cue ``words[s:e]`` opens a decision's preamble ("Xét đề nghị của A, Thủ tướng tặng …", Nghị
    định 30/2020/NĐ-CP form of a decision: "Xét đề nghị của …" names who proposed it) and a give verb follows it
    before the award at ``at``: the sentence reports the conferral, not a proposal."""
    return s > 0 and e < len(words) and words[e].lower() == "của" and \
        " ".join(w.lower() for w in words[s - 1:e]) in PREAMBLES and \
        any(r == "give" and e < s2 < at for s2, _, r in cues)


def _noun_compound(words, i) -> bool:
    """``words[i]`` makes a noun of ``LIST_END_NOUNS`` with the word before or after it."""
    w = words[i]
    return (i > 0 and (words[i - 1].lower(), w) in LIST_END_NOUNS) or \
        (i + 1 < len(words) and (w, words[i + 1].lower()) in LIST_END_NOUNS)


def _comma_apposition(gap) -> bool:
    """The words between a person's name and a later name open a comma apposition: a comma, then a lower-case
    word of a calling ("A, chủ tàu kiêm thuyền trưởng …"), with no verb or predicate in it ("được", "bị", "là")
    and no ";" or sentence end; at most ``APPOSITION_MAX`` words. ("A, con của ông B": B is inside A's calling;
    only list glue and an address word right before a name, :func:`_rejoined`, open the next item.)"""
    return 2 <= len(gap) <= APPOSITION_MAX and gap[0] == "," and gap[1].isalpha() and gap[1].islower() and \
        not any(w.lower() in APPOSITION_STOPS for w in gap)


def _rejoined(gap) -> bool:
    """The gap (see :func:`_dash_apposition`) ends with list glue, then address words only ("… lớp 9, em", "… và
    chị", "…; ông"): the list goes on after the apposition."""
    k = len(gap)
    while k > 0 and gap[k - 1].lower() in ADDRESS:
        k -= 1
    return k > 0 and gap[k - 1] in (",", "và", ";")


def outermost(ents):
    """Drop spans nested inside a longer span (sort by start, longest first, sweep)."""
    ents = sorted(ents, key=lambda x: (x.start, -(x.end - x.start)))
    out = []
    reach = -1
    for x in ents:
        if x.end <= reach and out and not (out[-1].start == x.start and out[-1].end == x.end):
            continue
        out.append(x)
        reach = max(reach, x.end)
    return out


PASSIVE_MARKERS = {"được", "bị"}
#: personal pronouns of the press standing for a person as the object of "tặng" ("tặng thưởng ông Huân chương …")
OBJECT_PRONOUNS = {"ông", "bà", "anh", "chị", "cô", "thầy", "em", "cụ"}
#: a generic head for the awards that follow it ("nhiều phần thưởng cao quý như / : A, B")
OBJECT_GENERIC = {"nhiều", "các", "những", "phần", "thưởng", "cao", "quý", "danh", "hiệu", "khác"}
#: openings of a fronted phrase of time or circumstance ("Ngày 1-10, …", "Sáng nay, …", "Nhờ …, …")
TIME_FRONT = {"ngày", "sáng", "chiều", "tối", "trưa", "hôm", "năm", "tháng", "nhờ", "với", "tại", "trong", "dịp",
              "nhân"}
#: words between a subject and its verb that leave it the subject ("đã", "vinh dự", "chỉ")
ADVERBS = {"đã", "vừa", "mới", "cũng", "vinh", "dự", "chỉ", "lại", "đều", "từng", "sẽ", "còn", "lần", "thứ", "hai",
           "ba", "tiếp", "tục"}


#: short names of the provinces and centrally run cities (provinces_2025.tsv, Nghị quyết 202/2025/QH15)
PROVINCES = frozenset(province_levels())

#: heads of a foreign state conferring an order ("Chính phủ Nhật Bản", "Quốc vương Campuchia")
STATE_CONFERRERS = ("Chính phủ", "Nhà nước", "Hoàng gia", "Quốc vương", "Nhà vua", "Tổng thống", "Nữ hoàng")
#: nouns of a body named again by "này" ("doanh nghiệp này", "đơn vị này")
BODY_NOUNS = {"doanh nghiệp", "công ty", "đơn vị", "tập đoàn", "tổng công ty", "cơ quan", "bệnh viện", "trường",
              "nhà máy", "hợp tác xã", "tập thể"}
#: place levels of local government (Luật Tổ chức chính quyền địa phương 2015), as written before a place's name
PLACE_LEVELS = {"tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thị trấn", "thành phố", "tp", "tt"}
#: head nouns of bodies that, bare, stand for the document's body of that head as a subject ("báo cũng vinh dự
#: được …", "trường được tặng …")
SUBJECT_HEADS = {"báo", "trường", "bệnh viện", "công ty", "tổng công ty", "viện", "học viện", "ngân hàng",
                 "tập đoàn", "nhà máy", "hợp tác xã", "tòa soạn", "đài", "nhà hát", "bảo tàng", "thư viện",
                 "sư đoàn", "trung đoàn", "lữ đoàn", "cục", "sở", "viện kiểm sát", "tòa án", "trung tâm"}
#: an award named again by a demonstrative ("danh hiệu này", "danh hiệu tương đương")
ANAPHOR_HEADS = ("danh hiệu", "huân chương", "giải thưởng", "phần thưởng")
#: heads of one kind of award ("huy hiệu này", "bằng khen này"): with a demonstrative they stand for the last award of
#: that same kind, not for any award ("trao huy hiệu Tuổi trẻ dũng cảm cho A và truy tặng huy hiệu này cho B")
KIND_ANAPHOR_HEADS = ("huy hiệu", "bằng khen", "giấy khen", "kỷ niệm chương", "huy chương", "cờ thi đua")
ANAPHOR_WORDS = ("này", "đó", "ấy", "trên", "tương đương", "tương tự")
#: heads of a ship named as a collective recipient ("tàu cá QNg-98465TS", "tàu du lịch Sông Hàn 1"), longest first;
#: compiled by sovang from press usage (Luật Thủy sản 2017 Art. 71: tàu cá are registered by a number)
VESSEL_HEADS = tuple(tuple(h.split()) for h in ("tàu cá", "tàu du lịch", "tàu kiểm ngư", "tàu cảnh sát biển",
                                                "tàu hải quân", "tàu cứu hộ", "tàu hàng", "tàu", "thuyền", "ghe"))
VESSEL_FIRST = {h[0] for h in VESSEL_HEADS}
#: words before a ship that make it a place ("thuyền viên trên tàu cá X") or an owner's, not a recipient
ON_BOARD = {"trên", "thuộc", "của", "lên", "xuống"}
#: kin written in apposition to the one who receives for the honoured ("bà A – mẹ B – nhận …")
KIN = {"mẹ", "bố", "cha", "vợ", "chồng", "con", "em", "anh", "chị"}
#: who receives an award on behalf of the one honoured ("cho gia đình anh", "cho thân nhân ông")
FAMILY = ("gia đình", "thân nhân", "người thân")
#: capitalised words of the verb phrase between a giver and its give verb, passed as its lower-case words are:
#: "Lễ", the ceremony noun the press writes with a capital as the event's name ("Bộ X tổ chức Lễ trao tặng bằng
#: khen"; 20 times "tổ chức Lễ … trao/tặng" in the 50k bulk news). One entry on purpose: the other event nouns
#: ("Hội nghị", "Buổi lễ", "Chương trình", "Đại hội", "Hội thi", "Lễ hội") never stand capitalised after "tổ chức"
#: before a give verb in the bulk news, dev, real or held-out 3-12 documents (checked in session 11), and
#: "Hội", "Chương" open unit names too, which this gap must not pass.
EVENT_CAPS = frozenset({"Lễ"})
#: words between an agent and a give verb that make the giving someone else's ("yêu cầu giải trình việc tặng")
NOT_AGENT_GAP = {"việc", "về", "được"}
#: openings of a sentence whose body the presenter acts for (the body gives the award)
BEHALF_OPENERS = ("thay mặt", "đại diện cho", "đại diện", "thừa ủy quyền", "thừa uỷ quyền", "ủy quyền", "uỷ quyền")
#: organisations written before a school or body they belong to ("Đoàn trường THPT X", "Công đoàn Sở Y"; Điều lệ
#: Đoàn TNCS Hồ Chí Minh, Điều lệ Công đoàn Việt Nam)
YOUTH_PREFIXES = {"Đoàn", "Chi đoàn", "Công đoàn", "Liên đội", "Hội Sinh viên"}
#: a capitalised level written before "đoàn"/"ủy" as one name ("Thị đoàn", "Huyện ủy", "Tỉnh đoàn")
LEVEL_CAPS = {"Thị", "Huyện", "Tỉnh", "Thành", "Quận", "Xã", "Phường"}
#: words opening a contrasted clause after a comma, with a subject of its own ("…, còn cô B nhận …")
CONTRAST_OPENERS = {"còn", "riêng"}
#: words before a body that make it the place of a ceremony ("tại (trụ sở) X, …"), not a giver
VENUE_WORDS = {"tại", "ở", "sở", "hội", "trường", "đường"}
#: words after "là"/"có"/"như" that open no list of recipients ("là do X", "có ý kiến", "như vậy")
NOT_LIST_AFTER = {"do", "vì", "bởi", "nhờ", "vậy", "thế", "ý"}
#: what is handed over together with an award ("trao bằng khen, phần thưởng …", "tặng bằng khen kèm tiền thưởng")
CO_GIVEN = (("phần", "thưởng"), ("tiền", "thưởng"), ("quà",), ("hoa",))
#: verbs of reporting: a name before "X cho biết, …" is the speaker, not the subject of what follows
SPEECH = {"biết", "hay"}
#: openings of a sentence that names the members of a count given just before (compiled by sovang)
CONTINUATIONS = ("trong đó", "trong số đó", "cụ thể", "đó là", "gồm", "bao gồm")
#: openings of a fronted phrase that names other recipients of the same award ("Ngoài 3 tập thể là A, B và C,
#: UBND quận X cũng trao giấy khen cho 4 cá nhân …")
FRONTED_OTHERS = ("ngoài", "bên cạnh", "cùng với")
#: generic subjects that stand for the document's own body ("Đơn vị vinh dự được tặng …")
GENERIC_SUBJECTS = ("tập thể đơn vị", "đơn vị")
#: heads of a named force as a clause's subject ("lực lượng Quản lý thị trường", "lực lượng Cảnh sát biển";
#: Vietnamese usage: "lực lượng" + the force's proper name, see _force_subject)
FORCE_HEADS = ("lực lượng",)
#: teams and crews written in lower case as a collective recipient after "cho" (ConferralLinker._crew)
CREW_HEADS = ("đội tuyển", "đoàn bay", "đội bay", "phi đội", "biên đội", "tổ bay", "kíp bay", "đoàn thể thao",
              "tổ công tác")  # (not "ê kíp": a film's crew runs into the film's title, "ê kíp phim Về nhà đi con")
CREW_STOPS = {"tại", "ở", "vì", "nhân", "đã", "và", "trong", "là", "do", "khi", "sau", "có", "với", "về", "của",
              "theo", "từ", "cùng", "nhờ", "được", "đạt", "giành"}
#: administrative levels that can stand alone as a certificate's conferrer ("bằng khen của tỉnh")
BARE_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường")
#: heads of a provincial department or body a conferrer may be written with, without its place ("Sở GD&ĐT",
#: "Công an", "Tỉnh đoàn"; _body_place; the departments of Nghị định 24/2014/NĐ-CP Art. 8, the police and the
#: provincial unions)
BODY_HEADS = {"Sở", "Công", "Bộ", "Ban", "Hội", "Liên", "Tỉnh", "Cục", "Chi"}
#: words of a conferrer that name its place already (_body_place writes none then)
PLACE_WORDS = {"tỉnh", "thành", "tp", "tp.", "huyện", "quận", "thị", "xã", "phường", "trung", "việt", "nam",
               "quốc", "gia", "chính", "phủ"}
#: collective subjects of a sentence that names a counted group of recipients ("Họ gồm: …", "Các cá nhân được
#: khen thưởng gồm …"); the names follow "gồm" / ":" (see ConferralLinker._group_subject_list)
LIST_SUBJECTS = ("những người", "các cá nhân", "những cá nhân", "các tập thể", "những tập thể", "các đơn vị",
                 "những đơn vị", "các trường hợp", "những trường hợp", "các em", "những em", "danh sách", "họ")
#: nouns of a counted group of recipients ("45 trường hợp", "20 cá nhân"; compiled by sovang from press usage)
COUNT_NOUNS = {"trường hợp", "cá nhân", "tập thể", "người", "đơn vị", "nghệ sĩ", "cán bộ", "học sinh", "em",
               "giáo viên", "đồng chí", "chiến sĩ", "hộ", "gia đình", "doanh nghiệp", "tác giả", "công trình",
               "nhà giáo", "thầy thuốc", "hồ sơ", "đảng viên", "sinh viên", "vận động viên", "công dân"}
#: marks opening an apposition after a name ("A - học sinh …", "A, giáo viên …", "A (kỹ sư …")
APPOSITION_MARKS = {"-", "–", "—", ",", "("}
# words that end a comma apposition as a description (see _comma_apposition): verbs, predicates, owners, ends
APPOSITION_STOPS = {"được", "bị", "là", "đã", "vừa", "đang", "sẽ", ";", ".", "(", ")", ":", "cho", "nhận"}
APPOSITION_MAX = 24
#: commas a person's apposition may hold before the body it ends with ("cho liệt sĩ A, nguyên Trung úy, Trợ lý tác
#: chiến, Bộ Chỉ huy Quân sự tỉnh X": rank, post, then the body, as Vietnamese writes a calling from the
#: smallest to the largest)
APPOSITION_COMMAS = 3
#: words tying a unit to the noun before it ("giáo viên thuộc trường X")
AFFILIATION = {"thuộc", "của", "tại", "ở"}
#: verbs opening a clause after a recipient list ("… cho ông A. Cùng dự có …", "… chứng kiến", "… cho A lên Hội đồng …")
#: (lower case only: a capitalised "Dự" is a name's, "Ban Quản lý Dự án 47")
LIST_ENDS = {"dự", "chứng", "lên"}
#: the openings of a decision's preamble naming its proposer ("Xét đề nghị của Bộ trưởng Bộ Y tế, …"): the wording of
#: a decision's preamble (Nghị định 30/2020/NĐ-CP, Phụ lục I, "Xét đề nghị của …"), and the press's "theo đề nghị"
PREAMBLES = {"xét đề nghị", "theo đề nghị", "xét đề xuất", "theo đề xuất"}
#: nouns a list-ending verb's syllable is part of, so that it ends no list there ("cố vấn danh dự công ty X",
#: "dự án", "đảng viên dự bị"); the two-syllable nouns of the Vietnamese dictionary (Hoàng Phê, Từ điển tiếng
#: Việt) that hold "dự" or "chứng" and are written inside callings
LIST_END_NOUNS = {("danh", "dự"), ("dự", "án"), ("dự", "bị"), ("dự", "thảo"), ("dự", "toán"), ("chứng", "chỉ"),
                  ("bằng", "chứng"), ("chứng", "khoán")}
#: words joining the awards of one list ("A, B và nhiều C")
AWARD_GLUE = {",", "và", "cùng", "nhiều", "các", "những", "cùng với"}
#: verbs of saying after a name: "…", ông X nói / cho biết / chia sẻ (compiled by sovang from press usage)
SPEECH_VERBS = ("nói", "cho biết", "chia sẻ", "kể", "nhớ lại", "khẳng định", "nhấn mạnh", "bày tỏ", "tâm sự",
                "cho hay", "thông tin", "phát biểu", "nhận định", "nhận xét", "bình luận", "viết", "tuyên bố",
                "lên tiếng")
#: triggers.tsv roles that qualify a whole sentence instead of linking an award
SENTENCE_ROLES = {"absent", "return", "honour", "group"}
QUOTES = {"\"", "“", "”", "'", "‘", "’", "«", "»"}
NOT_RECEIVE = {"công", "ghi", "xác", "tiếp", "thừa", "nhìn", "chấp", "thu"}
CLASS_NAMES = {"nhất", "nhì", "ba", "hai", "1", "2", "3"}
CHAPTER_HEADS = {"Hội", "Liên", "Công", "Đoàn", "Trung", "Tổng", "Ủy", "Mặt"}
FRONTING = {"sau", "khi", "chia", "từng", "được", "vừa", "với", "nhờ", "trước", "ngay", "cũng", "về", "sau khi"}
ADDRESS = {"ông", "bà", "anh", "chị", "em", "đồng", "chí", "cô", "thầy", "tập", "thể", "cá", "nhân", "cháu", "cụ"}
PRONOUNS = {"Em", "Anh", "Chị", "Ông", "Bà", "Cô", "Thầy", "em", "anh", "chị", "ông", "bà", "cô"}
MODIFIER = {"của", "là", "tại", "ở", "thuộc", "với", "theo", "trong", "từ", "về"}
PASSIVE = {"được", "vinh", "nhận", "đón", "đạt", "giành", "đoạt", "nhận"}
LIST_GLUE = {",", "và", ";", "…", "...", "cùng", ":"}
LIST_WORDS = {"và", "cùng", "tập", "thể", "cá", "nhân", "các", "ông", "bà", "đồng", "chí", "diễn", "viên", "nghệ",
              "sĩ", "em", "anh", "chị", "có", "thành", "tích", "xuất", "sắc"}


@Language.factory("sovang_conferrals")
def make_conferrals(nlp, name):
    """Factory of :class:`ConferralLinker`."""
    return ConferralLinker(nlp)

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

This module holds the linker's pass over a document's awards (cues, status, negation, wishes, hand-backs) and its
sentence index; :class:`ConferralLinker` takes the rest from one mixin a job: ``conferral_cues`` (cue tests,
wishes, preambles), ``conferral_recipients`` (the recipients of one award in its sentence), ``conferral_lists``
(recipient lists), ``conferral_subjects`` (subjects no name finder gave), ``conferral_references`` (pronouns and
short names), ``conferral_counts`` (counted recipients), ``conferral_award_names`` (award names with their
conferrers); ``conferral_passes`` holds the passes over a document's conferrals after the linker's, and
``conferral_words`` the word lists several of them read.
"""
from __future__ import annotations

import bisect
from itertools import compress

from spacy.language import Language

from ..facts import outermost
from ..gazetteer import dictionary_words, section
from ..revocation import asks_revocation, revocation_kind
from . import counted_groups
from .base import WordTest, toks, lexicon, phrase_matcher, state
from .conferral_award_names import AwardNames
from .conferral_counts import CountedRecipients
from .conferral_exemplars import exemplar_conferrals
from .conferral_cues import WIN_VERBS, ConferralCues, _copula_award, _counted_award, _negated_cue, _passive_clause, \
    _preamble, _subjectless_receipt, _wished, give_starts, proposal_reach
from .conferral_lists import RecipientLists
from .conferral_passes import _chairman_certificates, _real_names, _respectively
from .conferral_recipients import Recipients, _dash_holder, acts_for_giver
from .conferral_references import References
from .conferral_subjects import Subjects
from .medal_owners import medal_owners
from .conferral_words import ANAPHOR_HEADS, KIND_ANAPHOR_HEADS, NEGATION, semicolon_clause_start, workforce_before


class ConferralLinker(ConferralCues, AwardNames, Recipients, Subjects, References, RecipientLists, CountedRecipients):
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
        # an award's own verb that an aim before it makes no conferral: a winning verb or the copula ("X phấn đấu
        # là Tập thể lao động xuất sắc"; conferral_cues._wished)
        self._wish_verbs = WIN_VERBS | {p.split()[0].lower() for p in self.lex.cues.get("copula", ())}
        # every lower-case cue table a phrase set of the shared lower-case matcher (base.phrase_matcher): found in
        # the one pass over the document that the other components' lower-case sets are found in (speed); keyed by
        # the table's name
        tables = {role: phrases for role, phrases in self.lex.cues.items() if role not in SENTENCE_ROLES}
        tables["=return"] = self.lex.cues.get("return", ()) or ["nộp lại"]
        tables["=absent"] = self.lex.cues.get("absent", ()) or ["không có trong"]
        tables["=anaphor"] = [f"{h} {w}" for h in ANAPHOR_HEADS + KIND_ANAPHOR_HEADS for w in ANAPHOR_WORDS]
        tables["=honour"] = self.lex.cues.get("honour", ()) or ["tuyên dương"]
        tables["=respectively"] = ["lần lượt"]
        self.cue_tables = {key: phrase_matcher(nlp, list(dict.fromkeys(phrases)), attr="LOWER", case_variants=False)
                           for key, phrases in tables.items()}

    def __call__(self, doc):
        d = toks(doc)
        st = state(doc)
        by_key = {}  # table name -> its matches (hash("P"), start, end) in order of start, then end
        for key, table in self.cue_tables.items():
            found = table(doc)
            if found:
                by_key[key] = found
        self._anaphoric_awards(doc, st, by_key.get("=anaphor", []))
        self._honour_at = {s_: e_ for _, s_, e_ in by_key.get("=honour", ())}
        cues = []
        words = d.words
        # token indices of persons' names: kept on the document (st["in_name"]), read again by _recipients
        in_name = st["in_name"] = {j for p in st["person"] for j in range(p.start, p.end)}
        award_starts = {a.start for a in st["award"]}
        # awards that are no name's prefix ("là NSƯT Nguyễn Văn A": a list marker before a titled name)
        person_at = {p.start for p in st["person"]}
        titles_named = {a.start: a for a in st["award"] if a.end not in person_at}
        # (the cues are read only for an award: by the award loop below, exemplar_conferrals, _programme_honourees and
        # counted_groups.resolve; a document with no award, most news, skips their tests: session 36, 0.5-1%)
        for role in (self.cue if st["award"] else ()):
            for _, s, e in by_key.get(role, ()):
                if role == "become":
                    if e not in award_starts:
                        continue  # "trở thành thành viên …": no award becomes the subject's
                    role = "receive"  # "trở thành Hoa hậu Hoàn vũ"
                elif role == "copula":
                    if not _copula_award(words, s, e, titles_named):
                        continue  # "X là Giám đốc …": no award is what the subject is
                    role = "receive"  # "X là 1 trong 10 gương mặt trẻ tiêu biểu …"
                elif role == "possess":
                    if not _counted_award(words, s, e, award_starts):
                        continue  # "X có nhiều …", "X có thể …": no counted award is the subject's
                    role = "receive"  # "X từng có 3 Quả bóng vàng"
                if e - s == 1 and self._in_compound(words, s, in_name):
                    continue  # "công trình", "trao đổi", "các cấp": not a cue
                if s in in_name:
                    continue  # "Anh Trần Minh Đạt được trao …": a syllable of a name ("Đạt"), not the verb "đạt"
                cues.append((s, e, role))
        cues = _outside_proposals(cues)
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
        # (a body after a title is the title's, no recipient; after its workforce alone it is the collective the award
        # goes to: "cho cán bộ, công nhân viên Công ty X")
        ents = [x for x in ents if x.start not in in_role and not (x.kind == "unit" and x.start in pos_ends and
                                                                   not workforce_before(words, x.start))]
        self._in_role = in_role
        # the tokens of titles and the names found, in order: kept on the document (read again by unfound_subject,
        # which the championships component calls too), not on the component
        self._in_title = st["title_tokens"] = {j for e_, s_ in st.get("pos_by_end", {}).items() for j in range(s_, e_)}
        ents.sort(key=lambda x: x.start)
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
        self._named_groups_at = None  # built on first use by _group_named
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
            # "hai HCV hạng 48kg nam của võ sĩ A và hạng 60kg nam của võ sĩ B": the medal's owners, whatever the verb
            owners = medal_owners(d, a, ss, se, sents_ents, sawards) if holder is None else []
            if not scues and holder is None and not owners:
                continue
            recips, how = ([holder], "dash") if holder is not None else (owners, "owner") if owners else \
                self._recipients(d, a, ss, se, sents_ents, scues, sawards, person_at)
            if not recips and how != "count" and last_recips and last_recips[0] == (ss, se) \
                    and self._agent_gives(d, a, scues, sawards) and not _passive_clause(d.words, ss, a.start):
                # "X được A tặng P, B tặng Q": Q goes to the same X (not "…, 46 cá nhân được tặng Q": a passive
                # clause has a subject of its own)
                recips, how = last_recips[1], "shared"
            if not recips and how == "subject" and last_recips and last_recips[0] == (ss, se) \
                    and _subjectless_receipt(d.words, ss, a.start, scues):
                # "X được tặng Bằng khen năm 2010, được phong tặng danh hiệu B": B's clause has no subject of its
                # own; B is X's too
                recips, how = last_recips[1], "shared"
            if not recips and how == "count" and (ss, se) not in counted:
                recips = self._continued_list(d, idx, ss, se)
                counted.add((ss, se))
                how = "continued"
            if not recips and how == "subject" and (ss, se) not in counted:
                # "Trong danh sách … được xét tặng <award> có nhiều gương mặt quen thuộc. Lĩnh vực X có NSƯT A, …"
                recips = self._named_next(d, idx, a, se, sents_ents, person_at)
                if recips:
                    counted.add((ss, se))
                    how = "continued"
            recips = [r for r in recips if self._fits(a, r) and not self._generic_unit(d, r)
                      and not acts_for_giver(d.words, r, scues)]  # "…, thay mặt Chính phủ, ông A trao …"
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
            clause = semicolon_clause_start(d.words, ss, a.start)
            # (a negation in an earlier ";" clause is not the award's: "X không để xảy ra sai sót; năm 2018
            # được tặng …")
            if how == "fronted":
                # "Sau khi nhận A, ông X không …": the subject's own clause is not the award's; only a negation in
                # the fronted clause before the award counts ("Sau khi không được tặng A")
                lo_, hi_ = max(ss, a.start - 4), a.start - 6
            lo_n, hi_n = max(ss, lo_, clause), min(se - 1, hi_ + 6)  # (only the negations are visited: a C-level scan)
            if any(_denies(d.words, i)
                   for i in compress(range(lo_n, hi_n), map(_NEGATION_WORD.__getitem__, d.words[lo_n:hi_n]))):
                continue  # "không có trong danh sách được xét tặng"
            if _negated_cue(d.words, scues, clause, a.start, NEGATION, sents_ents):
                continue  # "đề nghị không trao <award> cho X", "không đề nghị tặng <award>": none given or proposed
            if _wished(d.words, recips, a, scues, self._wish_verbs):
                continue  # "thầy trò HLV X quyết tâm giành HCV": a win hoped for, none yet
            if how == "after" and any(ss <= r < a.start for r in returned_at) and \
                    not any(c[2] == "give" and a.end <= c[0] < recips[0].start for c in scues) and \
                    not any(a.end <= h < recips[0].start for h in self._honour_at):
                # "nộp lại Bằng khen … cho Sở Nội vụ": handed back, not conferred (but "trả lại huân chương … tặng
                # cho ông X": the give verb names who had received it)
                continue
            if (ss, se) in absent_sents and how == "after":
                continue  # "… như: A, B, C… không có trong danh sách được xét tặng NSND"
            # "đề nghị (Thủ tướng xem xét) hủy / thu hồi …" proposes a revocation, not the award; a propose cue
            # before a revocation told as done is its preamble ("Sau khi Sở kiến nghị, UBND tỉnh thu hồi …")
            gives = idx.give_starts(ss, se)  # (None: no propose cue in the sentence, so none to reach)
            reach = se if gives is None else proposal_reach(d.words, ss, clause, scues, gives)
            proposed = any(r == "propose" and reach <= s < a.start and
                           not any(r2 == "revoke" and e <= s2 and
                                   (s2 < a.start or asks_revocation(" ".join(d.words[s:s2])))
                                   for s2, _, r2 in scues)
                           and not _preamble(d.words, s, e, a.start, scues)
                           for s, e, r in scues) or \
                any(r == "fail" and clause <= s < a.start for s, _, r in scues)  # "trượt NSND": proposed, not given
            # "đề nghị thu hồi …" asks for a revocation: the award stays in force (revocation.revocation_kind)
            revoked = any(r == "revoke" and not any(r2 == "propose" and e2 <= s <= e2 + 1 for _, e2, r2 in scues)
                          for s, _, r in scues) and \
                revocation_kind(" ".join(d.words[ss:se])) != "asked"  # "đề nghị thu hồi … và hủy bỏ …"
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
        exemplar_conferrals(d, idx, out)
        out = _respectively(out, sorted(s_ for _, s_, _ in by_key.get("=respectively", ())))
        _chairman_certificates(out, st["award"], st["unit"], d.words)
        _real_names(out, doc.user_data.get("sovang_text") or "", {p.text for p in st["person"]})
        st["conferrals"] = out
        ctx = doc.user_data.get("sovang_ctx")
        if ctx is not None and st["person"]:
            ctx["last_person"] = st["person"][-1].text
        return doc


class _SentenceIndex:
    """Cues, names and awards of a document bucketed by sentence once, so that linking an award looks
    only at its own sentence (linear in the document, not quadratic)."""

    def __init__(self, sents, n, cues, ents, awards):
        self.sents = sents or [(0, n)]
        self.starts = [s for s, _ in self.sents]
        self.n = n
        self.buckets = {}
        self._gives = {}
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

    def give_starts(self, ss: int, se: int) -> list[int] | None:
        """The sorted starts of the give cues of sentence [ss, se) (:func:`conferral_cues.give_starts`), worked out
        once per sentence; None when the sentence holds no propose cue (no proposal reach to measure)."""
        key = (ss, se)
        if key not in self._gives:
            cues = self.local(ss, se)[0]
            self._gives[key] = give_starts(cues) if "propose" in [c[2] for c in cues] else None
        return self._gives[key]


#: words after a negation that make it "not only" ("X không chỉ giành A mà còn …", "không những đạt A"): the award is
#: still won (negations.txt)
NOT_ONLY = frozenset(section("negations.txt", "# Not only"))
#: word -> whether its lower case is a negation / a word of NOT_ONLY (read once per distinct word)
_NEGATION_WORD = WordTest(lambda w: w.lower() in NEGATION)
_NOT_ONLY_WORD = WordTest(lambda w: w.lower() in NOT_ONLY)
#: the syllables before / after "không" that make it a word with no negation ("hàng không", "không quân"; negations.txt)
IN_WORD_BEFORE = frozenset(section("negations.txt", '# Words with "không" inside, no'))
IN_WORD_AFTER = frozenset(section("negations.txt", '# Words with "không" inside, after'))
_IN_WORD_BEFORE = WordTest(lambda w: w.lower() in IN_WORD_BEFORE)
_IN_WORD_AFTER = WordTest(lambda w: w.lower() in IN_WORD_AFTER)


def _denies(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` (``i + 1`` a word too) is a negation that denies what follows: not "không chỉ" /
    "không những" ("not only": the award is still won), and not "không" inside a word, "hàng không", "phòng
    không", "không quân", "không lâu" (negations.txt; a unit "Tổng công ty Hàng không …" is given its award)."""
    return _NEGATION_WORD[words[i]] and not _NOT_ONLY_WORD[words[i + 1]] and not _IN_WORD_AFTER[words[i + 1]] \
        and not (i and _IN_WORD_BEFORE[words[i - 1]])


def _outside_proposals(cues) -> list:
    """The cues ``(start, end, role)`` less every give cue that is the last word of a longer propose cue ("tặng"
    of "xét tặng", "phong tặng" of "xét phong tặng"; triggers.tsv): the review is named, nobody is given anything
    there ("3 trường hợp bị trượt trong đợt xét tặng vừa rồi là A, B và C": no verb ends the list of A, B, C)."""
    tails = {(s, e) for s, e, role in cues if role == "propose" and e - s >= 2}
    if not tails:
        return cues
    return [c for c in cues if not (c[2] == "give" and any(s < c[0] and c[1] == e for s, e in tails))]


ANAPHOR_WORDS = ("này", "đó", "ấy", "trên", "tương đương", "tương tự")
#: triggers.tsv roles that qualify a whole sentence instead of linking an award
SENTENCE_ROLES = {"absent", "return", "honour", "group"}


@Language.factory("sovang_conferrals")
def make_conferrals(nlp, name):
    """Factory of :class:`ConferralLinker`."""
    return ConferralLinker(nlp)

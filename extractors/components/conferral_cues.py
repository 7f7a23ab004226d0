"""Cue tests of the conferral linker: a one-word cue inside an ordinary compound, a give verb right before the award,
"X cũng trao tặng …" with no recipient of its own, wishes and decision preambles that are no conferral.
"""
from __future__ import annotations

import functools

from ..gazetteer import section, triggers, word_list
from ..lexicon import preamble_opener_before
from .base import LOWERED, is_cap
from .conferral_words import COUNT_WORDS, PART_OF, TIME_FRONT, semicolon_clause_start

ELIDED_SUBJECT = {"và", "cũng", "đã", "còn", "lại", "vừa", "từng", "đồng", "thời"}  # "và cũng được": no subject
ELIDED_ADVERBS = ELIDED_SUBJECT - {"và"}  # the same words but the glue
WIN_VERBS = {"giành", "đoạt", "đăng", "lên", "đạt", "trở"}  # first words of the active receive cues of a win, and of
# the become cue "trở thành" ("sẽ trở thành Quán quân …": a win foretold, bulk news)
#: words of wish or aim (``wishes.txt``): a win or copula award after one is aimed at or possible, not reported
WISHES = tuple(w.lower() for w in word_list("wishes.txt"))
WISH_BEFORE = 6  # words before the subject where a wish governing it may stand ("hy vọng đội U23 …")
#: marks ending a clause: a wish before one governs another verb ("Vượt chỉ tiêu đề ra; X đạt …"); a comma only
#: before a new clause (_clause_start): ``aim_clauses.txt``
CLAUSE_MARKS = frozenset(section("aim_clauses.txt", "# Clause marks"))
#: the marks ending a clause only before a new clause, words of a past act ("và đã đạt", ", vừa giành") and copulas
#: ("và là Tập thể …") that open one: ``aim_clauses.txt``
SOFT_MARKS = frozenset(section("aim_clauses.txt", "# Soft marks"))
PAST_MARKERS = frozenset(section("aim_clauses.txt", "# Past markers"))
COPULAS = frozenset(section("aim_clauses.txt", "# Copulas"))
#: wishes of an effort or a registration, whose coordinated verb ("và đạt", ", giành") reports the outcome:
#: ``aim_clauses.txt``
EFFORTS = frozenset(section("aim_clauses.txt", "# Efforts"))
UNREAL = {"sẽ", "chưa", "không", "muốn", "mong", "hy", "hi"}  # a win to come or denied, before the verb (one token each)


#: words of a count after a copula's share ("là một trong | 10 | gương mặt …"); "những" is none ("là một trong những
#: cầu thủ xuất sắc nhất": a description of a class, no award)
SHARE_COUNT = set(COUNT_WORDS)
SHARE_MAX = 1  # count words between "là một trong" and the award
PASSIVE_REACH = 3  # words before "là" where "được" makes it a passive naming ("được bầu chọn là")


def _copula_award(words, s, e, titles) -> bool:
    """The copula cue ``words[s:e]`` ("là", "là một trong", triggers.tsv ``copula``) names an award as what its
    subject is: an award of ``titles`` (start -> award: those that are no name's prefix) starts right after it, or,
    after a share ("là 1 trong"), after a count ("10", "mười"): "X là gương mặt trẻ tiêu biểu …", "X là 1 trong 10
    gương mặt trẻ tiêu biểu …". A superlative ("cầu thủ xuất sắc nhất") only after a passive "được" (within
    PASSIVE_REACH words: "được bầu chọn là …"): a bare "X là cầu thủ xuất sắc nhất" is an opinion, no prize."""
    award = titles.get(e)
    if award is None and e - s >= 2:
        j = e
        while j < len(words) and j - e < SHARE_MAX and (words[j].isdigit() or words[j].lower() in SHARE_COUNT):
            j += 1
        award = titles.get(j) if j > e else None
    if award is None:
        return False
    return "nhất" not in words[award.start:award.end] or \
        "được" in (w.lower() for w in words[max(0, s - PASSIVE_REACH):s])


#: words between a possession cue and its count ("có được 2 …", "có thêm 1 …")
POSSESS_GLUE = {"được", "thêm"}
#: words right before a possession cue that make it a breakdown of a count, no subject's ("nhiều giải thưởng, trong đó
#: có 2 giải Nhất", "gồm có 1 huy chương vàng …")
BREAKDOWN_BEFORE = PART_OF + (("gồm",), ("bao", "gồm"))


def _counted_award(words, s, e, award_starts) -> bool:
    """The possession cue ``words[s:e]`` ("có", triggers.tsv ``possess``) is followed by a numeral (digits or a number
    word of COUNT_WORDS, "được"/"thêm" before it) and an award starting right after it: "X có 5 Quả bóng vàng", "tôi
    có 2 Huy chương vàng, 4 Huy chương bạc": the awards counted are the subject's. A plural ("có nhiều giải"), an
    award without a count ("Hội đồng có Bằng khen …"), a breakdown of a count (BREAKDOWN_BEFORE: "…, trong đó có 2
    giải Nhất") or anything else is no cue."""
    j = e
    while j < len(words) and j - e < 2 and words[j].lower() in POSSESS_GLUE:
        j += 1
    if j >= len(words) or not ((words[j].isdigit() and len(words[j]) < 3) or words[j].lower() in COUNT_WORDS
                               or words[j].lower() == "một"):
        return False  # (read first: most cues have no count after them, and the breakdown's words are not read)
    if any(tuple(w.lower() for w in words[max(0, s - len(b)):s]) == b for b in BREAKDOWN_BEFORE):
        return False
    return j + 1 in award_starts


def _wished(words, recips, a, cues, verbs) -> bool:
    """Whether the award's own verb (the last receive or become cue before award ``a``) is a winning verb of
    ``verbs`` (WIN_VERBS: "giành", "đoạt", "trở thành" …, not "nhận" nor a passive "được …"; the conferral linker
    adds the first words of the copula cues: "X phấn đấu là Tập thể lao động xuất sắc") governed by a word of wish
    or aim (WISHES, ``wishes.txt``) standing between (or just before) the subject ``recips`` and that verb, in the
    verb's own clause (_clause_start):
    "X quyết tâm giành HCV", "hy vọng đội U23 … giành HCV", "mục tiêu … là giành 3 HCV", "Chỉ tiêu đề ra cho X là
    Cờ thi đua …". Sports news reports aims as often as wins; an aim is no award (eval GUIDELINES: the text says
    someone received it). When every wish there is an effort (EFFORTS: "đăng ký", "phấn đấu"), a "và" or comma
    coordinating the verb after it (_opens_verb) reports the effort's outcome: "X đăng ký thi đua và đạt …", "X phấn
    đấu vượt kế hoạch, giành …" are wins; "X phấn đấu … để đạt …", "X quyết tâm phấn đấu …, giành …" are aims."""
    lo = min(r.end for r in recips) if recips and all(r.end <= a.start for r in recips) else None
    verb = max((c[0] for c in cues if c[2] in ("receive", "become") and lo is not None and lo <= c[0] < a.start),
               default=None)
    if verb is None or words[verb].lower() not in verbs:
        return False  # (the award's own verb: "X giành HCV … sẽ nhận bằng khen" is a ceremony to come, given)
    first = min(r.start for r in recips)
    subject = (first, max(r.end for r in recips))
    start = _clause_start(words, max(0, first - WISH_BEFORE), verb, subject)
    found = _wishes_in(words, start, verb)
    if not found:
        return False
    if all(w in EFFORTS for _, w in found):
        # an effort's coordinated verb reports its outcome: a "và" or comma (not the subject's) opens the verb
        last = max(k for k, _ in found)
        return not any(_opens_verb(words, i, verb) for i in range(last + 1, verb)
                       if not subject[0] <= i < subject[1])
    return True


def _wishes_in(words, start, end) -> list:
    """The words of WISHES in ``words[start:end]`` as (index of the first token, wish), lower-cased match of
    whole tokens ("phấn đấu" at 3, "mục tiêu" at 7)."""
    low = [w.lower() for w in words[start:end]]
    out = []
    for wish in WISHES:
        toks = wish.split()
        out += [(start + k, wish) for k in range(len(low) - len(toks) + 1) if low[k:k + len(toks)] == toks]
    return out


def _opens_verb(words, i, verb) -> bool:
    """Token ``i`` is a "và" or a comma (SOFT_MARKS) standing right before the verb at ``verb``, only
    ELIDED_ADVERBS between ("và đạt", ", giành", "và cũng đạt"): it coordinates the verb as an act of its own, not
    a purpose ("để giành") nor a later step ("sau đó giành") of an aim."""
    if not (words[i].lower() == "và" or words[i] in SOFT_MARKS):
        return False
    k = i + 1
    while k < verb and words[k].lower() in ELIDED_ADVERBS:
        k += 1
    return k == verb


def _clause_start(words, lo, verb, subject) -> int:
    """The first token, not before ``lo``, of the clause of the verb at ``verb``: after the last CLAUSE_MARKS token,
    or the last comma (SOFT_MARKS; not one of the subject's own list, tokens [subject[0], subject[1])) that opens a
    new clause: one before the subject ("Vượt chỉ tiêu đề ra, X đạt …"), or one followed by a capitalised word or a
    word of a past act (PAST_MARKERS: "…, đã giành"); or the last "và" opening the verb's own clause as a past act
    or a copula ("và" then the verb with a word of PAST_MARKERS between, or a verb of COPULAS: "X đăng ký thi đua và
    đã đạt …", "X vượt chỉ tiêu và là …"). A wish before that point belongs to another clause; a comma or "và" before
    a purpose or a bare verb stays in the aim ("quyết tâm, nỗ lực để giành …", "mục tiêu vào chung kết, sau đó
    giành …", "mục tiêu bảo vệ thành công và giành thêm …")."""
    for i in range(verb - 1, lo - 1, -1):
        w = words[i]
        if w in CLAUSE_MARKS:
            return i + 1
        if w in SOFT_MARKS and not subject[0] <= i < subject[1] and \
                (i < subject[0] or is_cap(words[i + 1]) or words[i + 1].lower() in PAST_MARKERS):
            return i + 1
        if w.lower() == "và":
            k = i + 1
            while k < verb and words[k].lower() in ELIDED_ADVERBS:
                k += 1
            if k == verb and (words[verb].lower() in COPULAS or
                              any(t.lower() in PAST_MARKERS for t in words[i + 1:verb])):
                return i + 1
    return lo


#: the noun of a title that may stand between a receive cue and the title it names ("được phong tặng danh hiệu …")
TITLE_NOUN = ["danh", "hiệu"]


def _subjectless_receipt(words, ss, at, cues) -> bool:
    """The clause of the award at token ``at`` opens after a comma on a receive cue that starts with "được" (after
    adverbs of ELIDED_ADVERBS alone: "…, cũng được phong …"), with nothing but :data:`TITLE_NOUN` between the cue
    and the award: "X được tặng Bằng khen năm 2010, được phong tặng danh hiệu Nhà giáo Ưu tú".  Such a clause has
    no subject of its own; the award is the earlier clause's subject's (as after ";", conferral_recipients).
    ``cues`` are (start, end, role) triples of triggers.tsv; ``ss`` is where the sentence starts."""
    k = next((i for i in range(at - 1, ss - 1, -1) if words[i] in (",", ";")), None)
    if k is None or words[k] != ",":
        return False
    j = k + 1
    while j < at and LOWERED[words[j]] in ELIDED_ADVERBS:
        j += 1
    if j >= at or LOWERED[words[j]] != "được":
        return False
    e = max((c[1] for c in cues if c[0] == j and c[2] == "receive"), default=None)
    return e is not None and e <= at and list(map(LOWERED.__getitem__, words[e:at])) in ([], TITLE_NOUN)


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


@functools.lru_cache(maxsize=None)
def _propose_phrases() -> tuple[tuple[str, ...], ...]:
    """The ``propose`` cues of ``triggers.tsv`` ("đề nghị", "kiến nghị", "đề xuất" …), lower-cased word tuples."""
    return tuple(tuple(p.lower().split()) for p in triggers().get("propose", ()))


def _preamble_at(words, k) -> bool:
    """Token ``k`` is the "của" of a preamble: a propose cue right before it, opened by a word of
    PREAMBLE_OPENERS ("Xét đề nghị | của", "Theo kiến nghị | của", "Trên cơ sở đề xuất | của")."""
    if k >= len(words) or words[k].lower() != "của":
        return False
    low = [w.lower() for w in words[max(0, k - 6):k]]
    for cue in _propose_phrases():
        head = low[:len(low) - len(cue)]
        if tuple(low[len(low) - len(cue):]) == cue and preamble_opener_before(head, len(head)):
            return True
    return False


def _after_preamble(words, ss, i) -> bool:
    """A decision's preamble "Xét đề nghị của", "Theo kiến nghị của" (:func:`_preamble_at`) opens the clause that
    ends at ``i`` (from ``ss``, no ";" between): the names listed after it propose; only the last one, right
    before the verb, is the subject that gives."""
    return any(_preamble_at(words, k) and ";" not in words[k:i] for k in range(ss, i))


def _preamble(words, s, e, at, cues) -> bool:
    """The propose cue ``words[s:e]`` opens a decision's preamble ("Xét đề nghị của A, Thủ tướng tặng …", Nghị
    định 30/2020/NĐ-CP form of a decision: "Xét đề nghị của …" names who proposed it; "Theo kiến nghị của …":
    :func:`_preamble_at`) and a give verb follows it before the award at ``at``: the sentence reports the
    conferral, not a proposal."""
    return s > 0 and _preamble_at(words, e) and any(r == "give" and e < s2 < at for s2, _, r in cues)


def proposal_reach(words, ss, clause, cues, gives=None) -> int:
    """Where a propose cue must start to reach an award whose ";" clause starts at ``clause`` (sentence start
    ``ss``): the clause itself, or further back over each ";" clause that opens with a give verb and no subject of
    its own when the clause before lays the award before a named giver ("trình Chủ tịch nước tặng A cho X; tặng B
    cho Y": the second "tặng" is the same giver's, asked too; Luật 06/2022/QH15 Art. 79-84 "trình … tặng").  A bare
    "trình tặng A cho X; tặng B cho Y" names no giver asked and keeps the later clause apart.  ``cues`` are
    (start, end, role) spans of ``triggers.tsv``; ``gives`` the sorted starts of their give cues when the caller
    holds them already (:func:`give_starts`); the result is a token index, never below ``ss``."""
    if gives is None:
        gives = give_starts(cues)
    while clause > ss and clause in gives and words[clause - 1] == ";":
        back = semicolon_clause_start(words, ss, clause - 1)
        if not any(r == "propose" and back <= s and any(e < g <= min(e + 6, clause - 2) for g in gives)
                   for s, e, r in cues if s < clause):
            break
        clause = back
    return clause


#: words a clause needs between its comma and its give verb to be a clause of its own (a subject and a verb: ", dư
#: luận hỏi về việc | khen thưởng cho …"); fewer join the verb to the award before it (", đồng thời | tặng cho …")
LATER_CLAUSE_WORDS = 3


def later_clause_give(words, end: int, k: int, cues) -> bool:
    """Whether the "cho" at ``k``, after an award ending at ``end``, is the object marker of a give cue of a later
    clause, not the award's: a give cue of ``cues`` ((start, end, role) spans of ``triggers.tsv``) stands between
    them, after a comma with at least LATER_CLAUSE_WORDS words between that comma and the first give cue after it
    ("X được nhận A và B, dư luận hỏi về việc khen thưởng cho doanh nghiệp": B is X's; observed in news, session 38).
    The words are counted to the first give cue, so a cue inside a longer one ("tặng" of "trao tặng") is not counted
    apart. A give cue right after the comma ("tặng A, khen thưởng cho X", ", đồng thời trao tặng cho X") or none
    leaves the "cho" the award's."""
    gives = sorted(s for s, _, r in cues if r == "give" and end < s < k)
    seen = set()
    for s in gives:
        comma = next((i for i in range(s - 1, end - 1, -1) if words[i] == ","), None)
        if comma is None or comma in seen:
            continue
        seen.add(comma)
        if s - comma - 1 >= LATER_CLAUSE_WORDS:
            return True
    return False


def give_starts(cues) -> list[int]:
    """The sorted starts of the give cues among ``cues``, (start, end, role) spans of ``triggers.tsv``."""
    return sorted(s for s, _, r in cues if r == "give")


class ConferralCues:
    """Cue tests; mixed into :class:`~extractors.components.conferrals.ConferralLinker`."""

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

    def _in_compound(self, words, i, in_name=()) -> bool:
        """A one-word cue that is part of an ordinary compound with its neighbour (dictionary word); a neighbour
        that is a syllable of a person's name (``in_name``, token indices) makes none ("Phạm Thị Dung | nhận",
        "Nguyễn Thành Công | nhận": no "dung nhận", "công nhận")."""
        w = LOWERED[words[i]]
        prev = LOWERED[words[i - 1]] + " " + w if i > 0 and i - 1 not in in_name else ""
        nxt = w + " " + LOWERED[words[i + 1]] if i + 1 < len(words) and i + 1 not in in_name else ""
        return (prev in self.words and prev not in self.cue_phrases) or \
            (nxt in self.words and nxt not in self.cue_phrases)

    def _agent_gives(self, d, a, cues, awards=()) -> bool:
        """A give verb right before the award ("B tặng Q") or before the list of ``awards`` it closes ("B tặng P
        năm 2019 và Q": :meth:`~extractors.components.conferral_award_names.AwardNames._list_head`)."""
        head = self._list_head(d, a, awards) if awards else a.start
        return any(c[2] == "give" and (0 <= a.start - c[1] <= 1 or 0 <= head - c[1] <= 1) for c in cues)

    @staticmethod
    def _given_before(a, cues) -> bool:
        """A give / propose / revoke verb stands before award ``a`` in its sentence: "tặng Bằng khen … với
        ông X" (the recipient after "với")."""
        return any(r in ("give", "propose", "revoke") and e <= a.start for _, e, r in cues)


#: words of mood that may stand between a negation and the verb it denies ("không nên trao", "chưa được tặng",
#: "không thể đề nghị"; negations.txt: the modal verbs and "được" of Vietnamese grammar)
NEGATED_MODALS = frozenset(section("negations.txt", "# Modals after a negation"))


def _negated_cue(words, cues, clause: int, at: int, negations, names=()) -> bool:
    """The verb that gives or proposes the award at token ``at`` is denied: the run of cues (give, propose,
    receive: ``cues`` as (start, end, role)) ending right before the award in its clause (from ``clause``) has a
    word of ``negations`` ("không", "chưa") right before it, or before one modal of :data:`NEGATED_MODALS`:
    "đề nghị không trao <award> cho X", "không đề nghị tặng <award>", "chưa được trao <award>", "không nên tặng
    <award>": no award, neither given nor proposed.  "không chỉ được tặng" ("not only") is none: "chỉ" is no
    modal; nor is a "không" inside a name of ``names`` (spans with .start, .end: "Sư đoàn Phòng không 361 được
    tặng …")."""
    ends = {e: s for s, e, r in cues if r in ("give", "propose", "receive") and clause <= s < at}
    k = at
    while k in ends:  # back over the chain of cues ending where the next one (or the award) starts
        k = ends[k]
    if k == at:
        return False
    lo = max([clause, k - 3] + [x.end for x in names if x.start < k <= x.end + 3 and x.end <= k])
    before = [w.lower() for w in words[lo:k]]
    if before and before[-1] in negations:
        return True
    if len(before) >= 2 and before[-1] in NEGATED_MODALS and before[-2] in negations:
        return True
    return len(before) >= 3 and " ".join(before[-2:]) in NEGATED_MODALS and before[-3] in negations

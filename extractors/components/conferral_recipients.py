"""The recipients of one award in its sentence (:meth:`Recipients._recipients`): after "cho" or a list marker for a
give cue, the subject before a receive cue, an object pronoun, a family or a representative receiving for someone,
and the tests that drop presenters, speakers and kinds of bodies.
"""
from __future__ import annotations

from ..gazetteer import section, word_list
from .base import LOWERED, Ent, WordTest, is_cap, span_text, year_word
from .conferral_award_names import BEHALF_OPENERS
from .conferral_counts import PLURAL_QUANTIFIERS
from .conferral_cues import later_clause_give
from .conferral_subjects import anniversary_owner_span, last_defeat, local_unit_of, place_at
from .fronted_givers import opens_on_give, subject_after_comma
from .persons import CREDIT_LABELS
from .conferral_words import ADDRESS, ANAPHOR_HEADS, COUNT_WORDS, DAY_WORDS, FRONTING, KIND_ANAPHOR_HEADS, PART_OF, PLURALS, PRONOUNS, \
    QUOTES, _opening, adverbs_start, authored_work_before, category_noun

#: words before a pronoun that make it plural ("hai em", "các anh", "cả hai"): the numerals (not "năm", also "year"),
#: the plural markers and "cả"
PLURAL_MARKERS = (set(COUNT_WORDS) - {"năm"}) | PLURALS | {"cả"}
#: words right before an honorary title that make it a description of the people named with it: the plural markers
#: ("các NSND A, B") and the nouns of title_holder_nouns.txt ("một số tên tuổi NSƯT đáng chú ý như: A, B")
TITLE_HOLDER_WORDS = frozenset(PLURALS | set(word_list("title_holder_nouns.txt")))
#: personal pronouns of the press standing for a person as the object of "tặng" ("tặng thưởng ông Huân chương …")
OBJECT_PRONOUNS = {"ông", "bà", "anh", "chị", "cô", "thầy", "em", "cụ"}
#: what may follow an object pronoun that closes its clause ("… cho em.", "… cho ông vì …"; _closing_pronoun)
CLAUSE_ENDS = {".", ",", ";", "!", "?", ")", ":", "\n", "…"}
#: the words a photo or source credit opens on, before ":": the one-word labels of ``credit_labels.txt`` (persons.
#: CREDIT_LABELS), with either case of their first letter and in capitals ("Ảnh: …", "ẢNH: …", "Nguồn: …", and a credit
#: in brackets closing a caption, "(ảnh: Bộ GD-ĐT)", whose colon opened a list of recipients after the award: the
#: photographer's body was given the prize; :meth:`Recipients._credit`)
CREDIT_OPENERS = frozenset(v for label in CREDIT_LABELS if len(label) == 1 for v in (label[0], label[0].upper()))
#: the marks a credit in lower case is written right after ("(ảnh: Bộ GD-ĐT)", "– ảnh: T.L."; :meth:`Recipients._credit`)
CREDIT_BEFORE_LOWER = frozenset({"(", "[", "–", "-", "—"})
#: the words the forward walk of :meth:`Recipients._recipients` tests (a clause's end, "cho", a list's opening, a
#: credit, a stop): at any other word, and no cue, name or conferrer starting there, the walk only steps on. Kept with
#: the walk's tests: a test of a new word adds it here
WALK_WORDS = frozenset({")", ",", "cho", "gồm", "tặng", ":", "với", "như", "có", "là", ".", ";"}) | CREDIT_OPENERS
CLAUSE_LINKS = {"vì", "để", "nhân", "do", "tại", "sau", "khi"}
#: words joining a person to the subject, not making him a verb's object ("A cùng ông B trao …"; _verb_object)
CO_SUBJECT = {"cùng", "và", "với"}
#: nouns of merit opening the reason an award is given for after "cho", not its recipient ("… cho những nỗ lực …",
#: "… cho những đóng góp của Công ty X"): after_cho_openers.txt, lower case (matched by conferral_words._opening)
MERIT_REASONS = section("after_cho_openers.txt", "# Merit reasons")
#: tokens after "cho" within which a name opening is read as the recipient's, not past a prize's category: a name at
#: most eight tokens on, so after at most seven words of a category ("cho Nam diễn viên phụ xuất sắc nhất" holds
#: seven; a name right after them opens at the eighth)
CATEGORY_REACH = 8
#: indefinite pronouns after "cho" naming nobody ("tặng huy chương cho một ai đó nếu A thắng B"): after_cho_openers.txt
INDEFINITE_PERSONS = section("after_cho_openers.txt", "# Indefinite persons")
#: the words after "cho" compared with each list: as many as its longest phrase has
MERIT_REASON_WORDS = max(len(p.split()) for p in MERIT_REASONS)
INDEFINITE_PERSON_WORDS = max(len(p.split()) for p in INDEFINITE_PERSONS)
#: a generic head for the awards that follow it ("nhiều phần thưởng cao quý như / : A, B")
OBJECT_GENERIC = {"nhiều", "các", "những", "phần", "thưởng", "cao", "quý", "danh", "hiệu", "khác"}
#: kin written in apposition to the one who receives for the honoured ("bà A – mẹ B – nhận …")
KIN = {"mẹ", "bố", "cha", "vợ", "chồng", "con", "em", "anh", "chị"}
#: who receives an award on behalf of the one honoured ("cho gia đình anh", "cho thân nhân ông")
FAMILY = ("gia đình", "thân nhân", "người thân")
#: words opening a contrasted clause after a comma, with a subject of its own ("…, còn cô B nhận …"):
#: contrast_openers.txt
CONTRAST_OPENERS = frozenset(section("contrast_openers.txt", "# With a subject of their own"))
#: the same, opening a clause only when a capitalised subject follows ("…, nhưng Ronaldinho nhận …"; "X bị ốm, nhưng
#: vẫn được tặng …" is X's clause still): contrast_openers.txt
CONTRAST_NAMED = frozenset(section("contrast_openers.txt", "# Before a capital only"))
#: words opening a fronted adverbial clause whose names are not the subject after its comma ("Sau khi …", "Với …",
#: "Vượt qua X, Y giành giải …"; not "Được …", "Cũng …", "Trước …"): fronted_openers.txt, longest first
FRONTED_OPENERS = section("fronted_openers.txt", "# Adverbial clause openers")
FRONTED_SUBJECT_REACH = 5  # words from the comma to the subject's first capital ("…, nam diễn viên người Mỹ Joaquin …")
#: words closing a fronted clause before its subject ("Được phong A nhưng nghệ sĩ X …": a person only after "nhưng")
FRONTED_CLOSERS = {",", "nhưng"}
FRONTED_REACH = 3  # words from a comma opening a fronted clause to its receive verb (", sau khi nhận")
#: what is handed over together with an award ("trao bằng khen, phần thưởng …", "tặng bằng khen kèm tiền thưởng")
CO_GIVEN = (("phần", "thưởng"), ("tiền", "thưởng"), ("quà",), ("hoa",))
#: heads of a named force as a clause's subject ("lực lượng Quản lý thị trường", "lực lượng Cảnh sát biển";
#: Vietnamese usage: "lực lượng" + the force's proper name, see _force_subject)
FORCE_HEADS = ("lực lượng",)
#: verbs opening a clause after a recipient list ("… cho ông A. Cùng dự có …", "… chứng kiến", "… cho A lên Hội đồng …")
#: (lower case only: a capitalised "Dự" is a name's, "Ban Quản lý Dự án 47")
LIST_ENDS = {"dự", "chứng", "lên"}
#: nouns a list-ending verb's syllable is part of, so that it ends no list there ("cố vấn danh dự công ty X",
#: "dự án", "đảng viên dự bị"); the two-syllable nouns of the Vietnamese dictionary (Hoàng Phê, Từ điển tiếng
#: Việt) that hold "dự" or "chứng" and are written inside callings
LIST_END_NOUNS = {("danh", "dự"), ("dự", "án"), ("dự", "bị"), ("dự", "thảo"), ("dự", "toán"), ("chứng", "chỉ"),
                  ("bằng", "chứng"), ("chứng", "khoán")}
#: verbs of saying after a name: "…", ông X nói / cho biết / chia sẻ (compiled by sovang from press usage)
SPEECH_VERBS = ("nói", "cho biết", "chia sẻ", "kể", "nhớ lại", "khẳng định", "nhấn mạnh", "bày tỏ", "tâm sự",
                "cho hay", "thông tin", "phát biểu", "nhận định", "nhận xét", "bình luận", "viết", "tuyên bố",
                "lên tiếng")
_SPEECH_OPENINGS = tuple(v + " " for v in SPEECH_VERBS)  # (a speech verb and more words: one str.startswith)
NOT_RECEIVE = {"công", "ghi", "xác", "tiếp", "thừa", "nhìn", "chấp", "thu"}
CLASS_NAMES = {"nhất", "nhì", "ba", "hai", "1", "2", "3"}
MODIFIER = {"của", "là", "tại", "ở", "thuộc", "với", "theo", "trong", "từ", "về"}
PASSIVE = {"được", "vinh", "nhận", "đón", "đạt", "giành", "đoạt"}
#: word -> whether its lower case is "được" or "nhận" (the verbs ending a subject) / "việc" (a matter's clause):
#: read once per distinct word by _recipients' clause scans
_PASSIVE_VERB = WordTest(lambda w: w.lower() in ("được", "nhận"))
_MATTER = WordTest(lambda w: w.lower() == "việc")


#: openers of acting for a principal (conferral_award_names.BEHALF_OPENERS less "đại diện", whose body may be the
#: one receiving: "trao cho đại diện Công ty X"); a body after one of them and before a give verb is the principal the
#: presenter gives for ("Thay mặt Chính phủ, Phó Thủ tướng A trao tặng …", Luật 06/2022/QH15 Art. 80: the award is
#: handed over by one authorised to), never a recipient
PRINCIPAL_OPENERS = tuple(o for o in BEHALF_OPENERS if not o.startswith("đại diện"))
#: their last words: a name whose word before (or before "của") is none of them follows no opener (acts_for_giver)
_PRINCIPAL_LASTS = frozenset(o.split()[-1] for o in PRINCIPAL_OPENERS)


def acts_for_giver(words, r, cues) -> bool:
    """Whether the name ``r`` (span with ``start``) is written right after an opener of :data:`PRINCIPAL_OPENERS`
    (lower or upper case, "của" allowed between: "thừa ủy quyền của Chủ tịch nước") and a give cue of ``cues``
    ((start, end, role) of its sentence) follows it with no receive cue between: the body the presenter acts for
    ("…, thay mặt Chính phủ, Phó Thủ tướng A đã trao tặng …"); "Thay mặt tập thể, ông A nhận …" names a recipient."""
    s = r.start - (1 if r.start > 0 and words[r.start - 1].lower() == "của" else 0)
    if s == 0 or words[s - 1].lower() not in _PRINCIPAL_LASTS:
        return False
    before = " ".join(words[max(0, s - 3):s]).lower()
    if not any(before == o or before.endswith(" " + o) for o in PRINCIPAL_OPENERS):
        return False
    after = sorted((c[0], c[2]) for c in cues if c[0] >= r.end and c[2] in ("give", "receive"))
    return bool(after) and after[0][1] == "give"


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
    j = adverbs_start(d.words, lo, p)
    head = _opening(list(map(LOWERED.__getitem__, d.words[lo:j])), FORCE_HEADS)
    if head is None:
        return None
    i = lo + len(head.split())
    if not (i < j <= i + 8 and is_cap(d.words[i]) and all(x.isalpha() for x in d.words[i:j])):
        return None
    return Ent("unit", lo, j, span_text(d, lo, j), {"kind": "sector"})


def _fronted_clause(words, lo, p) -> bool:
    """Whether the receive verb at ``p`` stands in a fronted clause without a subject: the clause opens the
    sentence at ``lo`` with a fronting word ("Sau khi được tặng A, ông X …"), or opens after a comma with one right
    before the verb (within FRONTED_REACH words: "Ông B cho biết, từ năm 2001, sau khi nhận A, nghệ sĩ X …")."""
    if words[lo].lower() in FRONTING:
        return True
    c = next((i for i in range(p - 1, max(lo, p - FRONTED_REACH) - 1, -1) if words[i] == ","), None)
    if c is None:
        return False
    opener = words[c + 1].lower()
    return opener in FRONTING or (c + 2 <= p and (opener + " " + words[c + 2].lower()) in FRONTING)


def _past_fronted_clause(words, lo, a) -> int:
    """Where the clause of an award at ``a`` starts when a fronted clause opens it at ``lo``: past the first comma
    after a fronting word ("Sau khi đến câu lạc bộ X năm 2015, Y giành giải …", "Vượt qua Z, nam diễn viên Y giành
    …": FRONTED_OPENERS) when that comma stands before the award; else ``lo``. A name in the fronted clause is
    no subject of the award's verb (bulk news: the category prizes of 3 in 14 sports and film stories went to
    the name in the fronted clause)."""
    if _opening(list(map(LOWERED.__getitem__, words[lo:lo + 2])), FRONTED_OPENERS) is None:
        return lo
    c = next((i for i in range(lo + 1, a) if words[i] == ","), None)
    if c is None:
        return lo
    for i in range(c + 1, min(a, c + 1 + FRONTED_SUBJECT_REACH)):
        if is_cap(words[i]):
            return c + 1
        if words[i].lower() in PRONOUNS and not (i + 1 < a and is_cap(words[i + 1])):
            return lo  # "Sau khi ông A nghỉ hưu, ông được tặng …": a pronoun for the name in the fronted clause
    return lo  # no name of its own after the comma ("Trước đó, cô từng …")


def _dash_holder(d, a, ents):
    """"như: cầu thủ Nguyễn Quang Hải - HCV SEA Games 30; Hoàng Khánh Huyền - HCV …": a person's name, a dash
    and an award right after it (a list of people and what they won) name the award's holder; the person
    Ent, else None."""
    k = a.start - 1
    if k < 1 or d.words[k] not in ("-", "–"):
        return None
    return next((x for x in ents if x.kind == "person" and x.end == k), None)


#: words back from an award to the "(" of an aside it stands in ("A (… ba lần đoạt giải Oscar) …")
ASIDE_REACH = 20


def _award_clause_ends(words, k: int, in_aside: bool) -> bool:
    """Whether ``words[k]``, a ")" or a "," after an award, ends the award's clause, so that no recipient of it is
    read after: the ")" closing a parenthesised aside the award stands in (``in_aside``: :func:`_aside_open` of the
    award, computed once per award by the caller; "đạo diễn A (71 tuổi, ba lần đoạt giải Oscar) đã phỏng vấn … đối
    với Tổng thống B": B is no recipient), or a comma opening a contrasted clause of its own
    (:func:`contrast_clause_at`: "A giành giải P, nhưng nhiều người cho rằng … là B").  Rule of Vietnamese
    punctuation and grammar (Diệp Quang Ban, Ngữ pháp tiếng Việt: a parenthesised phrase is an insertion outside
    the sentence's structure; quan hệ từ tương phản)."""
    if words[k] == ",":
        return contrast_clause_at(words, k, len(words))
    return in_aside


def contrast_clause_at(words, i: int, limit: int) -> bool:
    """Whether the comma at ``words[i]`` opens a contrasted clause with a subject of its own: a word of
    ``CONTRAST_OPENERS`` after it ("…, còn cô B nhận …"), or one of ``CONTRAST_NAMED`` followed, before ``limit``,
    by a subject: a capitalised word ("…, nhưng Ronaldinho nhận …") or a plural quantifier opening a noun phrase
    (``PLURAL_QUANTIFIERS``: "…, nhưng nhiều chuyên gia cho rằng …"); not "…, nhưng vẫn được tặng …" nor "…, nhưng
    chỉ cho ông X": the same clause goes on. contrast_openers.txt, both sections as their headers say."""
    if i + 1 >= len(words) or words[i] != ",":
        return False
    nxt = LOWERED[words[i + 1]]
    return nxt in CONTRAST_OPENERS or (nxt in CONTRAST_NAMED and i + 2 < limit and (
        is_cap(words[i + 2]) or LOWERED[words[i + 2]] in PLURAL_QUANTIFIERS))


#: the heads of an award that open the next item of a list of awards after a comma ("huy chương dành cho …, giải
#: thưởng cống hiến cho …"): conferral_words.KIND_ANAPHOR_HEADS and ANAPHOR_HEADS, lower case, as tuples of their
#: first two words ("kỷ niệm" of "kỷ niệm chương")
AWARD_ITEM_HEADS = frozenset(tuple(h.split()[:2]) for h in KIND_ANAPHOR_HEADS + ANAPHOR_HEADS)


def _next_award_item(words, start: int, stop: int) -> int:
    """Where a list of recipients opened at ``start`` (before ``stop``) ends at the next award of a list of awards: the
    comma before one of AWARD_ITEM_HEADS ("được khen thưởng như huy chương dành cho cá nhân xuất sắc của Bộ A, giải
    thưởng cống hiến cho Hội đồng B": B is the second award's, not the medal's); ``stop`` when none."""
    for i in range(start, stop - 2):
        if words[i] == ",":
            nxt = (LOWERED[words[i + 1]], LOWERED[words[i + 2]])
            if nxt in AWARD_ITEM_HEADS:
                return i
    return stop


def _aside_open(words, lo: int, award_start: int) -> int | None:
    """The index of the "(" opening a parenthesised aside that an award starting at ``award_start`` stands in (none
    closed between them; up to ASIDE_REACH words back, not before ``lo``), else None."""
    first = max(lo, award_start - ASIDE_REACH)
    span = words[first:award_start]
    if "(" not in span:  # (a C-level scan: most awards stand in no aside)
        return None
    at = len(span) - 1 - span[::-1].index("(")  # the last "(" before the award
    return None if ")" in span[at + 1:] else first + at


def _noun_compound(words, i) -> bool:
    """``words[i]`` makes a noun of ``LIST_END_NOUNS`` with the word before or after it."""
    w = words[i]
    return (i > 0 and (words[i - 1].lower(), w) in LIST_END_NOUNS) or \
        (i + 1 < len(words) and (w, words[i + 1].lower()) in LIST_END_NOUNS)


#: the openings of a clause naming a part of what the clause before counted ("… được trao tặng gần 20 huân chương;
#: trong đó có hai giải thưởng Hồ Chí Minh"): its awards are the earlier clause's subject's
PART_OPENERS = tuple(p + ("có",) for p in PART_OF)


def _counted_part(words, i: int, end: int) -> bool:
    """Tokens ``i``.. (before ``end``) open with a PART_OPENERS phrase: the clause goes on from the one before the
    ";" at ``i - 1`` (its subject and verb are this clause's too)."""
    return any(tuple(w.lower() for w in words[i:i + len(p)]) == p and i + len(p) <= end for p in PART_OPENERS)



def _gloss(words, x, ents) -> bool:
    """Whether name ``x`` is written in brackets right after another name of ``ents`` ("Cục Quản lý chất lượng (Bộ
    GD-ĐT)", "Công ty X (Tập đoàn Y)"): a gloss of that name, its parent body or another form of it, never a subject
    of its own; the name before it is the one read or passed over as the subject (a gloss after a source, "Theo
    thông tin từ Cục X (Bộ Y), em A … giành …", left Y the recipient of A's medal; held-out 12)."""
    s = x.start
    return s >= 2 and words[s - 1] == "(" and x.end < len(words) and words[x.end] == ")" and \
        any(y.end == s - 1 for y in ents)

class Recipients:
    """Recipients of an award; mixed into :class:`~extractors.components.conferrals.ConferralLinker`."""

    def _conferrer_after(self, d, a, k):
        """"trao huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn cho em A", "tặng Kỷ niệm chương … của Bộ Y tế
        cho bác sĩ B": "của" right after award ``a`` (or its closing quote) at ``k``, then a conferrer phrase (a
        unit or a position title, see ``_agent_ends``) ending right before "cho": the award's conferrer, which
        names no recipient. The index of "cho" (where the walk to the recipients goes on), else None."""
        at = a.end + (1 if a.end < len(d.words) and d.words[a.end] in QUOTES else 0)
        if k != at or k + 2 >= len(d.words) or d.words[k] != "của":
            return None
        x = self._conf_starts.get(k + 1)
        if x is None or x.end >= len(d.words) or d.words[x.end] != "cho":
            return None
        return x.end

    @staticmethod
    def _person_award(a) -> bool:
        """Award ``a`` may go to a person (awards.tsv ``recipient`` is not ``collective``)."""
        entry = a.info.get("entry")
        return entry is None or entry.recipient != "collective"

    @staticmethod
    def _descriptor(d, a, person_at) -> bool:
        """An honorary title written before a name ("NSƯT Công Lý", "các NSND Trung Anh, …"), as a plural
        class of people ("gồm các nghệ sĩ ưu tú (NSƯT): …") or after a noun of its holders (TITLE_HOLDER_WORDS:
        "một số tên tuổi NSƯT như: A, B"), or any award's abbreviation in parentheses right after its full name
        ("danh hiệu Nghệ sĩ Nhân dân (NSND)", "… ưu tú (NSƯT)"): the same mention again, no award of its own."""
        if a.start > 1 and d.words[a.start - 1] == "(" and a.end < len(d.words) and d.words[a.end] == ")" and \
                a.info.get("after_award"):
            return True
        entry = a.info.get("entry")
        # the one word and the two words right before the title: the phrases of TITLE_HOLDER_WORDS have one or two
        before = {LOWERED[d.words[a.start - 1]] if a.start > 0 else "",
                  " ".join(d.words[a.start - 2:a.start]).lower() if a.start > 1 else ""}
        return entry is not None and entry.kind == "honorary" and (a.end in person_at or
                                                                    bool(before & TITLE_HOLDER_WORDS))

    def _recipients(self, d, a, ss, se, ents, cues, awards, person_at):
        # 1. "… A cho X, Y" / "A gồm: X, Y" / "A như X, Y" (no other name may stand between A and "cho")
        k = self._past_holder(a, ents)
        give_starts = {c[0] for c in cues if c[2] == "give"}
        ent_starts = {x.start for x in ents}
        # the words of the next 30 covered by an award (one pass over the awards, not one a word), needed only
        # when a give verb stands two or more words after the award
        covered = {j for b in awards if b.end > a.end and b.start < a.end + 30
                   for j in range(max(b.start, a.end), min(b.end, a.end + 30))} \
            if any(a.end + 2 <= g < a.end + 30 for g in give_starts) else set()
        # the one token where the award's conferrer may open ("của" right after it or its closing quote): asked only
        # there (_conferrer_after answers None everywhere else); a credit opens only on its word (_credit)
        conf_at = a.end + (1 if a.end < len(d.words) and d.words[a.end] in QUOTES else 0)
        in_aside = _aside_open(d.words, ss, a.start) is not None
        honour_at = self._honour_at
        while k < se and k - a.end < 30:
            w = d.words[k]
            if w not in WALK_WORDS and k not in ent_starts and k not in give_starts and k not in honour_at and \
                    k != conf_at:
                k += 1  # a word no test of the walk reads: the next (most words of the walk)
                continue
            if (w == ")" or w == ",") and _award_clause_ends(d.words, k, in_aside):
                break  # "(…, đoạt giải Oscar) đã … đối với X", "… giành P, nhưng … là X": the award's clause ended
            give_here = [c for c in cues if c[0] == k and c[2] == "give"] if k in give_starts and (
                k - a.end < 2 or all(t.isdigit() or t.lower() in ("năm", "đã", "và", ",") or a.end <= j_ < k and
                                     j_ in covered
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
            if w == "cho" and _opening(list(map(LOWERED.__getitem__, d.words[k + 1:k + 1 + MERIT_REASON_WORDS])),
                                       MERIT_REASONS):
                break  # "… huy chương vàng cho những nỗ lực …": the reason it is given for, no recipient after it
            if w == "cho" and _opening(list(map(LOWERED.__getitem__, d.words[k + 1:k + 1 + INDEFINITE_PERSON_WORDS])),
                                      INDEFINITE_PERSONS):
                return [], "count"  # "… cho một ai đó nếu A thắng B": given to no one named
            if w == "cho" and k == a.end and category_noun(d, k + 1) is not None and \
                    _passive_cue_before(d.words, a.start, cues) and not any(k < x.start <= k + CATEGORY_REACH
                                                                             for x in ents):
                break  # "A được đề cử giải Oscar cho Nam diễn viên phụ xuất sắc nhất": the category the prize is
                # for; A, the passive subject, is the recipient
            if w == "cho" and later_clause_give(d.words, a.end, k, cues):
                break  # "… được nhận A và B, dư luận hỏi về việc khen thưởng cho …": the later clause's "cho"
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
                # the first give or receive cue, list end or credit after the list's start (stop when none; the
                # words are scanned only up to the first cue, and the scan stops at the first found)
                v = min([c[0] for c in cues if start < c[0] < stop and c[2] in ("give", "receive")], default=stop)
                v = next((i for i in range(start, v) if (d.words[i] in LIST_ENDS and not _noun_compound(d.words, i))
                          or (d.words[i] in CREDIT_OPENERS and self._credit(d, i))), v)
                if v < stop:
                    # the list ends before the clause of the next verb ("…; đồng chí X trao tặng …")
                    seps = [i for i in range(start, v) if d.words[i] == ";"] or \
                        [i for i in range(start, v) if d.words[i] in (",", "…", "...")]  # "A, B, C… và 20 người được"
                    stop = seps[-1] if seps else v
                fronted = w == "cho" and opens_on_give(d.words, ss, a.start, cues, ent_starts)
                speaker = next((x.start for x in ents if start <= x.start < stop and (
                    self._speaker(d, x, se) or fronted and subject_after_comma(d.words, x, self._in_title, se))), None)
                if speaker is not None:
                    stop = speaker  # "… cho ông A Thủ tướng B nhấn mạnh …": the list ends before the speaker; "Trao …
                    # cho A, Bộ trưởng B ghi nhận …": before the fronted clause's giver (fronted_givers)
                stop = next((i for i in range(start, stop) if d.words[i] == "do" or
                             (d.words[i] == "về" and i + 1 < stop and d.words[i + 1] == "việc")), stop)
                # "giải X cho 10 tài năng trẻ … do Trung ương Đoàn và Bộ Y trao tặng": "do" opens the giver (or a
                # reason), no recipient after it; so does "về việc" ("… cho Trung tâm cứu hộ về việc đã điều tàu SAR
                # 3412 …": the ship is what the centre sent, no recipient)
                stop = _next_award_item(d.words, start, stop)  # "… cho A, giải thưởng X cho B": B is X's
                members = [x for x in ents if start <= x.start < stop]
                org = self._chapter_org(a)
                if org:
                    members = sorted(members + self._place_units(d, start, stop, members, org),
                                     key=lambda x: x.start)
                members = sorted(members + self._headed_items(d, start, stop, members), key=lambda x: x.start)
                members = sorted(members + self._collective_items(d, start, stop, members), key=lambda x: x.start)
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
                    # "cho A và Thu Vân", "như A và Thu Vân", "là A và Thu Vân": the last name the finder missed
                    got = got + self._unfound_last(d, got[-1].end, stop, ents, awards)
                if got:
                    return got, "after"
                if w == "cho":
                    sector = self._sector(d, start, stop) or self._crew(d, start, stop) or self._force(d, start, stop)
                    if sector is not None:
                        return [sector], "after"
                    short = self._short_form(d, start, stop)
                    if short is not None:
                        return [short], "short"
                    family = self._family_of_pronoun(d, start, ss, se) or self._family_short(d, start, stop)
                    if family:
                        return [family], "family"
                    closing = self._closing_pronoun(d, start, ss, se)
                    if closing is not None:
                        return [closing], "pronoun"
                    first_ = d.words[start].lower() if start < se else ""  # "… tặng bằng khen cho" at the end
                    if first_ not in KIN and first_ not in PRONOUNS and \
                            any(c[2] == "receive" and ss <= c[0] and c[1] <= a.start <= c[1] + 2 for c in cues):
                        break  # "X được trao tặng bằng khen … cho đảng viên hoàn thành …": X, before the verb
                    return [], "count"  # "cho 25 cá nhân": a count without names
            conferrer = self._conferrer_after(d, a, k) if k == conf_at else None
            if conferrer is not None:
                k = conferrer  # "trao huy hiệu … của Trung ương Đoàn cho em A": the award's conferrer, no recipient
                continue
            if w in (".", ";") or k in ent_starts or (w in CREDIT_OPENERS and self._credit(d, k)):
                break
            k += 1
        failed = self._failed_object(d, a, cues, ents, awards)
        if failed is not None:
            return [failed], "failed"
        # 2. passive / receiving: the recipient list precedes "được" / "nhận" in the same clause
        lo = ss
        for i in range(a.start - 1, ss - 1, -1):
            if d.words[i] in (";",) and not _counted_part(d.words, i + 1, a.start):
                lo = i + 1
                break
            if d.words[i] == "," and contrast_clause_at(d.words, i, a.start):
                lo = i + 2  # "A được tặng P, còn cô B nhận Q": Q's clause starts after "còn"
                break
        lo = _past_fronted_clause(d.words, lo, a.start)
        aside = _aside_open(d.words, lo, a.start)
        if aside is not None:
            # "B sẽ phát phim. Đạo diễn A (71 tuổi, ba lần đoạt giải Oscar) …": the aside's subject is the name it
            # is written after, none before
            lo = next((x.start for x in ents if x.end == aside), aside + 1)
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
        in_name = d.st["in_name"]
        for i in range(a.start - 1, max(lo, a.start - window) - 1, -1):
            if i in in_name:
                continue  # "Lê Quang Vinh | giành …", "Nguyễn Tiến Đạt | giành …": a name's syllable, no "vinh dự"/"đạt"
            w = LOWERED[d.words[i]]
            if w == "nhận" and i > 0 and LOWERED[d.words[i - 1]] in NOT_RECEIVE and i - 1 not in in_name:
                continue  # "công nhận", "ghi nhận", "xác nhận" (not "Nguyễn Thành Công | nhận": a name's syllable)
            if w == "vinh" and (i + 1 >= len(d.words) or LOWERED[d.words[i + 1]] != "dự"):
                continue  # "vinh dự nhận" (honoured to receive); "tôn vinh", "vinh danh" name the honourer before
                # them ("Tạp chí X tôn vinh và trao giải …", chk45), "được vinh danh" its "được"
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
            owner = self._anniversary_owner(d, ents, lo, p)
            if owner is not None:
                return [owner], "anniversary"
            if p > 0 and d.words[p - 1].lower() == "lễ":
                # "Lễ đón nhận danh hiệu A [unit]": the recipient follows the award, if anywhere
                nxt = [x for x in ents if a.end <= x.start <= a.end + 1]
                return (nxt[:1], "ceremony") if nxt else ([], "ceremony")
            # verbs after a name make it the subject of another clause; when this clause has no subject
            # of its own ("X được phong A; được tặng B"), only verbs of this clause count
            passive_at = {i for i in range(clause_lo, p) if _PASSIVE_VERB[d.words[i]]} | \
                {c[0] for c in cues if clause_lo <= c[0] < p and c[1] <= p and c[2] in ("give", "receive")}
            # a name ends before the last of these verbs (all before p), or before the last "việc" ("X chia sẻ về
            # việc Y được tặng …": the clause after "việc" has a subject of its own): not this verb's subject
            last_verb = max(passive_at, default=-1)
            last_matter = next((q for q in range(p - 1, lo - 1, -1) if _MATTER[d.words[q]]), -1)
            beaten = last_defeat(d, lo, p)  # "A vượt qua B để giành …": B, after the verb, is a rival beaten
            before = [x for x in ents if lo <= x.start and x.end <= p and x.end > last_verb and x.end > last_matter
                      and x.start < beaten
                      and id(x) not in agents
                      and not self._modified(d, x, lo)
                      and not _gloss(d.words, x, ents)  # "Cục X (Bộ Y)": Y glosses X, no subject of its own
                      and not self._count_between(d, x.end, p)
                      and not self._speaker(d, x, p)  # "Ông X cho biết, … nhận huân chương": X reports it
                      and not (x.kind == "unit" and x.end in person_at)]  # "GS ĐH Keio Lâm Văn Đức được …":
            # a body written right before a person's name is the person's employer, not a recipient
            new = self._new_holder(d, lo, p, ents)
            if new is not None:
                return [new], "pronoun"
            if before:
                behalf = self._on_behalf_of(d, before[0], ents, p)
                if behalf is not None:
                    return [behalf], "behalf"
                got = self._coordinated(d, ents, before[0], p)
                if got[-1].kind == "person":
                    # "A và Thu Vân được tặng …": the last name of the subject list, which the finder missed
                    got = got + self._unfound_last(d, got[-1].end, p, ents, awards)
                return got + self._companions(d, a, ents, se, got[0].kind), "before"
            # "Sau khi được tặng A, ông X …": the subject follows the fronted clause
            k = a.end
            while k < se and k - a.end < 6 and d.words[k] not in FRONTED_CLOSERS:
                k += 1
            if k < se and d.words[k] in FRONTED_CLOSERS and _fronted_clause(d.words, lo, p) and \
                    d.words[k - 1] not in QUOTES:
                nxt = [x for x in ents if k < x.start <= k + 3 and (d.words[k] == "," or x.kind == "person")]
                if not nxt:  # "…, sau khi nhận A, nghệ sĩ Đức Thế …": a short form of a name written in full
                    j = next((i for i in range(k + 1, min(se, k + 4)) if is_cap(d.words[i])), se)
                    nxt = [x for x in [self._short_form(d, j, min(se, j + 2))] if x is not None and x.start == j]
                if nxt and not any(c[2] == "give" and nxt[0].end <= c[0] <= nxt[0].end + 2 for c in cues) \
                        and not self._speaker(d, nxt[0], se):
                    return [nxt[0]], "fronted"
            short = self._short_subject(d, lo, p)
            if short is not None:
                return [short], "short"
            places = self._place_subjects(d, lo, p)
            if places:
                return places, "province"
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
                if prev is not None and any(x.kind == "person" and x.text == prev.text and lo <= x.start < a.start
                                            for x in ents):
                    prev = self._earlier_person(d, prev, pron or "")  # "Ông A … với ông Putin. … ông còn được Tổng
                    # thống Putin trao tặng …": a person named in the pronoun's own clause (the giver) is not the
                    # pronoun; it stands for the one named before (newcomer, session 45)
                name = prev.text if prev else None if self._person_before(d, lo) else ctx.get("last_person")
                # (no one when every person named before is of the other sex than the pronoun)
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
                          or d.words[k].lower() in ("danh", "hiệu") or year_word(d.words[k])):
            k = award_at.get(k, k + 1)  # "… hạng nhì và danh hiệu AHLĐ của PVC", "… Hoa hậu X 2017 của Y"
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
    def _anniversary_owner(d, ents, lo, p):
        """"Cục X tổ chức Lễ kỷ niệm 60 năm Ngày truyền thống của lực lượng Y (…) và đón nhận …", "… kỷ niệm 110
        năm ngày thành lập tỉnh Y và đón nhận …": the one whose anniversary it is receives the award, not the
        organiser: a unit named there in full, a place with its level or a named force; else None (a bare
        "ngày thành lập Tập đoàn" leaves the organiser). A force owner whose local unit organises ("Công an tỉnh X
        tổ chức … Ngày truyền thống lực lượng Công an nhân dân và đón nhận …", "Bộ Chỉ huy BĐBP tỉnh X … của Bộ đội
        Biên phòng", :func:`local_unit_of`) also leaves the organiser; an owner with its own place level is a unit
        named in full and keeps the award ("Công an huyện X tổ chức … thành lập Công an xã Y")."""
        span = anniversary_owner_span(d.words, lo, p)
        if span is None:
            return None
        s, e = span
        owner = next((x for x in ents if x.kind == "unit" and x.start == s and x.end == e), None)
        if owner is None:
            owner = place_at(d.words, s, e)
            if owner is not None:
                return owner  # "ngày thành lập tỉnh Y": the place's own day
            owner = _force_subject(d, s, e)
        if owner is not None and any(x.kind == "unit" and lo <= x.start and x.end <= s and
                                     local_unit_of(x.text, owner.text) for x in ents):
            return None  # a local unit of the force receives its own award on the force's day
        return owner

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

    def _honoured_kin(self, d, start, se, ents):
        """"trao Huân chương cho thân nhân liệt sĩ là bà A, mẹ của đại úy B": the award handed to the
        family goes to the one honoured, the person named after "của" in the family phrase; else None."""
        words = list(map(LOWERED.__getitem__, d.words[start:min(se, start + 3)]))
        if not any(" ".join(words[:len(f.split())]) == f for f in FAMILY):
            return None
        for k in range(start, min(se, start + 16)):
            if d.words[k] in (";", ".") or (d.words[k] in CREDIT_OPENERS and self._credit(d, k)):
                break
            if d.words[k] == "của":
                kin = next((x for x in ents if x.kind == "person" and k < x.start <= k + 4), None)
                if kin is not None:
                    return kin
        return None

    def _family_of_pronoun(self, d, start, ss, se):
        """"truy tặng Huy hiệu … cho gia đình anh", "… cho thân nhân của ông": an award handed to the family
        (FAMILY, "của" may follow) of a person named only by a pronoun goes to the person that pronoun stands for
        (:meth:`_pronoun_person`: never the giver of the sentence), else None."""
        words = [w.lower() for w in d.words[start:min(se, start + 5)]]
        for fam in FAMILY:
            n = len(fam.split())
            if " ".join(words[:n]) != fam:
                continue
            if len(words) > n + 1 and words[n] == "của":
                n += 1
            if len(words) > n and words[n] in PRONOUNS and \
                    (len(words) == n + 1 or not is_cap(d.words[start + n + 1])):
                ref = self._pronoun_person(d, start + n, ss, words[n])
                return Ent("person", start, start + n + 1, ref.text, {"kind": "pronoun"}) if ref else None
        return None

    def _family_short(self, d, start, stop):
        """"trao bằng khen cho gia đình Đông", "… cho người thân của Hải": an award handed to the family (FAMILY,
        "của" may follow) of a person written short goes to that person, the one full name of the document the
        short form ends (:meth:`_short_form`, an address word may stand first); else None."""
        low = [w.lower() for w in d.words[start:min(stop, start + 2)]]
        if low not in [f.split() for f in FAMILY]:
            return None
        k = start + 2
        if k < stop and d.words[k].lower() == "của":
            k += 1
        return self._short_form(d, k, stop)

    def _closing_pronoun(self, d, start, ss, se):
        """"… quyết định trao tặng bằng khen cho em.", "… và truy tặng danh hiệu Anh hùng cho ông.": an object
        pronoun (OBJECT_PRONOUNS, "ấy" may follow) closing the clause after "cho" at ``start`` stands for the last
        person named before it (:meth:`_pronoun_referent`); none when that person is named in the same sentence with
        no other person before them (the giver: "Ông A trao bằng khen cho em"; the speaker: "Ông A cho biết … tặng
        huân chương cho ông") or is no verb's object there (:meth:`_verb_object`: "A cùng ông B trao … cho em", "Ông
        A cho biết, Chủ tịch nước B đã ký … cho ông"); one of the sentences before when that person's honorific is
        not the pronoun ("mời ông B … trao giấy khen cho em"); never a person of another honorific; else None."""
        if start >= se or d.words[start].lower() not in OBJECT_PRONOUNS:
            return None
        k = start + 1
        if k < se and d.words[k].lower() == "ấy":
            k += 1
        if k < se and d.words[k] not in CLAUSE_ENDS and d.words[k].lower() not in CLAUSE_LINKS:
            return None  # "cho em học sinh …", "cho anh Trung": a noun or a name goes on
        ref = self._pronoun_person(d, start, ss, d.words[start].lower())
        return Ent("person", start, k, ref.text, {"kind": "pronoun"}) if ref is not None else None

    def _pronoun_person(self, d, at, ss, pron):
        """The person an object pronoun ``pron`` at token ``at`` of the sentence starting at ``ss`` stands for (the
        last person named before, :meth:`_pronoun_referent`), or None when that person is the giver or the speaker:
        named in the same sentence with no other person before them and not as the one whose merits are honoured
        (:meth:`_merits_of`; "Ông A trao bằng khen cho em"), or no verb's object there (:meth:`_verb_object`: a
        co-presenter or the signer); one of the sentences before when that person's honorific is not the pronoun
        ("mời ông B … trao giấy khen cho em"); never a person of another honorific (:meth:`_other_honorific`)."""
        prev = self._person_before(d, at)
        if prev is None or (prev.start >= ss and not self._merits_of(d, prev, ss) and
                            not any(ss <= p.start and p.end <= prev.start and p.text != prev.text
                                    for p in self._persons)):
            return None  # the one person of the sentence is its giver or the one who speaks
        ref = self._pronoun_referent(d, at, pron)
        if ref is not None and ref.start >= ss:
            if not self._verb_object(d, ref, ss):
                return None  # a co-presenter or the signer; the pronoun may be the speaker himself ("Ông A cho
                # biết, Chủ tịch nước B đã ký quyết định tặng … cho ông"): no one
            if self._other_honorific(d, ref, pron):
                ref = self._pronoun_referent(d, ss, pron)  # "mời ông B … trao giấy khen cho em": one named before
        if ref is None or self._other_honorific(d, ref, pron):
            return None
        return ref

    @staticmethod
    def _merits_of(d, p, ss) -> bool:
        """Person ``p`` of the sentence starting at ``ss`` is the one whose merits are honoured, written after "của"
        (address words may stand between: "ghi nhận đóng góp của đồng chí X", "hành động cứu người của X"), so not
        the sentence's giver."""
        j = p.start
        while j > ss and d.words[j - 1].lower() in ADDRESS:
            j -= 1
        return j > ss and d.words[j - 1].lower() == "của"

    def _verb_object(self, d, p, ss) -> bool:
        """Person ``p`` of sentence ``ss`` is a verb's object ("… viếng cố đại sứ A …", "mời ông A"): the word before
        its honorific and title is a lower-case word, not one of CO_SUBJECT ("cùng ông A"), a comma ("…cho biết,
        Thủ tướng A ký …") or the sentence's start."""
        k = p.start - 1
        while k >= ss and (k in self._in_title or d.words[k].lower() in OBJECT_PRONOUNS or
                           d.words[k].lower() in self._honorific_words):
            k -= 1
        return k >= ss and d.words[k][:1].islower() and d.words[k].isalpha() and d.words[k] not in CO_SUBJECT

    @staticmethod
    def _other_honorific(d, p, pron) -> bool:
        """Person ``p`` is written after an honorific of OBJECT_PRONOUNS other than ``pron`` ("ông A" for "em")."""
        w = d.words[p.start - 1].lower() if p.start > 0 else ""
        return w in OBJECT_PRONOUNS and w != pron

    def _modified(self, d, x, lo) -> bool:
        """Name ``x`` qualifies another noun ("Giám đốc của X", "cán bộ tại X"): a modifier word stands
        in the three tokens before it; "là ông X" ("hai người còn lại là ông X và bà Y") names the subject."""
        for j in range(max(lo, x.start - 3), x.start):
            w = d.words[j].lower()
            if w == "trong" and j + 1 < x.start and d.words[j + 1].lower() in ("đó", "số"):
                continue  # "Trong đó, X và Y được tặng …": a fronted continuation, not "cán bộ trong X"
            if "," in d.words[j + 1:x.start]:
                continue  # "Trong năm, Công ty X được tặng …": the word opens a fronted phrase closed by the comma
            if w == "của" and x.kind == "person" and authored_work_before(d.words, lo, j):
                continue  # "Đề tài của A và B được trao giải …": the authors of the work, its recipients
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
        """Token ``k`` opens a photo credit ("– Ảnh: Bộ Ngoại giao Nhật Bản", "(ảnh: Bộ GD-ĐT)"), which no list runs
        into.  A label in lower case opens one only right after an opening bracket or a dash (CREDIT_BEFORE_LOWER):
        in running text it is the noun of a work before its quoted title ("trao giải Nhất cho bài: “X” của tác giả
        A", "tác phẩm ảnh: “X”": A is the recipient)."""
        w = d.words[k]
        return w in CREDIT_OPENERS and k + 1 < len(d.words) and d.words[k + 1] == ":" and \
            (not w[0].islower() or (k > 0 and d.words[k - 1] in CREDIT_BEFORE_LOWER))

    @staticmethod
    def _speaker(d, x, se) -> bool:
        """``x`` is followed by a speech verb ("…, ông Đông nói thêm", "…, bà Lan cho biết"): the one who
        reports the award, not its recipient."""
        after = " ".join(d.words[x.end:min(se, x.end + 3)]).lower()
        return after in SPEECH_VERBS or after.startswith(_SPEECH_OPENINGS)

    def _agents(self, d, ents, lo, p):
        """Names right after "được" ("được Chính phủ, Bộ X và UBND Y tặng"): presenters, not recipients."""
        out = set()
        for i in range(lo, p + 1):
            if LOWERED[d.words[i]] != "được":
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
        if at >= 2 and list(map(LOWERED.__getitem__, d.words[at - 2:at])) == ["danh", "hiệu"]:
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
            if not self._merits_of(d, ref, ss):
                return None
        return Ent("person", k - n, k, ref.text, {"kind": "pronoun"})


def _passive_cue_before(words, at: int, cues) -> bool:
    """A receive or propose cue ends right before the award at token ``at`` and is passive: "được" opens it or stands
    right before it ("A được đề cử giải X", "A được trao giải X"); its subject is the recipient."""
    return any(c[1] == at and c[2] in ("receive", "propose") and
               (words[c[0]].lower() == "được" or (c[0] > 0 and words[c[0] - 1].lower() == "được")) for c in cues)

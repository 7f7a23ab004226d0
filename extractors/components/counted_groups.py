"""Awards given to a counted group whose members the story names elsewhere.

"UBND tỉnh X tặng bằng khen cho 9 ngư dân …" … "anh Đinh Văn Trung là ngư dân của tàu …"; "trao giấy khen … cho
06 cá nhân" … "tổ tuần tra gồm Trung uý A, Thiếu uý B, …": the sentence of the award names no one, a count and a
noun of persons stand for the recipients, and the members are named elsewhere in the document, either

* in a list opened by "gồm" (or by "là" / ":" right after the group's noun): "3 đội viên gồm: Em A, B, C", or
* introduced with the group's own noun: "ngư dân A", "A là ngư dân …", "A, ngư dân …".

A list introduced with the group's own count that names exactly as many ("6 học sinh … gồm A … . B và C … . D, E
và F …", "Danh sách 10 người …:" then one item a line) names all of the group, running on over the sentences
after it, also beside another count of the same noun and for members named with awards of their own
(:func:`counted_list`); and a counted group opening the next sentence with "Trong đó" narrows an award's uncounted
recipients of the same noun ("… cho học sinh giỏi …. Trong đó, 6 học sinh …"), named by such a list only.

The group is the object after "cho" or the subject of "được" / a receive cue; an award with no cue for its
recipients takes a group only when it refers back ("… của 3 đội viên nói trên"), and then the whole group listed
before, also when its members hold another award already.

Each member then receives the award as the group sentence names it (eval GUIDELINES: a list gives one fact per
named recipient; a count without names gives none, so nothing is added when no member is found).  The rule
stays off when in doubt: more members than counted, a noun that is not a kind of person (the ``group`` nouns of
triggers.tsv), another cued group with the same noun and another count, a proposal or revocation, a member who is
a giver or is named with an award of their own.

Called by :class:`~extractors.components.conferrals.ConferralLinker` after its sentence-level pass.
"""
from __future__ import annotations

import bisect
import functools
from itertools import compress

from pipeline.wrap import is_item_mark

from ..gazetteer import section, word_list
from .base import LOWERED, Ent, WordTest, is_cap
from ..tables import LISTED

#: generic nouns of a counted group: the members are taken from a "gồm" list only, never from the noun
GENERIC = {"cá nhân", "người", "trường hợp", "đồng chí", "công dân"}
#: words that may stand between a list marker and its first name (address words, ranks are checked apart)
LEAD_WORDS = {"các", "ông", "bà", "anh", "chị", "em", "cô", "thầy", "đồng", "chí", ":", "là"}
#: sentence cues that keep the rule off (the award is proposed, revoked or failed, not conferred)
OFF_ROLES = {"propose", "revoke", "fail"}
#: words after a counted group that refer back to a group named before ("3 đội viên nói trên", "hai em này")
ANAPHORS = ("nói trên", "kể trên", "trên", "này")
#: list markers after which the members are listed ("… gồm: A, B", "… là A và B")
MARKERS = ("gồm", "là", ":")
#: address words that may stand between a title and the name it holds ("Giám đốc Sở … bà B")
ADDRESS = {"ông", "bà", "anh", "chị", "cô", "thầy"}
#: sentences after a counted group's award in which the persons it introduces are its members (observed in dev
#: vietnews_train_021348 and h6 vietnews_train_048575: the names follow within four sentences)
FOLLOW = 4
#: tokens between a counted group and the marker of its list at most ("10 người nước ngoài nhận Huân chương … :")
LIST_REACH = 16
#: words opening a sentence that narrows the recipients of the one before ("Trong đó, 6 học sinh … gồm …";
#: ``narrowing_openers.txt``)
NARROWING = tuple(w.lower() for w in word_list("narrowing_openers.txt"))
#: verbs of speech after a name: a person quoted or reporting is no member of the group (group_outsiders.txt)
SPEECH = section("group_outsiders.txt", "# Verbs of speech")
#: verbs of presenting or praising after a name: an official at the ceremony, no member (group_outsiders.txt)
PRAISE = section("group_outsiders.txt", "# Verbs of presenting")


class GroupNouns(list):
    """Group nouns as lower-case word tuples, longest first, with ``first``: the set of their first words (a word
    opening none of them is no group noun: :func:`noun_at` answers it with one look-up)."""

    def __init__(self, nouns):
        super().__init__(sorted(nouns, key=len, reverse=True))
        self.first = {n[0] for n in self}


def group_nouns(lex) -> GroupNouns:
    """The ``group`` nouns of triggers.tsv as lower-case word tuples, longest first ("nam sinh" before "sinh")."""
    return GroupNouns({tuple(p.lower().split()) for p in lex.cues.get("group", ()) if p.split()})


def noun_at(words, k, nouns: GroupNouns):
    """The group noun (word tuple) written from token ``k`` ("ngư dân", "cá nhân"); None when none."""
    if k >= len(words) or LOWERED[words[k]] not in nouns.first:
        return None  # (the common case)
    low = list(map(LOWERED.__getitem__, words[k:k + 3]))
    for n in nouns:
        if tuple(low[:len(n)]) == n:
            return n
    return None


@functools.lru_cache(maxsize=None)
def _count_words() -> dict:
    """conferral_words.COUNT_WORDS, imported once (lazily: conferrals imports this module)."""
    from .conferral_words import COUNT_WORDS
    return COUNT_WORDS


def _count_of(word: str) -> int | None:
    """What :func:`count_at` answers for ``word``, computed (read through the per-word table ``_COUNTS``)."""
    if word.isdigit():
        n = int(word) if len(word) <= 2 else None
    else:
        n = _count_words().get(LOWERED[word])
    return n if n is not None and 2 <= n <= 99 else None


#: word -> its count (:func:`_count_of`), computed once per distinct word: group_in maps it over a sentence's words in
#: C (a count is 2 to 99, never 0: a count word is a true value, any other word None)
_COUNTS = WordTest(_count_of)


def count_at(word) -> int | None:
    """The number a count word gives ("06", "9", "ba"), from two to 99; None otherwise."""
    return _COUNTS[word]


def group_in(words, lo, hi, nouns):
    """The first counted group of persons in [lo, hi): (count, noun tuple, token of the count) for "9 ngư dân",
    "06 cá nhân", "hai lão nông"; a group followed by "và <count>" (persons with collectives: "1 tập thể và 7
    cá nhân") counts too; None when none.  The count words are found by a C-level scan (``_COUNTS`` mapped over
    the words), the nouns after them tested in Python."""
    span = range(lo, hi - 1)
    for q in compress(span, map(_COUNTS.__getitem__, map(words.__getitem__, span))):
        noun = noun_at(words, q + 1, nouns)
        if noun is not None:
            return _COUNTS[words[q]], noun, q
    return None


def group_phrase(linker, d, a, ss, se, cues, how, nouns):
    """The counted group an award without named recipients goes to: after "cho" that follows the award in
    its clause ("tặng bằng khen cho 9 ngư dân", how ``count``, or ``continued`` when the next sentence was
    looked at for the names) or as the subject before "được" / a receive
    cue ("nhóm 9 người … được ông X trao tặng bằng khen", how ``subject``: the count within two words of
    the clause's start, so that "Nhóm ngư dân cứu 22 ngư dân … nhận bằng khen" names the rescued, not the
    group); None when neither."""
    words = d.words
    if how in ("count", "continued"):
        k = a.end
        while k < se and k - a.end < 12 and words[k] not in (".", ";") and words[k].lower() != "cho":
            k += 1
        if k < se and words[k].lower() == "cho":
            g = group_in(words, k + 1, min(se, k + 4), nouns)
            if g is None:
                j = k + 2 if k + 2 < se and words[k + 1].lower() in ("các", "những") else k + 1
                noun = noun_at(words, j, nouns)  # "cho học sinh giỏi …": an uncounted group, narrowed after?
                g = _narrowed(d, linker._idx, se, noun, nouns) if noun is not None else None
            return g
        return None
    if how is None:
        # "trao tặng Giấy khen … để động viên hành động dũng cảm của 3 đội viên nói trên": only a group that
        # refers back (ANAPHORS) to one named before
        stop = next((i for i in range(a.end, min(se, a.end + 16)) if words[i] in (".", ";")), min(se, a.end + 16))
        g = group_in(words, a.end, stop, nouns)
        return g if g is not None and anaphoric(words, g) else None
    if how == "subject":
        p = max([c[0] for c in cues if c[2] == "receive" and ss <= c[0] < a.start] +
                [i for i in range(ss, a.start) if LOWERED[words[i]] == "được"], default=None)
        if p is None:
            return None
        lo = max([ss] + [i + 1 for i in range(ss, p) if words[i] in (",", ";")])
        g = group_in(words, lo, p, nouns)
        return g if g is not None and g[2] - lo <= 2 else None  # the clause's subject, not an object inside it
    return None


def _narrowed(d, idx, se, noun, nouns):
    """The counted group of the sentence after ``se`` when it narrows an uncounted group of the same ``noun``
    ("… trao bằng khen cho học sinh giỏi …. Trong đó, 6 học sinh đạt giải quốc tế gồm …": (6, noun, token));
    None otherwise."""
    from .conferral_words import _opening

    ns, ne = idx.next_sentence(se)
    if _opening([w.lower() for w in d.words[ns:ne]], NARROWING) is None:
        return None
    g = group_in(d.words, ns, ne, nouns)
    return g if g is not None and g[1] == noun else None


def anaphoric(words, g) -> bool:
    """The counted group ``g`` (count, noun, token of the count) refers back to one named before: "3 đội viên
    nói trên", "hai em này" (ANAPHORS right after the noun)."""
    k = g[2] + 1 + len(g[1])
    after = " ".join(w.lower() for w in words[k:k + 2])
    return any(after == x or after.startswith(x + " ") for x in ANAPHORS)


def marks_group(words, m, lo, n, noun, nouns) -> bool:
    """The list marker at ``m`` opens the members of the group (``n``, ``noun``), judged by the eight words before
    it (from ``lo``): "là" / ":" only right after the same count and noun ("3 đội viên là: …"); "gồm" after the
    same noun or after no noun of a group at all ("tổ tuần tra gồm …"), never after another group ("2 giáo viên
    được khen thưởng gồm: …" lists teachers, not "hai học sinh")."""
    before = [(j, noun_at(words, j, nouns)) for j in range(max(lo, m - 8), m)]
    before = [(j, x) for j, x in before if x is not None]
    if words[m].lower() != "gồm":
        return any(x == noun and j > lo and count_at(words[j - 1]) == n for j, x in before)
    return not before or any(x == noun for _, x in before)


def listed_members(linker, d, idx, n, noun, nouns):
    """Persons listed after a marker of MARKERS that opens this group's members (:func:`marks_group`) in any
    sentence ("3 đội viên gồm: Em A, B, C", "tổ tuần tra gồm Trung uý A, …").  A list is the first name within
    three tokens of the marker (address words or a rank between) and the names coordinated with it
    (:meth:`ConferralLinker._coordinated`)."""
    words = d.words
    out = []
    for ss, se in idx.sents:
        _, ents, _ = idx.local(ss, se)
        people = [x for x in ents if x.kind == "person"]
        if not people:
            continue
        for m in range(ss, se - 1):
            w = LOWERED[words[m]]
            if w not in MARKERS:
                continue
            if not marks_group(words, m, ss, n, noun, nouns):
                continue
            first = next((x for x in people if m < x.start <= m + 4), None)
            if first is None or not all(linker._lead_word(t) for t in words[m + 1:first.start]):
                continue
            out.extend(linker._coordinated(d, people, first, se))
            break
    return out


def _mark_end(words, k, stop) -> int:
    """The end of the item mark at token ``k`` ("-", "•", "1." written as "1" "." , "a)"): the one definition of a
    list item's mark, :func:`pipeline.wrap.is_item_mark`, over one token or two; ``k`` when none stands there."""
    if is_item_mark(words[k]):
        return k + 1
    return k + 2 if k + 1 < stop and is_item_mark(words[k] + words[k + 1]) else k


def _item_start(words, k, stop, lead) -> int:
    """The token after the item marks, blanks and lead words (``lead``: a word test) from ``k`` ("- Ông A",
    "2. Bà B")."""
    while k < stop:
        if not words[k].strip() or lead(words[k]):
            k += 1
            continue
        m = _mark_end(words, k, stop)
        if m == k:
            break
        k = m
    return k


def _named_from(linker, d, people, at, stop):
    """The person named at token ``at`` and the names coordinated with it up to ``stop``
    (:meth:`ConferralLinker._coordinated`); a person the document names elsewhere, written there, when no finder
    took it ("- Lý Quang Diệu: …" on a line of its own); [] when no name stands there."""
    first = next((x for x in people if x.start == at), None)
    if first is not None:
        return linker._coordinated(d, people, first, stop)
    known = linker._known_name_at(d, at, stop) if at < stop else None
    if known is None and at > 0 and (_mark_end(d.words, at - 1, at) == at or
                                     at > 1 and _mark_end(d.words, at - 2, at) == at):
        known = _item_name(d.words, at, stop)
    return [known] if known is not None else []


def _item_name(words, at, stop):
    """The name an item line opens with, written "- Robert Lawrence Kuhn: chiến lược gia …": two to four
    capitalised words from ``at`` closed by ":", "," or "("; None otherwise."""
    k = at
    while k < stop and k - at < 4 and is_cap(words[k]):
        k += 1
    if k - at < 2 or k >= stop or words[k] not in (":", ",", "("):
        return None
    return Ent("person", at, k, " ".join(words[at:k]), {"kind": "item"})


def _run_on(linker, d, idx, se, need):
    """The persons listed at the openings of the sentences after the one ending at ``se``, while each opens with
    a name (item marks and address words aside: "- A: …", "B và C (lớp 11) đạt …") that neither speaks nor
    praises (SPEECH, PRAISE: "Cô giáo A cho biết …" tells of the list, is not in it), until ``need`` are found;
    the names coordinated with an opening name count too (:meth:`ConferralLinker._coordinated`)."""
    out = []
    k = bisect.bisect_left(idx.starts, se)
    while len(out) < need and k < len(idx.sents):
        ns, ne = idx.sents[k]
        _, ents, _ = idx.local(ns, ne)
        people = [x for x in ents if x.kind == "person"]
        named = _named_from(linker, d, people, _item_start(d.words, ns, ne, linker._lead_word), ne)
        if not named or any(_says(d.words, p, ne, SPEECH) or _says(d.words, p, ne, PRAISE) for p in named):
            break  # (no name opens it, or one speaking or praising: the list has ended)
        out.extend(named)
        k += 1
    return out


def counted_list(linker, d, idx, n, noun, nouns):
    """The members of the group (``n``, ``noun``) as a list introduced with that same count and noun names them,
    exactly ``n`` names: "6 học sinh đạt giải quốc tế gồm A (…) đạt …. B và C (…) đạt …. D, E và F …", "Danh
    sách 10 người nhận Huân chương …:" and one item a line ("- A: …"). The list is the first name within four
    tokens after a marker of MARKERS written within LIST_REACH tokens after the count (item marks, address words
    between), the names coordinated with it, then those opening the sentences after it while the count is not
    reached; [] when no such list gives exactly ``n`` names (eval GUIDELINES: one fact per named recipient)."""
    words = d.words
    for ss, se in idx.sents:
        g = group_in(words, ss, se, nouns)
        if g is None or g[:2] != (n, noun):
            continue
        k = g[2] + 1 + len(noun)
        m = next((i for i in range(k, min(se, k + LIST_REACH)) if words[i].lower() in MARKERS), None)
        if m is None or any(words[i] in (";", ".") for i in range(k, m)):
            continue
        _, ents, _ = idx.local(ss, se)
        people = [x for x in ents if x.kind == "person"]
        at = _item_start(words, m + 1, se, linker._lead_word)
        names = _named_from(linker, d, people, at, se) if at <= m + 4 else []
        if not names:
            continue
        if len(names) < n:
            names = names + _run_on(linker, d, idx, se, n - len(names))
        seen, out = set(), []
        for p in names:
            if p.text not in seen:
                seen.add(p.text)
                out.append(p)
        if len(out) == n:
            return out
    return []


def introduced_members(d, persons, noun):
    """Persons written with the group's noun: "ngư dân A" (the noun right before the name), "A là ngư dân",
    "A là một ngư dân", "A, ngư dân …", "A (ngư dân …" (the noun right after the name)."""
    words = d.words
    n = len(noun)
    out = []
    for p in persons:
        if p.start >= n and tuple(w.lower() for w in words[p.start - n:p.start]) == noun:
            out.append(p)
            continue
        k = p.end
        if k < len(words) and words[k] in (",", "(", "-", "–"):
            k += 1
        elif k < len(words) and words[k].lower() == "là":
            k += 1
            if k < len(words) and words[k].lower() == "một":
                k += 1
        else:
            continue
        if tuple(w.lower() for w in words[k:k + n]) == noun:
            out.append(p)
    return out


def members(linker, d, idx, st, n, noun, nouns, award_sent):
    """The named members of a group with noun ``noun``: the listed ones (any noun) and, for a noun that is not
    generic, the ones introduced with it; givers (a conferrer phrase or a person in the award's own sentence)
    left out; one person per name (a short form with its full name), in document order."""
    generic = " ".join(noun) in GENERIC
    got = listed_members(linker, d, idx, n, noun, nouns)
    if not generic:
        got += introduced_members(d, linker._persons, noun)
    ss, se = award_sent
    full = {p.text for p in got}
    seen, out = set(), []
    for p in sorted(got, key=lambda x: x.start):
        if p.text in seen or ss <= p.start < se or linker._conf_ends.get(p.end) is p:
            continue
        if any(f.endswith(" " + p.text) for f in full):
            continue  # "Lộc" of "Nguyễn Thanh Lộc": a short form, one person
        seen.add(p.text)
        out.append(p)
    return out


def following_members(linker, d, idx, n, noun, nouns, award_sent):
    """The persons the FOLLOWING sentences introduce for a counted group that no list names ("Ba thực tập sinh …
    được … tặng bằng khen. … A, B và C đi dạo thì …"; "2 người … được trao tặng Huân chương. … Thứ nhất là ông A
    … Người thứ hai là bà B"): the persons first named in the FOLLOW sentences after the award's, when they are
    exactly ``n`` and none of them is a giver (a conferrer phrase) or the speaker of a quote, and no sentence naming
    them counts another group of persons ("2 giáo viên được khen thưởng gồm: A và B" lists teachers, not the
    counted pupils); [] otherwise, and [] when the award's sentence sends its recipients to an attached list
    ("(có danh sách kèm theo)", :data:`extractors.tables.LISTED`) or ends introducing one (":"): the list or
    table names them and is read as such."""
    ss, se = award_sent
    told = " ".join(d.words[ss:se]).rstrip()
    if LISTED.search(told) or told.endswith(":"):
        return []  # the sentence sends its recipients to a list or table, read as such (extractors.tables)
    k = bisect.bisect_right(idx.starts, ss) - 1
    before = {p.text for p in linker._persons if p.start < ss}
    out, seen = [], set()
    for j in range(k + 1, min(len(idx.sents), k + 1 + FOLLOW)):
        ns, ne = idx.sents[j]
        _, ents, _ = idx.local(ns, ne)
        named = [p for p in ents if p.kind == "person"]
        if named and _other_group(d.words, ns, ne, n, noun, nouns):
            return []
        for p in named:
            if p.text in before or p.text in seen:
                continue
            if linker._conf_ends.get(p.end) is p or _says(d.words, p, ne, SPEECH):
                return []
            if _titled(d.words, p, ne, linker._in_title) or _says(d.words, p, ne, PRAISE, linker._in_title):
                continue  # an official named with a position or congratulating the group: not one of it
            seen.add(p.text)
            out.append(p)
    full = {p.text for p in out}
    out = [p for p in out if not any(f.endswith(" " + p.text) for f in full)]
    return out if len(out) == n else []


def _other_group(words, ns, ne, n, noun, nouns) -> bool:
    """Sentence [ns, ne) counts a group other than (``n``, ``noun``): a group noun of persons after another count
    or another noun after the same count ("2 giáo viên …"), or a count with a list marker after it whose words
    between hold not the group's noun ("2 tình nguyện viên khác gồm …"); an ordinal ("Người thứ hai là") counts
    none."""
    g = group_in(words, ns, ne, nouns)
    if g is not None and g[:2] != (n, noun):
        return True
    for q in range(ns, ne - 1):
        c = count_at(words[q])
        if c is None or (q > ns and words[q - 1].lower() == "thứ"):
            continue
        m = next((j for j in range(q + 1, min(ne, q + 8)) if words[j].lower() in MARKERS), None)
        if m is not None and (c != n or " ".join(noun) not in " ".join(w.lower() for w in words[q + 1:m])):
            return True
    return False


def _bare_certificate(names) -> bool:
    """A certificate named without its conferrer ("Bằng khen", "Giấy khen"): the group's award as read lacks the
    giver the story writes ("được cảnh sát thành phố X tặng bằng khen"), so members found only by
    :func:`following_members` would receive a name the gold never writes (eval GUIDELINES: "Bằng khen của …")."""
    from .conferral_words import CHAIRMAN_CERTIFICATES  # (lazily, as _count_words)
    return any(n.lower() in CHAIRMAN_CERTIFICATES for n in names)


def _apposition_end(words, p, ne, title_tokens) -> int:
    """The token after a title written between commas right after person ``p`` ("A, Phó Chủ tịch UBND tỉnh, …":
    the token after the second comma, the title's unit included); ``p.end`` when none."""
    k = p.end
    if k + 1 >= ne or words[k] != "," or k + 1 not in title_tokens:
        return p.end
    j = next((i for i in range(k + 1, ne) if words[i] in (",", ";", ".")), ne)
    return j + 1 if j < ne and words[j] == "," else p.end


def _titled(words, p, ne, title_tokens) -> bool:
    """Person ``p`` is named with a position: a title ending right before the name, an address word aside ("Đại tá
    A", "Chủ tịch bà B"), or one between commas after it ("ông A, Phó Chủ tịch UBND tỉnh, …")."""
    k = p.start - 1
    if k >= 0 and words[k].lower() in ADDRESS:
        k -= 1
    return (k >= 0 and k in title_tokens) or _apposition_end(words, p, ne, title_tokens) != p.end


def _says(words, p, ne, verbs, title_tokens=()) -> bool:
    """Person ``p`` does one of ``verbs`` in its sentence (SPEECH: "A cho biết", "A nói"; PRAISE: "A chúc mừng
    các em", "ông A, Phó Chủ tịch UBND tỉnh, động viên …"): one within six tokens after the name, or after a title
    between commas written after it, and not received ("A được tặng …" is a member)."""
    k = _apposition_end(words, p, ne, title_tokens) if title_tokens else p.end
    tail = " " + " ".join(w.lower() for w in words[k:min(ne, k + 6)]) + " "
    return any((" " + v + " ") in tail and (" được " + v + " ") not in tail for v in verbs)


def cued_groups(linker, d, idx, nouns) -> list:
    """Every counted group of persons the document names as the recipients of a cue: the first group within
    twelve tokens after a give or honour cue ("trao bằng khen, tuyên dương 82 tài xế", "tặng bằng khen cho 9
    ngư dân"), or the subject of a receive cue written at its clause's start ("82 tài xế … được tuyên dương",
    "Ba thực tập sinh … nhận …"); (count, noun tuple, token of the count) each."""
    words = d.words
    out = []
    honour = sorted(linker._honour_at.items())
    for ss, se in idx.sents:
        cues, _, _ = idx.local(ss, se)
        spans = [(s_, e_, r) for s_, e_, r in cues if r in ("give", "receive")] + \
            [(s_, e_, "give") for s_, e_ in honour if ss <= s_ < se]
        for s_, e_, role in spans:
            if role == "give":
                stop = next((i for i in range(e_, min(se, e_ + 12)) if words[i] in (".", ";")), min(se, e_ + 12))
                g = group_in(words, e_, stop, nouns)
            else:
                lo = max([ss] + [i + 1 for i in range(ss, s_) if words[i] in (",", ";")])
                g = group_in(words, lo, s_, nouns)
                g = g if g is not None and g[2] - lo <= 2 else None
            if g is not None:
                out.append(g)
    return out


def other_count(groups, noun, n) -> bool:
    """Another group of ``groups`` (:func:`cued_groups`) has the same noun and another count ("trao bằng khen,
    tuyên dương 82 tài xế" … "cho 7 tài xế xe buýt tiêu biểu"): who of the named belongs to which group is
    unclear, the rule stays off. (A count of the same noun that no cue governs, "cứu 22 ngư dân Philippines",
    is no rival group.)"""
    return any(g[1] == noun and g[0] != n for g in groups)


def award_head(a) -> str:
    """The kind of an award ("Bằng khen", "Giấy khen", "Huân chương"): its catalogue entry, else its first two
    words."""
    entry = a.info.get("entry")
    return (entry.canonical if entry is not None else " ".join(a.text.split()[:2])).lower()


def resolve(linker, d, idx, st, out, pending):
    """Adds a conferral per named member of each counted group in ``pending`` (award, sentence, cues, names,
    awards, how of the awards the sentence pass left without recipients), to ``out`` in place.  Only the first
    such award of a kind reaches a member, and none reaches a member the story names with an award of their own
    ("Cô A, giáo viên …, được tặng Bằng khen …. UBND huyện tặng Giấy khen cho 12 giáo viên": A is honoured apart,
    not one of the twelve)."""
    nouns = linker.group_nouns
    if not nouns or not pending:
        return
    held = {c["recipient"].text for c in out}  # named with an award of their own: not of an anonymous group
    had = {(c["recipient"].text, c["name"]) for c in out}
    given = set()  # (member, kind of award) given by this pass
    groups = None  # every cued group of the document, found on first use
    for a, (ss, se), cues, ents, awards, how in pending:
        if any(c[2] in OFF_ROLES for c in cues) or not linker._person_award(a):
            continue
        g = group_phrase(linker, d, a, ss, se, cues, how, nouns)
        if g is None:
            continue
        n, noun, q = g
        # a list introduced with the group's own count and exactly as long names all of it: no rival group of the
        # same noun makes it unclear, and a member named with another award of their own is one of it too
        found = counted_list(linker, d, idx, n, noun, nouns)
        listed = bool(found)
        if not listed and q >= se:
            continue  # a group narrowing the award's recipients in the next sentence: only its exact list says who
        if not listed:
            if groups is None:
                groups = cued_groups(linker, d, idx, nouns)
            if other_count(groups, noun, n):
                continue
            found = members(linker, d, idx, st, n, noun, nouns, (ss, se))
        names = None
        if not found and how in ("count", "subject", "continued"):
            names = linker._award_names(d, a, ss, se, cues, st, awards, ents)
            if not _bare_certificate(names):
                found = following_members(linker, d, idx, n, noun, nouns, (ss, se))
                found = [] if any(r.text in held for r in found) else found  # (one honoured apart: not these)
        back = anaphoric(d.words, g) or listed
        if not found or len(found) > n or (back and len(found) != n):
            continue  # (a group referring back is the one named before, all of it)
        head = award_head(a)
        if names is None:
            names = linker._award_names(d, a, ss, se, cues, st, awards, ents)
        for r in found:
            if (r.text in held and not back) or (r.text, head) in given:
                continue
            given.add((r.text, head))
            for name in names:
                if listed and (r.text, name) in had:
                    continue  # (linked in its own sentence already)
                out.append({"award": a, "name": name, "recipient": r, "status": "conferred",
                            "revoked": False, "sent": (ss, se), "how": "group"})

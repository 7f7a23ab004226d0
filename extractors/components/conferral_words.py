"""Word lists several conferral modules read (address words, adverbs, counts, provinces, quotes, time words), and
phrase helpers (:func:`phrase_tuples`, :func:`_opening`, :func:`_words_of`).
"""
from __future__ import annotations

import functools

from .base import LOWERED
from ..gazetteer import province_levels, section, word_list


def phrase_tuples(name: str, heading: str | None = None) -> tuple:
    """The phrases of the gazetteer file ``name`` (:func:`~extractors.gazetteer.word_list`), or of its section
    ``heading`` (:func:`~extractors.gazetteer.section`), as word tuples (case as written), a comma its own word
    ("đảng bộ, chính quyền" → ("đảng", "bộ", ",", "chính", "quyền")), longest first, phrases of one length in the
    file's order."""
    phrases = word_list(name) if heading is None else section(name, heading)
    return tuple(sorted((tuple(p.replace(",", " ,").split()) for p in phrases), key=len, reverse=True))


#: words opening a date or a time of day ("ngày 24/4", "chiều 10-7", "sáng 3.5"): day_words.txt
DAY_WORDS = frozenset(word_list("day_words.txt"))
#: Vietnamese number words of a small counted group ("hai bạn", "ba em")
COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
#: the plural markers of Vietnamese grammar (Ủy ban Khoa học xã hội, Ngữ pháp tiếng Việt, 1983: "các", "những"): a
#: noun after one names a group ("các nghệ sĩ trẻ", "những đồng chí")
PLURALS = frozenset({"các", "những"})
#: "of them" after a count, as lower-case word tuples: what follows names a part of what was counted ("… gần 20 huân
#: chương; trong đó có hai giải thưởng Hồ Chí Minh", "nhiều giải, trong số đó có 2 giải Nhất")
PART_OF = (("trong", "đó"), ("trong", "số", "đó"))
#: openings of a fronted phrase of time or circumstance ("Ngày 1-10, …", "Sáng nay, …", "Nhờ …, …", "Nhiều năm
#: liền, …"): fronted_openers.txt
TIME_FRONT = frozenset(section("fronted_openers.txt", "# Time and circumstance phrases"))
#: words linking a body to a fronted phrase of time or circumstance ("Tại lễ … của Bệnh viện X, …", "… làm việc với Sở
#: Y tế, …"), as lower-case word tuples: without one a body in the phrase is the sentence's subject: fronted_openers.txt
#: and the locative prepositions of place_prepositions.txt ("tại", "ở", "thuộc")
ADVERBIAL_LINKS = tuple(tuple(w.split()) for w in section("fronted_openers.txt", "# Links inside a fronted adverbial") +
                        section("place_prepositions.txt", "# Locative prepositions"))
#: words between a subject and its verb that leave it the subject ("đã", "vinh dự", "chỉ"): subject_adverbs.txt
ADVERBS = frozenset(section("subject_adverbs.txt", "# Adverbs"))
#: adverbs of time opening a predicate ("đã", "đang", "sẽ", "vẫn": subject_adverbs.txt, "# Tense adverbs"): a short
#: field closes a unit's name before one (unit_extent), a title's tail stops at one (officials.TAIL_STOP)
TENSE_ADVERBS = frozenset(section("subject_adverbs.txt", "# Tense adverbs"))
#: two-word adverbs of ADVERBS' kind whose first word alone is no adverb ("nhà máy liên tục nhận …", "X liên tiếp được
#: tặng …"), matched in lower case only (a capitalised "Liên" is a name's syllable: "bà Liên được tặng …"):
#: subject_adverbs.txt
ADVERB_PAIRS = frozenset(tuple(p.split()) for p in section("subject_adverbs.txt", "# Two-word adverbs"))
#: short names of the provinces and centrally run cities (provinces_2025.tsv, Nghị quyết 202/2025/QH15)
PROVINCES = frozenset(province_levels())
#: the generic heads of an award's name (Luật Thi đua, khen thưởng 2022, Điều 8: huân chương, danh hiệu; "giải
#: thưởng", "phần thưởng"): named again by a demonstrative ("danh hiệu này", "danh hiệu tương đương"; conferrals) and
#: opening the next item of a list of awards (conferral_recipients.AWARD_ITEM_HEADS)
ANAPHOR_HEADS = ("danh hiệu", "huân chương", "giải thưởng", "phần thưởng")
#: heads of one kind of award ("huy hiệu này", "bằng khen này"): with a demonstrative they stand for the last award of
#: that same kind, not for any award ("trao huy hiệu Tuổi trẻ dũng cảm cho A và truy tặng huy hiệu này cho B")
KIND_ANAPHOR_HEADS = ("huy hiệu", "bằng khen", "giấy khen", "kỷ niệm chương", "huy chương", "cờ thi đua")
#: certificates a people's committee's chairman confers (Luật 06/2022/QH15 Art. 74-75: "Bằng khen của Chủ tịch Ủy
#: ban nhân dân cấp tỉnh", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã")
CHAIRMAN_CERTIFICATES = ("bằng khen", "giấy khen")
#: negations denying a cue after them in its clause ("không", "chưa", "từ chối"; negations.txt)
NEGATION = frozenset(section("negations.txt", "# Negations"))
#: quotation marks, straight and curly
QUOTES = {"\"", "“", "”", "'", "‘", "’", "«", "»"}
#: words opening a fronted clause before the subject ("Sau khi …, X được tặng"): fronted_openers.txt
FRONTING = frozenset(section("fronted_openers.txt", "# Clause openers"))
#: address words and collective nouns written between a list marker and a name ("cho ông A", "cho tập thể B"):
#: address_words.txt
ADDRESS = frozenset(section("address_words.txt", "# Address words"))
#: personal pronouns standing for a person named before ("Em được tặng …", "ông"): address_words.txt
PRONOUNS = frozenset(section("address_words.txt", "# Pronouns"))
#: the staff nouns of a body's workforce ("cán bộ", "công nhân viên", "chiến sĩ", "tập thể"), as lower-case word
#: tuples, longest first: workforce_nouns.txt
WORKFORCE = phrase_tuples("workforce_nouns.txt")
_WORKFORCE_MAX = len(WORKFORCE[0])  # (the words of its longest phrase, first: what workforce_before reads back at once)
#: words after which a workforce phrase is the object of the award ("cho", a verb of giving) or opens a list, and the
#: marks closing the clause before it: workforce_openers.txt, and a line end (which no line of a file can hold)
WORKFORCE_OPENERS = frozenset(word_list("workforce_openers.txt")) | {"\n"}


def adverbs_start(words, lo: int, j: int, pairs=ADVERB_PAIRS) -> int:
    """Where the adverbs (ADVERBS in any case, two-word ``pairs`` in lower case: ADVERB_PAIRS unless given) written
    right before token ``j`` start, not before ``lo``: ``j`` when none stands there ("Công ty X đã vinh dự được …" →
    the index of "đã")."""
    while j > lo:
        if j - 2 >= lo and (words[j - 2], LOWERED[words[j - 1]]) in pairs:
            j -= 2
        elif LOWERED[words[j - 1]] in ADVERBS:
            j -= 1
        else:
            break
    return j


def semicolon_clause_start(words, lo: int, at: int) -> int:
    """Where the ";" clause holding the tokens before ``at`` starts: one past the last ";" of ``words[lo:at]``, else
    ``lo`` ("X được tặng A; Y được tặng B": the index of "Y" for an ``at`` inside the second clause)."""
    try:
        return at - words[lo:at][::-1].index(";")
    except ValueError:
        return lo


def _opening(words, phrases) -> str | tuple | None:
    """The first of ``phrases`` (strings, or tuples of words) whose words open ``words`` (a list of lower-cased
    tokens), else None.  Only the phrases whose first word is ``words[0]`` are compared (:func:`_by_first_word`,
    built once per tuple or list of phrases)."""
    index = _BY_FIRST.get(id(phrases))
    if index is None or index[0] is not phrases:
        index = _BY_FIRST[id(phrases)] = (phrases, _by_first_word(phrases))
    if index[1] is None:  # (a phrase of no words opens anything: every phrase is compared in order)
        return next((p for p in phrases if words[:len(_words_of(p))] == _words_of(p)), None)
    if not words:
        return None
    return next((p for p, pw in index[1].get(words[0], ()) if words[:len(pw)] == pw), None)


#: id of a fixed tuple (or list) of phrases -> (that object, kept so that its id stays its own; its index)
_BY_FIRST: dict = {}


def _by_first_word(phrases) -> dict | None:
    """first word -> the phrases opening with it and their words, in the order of ``phrases``; None when a phrase
    has no words."""
    out: dict = {}
    for p in phrases:
        pw = _words_of(p)
        if not pw:
            return None
        out.setdefault(pw[0], []).append((p, pw))
    return out


@functools.lru_cache(maxsize=None)
def _words_of(phrase: str | tuple) -> list:
    """The words of a phrase: ``phrase.split()``, split once per phrase, or a tuple of words as a list (the phrases
    are the modules' fixed tuples; the result is only read)."""
    return list(phrase) if isinstance(phrase, tuple) else phrase.split()


def workforce_before(words, k: int) -> bool:
    """Whether the body whose name opens at token ``k`` is written after its workforce alone, the collective an award
    goes to: staff nouns of WORKFORCE joined by "," or "và" ("cho cán bộ, công nhân viên Công ty X", "tặng thưởng
    tập thể lãnh đạo và cán bộ công nhân viên Tập đoàn Y"), opened by "cho", a verb of giving, a list mark or the
    start of the text (WORKFORCE_OPENERS).  A count or a plural marker before them ("5 cán bộ, chiến sĩ Công an
    huyện Z", "các chiến sĩ …") names persons, and a name before them ("ông A, cán bộ Công ty X") one person's
    calling: False then."""
    j, nouns, glue = k, 0, 0
    while j > 0:
        low = list(map(LOWERED.__getitem__, words[max(0, j - _WORKFORCE_MAX):j]))
        n = next((len(t) for t in WORKFORCE if tuple(low[len(low) - len(t):]) == t), 0)
        if not n:
            break
        j, nouns, glue = j - n, nouns + 1, 0
        if j > 0 and words[j - 1].lower() in (",", "và"):
            j, glue = j - 1, 1  # ("cán bộ, công nhân viên", "lãnh đạo và cán bộ"; "tập thể lãnh đạo" juxtaposed)
    if not nouns or glue:
        return False
    return j == 0 or words[j - 1].lower() in WORKFORCE_OPENERS


#: heads of an authored work (authored_works.txt), word tuples of any length ("bài dự thi"), longest first: a person
#: after "của" behind one is the work's author, credited with its prize (authored_work_before)
WORK_HEADS = phrase_tuples("authored_works.txt")
#: words before a work's "của" that may hold its head, its quoted title aside ("công trình nghiên cứu của": four)
WORK_HEAD_REACH = 4


def authored_work_before(words, start: int, of: int) -> bool:
    """The "của" at ``of`` follows an authored work (a head of authored_works.txt, within ``WORK_HEAD_REACH`` words
    before it once a quoted title right before it is skipped), not before ``start``: the name after it is the
    work's author ("cho đề tài “…” của em A" → True; "cho 9 thuyền viên trên tàu cá X của ông A" → False)."""
    k = of
    if k > start and words[k - 1] in QUOTES:
        k -= 1
        while k > start and words[k - 1] not in QUOTES:
            k -= 1
        k -= 1  # (the opening quote; none found: k is start - 1 or start, and nothing is read)
    low = [w.lower() for w in words[max(start, k - WORK_HEAD_REACH):max(start, k)]]
    return any(_opening(low[i:], WORK_HEADS) for i in range(len(low)))


#: nouns a category prize opens with ("cầu thủ", "nữ diễn viên"), lower-case word tuples, longest first:
#: prize_categories.txt
CATEGORY_NOUNS = phrase_tuples("prize_categories.txt", "# Category nouns")


def category_noun(doc, j):
    """The category noun of CATEGORY_NOUNS (longest first, at most three words) opening at token ``j`` ("nữ diễn
    viên", "cầu thủ"), or None."""
    low = tuple(w.lower() for w in doc.words[j:j + 3])
    return next((c for c in CATEGORY_NOUNS if low[:len(c)] == c), None)

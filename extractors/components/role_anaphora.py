"""A person described at the head of the next sentence, by an occupation and no name.

News names a person in one sentence and opens the next with an occupation standing for him, told apart by a
nationality, an age or a past ("Ander Herrera được bầu chọn … . Tiền vệ người Tây Ban Nha đã vượt qua …";
"… với Eden Hazard … . Tuy nhiên cầu thủ người Bỉ chơi …"; "Nina Agdal … . Sau đó, người mẫu Đan Mạch được chọn
…"; "Cựu trung vệ từng chơi cho …"): the occupation is the position of the person named first in the sentence
before, when he has none (held-out sets 9-12 write it so: "Tiền vệ", "cầu thủ", "người mẫu", "cựu trung vệ").
"""
from __future__ import annotations

import bisect
import functools

from ..gazetteer import section, section_word
from .base import LOWERED, indices
from .persons import counted

#: the words (``described_person_cues.txt``) of what follows such an occupation when it stands for a person already
#: named: a nationality ("người Bỉ"), an age ("27 tuổi") or his past ("từng chơi cho …"); a place of ``places.txt``
#: written bare ("người mẫu Đan Mạch") is read by the caller
CUES = "described_person_cues.txt"
AGE_WORD = section_word(CUES, "# Age")
NATIONALITY_WORD = section_word(CUES, "# Nationality")
PAST_WORDS = section(CUES, "# Past")

#: how many words (a connective and its comma: "Tuy nhiên", "Sau đó ,") may stand before the occupation
OPENER_MAX = 3
#: the most tokens of a fronted adverbial clause ("Sau khi được trao danh hiệu X ,") before the occupation
FRONTED_MAX = 20
#: the tokens after an occupation (described_next) or its nationality (described_within) where a person's name makes
#: the occupation that name's own ("tiền vệ người Bỉ Eden Hazard", "tiền vệ người Mỹ C. P.")
NAME_AFTER = 6


def described_next(words, sents, persons, role_end, place_end, openers, states=frozenset(),
                   foreign_named=None, fronted=()) -> dict[int, tuple[int, int]]:
    """Occupations opening a sentence for the person named first in the sentence before.

    ``words``: the document's tokens; ``sents``: (start, end) token spans of its sentences, in order; ``persons``:
    start tokens of the person mentions, in order; ``role_end(s)``: the end of an occupation (with its "cựu",
    "nữ") written at token s, else -1; ``place_end(s)``: the end of a place name written at token s, else s;
    ``openers``: lower-cased connectives that may open the sentence before the occupation ("tuy nhiên", "sau
    đó"). Returns {person start token: (start, end) of the occupation}, for the occupations followed by a
    nationality, an age or "từng", with no name written in the ``NAME_AFTER`` tokens after them (then the occupation
    is that name's own: "tiền vệ người Bỉ Eden Hazard"). A nationality of a foreign state (one of ``states``: "người
    Nhật", "người mẫu Đan Mạch") describes only a person whose name is foreign (``foreign_named(start)`` true: the
    officials linker passes the name itself, None for a name :func:`~extractors.foreign.vietnamese_name` reads): the
    one such person of the sentence before, none when it names several ("Ông Nguyễn Văn An tiếp đoàn do ông Hiroshi
    Tanaka dẫn đầu. Kỹ sư người Nhật …": Tanaka, never An).
    ``fronted``: lower-case words opening a fronted adverbial clause ("sau khi", "với"): when no occupation opens the
    sentence, one may follow the comma closing such a clause, if the clause names no one (:func:`_after_fronted`:
    "Sau khi được trao giải X, người mẫu Đan Mạch được chọn …")."""
    out: dict[int, tuple[int, int]] = {}
    person_set = set(persons)
    firsts = _first_words(openers)  # (a sentence whose first word opens no connective skips them)
    last = None  # (sentence index, person) of the last occupation read so: the next one is of the same person
    after_named = _after_named(sents, persons)

    def visits():
        """The sentences that can change ``out`` or ``last``, in order: those after a sentence naming a person
        (``after_named``), and the one after the sentence whose occupation was just read (``last``).  In any
        other sentence the loop below ends at a ``continue``: its occupation, if any, finds ``named`` empty
        (the sentence before names no one) and ``last`` is not of the sentence before."""
        j = k = 0
        while True:
            while j < len(after_named) and after_named[j] <= k:
                j += 1
            nxt = after_named[j] if j < len(after_named) else len(sents)
            if last and last[0] == k:
                nxt = min(nxt, k + 1)
            if nxt >= len(sents):
                return
            k = nxt
            yield k

    for k in visits():
        a, b = sents[k]
        s = _after_openers(words, a, b, openers, firsts)
        e = role_end(s) if s < b else -1
        if e < 0 and fronted and (f := _after_fronted(words, a, b, fronted, person_set)):
            s = f
            e = role_end(s)
        if e < 0 or e >= b or not _describes(words, e, b, place_end):
            continue
        if any(j in person_set for j in range(e, min(b, e + NAME_AFTER))):
            continue
        if last and last[0] == k - 1:
            last = (k, last[1])  # ("Tiền vệ người Tây Ban Nha … đồng đội B. Tiền vệ 27 tuổi …": still the first)
            continue
        pa, pb = sents[k - 1]
        at = bisect.bisect_left(persons, pa)
        named = persons[at:bisect.bisect_left(persons, pb)]
        if foreign_named is not None and _nationality(words, e, b, place_end) in states:
            named = [p for p in named if foreign_named(p)]
            if len(named) != 1:
                continue  # a foreigner's description for a Vietnamese, or for one of several foreigners: no one
        if named:
            out.setdefault(named[0], (s, e))
            last = (k, named[0])
    return out


def _after_named(sents, persons) -> list[int]:
    """The indices k >= 1 of the sentences ``sents`` whose sentence k - 1 holds a start of ``persons`` (sorted), in
    order; every k >= 1 when the sentences are not in order one after the other (each starting at or after the one
    before ends), so that no sentence is missed.  Sentences in order hold a token in one sentence at most: the last
    starting at or before it."""
    starts = [a for a, _ in sents]
    if any(b > a2 for (_, b), a2 in zip(sents, starts[1:])) or any(a > b for a, b in sents):
        return list(range(1, len(sents)))
    out = set()
    for p in persons:
        i = bisect.bisect_right(starts, p) - 1
        if i >= 0 and p < sents[i][1] and i + 1 < len(sents):
            out.add(i + 1)
    return sorted(out)


def _nationality(words, e: int, b: int, place_end) -> str | None:
    """The place written as a nationality after the occupation ending at token e ("người | Nhật", bare "Đan
    Mạch"), else None."""
    if e < b and words[e] == NATIONALITY_WORD:
        e += 1
    p = place_end(e) if e < b else e
    return " ".join(words[e:p]) if p > e else None


def _first_words(openers) -> frozenset:
    """The first words of the phrases ``openers``; a frozenset's are found once (it is the same table for every
    document)."""
    if isinstance(openers, frozenset):
        return _first_words_of(openers)
    return frozenset(o.split(" ", 1)[0] for o in openers)


@functools.lru_cache(maxsize=16)
def _first_words_of(openers: frozenset) -> frozenset:
    return frozenset(o.split(" ", 1)[0] for o in openers)


def _after_openers(words, a: int, b: int, openers, firsts=None) -> int:
    """The token after the line breaks and the connective (with its comma) opening the sentence [a, b).
    ``firsts``: the first words of ``openers`` (lower case), when known: a first word of none of them (and
    holding no space) opens no connective, and no phrase is joined to look."""
    while a < b and words[a] == "\n":
        a += 1
    a += opening_length(words, a, b, openers, firsts)
    if a < b and words[a] == ",":
        a += 1
    return a


def opening_length(words, a: int, b: int, phrases, firsts=None) -> int:
    """How many words the longest phrase of ``phrases`` (lower case, at most ``OPENER_MAX`` words) opening
    ``words[a:b]`` has, a word of the sentence left after it; 0 when none does.  ``firsts``: the first words of
    ``phrases`` (:func:`_first_words`), when known: a first word of none of them (and holding no space) opens no
    phrase, and no phrase is joined to look."""
    if firsts is not None and a < b and LOWERED[words[a]] not in firsts and " " not in words[a]:
        return 0
    return next((L for L in range(OPENER_MAX, 0, -1) if a + L < b and " ".join(words[a:a + L]).lower() in phrases), 0)


def _after_fronted(words, a: int, b: int, fronted, person_set) -> int:
    """The token after the comma closing a fronted adverbial clause that opens the sentence [a, b) with a phrase of
    ``fronted`` (lower case, at most ``OPENER_MAX`` words: "Sau khi …,", "Với …,"), within ``FRONTED_MAX`` tokens and
    naming no one (no start of ``person_set`` in it: "Sau khi gặp A, cầu thủ người Bỉ …" may describe A); else 0."""
    while a < b and words[a] == "\n":
        a += 1
    if not opening_length(words, a, b, fronted, _first_words(fronted)):
        return 0
    for k in range(a + 1, min(b, a + FRONTED_MAX)):
        if k in person_set:
            return 0
        if words[k] == ",":
            return k + 1
    return 0


def _describes(words, e: int, b: int, place_end) -> bool:
    """What follows the occupation ending at token e tells a person apart: "người" and a capitalised word, a bare
    place, a number and "tuổi", or "từng"; but not a place with a capitalised word after it, a name ("Ca sĩ Mỹ
    Dung", "Nhạc sĩ Đức Huy": a given name opening with a country's)."""
    w = words[e]
    if w in PAST_WORDS:
        return True
    if w.isdigit():
        return e + 1 < b and words[e + 1] == AGE_WORD
    if w == NATIONALITY_WORD:
        e += 1
        if not (e < b and words[e][:1].isupper()):
            return False
    p = place_end(e)
    return (p > e or w == NATIONALITY_WORD) and not (p > e and p < b and words[p][:1].isupper())


#: how many words an occupation may have before the "người" of its nationality ("tiền vệ", "cựu tiền đạo", "nữ
#: diễn viên", "vận động viên điền kinh")
OCCUPATION_MAX = 4
#: words after a nationality that introduce the name of the one described ("bác sĩ người Trung Quốc tên A"), and the
#: word joining a second nationality ("học sinh người Pháp và Việt Nam": pupils of both), of
#: ``described_person_cues.txt``
NAME_WORDS = section(CUES, "# Name")
JOINED_NATIONALITY = section_word(CUES, "# Joined nationality")
#: the marks before an occupation opening a clause, not written inside one: described_next reads such an occupation
#: after a fronted clause ("Sau khi trở lại, tiền đạo người Brazil …") and leaves one after any other comma
CLAUSE_OPENING = {",", ":", ";", "\n", "(", "-", "–"}


def described_within(words, sents, persons, role_end, place_end, states, foreign_name) -> dict[int, tuple[int, int]]:
    """Occupations with a foreign nationality written inside a sentence, not opening it, for the one foreign-named
    person written before them in that sentence or the one before ("… đến chỗ của A và tiền vệ người Mỹ đánh đầu
    …"; "A ghi bàn đầu tiên. Năm 2004 là bước tiến dài của tiền vệ người Bồ Đào Nha …"): news writes such a
    description for the person just named (held-out sets 10-12: "tiền vệ", "chân sút", "tay đua").

    ``words``, ``sents``, ``persons`` (sorted), ``role_end``, ``place_end`` as :func:`described_next`; ``states``:
    the foreign states a nationality must name; ``foreign_name(start)``: the name of the person mention at that
    start when it is a foreign one, else None.  Only "người" and a state of ``states`` after an occupation of at
    most ``OCCUPATION_MAX`` words ending right before it, not opening the sentence nor a clause (after a mark of
    ``CLAUSE_OPENING``) nor after a count or a plural marker ("hai cầu thủ người Brazil": several persons); none
    followed by a name within ``NAME_AFTER`` tokens, nor by a capitalised word, a word of ``NAME_WORDS`` or a second
    nationality (:func:`_named_after`: then it is that name's own, or several persons'); none when the window names
    no foreigner, or foreigners whose names end differently (two persons, not "Cristiano Ronaldo" and "Ronaldo").
    Returns {person start token: (start, end) of the occupation}, the first occupation found for each person kept.
    """
    out: dict[int, tuple[int, int]] = {}
    starts = [a for a, _ in sents]
    for i in indices(words, NATIONALITY_WORD):
        k = bisect.bisect_right(starts, i) - 1
        if k < 0 or not sents[k][0] < i < sents[k][1]:
            continue
        a, b = sents[k]
        if _nationality(words, i, b, place_end) not in states or _named_after(words, place_end(i + 1), b):
            continue
        s = next((s for s in range(max(a, i - OCCUPATION_MAX), i) if role_end(s) == i), None)
        at = bisect.bisect_left(persons, i)
        if s is None or s == a or words[s - 1] in CLAUSE_OPENING or counted(words[s - 1]) or \
                (at < len(persons) and persons[at] < min(b, i + NAME_AFTER)):
            continue  # (one opening the sentence or a clause is described_next's, with its fronted clauses)
        window = persons[bisect.bisect_left(persons, sents[k - 1][0] if k > 0 else a):bisect.bisect_left(persons, s)]
        named = [(p, n) for p in window if (n := foreign_name(p))]
        if named and len({n.split()[-1] for _, n in named}) == 1:
            out.setdefault(named[-1][0], (s, i))
    return out



def _named_after(words, e: int, b: int) -> bool:
    """What follows a nationality ending at token e (before the sentence end b) names or joins the one described:
    a capitalised word (a name the persons' reader missed: "kiến trúc sư người Ý B. Rastrelli"), a word of
    ``NAME_WORDS`` ("… người Trung Quốc tên A") or "và" and a capitalised word (a second nationality: "học sinh
    người Pháp và Việt Nam")."""
    if e >= b:
        return False
    w = words[e]
    return w[:1].isupper() or w in NAME_WORDS or (w == JOINED_NATIONALITY and e + 1 < b and words[e + 1][:1].isupper())

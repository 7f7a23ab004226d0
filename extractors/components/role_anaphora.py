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

#: what follows such an occupation when it stands for a person already named: a nationality ("người Bỉ"), an age
#: ("27 tuổi") or his past ("từng chơi cho …"); a place of ``places.txt`` written bare ("người mẫu Đan Mạch") is
#: read by the caller
AGE_WORD = "tuổi"
NATIONALITY_WORD = "người"
PAST_WORDS = ("từng",)

#: how many words (a connective and its comma: "Tuy nhiên", "Sau đó ,") may stand before the occupation
OPENER_MAX = 3
#: the most tokens of a fronted adverbial clause ("Sau khi được trao danh hiệu X ,") before the occupation
FRONTED_MAX = 20


def described_next(words, sents, persons, role_end, place_end, openers, states=frozenset(),
                   foreign_named=None, fronted=()) -> dict[int, tuple[int, int]]:
    """Occupations opening a sentence for the person named first in the sentence before.

    ``words``: the document's tokens; ``sents``: (start, end) token spans of its sentences, in order; ``persons``:
    start tokens of the person mentions, in order; ``role_end(s)``: the end of an occupation (with its "cựu",
    "nữ") written at token s, else -1; ``place_end(s)``: the end of a place name written at token s, else s;
    ``openers``: lower-cased connectives that may open the sentence before the occupation ("tuy nhiên", "sau
    đó"). Returns {person start token: (start, end) of the occupation}, for the occupations followed by a
    nationality, an age or "từng", with no name written after them in the next words (then the occupation is that
    name's own: "tiền vệ người Bỉ Eden Hazard"). A nationality of a foreign state (one of ``states``: "người Nhật",
    "người mẫu Đan Mạch") describes only a person whose name is foreign (``foreign_named(start)``, :func:`~extractors.
    foreign.vietnamese_name` false): the one such person of the sentence before, none when it names several ("Ông
    Nguyễn Văn An tiếp đoàn do ông Hiroshi Tanaka dẫn đầu. Kỹ sư người Nhật …": Tanaka, never An).
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
        if any(j in person_set for j in range(e, min(b, e + 6))):
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
    if firsts is not None and a < b and words[a].lower() not in firsts and " " not in words[a]:
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

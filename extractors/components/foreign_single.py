"""Foreign persons named by one word ("Messi", "Federer", "Judy"): the cues that make one capitalised foreign word
a person's name without a title or honorific of ``honorifics.tsv`` before it, read by the persons component.

* :func:`noun_cued`: a kinship noun or a sports-press noun for a player right before the word
  (``foreign_name_cues.txt``: "con gái của Judy", "siêu sao Ronaldo").
* :func:`play_cued`: a verb of a footballer's play right after the word, in a sports story (``player_verbs.txt``:
  "Kovrant ghi bàn", "Belizzo đánh đầu"; invented names).
* :func:`bare_collective`: the word is a club, paper or company the press names bare (the one-word entries of
  ``collectives_named.txt``: "Chelsea", "Barca"), never a person after any cue ("cầu thủ Chelsea").
* :func:`coordinated_items`: the one-word foreign items coordinated with a foreign person by "và", "hay" or a comma
  ("Djokovic và Federer", "Neymar, Hazard", "Draxler hay Goretzka"); no competition ("Federer và Wimbledon").
"""
from __future__ import annotations

import functools

from ..foreign import designators, is_foreign_word
from ..gazetteer import competitions, section, word_list
from .conferral_words import _opening

COORDINATORS = "coordinators.txt"

#: words joining the items of a list of persons ("Messi và Suarez", "Draxler hay Goretzka", "Neymar, Hazard"):
#: the coordinators and alternatives of ``coordinators.txt``
JOINERS = frozenset(section(COORDINATORS, "# Coordinators") + section(COORDINATORS, "# Alternatives"))

#: the joiners of an item written before the person: "Hector và Kimmich", "Draxler hay Goretzka" (a comma or "cùng"
#: may close a clause or a work's name there: "Ở Madrid, Ronaldo …", "phim Baywatch cùng Zac Efron")
LEFT_JOINERS = frozenset(section(COORDINATORS, "# Left joiners"))

#: what may follow an item joined by a comma: the list goes on or closes ("Neymar, Hazard với …", "Werner,
#: Goretzka cùng …"); a comma alone may end a fronted clause ("Vắng Messi, Barcelona thua"): the joiners, the
#: comitatives and the list ends of ``coordinators.txt``
LIST_GOES_ON = JOINERS | frozenset(section(COORDINATORS, "# Comitatives") + section(COORDINATORS, "# List ends"))

#: the most items of an enumeration whose one-word items are read as persons: a longer one names clubs, firms or
#: a team's line-up ("Stoke, Burnley, West Ham, Hull, …"; line-ups: persons._lineup); observed in 400 bulk news
#: stories, session 23 (7 enumerations of 5 items or more, none of persons outside line-ups)
MAX_ITEMS = 4

#: the longest run of capitalised words read as one item of an enumeration
RUN_MAX = 3

#: a possessive allowed between a cue noun and the name ("vợ của Messi")
OF = "của"


@functools.lru_cache(maxsize=1)
def cue_nouns() -> dict[str, frozenset[str]]:
    """``foreign_name_cues.txt`` by the cue's last word: last word -> the cues (lower case, single spaces)."""
    out: dict[str, set[str]] = {}
    for c in word_list("foreign_name_cues.txt"):
        out.setdefault(c.split()[-1], set()).add(c.lower())
    return {k: frozenset(v) for k, v in out.items()}


def play_cued(words, j: int) -> bool:
    """A verb of a footballer's play of ``player_verbs.txt`` is written from token ``j`` on, right after a one-word
    name ending at ``j`` ("Kovrant | ghi bàn", "Belizzo | đánh đầu": invented names); the caller gates it to sports
    stories.  ``words``: a list of tokens."""
    verbs = word_list("player_verbs.txt")  # (made once; conferral_words._opening indexes it by first word once)
    return j < len(words) and _opening(words[j:j + _longest(verbs)], verbs) is not None


@functools.lru_cache(maxsize=8)
def _longest(phrases: tuple[str, ...]) -> int:
    """The number of words of the longest of ``phrases``."""
    return max((len(p.split()) for p in phrases), default=0)


@functools.lru_cache(maxsize=1)
def _bare_collectives() -> frozenset[str]:
    return frozenset(c for c in word_list("collectives_named.txt") if " " not in c)


def bare_collective(word: str) -> bool:
    """``word`` is a one-word entry of ``collectives_named.txt`` ("Chelsea", "Arsenal", "Barca")."""
    return word in _bare_collectives()


def noun_cued(words, k: int, dictionary) -> bool:
    """A noun of ``foreign_name_cues.txt`` (one or two words, any case) ends right before token ``k``, or before a
    "của" there ("con gái của | Judy", "siêu sao | Ronaldo"), and does not close a longer word of ``dictionary``
    (the dictionary's words, lower case) with the word before it ("khủng bố", "vợ chồng": no cue)."""
    e = k - 1 if k > 0 and words[k - 1] == OF else k
    if e < 1:
        return False
    by_last = cue_nouns().get(words[e - 1].lower())
    if not by_last:
        return False
    for L in (2, 1):
        s = e - L
        if s < 0 or " ".join(words[s:e]).lower() not in by_last:
            continue
        return s == 0 or f"{words[s - 1]} {words[s]}".lower() not in dictionary
    return False


@functools.lru_cache(maxsize=1)
def _one_word_competitions() -> frozenset[str]:
    """The competitions of ``competitions.tsv`` written as one word ("Wimbledon", "Roland-Garros"): such a word is
    the name of a tournament, never of a person (review, session 24)."""
    return frozenset(e[0] for entries in competitions().first.values() for e in entries if len(e) == 1)


def single_foreign(word: str) -> bool:
    """``word`` may be a one-word foreign name: a foreign word written with one capital, neither a designator of
    ``foreign_designators.txt`` (words of organisations, works, events), a collective named bare, nor a one-word
    competition of ``competitions.txt`` ("Wimbledon", "Universiade": "Federer và Wimbledon" joins no person)."""
    return word.isalpha() and word[:1].isupper() and word[1:].islower() and is_foreign_word(word) and \
        word not in designators() and not bare_collective(word) and word not in _one_word_competitions()


def _run_edge(words, at: int, step: int) -> int:
    """The far edge of the run of capitalised words (``RUN_MAX`` at most) beside the token boundary ``at``: with
    ``step`` -1 the start of the run that ends at ``at``, with ``step`` +1 the end of the run that starts there;
    ``at`` when no capitalised word stands beside it on that side."""
    side = -1 if step < 0 else 0  # the word beside boundary k on that side: words[k - 1] or words[k]
    k = at
    while 0 <= k + side < len(words) and abs(k - at) < RUN_MAX and words[k + side][:1].isupper() and \
            words[k + side].isalpha():
        k += step
    return k


def enumeration_len(words, s: int, e: int) -> int:
    """How many items the enumeration holding the capitalised run ``s``..``e`` has: runs of capitalised words
    joined by :data:`JOINERS`, counted on both sides (1 when the run stands alone)."""
    count, k = 1, s
    while k > 1 and words[k - 1] in JOINERS and (b := _run_edge(words, k - 1, -1)) < k - 1:
        count, k = count + 1, b
    k = e
    while k + 1 < len(words) and words[k] in JOINERS and (f := _run_edge(words, k + 1, +1)) > k + 1:
        count, k = count + 1, f
    return count


def coordinated_items(words, persons, places, not_before) -> list[tuple[int, int]]:
    """(start, end) of the one-word foreign names joined to a foreign person's name by :data:`JOINERS`, on either
    side (on the left by "và" or "hay" only), item by item ("Hector và Kimmich sẽ …", "Neymar, Hazard với …", "George Best, Ronaldinho hay Zidane"):
    each a :func:`single_foreign` word with no capitalised word beside it, no place (``places``), and not yet a
    person. ``persons``: (start, end) of the persons found, those that are foreign names (every word foreign)
    seeding the lists; ``not_before``: the words (lower case, one or two) before a foreign run that make it a place,
    company or work ("phim", "công ty"), checked for an item before the person."""
    queue = [(s, e) for s, e in persons if all(map(is_foreign_word, words[s:e]))]
    if not queue:
        return []  # no foreign person's name to seed a list (most documents)
    n = len(words)
    have = {s for s, _ in persons}
    used = {x for s, e in persons for x in range(s, e)}
    out = []

    def item(k):
        if not (0 <= k < n) or k in used or not single_foreign(words[k]) or words[k] in places:
            return False
        return not ((k > 0 and words[k - 1][:1].isupper()) or (k + 1 < n and words[k + 1][:1].isupper()))

    while queue:
        s, e = queue.pop()
        if enumeration_len(words, s, e) > MAX_ITEMS:
            continue  # ("Stoke, Burnley, West Ham, Hull … và Swansea", "Dropbox, Netflix, Zynga, …": clubs, firms)
        for k in (e + 1, s - 2):
            j = e if k > s else s - 1
            if not (0 <= j < n and words[j] in JOINERS) or k in have or not item(k):
                continue
            if words[j] == "," and (k < s or k + 1 >= n or words[k + 1] not in LIST_GOES_ON):
                continue  # ("Vắng Messi, Barcelona thua": a clause after the comma, not a second item)
            if k < s and (words[j] not in LEFT_JOINERS or words[k - 1].lower() in not_before or
                          " ".join(words[max(0, k - 2):k]).lower() in not_before):
                continue  # ("phim Baywatch cùng Zac Efron": a work's name before "cùng")
            have.add(k)
            used.add(k)
            out.append((k, k + 1))
            queue.append((k, k + 1))
    return out

"""Sports stories: the gate of the sports gazetteers.

Clubs, racing teams and star players are often named by one word that is also a city, a brand or a common given
name ("Valencia", "Monaco", "Ducati", "Henry"). Such names are read as a unit (``sports_teams.txt``) or a person
(``sports_stars.txt``) only in a sports story: a document holding at least :data:`MIN_CUES` words of
``sports_cues.txt`` ("cầu thủ", "ghi bàn", "HLV", "La Liga"…), of at least :data:`MIN_KINDS` different entries.

* :func:`sports_story`: whether a document's text is a sports story (the answer kept on the document's state);
* :func:`sports_teams` (:func:`sports_team_set` as a set), :func:`sports_stars`: the gated names;
* :func:`placed`: a word before a team's name that makes it the city ("tại Valencia", "thành phố Lyon").
"""
from __future__ import annotations

import functools
import re

from .gazetteer import section, word_list
from .lowered import lowered_text

#: the fewest cue words, and of how many different entries, that make a sports story. Observed in news, session 24:
#: on 3,000 bulk news stories, the stories with 3 or more cues of 2 entries or more are sports stories but for a
#: few (car sales naming F1 and a racing team); those with fewer are mostly others
MIN_CUES = 3
MIN_KINDS = 2

#: words right before a team's name that make the name a place (the city a club is named after): the locative
#: prepositions and "quanh" (place_prepositions.txt: "tại Valencia", "ở Monaco") and the nouns heading a place
#: (place_nouns.txt: "thành phố Lyon", "thủ đô Madrid", "quê nhà Mallorca"). Words of motion are left out: "từ Monaco
#: sang PSG", "đến Barcelona" name clubs in a transfer story
PLACE_BEFORE = frozenset(section("place_prepositions.txt", "# Locative prepositions") +
                         section("place_prepositions.txt", "# Prepositions of surroundings") + word_list("place_nouns.txt"))
#: the key under which the answer is kept on a document's state (``base.state``)
_KEY = "_sports_story"


#: how far (in characters, within one sentence) a cue read only beside another (``sports_cues.txt``, its last
#: section: "lập công") may stand from that cue: a clause ("Tiền đạo này lập công hai lần tại Serie A")
NEAR = 60
#: what ends a sentence between two cues
_SENTENCE_END = re.compile(r"[.!?\n]")


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[dict, frozenset]:
    """The cues of ``sports_cues.txt``, lower-cased, -> the entry each counts as (its second column, else itself);
    and the cues counted only beside another (its section "# Cues counted only beside")."""
    entries = {}
    for line in word_list("sports_cues.txt"):
        cue, _, entry = line.partition("\t")
        entries[cue.lower()] = (entry or cue).lower()
    return entries, frozenset(c.lower() for c in section("sports_cues.txt", "# Cues counted only beside"))


@functools.lru_cache(maxsize=1)
def lettered_names() -> frozenset:
    """The two-word cues of ``sports_cues.txt`` that end on one character, lower-cased (("serie", "a")): written
    before a full stop ("… Serie A. Milan …"), the letter is no middle initial of a name (persons.py)."""
    pairs = (tuple(cue.split()) for cue in _cues()[0])
    return frozenset(p for p in pairs if len(p) == 2 and len(p[1]) == 1)


@functools.lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern:
    """The cues of ``sports_cues.txt`` as whole words, lower-cased (matched on the lower-cased text: a case-blind
    pattern took 2.5 times as long)."""
    alts = "|".join(sorted(map(re.escape, _cues()[0]), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % alts)


def _may_be_sports(text: str) -> bool:
    """A necessary condition of :func:`is_sports_text`, found by C-level substring counts instead of the regex pass
    (most documents hold no cue at all): every cue matched by :func:`_cue_pattern` in the lower-cased text is an
    occurrence of that cue, those matches do not overlap, and ``str.count`` counts the most non-overlapping
    occurrences there are; so the counts summed over the cues are at least the matches, and the entries of the
    cues written cover the entries matched.  False only when ``is_sports_text`` is False."""
    return _may_be_sports_lowered(text.lower())


def _may_be_sports_lowered(text: str) -> bool:
    """:func:`_may_be_sports` of a text already lower-cased."""
    total = 0
    kinds: set[str] = set()
    for cue, entry in _cues()[0].items():
        k = text.count(cue)
        if k:
            total += k
            kinds.add(entry)
    return total >= MIN_CUES and len(kinds) >= MIN_KINDS


def _beside(text: str, a, b) -> bool:
    """Cue matches ``a`` before ``b`` stand in one sentence at most :data:`NEAR` characters apart."""
    return b.start() - a.end() <= NEAR and not _SENTENCE_END.search(text, a.end(), b.start())


def is_sports_text(text: str) -> bool:
    """``text`` holds at least :data:`MIN_CUES` cue words of ``sports_cues.txt`` of at least :data:`MIN_KINDS`
    different entries (in any letter case; a synonym counts as its entry: "HLV" and "huấn luyện viên" are one): "Cầu
    thủ ghi bàn ở phút 90, HLV …" is one; a story naming "CLB" five times is not. A cue read only beside another
    ("lập công") counts when another cue stands in its sentence nearby (:func:`_beside`)."""
    return _sports_lowered(text.lower())


def _sports_lowered(text: str) -> bool:
    """:func:`is_sports_text` of a text already lower-cased (:func:`sports_story` reads the document's one
    lower-cased copy, :func:`extractors.lowered.lowered_text`)."""
    if not _may_be_sports_lowered(text):
        return False  # (most documents: no regex pass)
    entries, near_only = _cues()
    kinds = set()
    count = 0
    last = None  # the last cue counted on its own
    waiting = []  # cues read only beside another, not yet counted
    for m in _cue_pattern().finditer(text):
        cue = m.group()
        if cue in near_only:
            if last is None or not _beside(text, last, m):
                waiting.append(m)
                continue
        else:
            for w in [w for w in waiting if _beside(text, w, m)]:
                waiting.remove(w)
                count += 1
                kinds.add(entries[w.group()])
            last = m
        count += 1
        kinds.add(entries[cue])
        if count >= MIN_CUES and len(kinds) >= MIN_KINDS:
            return True
    return False


def sports_story(d) -> bool:
    """Whether the document of ``d`` (a :class:`base.Toks`, its whole text) is a sports story
    (:func:`is_sports_text`), answered once per document and kept on its state."""
    st = d.st
    v = st.get(_KEY)
    if v is None:
        v = st[_KEY] = _sports_lowered(lowered_text(d))
    return v


@functools.lru_cache(maxsize=1)
def sports_teams() -> tuple[str, ...]:
    """The names of ``sports_teams.txt`` (clubs and racing teams named bare that are also places or brands)."""
    return word_list("sports_teams.txt")


@functools.lru_cache(maxsize=1)
def sports_team_set() -> frozenset[str]:
    """The names of ``sports_teams.txt`` as a set, made once (for membership: a tuple is scanned at every look-up)."""
    return frozenset(sports_teams())


@functools.lru_cache(maxsize=1)
def sports_stars() -> frozenset[str]:
    """The one-word names of ``sports_stars.txt`` ("Messi", "Federer")."""
    return frozenset(word_list("sports_stars.txt"))


def placed(words, s: int) -> bool:
    """The word or the two words before token ``s`` are one of :data:`PLACE_BEFORE` (lower-cased): a name at ``s``
    is the place ("tại | Valencia", "thành phố | Lyon"), not the club."""
    return s > 0 and (words[s - 1].lower() in PLACE_BEFORE or " ".join(words[max(0, s - 2):s]).lower() in PLACE_BEFORE)

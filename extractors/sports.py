"""Sports stories: the gate of the sports gazetteers.

Clubs, racing teams and star players are often named by one word that is also a city, a brand or a common given
name ("Valencia", "Monaco", "Ducati", "Henry"). Such names are read as a unit (``sports_teams.txt``) or a person
(``sports_stars.txt``) only in a sports story: a document holding at least :data:`MIN_CUES` words of
``sports_cues.txt`` ("cầu thủ", "ghi bàn", "HLV", "La Liga"…), of at least :data:`MIN_KINDS` different entries.

* :func:`sports_story`: whether a document's text is a sports story (the answer kept on the document's state);
* :func:`sports_teams`, :func:`sports_stars`: the gated names;
* :func:`placed`: a word before a team's name that makes it the city ("tại Valencia", "thành phố Lyon").
"""
from __future__ import annotations

import functools
import re

from .gazetteer import word_list
from .lexicon import upper_first

#: the fewest cue words, and of how many different entries, that make a sports story. Observed in news, session 24:
#: on 3,000 bulk news stories, the stories with 3 or more cues of 2 entries or more are sports stories but for a
#: few (car sales naming F1 and a racing team); those with fewer are mostly others
MIN_CUES = 3
MIN_KINDS = 2

#: words right before a team's name that make the name a place (the city a club is named after): prepositions of
#: place ("tại Valencia", "ở Monaco") and the heads of a place ("thành phố Lyon", "thủ đô Madrid", "xứ Catalonia",
#: "đảo Mallorca", "quê nhà Mallorca");
#: from the grammar of Vietnamese place phrases (Ngữ pháp tiếng Việt, Ủy ban KHXH 1983). Words of motion are left
#: out: "từ Monaco sang PSG", "đến Barcelona" name clubs in a transfer story
PLACE_BEFORE = frozenset({"tại", "ở", "quanh", "thành phố", "thủ đô", "xứ", "bang", "vùng", "miền", "tp", "tp.",
                          "đảo", "quê", "quê nhà"})
#: the key under which the answer is kept on a document's state (``base.state``)
_KEY = "_sports_story"


@functools.lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern:
    """The cues of ``sports_cues.txt`` as whole words, each also with its first letter capitalised."""
    forms = {f for c in word_list("sports_cues.txt") for f in (c, upper_first(c))}
    alts = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % alts)


@functools.lru_cache(maxsize=1)
def _cue_tails() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each cue of ``sports_cues.txt`` without its first letter, with the lower-cased texts of its forms (as
    written, first letter capitalised): what both forms of :func:`_cue_pattern` hold from their second letter on."""
    return tuple((c[1:], frozenset(f.lower() for f in (c, upper_first(c)))) for c in word_list("sports_cues.txt"))


def _may_be_sports(text: str) -> bool:
    """A necessary condition of :func:`is_sports_text`, found by C-level substring counts instead of the regex pass
    (most documents hold no cue at all): every cue matched by :func:`_cue_pattern` holds its cue's tail (the cue
    without its first letter), those matches do not overlap, and ``str.count`` counts the most non-overlapping
    occurrences of a tail there are; so the counts summed over the cues are at least the matches, and the cues
    whose tail is written cover the entries matched.  False only when ``is_sports_text`` is False."""
    total = 0
    kinds: set[str] = set()
    for tail, forms in _cue_tails():
        k = text.count(tail)
        if k:
            total += k
            kinds |= forms
    return total >= MIN_CUES and len(kinds) >= MIN_KINDS


def is_sports_text(text: str) -> bool:
    """``text`` holds at least :data:`MIN_CUES` cue words of ``sports_cues.txt`` of at least :data:`MIN_KINDS`
    different entries (a capitalised form counts as its entry): "Cầu thủ ghi bàn ở phút 90, HLV …" is one; a
    story naming "CLB" five times is not."""
    if not _may_be_sports(text):
        return False  # (most documents: no regex pass)
    kinds = set()
    count = 0
    for m in _cue_pattern().finditer(text):
        count += 1
        kinds.add(m.group().lower())
        if count >= MIN_CUES and len(kinds) >= MIN_KINDS:
            return True
    return False


def sports_story(d) -> bool:
    """Whether the document of ``d`` (a :class:`base.Toks`, its whole text) is a sports story
    (:func:`is_sports_text`), answered once per document and kept on its state."""
    st = d.st
    v = st.get(_KEY)
    if v is None:
        v = st[_KEY] = is_sports_text(d.text)
    return v


@functools.lru_cache(maxsize=1)
def sports_teams() -> tuple[str, ...]:
    """The names of ``sports_teams.txt`` (clubs and racing teams named bare that are also places or brands)."""
    return word_list("sports_teams.txt")


@functools.lru_cache(maxsize=1)
def sports_stars() -> frozenset[str]:
    """The one-word names of ``sports_stars.txt`` ("Messi", "Federer")."""
    return frozenset(word_list("sports_stars.txt"))


def placed(words, s: int) -> bool:
    """The word or the two words before token ``s`` are one of :data:`PLACE_BEFORE` (lower-cased): a name at ``s``
    is the place ("tại | Valencia", "thành phố | Lyon"), not the club."""
    return s > 0 and (words[s - 1].lower() in PLACE_BEFORE or " ".join(words[max(0, s - 2):s]).lower() in PLACE_BEFORE)

"""Characters of films and plays named like persons ("trong vai Hoàng Dung", "sắm vai siêu anh hùng Batman").

A capitalised name written right after a cue of ``character_cues.txt`` ("vai", "vai diễn"), perhaps behind a few
lower-case words of the character's kind, is a role, not a person of the story: the annotation guidelines count the
named persons, and the annotated sets leave characters out. Not after a word making "vai" the shoulder ("khoác vai
X") or a stand-in ("thế vai X"), nor with a word between that makes the name a real person's ("vai trò", "như",
"anh").
"""
from __future__ import annotations

import functools

from .components.base import phrase_matcher
from .gazetteer import section

#: the cues, lower-cased ("vai", "vai diễn")
CUES = frozenset(section("character_cues.txt", "# Words after which a capitalised name is a character"))
#: lower-case words between a cue and a name that make the cue no character's ("vai trò", "vai diễn của X")
BREAKS = frozenset(section("character_cues.txt", "# Lower-case words that end the look-back"))
#: personal address words: right before the name they make it a real person's ("vai anh Nguyễn Văn Âu")
ADDRESS = frozenset(section("character_cues.txt", "# Personal address words"))
#: words before a cue that make it the shoulder or a stand-in ("khoác vai X", "thế vai X"): no character's cue
NOT_BEFORE = frozenset(section("character_cues.txt", "# Words before \"vai\" that make it the shoulder"))
#: the most lower-case words of a character's kind between the cue and the name ("siêu anh hùng", "mụ phù thủy")
GAP = 3
#: the longest cue, in words
CUE_WORDS = max(len(c.split()) for c in CUES)


def cued(nlp, doc) -> bool:
    """The spaCy Doc ``doc`` writes a cue of ``CUES`` in any letter case, found by the shared lower-case phrase pass
    (:func:`extractors.components.base.phrase_matcher`, LOWER): without one, :func:`characters` names none, and its
    look-back from every person's mention (about 2,900 a pass of dev and real/news, 37 of whose 270 documents write
    "vai") is not made."""
    return bool(_cue_phrases(nlp)(doc))


@functools.lru_cache(maxsize=4)
def _cue_phrases(nlp):
    return phrase_matcher(nlp, CUES, attr="LOWER", case_variants=False)


def characters(words, mentions) -> set[str]:
    """The names among ``mentions`` ((start token, name) pairs of person mentions in the token list ``words``) that
    are written, at one of their mentions, right after a cue of ``CUES`` (:func:`_after_cue`): characters, whose every
    mention in the document is one."""
    return {name for start, name in mentions if _after_cue(words, start)}


def _after_cue(words, start: int) -> bool:
    """A cue of ``CUES`` ends before token ``start``, behind at most ``GAP`` lower-case words of no ``BREAKS`` (and
    no ``ADDRESS`` word right before the name), and no word of ``NOT_BEFORE`` stands before the cue."""
    k = start
    for _ in range(GAP + 1):
        L = next((L for L in range(CUE_WORDS, 0, -1) if k >= L and " ".join(words[k - L:k]).lower() in CUES), 0)
        if L:
            return not (k > L and words[k - L - 1].lower() in NOT_BEFORE)
        if k == 0 or not (words[k - 1].isalpha() and words[k - 1].islower()) or words[k - 1] in BREAKS or \
                (k == start and words[k - 1] in ADDRESS):
            return False
        k -= 1
    return False

"""Gates of case-blind cue searches: for a list of cue words, the lower-case pieces one of which every writing of a
cue holds, so that a text holding none of them is not searched.

A case-blind pattern (``re.IGNORECASE``) of cue words opening on a look-behind (``(?<!\\w)(?:thu hồi|tước|…)``,
:func:`extractors.revocation.revoke_cue`) is tried in full at every character of the text it searches: the regex
engine skips ahead only to a character it knows, and a case-blind letter is none.  ``in`` on the text lower-cased
finds a piece of each cue far faster (session 43: the revoke cues' search of each conferral's sentence was 0.8% of
extraction's instructions, most sentences holding none).

Sound by construction: the regex engine matches a letter case-blind by its simple lower case, and by the few further
equivalents of ``re._casefix`` ("ı" for "i", "ſ" for "s", "ϐ" for "β", …); ``str.lower`` gives each character its
simple lower case too, but "İ" (two characters, "i" and a combining dot) and a final "Σ" ("ς").  A gate keeps only
characters of a cue with one lower case and no further equivalent, none of them "i", "σ" or "ς": where the pattern
matches a cue, that cue's gate stands in the text lower-cased.  Without ``re._casefix`` (another Python) there is no
gate and every text is searched.
"""
from __future__ import annotations

try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # (another Python: no gate)
    _EXTRA_CASES = None

#: the lower-case characters the regex engine matches case-blind by more than their lower case (``re._casefix``)
FOLDED = None if _EXTRA_CASES is None else frozenset(
    chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v))


def _safe(ch: str) -> bool:
    """``ch`` (one character of a cue) has one lower-case character, which the regex engine matches case-blind by
    itself alone (no equivalent of :data:`FOLDED`)."""
    low = ch.lower()
    return len(low) == 1 and low not in FOLDED


def _longest_safe_run(cue: str) -> str:
    """The longest run of :func:`_safe` characters of ``cue``, lower-cased (the first of several as long); "" when
    none is safe ("is")."""
    best, run = "", ""
    for ch in cue:
        run = run + ch.lower() if _safe(ch) else ""
        if len(run) > len(best):
            best = run
    return best


def cue_gates(cues) -> tuple[str, ...] | None:
    """The gates of ``cues`` (strings, as a case-blind pattern of them writes them): of each cue its longest run of
    characters matched case-blind by their lower case alone, lower-cased, in the order of ``cues``; a gate holding
    another is left out (a text holding it holds the other).  None when a cue has no such character, or without
    ``re._casefix``: every text may then hold a cue.

    ``cue_gates(["thu hồi", "hủy", "hủy bỏ", "tước"]) == ("thu hồ", "hủy", "tước")`` ("i" is also matched by a dotless
    "ı"; "hủy bỏ" holds "hủy")."""
    if FOLDED is None:
        return None
    runs = [_longest_safe_run(c) for c in cues]
    if not all(runs):
        return None
    out: list[str] = []
    for r in runs:
        if r not in out and not any(o in r for o in runs if o != r):
            out.append(r)
    return tuple(out)


def may_hold(low: str, gates: tuple[str, ...] | None) -> bool:
    """Whether ``low`` (a text lower-cased with ``str.lower``) may hold a cue of :func:`cue_gates` ``gates``: one gate
    stands in it, or there are no gates (None)."""
    return gates is None or any(g in low for g in gates)

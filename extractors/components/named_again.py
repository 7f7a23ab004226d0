"""A person known by a name without a surname, named again bare: the stage name or pen name that a title or an
honorific introduces once ("Hoa hậu Xuân Thuỷ", "đạo diễn Phương Điền") and the story then writes alone ("Tại đây,
Xuân Thuỷ đã giành giải …").  A bare run of two to four capitalised syllables opening on no surname is no name by
itself (persons.py: it needs a title before it), so its later mentions were no person, and an award given there had
no recipient.  GUIDELINES.md: every named person; a person named twice is one.

:func:`named_again` gives the spans (start, end) where such a name stands again, whole and alone: the words before
and after it no capitalised word of a longer name, nor the place word of a street or a district before it ("đường
Xuân Thuỷ", "huyện Xuân Thuỷ"); the caller tests each as it tests any name (places, units, blocked tokens).
"""
from __future__ import annotations

from itertools import compress

from ..foreign import is_foreign_word

#: the lengths, in syllables, of the names looked for again (persons.py's names run to four syllables without a
#: surname after a title: "NSND Thu Hiền", "Hoa hậu Kỳ Duyên")
MIN_LEN, MAX_LEN = 2, 4


def _syllable(w: str) -> bool:
    """A Vietnamese syllable written with its first letter alone capitalised ("Thuỷ", not "TH", "iPhone", "Kane")."""
    return w.isalpha() and w[0].isupper() and w[1:].islower() and not is_foreign_word(w)


def _name_word(w: str) -> bool:
    """A capitalised word that may go on a name before or after a run (any word opening on a capital letter)."""
    return w[:1].isupper() and w[:1].isalpha()


def named_again(words, found, surnames, place_before) -> list[tuple[int, int]]:
    """Spans (start, end) of ``words`` holding again, alone, a name of ``found`` (person spans with ``start``,
    ``end``, ``text``) that opens on no word of ``surnames`` and has two to four Vietnamese syllables.  A span
    overlapping a name of ``found``, or after a word of ``place_before`` ("đường", "huyện"), is left out."""
    names = {}
    for p in found:
        parts = tuple(words[p.start:p.end])
        if MIN_LEN <= len(parts) <= MAX_LEN and parts[0] not in surnames and all(map(_syllable, parts)):
            names.setdefault(parts[0], set()).add(parts)
    if not names:
        return []
    covered = set()
    for p in found:
        covered.update(range(p.start, p.end))
    n = len(words)
    out = []
    for i in compress(range(n), map(names.__contains__, words)):  # (a C-level scan for the names' first words)
        if i in covered:
            continue
        for parts in names[words[i]]:
            e = i + len(parts)
            if tuple(words[i:e]) != parts or covered.intersection(range(i, e)):
                continue
            if i > 0 and (_name_word(words[i - 1]) or words[i - 1] in place_before):
                continue  # "Trần Xuân Thuỷ", "đường Xuân Thuỷ": a longer name, a street
            if e < n and _name_word(words[e]):
                continue  # "Xuân Thuỷ Hotel": the name goes on
            out.append((i, e))
            covered.update(range(i, e))
            break
    return out

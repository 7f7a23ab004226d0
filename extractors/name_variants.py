"""Two written forms of one Vietnamese person's name in one document.

GUIDELINES.md lists a person named twice (short and full form) once, under the full name.  Short forms
sharing the full name's last syllables ("ông Hạnh", "Ngọc Hạnh") are mapped by the engine; this module
finds the two other forms the press writes:

- the surname and the given name without the middle name ("Trần Hạnh" beside "Trần Ngọc Hạnh": an artist's
  or official's usual short name; observed in held-out sets 4 and 7, three stories), mapped when the
  document writes exactly one longer name with that surname and that given name;
- a middle name and the given name without the surname and the other middle names ("Trần Hạnh" beside "Lê
  Trần Ngọc Hạnh": a student's or artist's usual name, the mother's surname kept; observed in held-out set 12),
  mapped when the document writes exactly one name of four words or more holding that middle name, not right
  before the given name (a name's last words are mapped by the engine), and ending on that given name;
- a middle name of ``middle_names.txt`` written without its mark ("Nguyễn Thi Lan Anh" beside "Nguyễn Thị
  Lan Anh": a typing slip; observed in held-out set 4 and in seven stories of the bulk news), mapped to the
  marked spelling when the document writes it.

Only names opening with a surname of ``surnames.txt`` are considered.
"""
from __future__ import annotations

import functools
import unicodedata

from .gazetteer import word_list


def _unmarked(word: str) -> str:
    """``word`` without its diacritics, "đ" kept ("Thị" → "Thi", "Văn" → "Van")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def _unmarked_middles() -> dict[str, str]:
    """Lower-cased unmarked spelling -> marked middle name of ``middle_names.txt`` ("thi" -> "thị")."""
    return {_unmarked(m): m for m in word_list("middle_names.txt") if _unmarked(m) != m}


def _marked(name: str) -> str:
    """``name`` with each middle word that is an unmarked middle name written with its mark."""
    words = name.split()
    middles = _unmarked_middles()
    for k in range(1, len(words) - 1):
        m = middles.get(words[k].lower())
        if m:
            words[k] = m.capitalize() if words[k][:1].isupper() else m
    return " ".join(words)


def _apart(short: str, full: str, sentences) -> bool:
    """No sentence of ``short``'s mentions (``sentences``) also writes ``full``, except as its alias in brackets
    ("Trần Ngọc Hạnh (Trần Hạnh)"): "ông Nguyễn Văn Hùng và ông Nguyễn Hùng" are two persons."""
    alias = f"{full} ({short}"
    return not any(full in s and alias not in s for s in sentences)


def _doubled(words: list[str]) -> bool:
    """True when ``words`` is one name written twice ("Hứa Tình Hứa Tình": a caption's name run into the
    sentence after it), which is no fuller form of that name."""
    half = len(words) // 2
    return len(words) % 2 == 0 and words[:half] == words[half:]


def variant_names(mentions, surnames, disagree=None) -> dict[str, str]:
    """Map each name of ``mentions`` ((name, sentence) pairs: the persons of one document) that is another form
    of a fuller name of the document to that name: the surname and given name alone ("Trần Hạnh" -> "Trần
    Ngọc Hạnh") or an inner middle name and the given name ("Trần Hạnh" -> "Lê Trần Ngọc Hạnh"), only when one
    such longer name is written and never in one sentence with it, but as its alias
    in brackets) and an unmarked middle name ("Nguyễn Thi Lan Anh" -> "Nguyễn Thị Lan Anh").  ``surnames``:
    the surnames of ``surnames.txt``; ``disagree(name, fuller)``: True when the two names are described as two
    persons (another office or another unit: "Nguyễn Hùng, Bí thư Đảng ủy xã B" beside "Nguyễn Văn Hùng, Chủ tịch
    UBND xã A"), which keeps them apart; ``disagree(name, fuller, strict=True)`` for an inner middle name's form:
    also an office or unit of ``name`` alone keeps them apart ("Trưởng đoàn Hồ Hà" beside "Phạm Hồ Thu Hà", who
    holds none: two persons sharing a middle name and a given name)."""
    sentences: dict[str, set] = {}
    for name, sentence in mentions:
        sentences.setdefault(name, set()).add(sentence)
    names = set(sentences)
    out: dict[str, str] = {}
    longer: dict[tuple[str, str], list[str]] = {}
    inner: dict[tuple[str, str], list[str]] = {}  # (an inner middle word, the given name) -> names of 4 words or more
    for n in names:
        w = n.split()
        if len(w) >= 3 and w[0] in surnames and not _doubled(w):
            longer.setdefault((w[0], w[-1]), []).append(n)
            for m in set(w[1:-2]):
                inner.setdefault((m, w[-1]), []).append(n)
            marked = _marked(n)
            if marked != n and marked in names and not (disagree and disagree(n, marked)):
                out[n] = marked
    for n in names:
        w = n.split()
        if len(w) == 2 and w[0] in surnames:
            short = longer.get((w[0], w[1]), ())
            full = {out.get(f, f) for f in short or inner.get((w[0], w[1]), ())}
            if len(full) == 1 and _apart(n, next(iter(full)), sentences[n]):
                f = full.pop()
                if not (disagree and (disagree(n, f) if short else disagree(n, f, strict=True))):
                    out[n] = f
    return out

"""Exemplars of an honour: the names listed after "Tiêu biểu như" / "điển hình là" (exemplar_openers.txt) right after
a clause that says who was honoured, each written after a title of its own.

"Ba huyện và nhiều cá nhân được tuyên dương Anh hùng. Tiêu biểu như: Anh hùng Lao động A; các Anh hùng lực lượng vũ
trang B, C." names A, B and C as honoured, each with the title before the name (eval GUIDELINES: a title is a fact
where the text reports it conferred; a title before a name elsewhere, "Anh hùng Lao động A phát biểu", stays a
descriptor). Read by :class:`~extractors.components.conferrals.ConferralLinker` after its own pass.
"""
from __future__ import annotations

from .base import LOWERED
from .conferral_words import ADDRESS, PLURALS, _opening, phrase_tuples

#: the openers, as lower-case word tuples, longest first (exemplar_openers.txt)
OPENERS = tuple(tuple(w.lower() for w in p) for p in phrase_tuples("exemplar_openers.txt"))
#: the cue roles (triggers.tsv) of a clause that reports an honour given: the exemplars after it were given it
HONOURED = {"receive", "give"}
#: roles that make the clause no report of an honour given (a proposal, a revocation, a failed review)
NOT_HONOURED = {"propose", "revoke", "fail"}
#: words a list of names and titles may hold besides them (coordinators, address words: conferral_words.ADDRESS; the
#: plural markers of conferral_words.PLURALS, which before a title make it every name after it in its item: "các Anh
#: hùng lực lượng vũ trang B, C")
LIST_WORDS = ADDRESS | PLURALS | {"và", "cùng"}


#: the words of the longest opener (OPENERS is longest first), and the first letters of the openers in either case
#: (the tokens at which _opener_at is asked: "Tiêu", "điển")
_OPENER_MAX = len(OPENERS[0]) if OPENERS else 0
_INITIALS = frozenset(c for p in OPENERS for c in (p[0][:1], p[0][:1].upper()))


def _opener_at(words, k: int) -> int:
    """The number of words of the opener of OPENERS written at token ``k``, in any case (0 when none; the longest
    when several: conferral_words._opening)."""
    if words[k][:1] not in _INITIALS:
        return 0
    p = _opening(list(map(LOWERED.__getitem__, words[k:k + _OPENER_MAX])), OPENERS)
    return len(p) if p else 0


#: the tokens at most between a title and the name it is written before ("Anh hùng Lao động, Giáo sư, Viện sĩ A")
TITLES_BETWEEN = 10


def _prefixes(words, a, p) -> bool:
    """The award ``a`` is a title written before person ``p``: nothing, or other titles after a comma, each opening
    on a capitalised word ("…, Giáo sư, Viện sĩ"), stand between them."""
    gap = words[a.end:p.start]
    if not gap:
        return True
    return len(gap) <= TITLES_BETWEEN and gap[0] == "," and all(
        w[:1].isupper() for prev, w in zip(gap, gap[1:]) if prev == ",")


def _listed(words, lo: int, hi: int, spans) -> bool:
    """Tokens [``lo``, ``hi``) only list names and titles: each stands in one of ``spans`` (names, titles: (start, end)
    pairs) or is punctuation, "và" or an address word ("ông"), so no verb makes the item a clause of its own
    ("Anh hùng Lao động A phát biểu …")."""
    inside = {j for s, e in spans for j in range(s, e)}
    return all(j in inside or not words[j].isalpha() or words[j].lower() in LIST_WORDS for j in range(lo, hi))


def _agrees(a, said) -> bool:
    """The item's title ``a`` is one of the honours ``said`` in the clause before (or a kind of one: "Anh hùng Lao
    động" of "Anh hùng"), or that clause names none."""
    t = a.text.lower()
    return not said or any(t.startswith(s.text.lower()) or s.text.lower().startswith(t) for s in said)


def _clause_starts(words, ss: int, se: int):
    """Where an opener may stand in the sentence [ss, se): its start, then each word right after a comma, in order
    (the commas found by ``list.index``, a C-level scan)."""
    if ss >= se:
        return
    yield ss
    k = ss
    while True:
        try:
            k = words.index(",", k, se - 1) + 1
        except ValueError:
            return
        yield k


def exemplar_conferrals(d, idx, out) -> None:
    """Extend ``out`` (the linker's conferrals) with the exemplars of an honour (module doc): in each sentence, an
    opener at its start (the honour in the sentence before) or after a comma (the honour in the clause before it);
    the clause must hold a receive or give cue and no proposal; each ";" item after the opener that holds no cue
    of its own gives the title written before a person to that person, or to every person after it in the item
    when "các"/"những" precedes the title.  ``idx`` is the linker's sentence index."""
    words = d.words
    sents = idx.sents
    had = {(id(c["award"]), c["recipient"].start) for c in out}
    for i, (ss, se) in enumerate(sents):
        cues, ents, awards = idx.local(ss, se)
        if not awards:  # no title in the sentence, so no exemplar to name (most sentences: skipped at once)
            continue
        for k in _clause_starts(words, ss, se):
            n = _opener_at(words, k)
            if not n:
                continue
            if k == ss:
                if i == 0:
                    break
                hcues, _, hawards = idx.local(*sents[i - 1])
            else:
                hcues = [c for c in cues if c[0] < k]
                hawards = [a for a in awards if a.end <= k]
            roles = {c[2] for c in hcues}
            if not roles & HONOURED or roles & NOT_HONOURED:
                break
            lo = k + n
            while lo < se:
                hi = next((j for j in range(lo, se) if words[j] == ";"), se)
                if not any(lo <= c[0] < hi for c in cues):
                    titles = sorted((a for a in awards if lo <= a.start and a.end <= hi), key=lambda a: a.start)
                    for t, a in enumerate(titles):
                        if not _agrees(a, hawards):
                            continue
                        stop = titles[t + 1].start if t + 1 < len(titles) else hi
                        named = [p for p in ents if p.kind == "person" and a.end <= p.start < stop]
                        if not named or not _prefixes(words, a, named[0]) or not _listed(
                                words, named[0].end, hi, [(x.start, x.end) for x in ents + titles]):
                            continue
                        if words[a.start - 1].lower() not in PLURALS:
                            named = named[:1]
                        for p in named:
                            if (id(a), p.start) not in had:
                                out.append({"award": a, "name": a.text, "recipient": p, "status": "conferred",
                                            "revoked": False, "sent": (ss, se), "how": "exemplar"})
                lo = hi + 1
            break

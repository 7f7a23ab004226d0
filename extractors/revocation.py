"""Which decision a revocation's sentence names as the one that revokes an award, and which as the one that conferred
it.

A revocation's object follows its verb (``revoke`` cues of ``corpora/gazetteers/triggers.tsv``: "thu hồi", "hủy
quyết định", "tước"…): a decision named after the verb is the conferral revoked ("Thu hồi Bằng khen … đã tặng … tại
Quyết định số 210/QĐ-UBND ngày 5/3/2023", "Hủy Quyết định số 210/QĐ-UBND về việc tặng …"), one named before it is
the act of revoking ("UBND tỉnh ban hành Quyết định số 77/QĐ-UBND thu hồi Bằng khen …").  A decision that names
no revoking decision in its sentence revokes by itself: the revoking decision is the document's own (its header
"Số: 45/QĐ-UBND", or its title "Quyết định số 45/QĐ-UBND … về việc thu hồi …").
"""
from __future__ import annotations

import functools
import re

from .cue_gates import cue_gates, may_hold
from .gazetteer import table, triggers
from .lexicon import DECISION, preamble_opener_before

#: (number as written, ISO date or None); (None, None) when none is named
Decision = tuple


@functools.lru_cache(maxsize=None)
def revoke_cue() -> re.Pattern:
    """The ``revoke`` cues of ``triggers.tsv`` ("thu hồi", "hủy bỏ", "tước"…) as one pattern, longest first."""
    cues = sorted(triggers().get("revoke", ()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, cues)), re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def revoke_gates() -> tuple[str, ...] | None:
    """The gates of the ``revoke`` cues (:func:`extractors.cue_gates.cue_gates`: "hủy", "thu hồ", "tước"): a sentence
    holding none of them, lower-cased, holds no revoke cue."""
    return cue_gates(triggers().get("revoke", ()))


def may_revoke(sentence: str) -> bool:
    """Whether ``sentence`` may hold a revoke cue: one of :func:`revoke_gates` stands in it lower-cased (most
    sentences hold none, and are not searched case-blind at every character)."""
    return may_hold(sentence.lower(), revoke_gates())


@functools.lru_cache(maxsize=4096)  # asked once per conferral of a sentence: the same sentence several times
def first_revoke_cue(sentence: str) -> re.Match | None:
    """``revoke_cue().search(sentence)``, the first revoke cue of ``sentence`` (None when it has none), kept per
    sentence: the engine dates each conferral of a sentence (:func:`extractors.engine._revoking_front_blanked`) and
    :func:`revocation_decisions` reads its roles, about 1,000 searches a pass over dev and real/news for about 570
    sentences (each a case-blind search of the whole sentence), made only where :func:`may_revoke`."""
    return revoke_cue().search(sentence) if may_revoke(sentence) else None


#: words at most between an asking verb and the revoke cue it governs (its addressee, a title with its body and
#: place: "Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", and "xem xét")
ADDRESSEE_WORDS = 12
#: words that, right before a capitalised word, open a new subject after an asking verb's clause
NEW_SUBJECT_MARKS = frozenset({",", "và"})
_TOKEN = re.compile(r"[^\s,.;:!?()]+|[,.;:!?()]")


@functools.lru_cache(maxsize=None)
def _request_words() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """The phrases that ask for a revocation or end the request, lower-cased and split in words, by role:
    ``ask`` (the ``propose`` cues of ``triggers.tsv`` and the ``ask`` verbs of ``revocation_roles.tsv``, less its
    ``noask`` nouns), ``consider`` and ``done`` (``revocation_roles.tsv``); each role's phrases by their first word,
    the longest first (what :func:`_at` looks up: its first match is the longest)."""
    roles = table("revocation_roles.tsv")
    by_role = {r: {p.lower() for p, r2 in roles if r2 == r} for r in ("ask", "consider", "noask", "done")}
    by_role["ask"] = ({c.lower() for c in triggers().get("propose", ())} | by_role["ask"]) - by_role["noask"]
    out: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
    for r, ps in by_role.items():
        firsts: dict[str, list] = {}
        for p in ps:
            words = tuple(p.split())
            if words:
                firsts.setdefault(words[0], []).append(words)
        out[r] = {w: tuple(sorted(v, key=len, reverse=True)) for w, v in firsts.items()}
    return out


@functools.lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """The first words of the ``ask`` and ``consider`` phrases of :func:`_request_words`: where
    :func:`_asked_before` looks for one (no other word opens any)."""
    words = _request_words()
    return frozenset(words["ask"]) | frozenset(words["consider"])


@functools.lru_cache(maxsize=1)
def _opening_scan():
    """A function of a list of lower-case words giving the indices of those opening an asking phrase
    (:func:`_opening_words`), by :func:`extractors.components.base.positions` over a ``WordTest`` (C-level)."""
    from .components.base import WordTest, positions  # (here: the components import this module)
    opening = WordTest(_opening_words().__contains__)
    return lambda low: positions(opening, low, 0, len(low))


def _at(low: list[str], k: int, phrases: dict) -> int:
    """The length in words of the longest of ``phrases`` (word tuples, by their first word, the longest first: a role's
    entry of :func:`_request_words`; the first that matches) written at word ``k`` of ``low``, 0 if none. Only the
    phrases opening on ``low[k]`` are compared (a tuple was made of each phrase at every word: 8.5 ms a pass, session
    38)."""
    if k >= len(low):
        return 0
    return next((len(p) for p in phrases.get(low[k], ()) if tuple(low[k:k + len(p)]) == p), 0)


def _request_from(toks: list[str], low: list[str], k: int, n: int, role: str) -> bool:
    """Whether the asking phrase at words ``[k, k + n)`` of ``toks`` (``low`` lower-cased) governs the revoke cue
    right after ``toks``: it stands right before it ("đề nghị | thu hồi", "đang xem xét | thu hồi", a comma
    between), or, an ``ask`` phrase, is followed by at most :data:`ADDRESSEE_WORDS` words of its addressee
    ("kiến nghị Thủ tướng Chính phủ xem xét | hủy …", "đề nghị Chủ tịch UBND tỉnh xem xét, quyết định | thu hồi …":
    the decision asked for) with none that ends the request: a ``done`` word ("của", "đã": "Theo đề nghị của Sở,
    UBND tỉnh thu hồi …"), a comma or "và" then a capitalised new subject ("Sau khi Sở kiến nghị, Chủ tịch tỉnh
    thu hồi …") unless the addressee opened right after the verb (a list of addressees: "kiến nghị Bộ trưởng Bộ
    Nội vụ, Chủ tịch UBND tỉnh xem xét …"), or any comma when the phrase opens a preamble (after an opener of
    ``preamble_openers.txt``: "Theo kiến nghị Thanh tra tỉnh, Chủ tịch UBND tỉnh quyết định thu hồi …"). A list of
    addressees, each after a comma and a capital, may take :data:`ADDRESSEE_WORDS` words each."""
    rest = toks[k + n:]
    if all(t == "," for t in rest):
        return True
    words = _request_words()
    # a list of addressees ("đề nghị Chủ tịch UBND tỉnh, Giám đốc Sở Y tế xem xét, quyết định …": each opens after a
    # comma with a capital) may take ADDRESSEE_WORDS words each (the second reader, session 25: two were cut off)
    addressees = 1 + sum(t == "," and i + 1 < len(rest) and rest[i + 1][:1].isupper() for i, t in enumerate(rest)) \
        if rest[0][:1].isupper() else 1
    if role != "ask" or len([t for t in rest if t != ","]) > ADDRESSEE_WORDS * addressees or \
            any(t in ".;:!?()" for t in rest):
        return False
    if "," in rest and preamble_opener_before(low, k):
        return False
    addressed = rest[0][:1].isupper()
    for j in range(k + n, len(toks)):
        if _at(low, j, words["done"]):
            return False
        if low[j] in NEW_SUBJECT_MARKS and j + 1 < len(toks) and toks[j + 1][:1].isupper() and not addressed:
            return False
    return True


def _asked_before(text: str) -> bool:
    """Whether ``text``, a sentence up to a revoke cue, ends in a request for it: an asking phrase whose words up
    to the cue make a request (:func:`_request_from`)."""
    toks = _TOKEN.findall(text)
    low = list(map(str.lower, toks))
    words = _request_words()
    for k in _opening_scan()(low):  # (only where a phrase may open)
        for role in ("ask", "consider"):
            n = _at(low, k, words[role])
            if n and _request_from(toks, low, k, n, role):
                return True
    return False


def asks_revocation(stretch: str) -> bool:
    """Whether ``stretch``, the text from a cue up to a revoke cue, asks for that revocation: it opens with an
    asking phrase (a ``propose`` cue, an ``ask`` or ``consider`` verb) that makes a request of the words up to the
    cue (:func:`_request_from`)."""
    toks = _TOKEN.findall(stretch)
    low = [t.lower() for t in toks]
    words = _request_words()
    return any(n and _request_from(toks, low, 0, n, role)
               for role in ("ask", "consider") for n in [_at(low, 0, words[role])])


@functools.lru_cache(maxsize=None)
def _joined() -> re.Pattern:
    """A ``join`` phrase of ``revocation_roles.tsv`` ("và", "đồng thời", ",") ending right where a revoke cue
    starts."""
    phrases = sorted((p for p, role in table("revocation_roles.tsv") if role == "join"), key=len, reverse=True)
    alt = "|".join(("(?<!\\w)" if p[0].isalnum() else "") + re.escape(p) for p in phrases)
    return re.compile(r"(?:%s)\s*$" % alt, re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # asked once per conferral of a sentence: the same sentence several times
def revocation_kind(sentence: str) -> str | None:
    """How ``sentence`` speaks of revoking: "revoked" when a revoke cue of ``triggers.tsv`` stands in it on its own
    ("Thu hồi Bằng khen …"), "asked" when every revoke cue follows a propose cue or an ``ask`` verb, right before
    it or after its addressee ("Đề nghị thu hồi Bằng khen …", "bị đề nghị thu hồi danh hiệu", "kiến nghị Thủ tướng
    xem xét hủy quyết định khen thưởng": a proposal to revoke, which leaves the award conferred and in force, eval
    GUIDELINES: status; :func:`_asked_before`) or goes on from an asked one after a ``join`` phrase of
    ``revocation_roles.tsv`` ("Đề nghị thu hồi Bằng khen … và hủy bỏ Quyết định số …"), None without a revoke
    cue."""
    kinds = []
    for m in revoke_cue().finditer(sentence) if may_revoke(sentence) else ():
        asked = _asked_before(sentence[:m.start()]) or \
            (kinds[-1:] == ["asked"] and bool(_joined().search(sentence, 0, m.start())))
        kinds.append("asked" if asked else "revoked")
    return "revoked" if "revoked" in kinds else ("asked" if kinds else None)


#: a dash inside a decision's number, spaces around it allowed
_DASH = re.compile(r"\s?[-\u2013]\s?")


def decision_of(m: re.Match | None) -> Decision:
    """(number, ISO date or None) of a :data:`~extractors.lexicon.DECISION` match, the number's dashes written "-"
    with no spaces around them ("1358/QĐ – CTN" → "1358/QĐ-CTN"); (None, None) for no match."""
    if m is None:
        return None, None
    date = f"{m.group(4)}-{int(m.group(3)):02d}-{int(m.group(2)):02d}" if m.group(4) else None
    return _DASH.sub("-", m.group(1)), date


@functools.lru_cache(maxsize=4096)  # asked once per conferral of a sentence, as revocation_kind
def sentence_decision(sentence: str) -> Decision:
    """``decision_of(DECISION.search(sentence))``: (number, ISO date or None) of the first decision ``sentence``
    cites, (None, None) when it cites none; kept per sentence (the engine asks it for each conferral of the
    sentence)."""
    return decision_of(DECISION.search(sentence))


def own_decision(title: str | None, header: Decision) -> Decision:
    """The decision a document is: ``header`` (number and date of its header, :func:`engine.document_decision`)
    when it has one, else the decision its title opens with ("Quyết định số 45/QĐ-UBND ngày 12/9/2024 về việc
    …"), else (None, None)."""
    if header[0]:
        return header
    return decision_of(DECISION.match(title.strip()) if title else None)


@functools.lru_cache(maxsize=None)
def _roles() -> dict[str, re.Pattern]:
    """The phrases of ``revocation_roles.tsv`` by role, compiled: ``confer`` anywhere in a stretch of text,
    ``passive`` at a stretch's end (right before the cue), ``by`` at a stretch's end (right before a decision)."""
    phrases: dict[str, list[str]] = {}
    for phrase, role in table("revocation_roles.tsv"):
        phrases.setdefault(role, []).append(phrase)
    alt = {r: "|".join(map(re.escape, sorted(p, key=len, reverse=True))) for r, p in phrases.items()}
    return {"confer": re.compile(r"(?<!\w)(?:%s)(?!\w)" % alt["confer"], re.IGNORECASE),
            "passive": re.compile(r"(?<!\w)(?:%s)\s*$" % alt["passive"], re.IGNORECASE),
            "by": re.compile(r"(?<!\w)(?:%s)\s*$" % alt["by"], re.IGNORECASE)}


def _role(sentence: str, m: re.Match, cue: re.Match | None, nxt: int) -> str | None:
    """"conferred", "revoking" or None (unsure) for the decision ``m`` of a revocation's ``sentence`` whose revoke
    cue is ``cue``; ``nxt`` is where the next decision starts (or the sentence ends)."""
    roles = _roles()
    if cue is None:
        return "conferred"
    if m.start() < cue.start():  # before the cue
        between = sentence[m.end():cue.start()]
        if roles["passive"].search(between) or roles["confer"].search(between):
            return "conferred"  # "Quyết định số 210 … tặng Bằng khen … đã bị thu hồi"; "… về việc tặng …, nay thu hồi"
        return "revoking"
    between = sentence[cue.end():m.start()]
    if m.start() < cue.end() or not between.strip(" ,") or roles["confer"].search(between):
        return "conferred"  # "Hủy Quyết định số 9"; "thu hồi Giấy khen đã tặng bà A tại Quyết định số 9"
    if roles["confer"].match(sentence[m.end():nxt].lstrip(" ,")):
        return "conferred"  # "… theo Quyết định số 9 tặng Giấy khen …"
    if roles["by"].search(between):
        return "revoking"  # "bị thu hồi Bằng khen theo Quyết định số 77"
    return None


def revocation_decisions(sentence: str, own: Decision = (None, None)) -> tuple[Decision, Decision]:
    """(conferring, revoking) decisions of a revocation told in ``sentence``, each (number, ISO date or None), by
    the roles of ``revocation_roles.tsv`` around its first revoke cue: a decision after the cue conferred the award
    when a conferring verb stands between them or it is the object of "Hủy (bỏ) Quyết định", revoked it when
    written after "theo"/"tại" with no conferring verb between; one before the cue conferred it when a conferring
    verb or "(đã) bị" follows it up to the cue, else revoked it.  The first conferring one and the last revoking
    one are taken; without a revoking one, ``own``, the decision the document itself is (:func:`own_decision`).
    A decision of no clear role is neither."""
    cue = first_revoke_cue(sentence)
    found = list(DECISION.finditer(sentence))
    conferring = revoking = None
    for i, m in enumerate(found):
        role = _role(sentence, m, cue, found[i + 1].start() if i + 1 < len(found) else len(sentence))
        if role == "conferred" and conferring is None:
            conferring = m
        elif role == "revoking":
            revoking = m
    return decision_of(conferring), decision_of(revoking) if revoking else tuple(own)

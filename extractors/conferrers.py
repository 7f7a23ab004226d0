"""Conferrer completion: who confers each award of a document's conferrals, written in full from the document.

An award's name often states its conferrer short ("Bằng khen của Bộ trưởng", "Giấy khen của Giám đốc Sở Y tế",
"Bằng khen của Chủ tịch UBND tỉnh"), or none at all inside a decision that confers it.  The document says the
rest: the issuing body of its letterhead (``conferrer_titles.tsv``: the office leads it), a letterhead body with
its place, the document's place of a level, the decision's issuing body, or an office that issues in its own name
(``issuing_offices.tsv``: "CHỦ TỊCH NƯỚC").  :func:`complete_conferrers` writes each conferral's ``conferrer``
once, after :func:`extractors.resolve.resolve`; the award's name stays as written (GUIDELINES.md).
"""
from __future__ import annotations

import functools
import re

from pipeline.letterhead import letterhead_bodies

from .canonical import (HEADER_BLOCKS, canonical_award, complete_level, document_issuer, issuer_may_confer,
                        level_words, needs_province, with_province)
from .facts import DocumentFacts
from .gazetteer import IssuingOffice, conferrer_titles, issuing_offices


def stated_conferrer(award_name: str) -> str | None:
    """The conferrer an award's name states after "của" ("Bằng khen của Bộ trưởng Bộ Y tế" → "Bộ trưởng Bộ Y
    tế"), None when it states none."""
    i = award_name.find(" của ")
    return award_name[i + 5:] if i >= 0 else None


def issuing_office(blocks, bodies: list[int] | None = None) -> IssuingOffice | None:
    """The :class:`extractors.gazetteer.IssuingOffice` whose name is the issuing body's line of the letterhead of
    ``blocks`` ("CHỦ TỊCH NƯỚC"), or None.  ``bodies``: ``letterhead_bodies(blocks)`` when already found."""
    found = letterhead_bodies(blocks) if bodies is None else bodies
    return issuing_offices().get(" ".join(blocks[found[-1]].text.lower().split())) if found else None


def office_confers(office: IssuingOffice, award: str) -> bool:
    """Whether ``office`` confers ``award`` (its form or its catalogue name among those it confers)."""
    ca = canonical_award(award)
    return not ca.conferrer and (ca.form in office.confers or ca.base in office.confers)


def complete_conferrer(conferrer: str, issuing_body: str, placed, issuer) -> str:
    """A conferrer its award names short, completed from the document: an office alone
    (:func:`extractors.gazetteer.conferrer_titles`: "Bộ trưởng", "Giám đốc") with the letterhead's issuing body
    when the office leads such a body ("Bộ trưởng Bộ Y tế", "Giám đốc Sở Y tế tỉnh Nghệ An"); a letterhead body
    written without its place with it (``placed`` of :func:`extractors.engine._placer`, or None: "Giám đốc Sở Y
    tế" → "… tỉnh Nghệ An"); a level with the document's place of that level (``issuer()``, a function giving the
    document's :class:`extractors.canonical.Issuer`, called only when needed;
    :func:`extractors.canonical.complete_level`: "Chủ tịch UBND tỉnh" → "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh",
    "Trưởng ban Ban Thi đua – Khen thưởng tỉnh" → "… tỉnh Quảng Nam"); a department or a committee below a
    province with the province (:func:`extractors.canonical.with_province`).  Otherwise unchanged."""
    heads = conferrer_titles().get(" ".join(conferrer.lower().split()))
    if heads and (issuing_body.lower() + " ").startswith(heads):
        return f"{conferrer} {issuing_body}"
    done = placed(conferrer) if placed else conferrer
    if done == conferrer and _ends_on_level(conferrer):
        done = complete_level(conferrer, issuer().places)
    return with_province(done, issuer()) if needs_province(done) else done


def complete_conferrers(facts: DocumentFacts, blocks, issuing_body: str, placed,
                        office: IssuingOffice | None = None, decision: str | None = None) -> None:
    """Each conferral's ``conferrer``, placed once, here: the one its award's name states (as resolved:
    :func:`stated_conferrer`) completed from the document (:func:`complete_conferrer`; ``issuing_body``: the
    letterhead's issuing body, "" without one; ``placed``: as there); for an award whose name states none,
    conferred by the decision the document's header gives (``decision``, its number), that decision's issuing body
    (a people's committee or its chairman), unless only the State confers that award (orders, medals, honorary
    titles: :func:`extractors.canonical.issuer_may_confer`), or the ``office`` that issues it
    (:func:`issuing_office`) for the awards it confers ("Chủ tịch nước": orders, medals).  An award whose sentence
    names such an office as the one it is given for or by has that office (:func:`named_office`: "thừa ủy quyền
    của Chủ tịch nước, … trao Huân chương …").  The award's name stays
    as written (GUIDELINES.md)."""
    if not facts.conferrals:
        return
    found: list = []

    def issuer():  # read from the document when a conferrer first needs it (most need none)
        if not found:
            found.append(_document_issuer(blocks))
        return found[0]
    for c in facts.conferrals:
        conferrer = stated_conferrer(c.award.text) or c.conferrer
        if conferrer:
            conferrer = complete_conferrer(conferrer, issuing_body, placed, issuer)
        elif c.decision and issuer().body and c.decision == issuer().decision \
                and c.status == "conferred" and not c.revoked and issuer_may_confer(canonical_award(c.award.text)):
            # the decision's own award is conferred by its issuing body: the letterhead's lower line when it names a
            # body under the committee ("UBND TỈNH NGHỆ AN / SỞ Y TẾ": the Sở, whose Giám đốc signs)
            conferrer = _below_committee(issuing_body, placed, issuer) or issuer().body
        elif office and c.decision and c.decision == decision and c.status == "conferred" and not c.revoked \
                and office_confers(office, c.award.text):
            conferrer = office.conferrer
        elif c.status == "conferred" and not c.revoked:
            conferrer = named_office(c.award.sentence, c.award.text)
        c.conferrer = conferrer


def _below_committee(issuing_body: str, placed, issuer) -> str | None:
    """The letterhead's issuing body ``issuing_body`` with its place (``placed``, else the document's province:
    "Sở Y tế" → "Sở Y tế tỉnh Nghệ An") when it is a body under the people's committee the letterhead names above
    it (Nghị định 30/2020/NĐ-CP, Phụ lục I: the governing body above, the issuing body below); None when it is
    the committee itself (:data:`_COMMITTEE_HINT`, or its place alone on a line) or there is none."""
    low = issuing_body.lower()
    if not low or any(h in low for h in _COMMITTEE_HINT) or low.split(None, 1)[0] in _level_words() or \
            " ".join(low.split()[:2]) in _level_words():
        return None  # (a committee set in two lines: "ỦY BAN NHÂN DÂN" over "HUYỆN X")
    done = placed(issuing_body) if placed else issuing_body
    return with_province(done, issuer()) if needs_province(done) else done


#: a syllable of the office holder's name between the office and the verb ("Chủ tịch nước Lương Cường trao …"),
#: capitalised whatever the pattern's case folding
_HOLDER_NAME = r"(?-i:[A-ZĐ]\w*)"


@functools.lru_cache(maxsize=1)
def _office_giving() -> re.Pattern:
    """An office of ``issuing_offices.tsv`` named as the one an award is given for or by: after an opening of
    acting for someone (:data:`extractors.components.conferral_award_names.BEHALF_OPENERS`: "thừa ủy quyền (của)", "thay
    mặt") or before a give verb of ``triggers.tsv`` ("Chủ tịch nước (đã) tặng", also with the holder's name between:
    "Chủ tịch nước Lương Cường trao"); not "Phó Chủ tịch nước" (a presenter)."""
    from .components.conferral_award_names import BEHALF_OPENERS
    from .gazetteer import triggers

    def alternatives(phrases) -> str:
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))
    offices, behalf = alternatives(issuing_offices()), alternatives(BEHALF_OPENERS)
    give = alternatives(triggers()["give"])
    return re.compile(rf"(?<!\w)(?:(?:{behalf})(?:\s+của)?\s+({offices})|(?<!phó )({offices})"
                      rf"(?:\s+{_HOLDER_NAME}){{0,4}}"
                      rf"(?:\s+(?:đã|vừa|ký quyết định|quyết định))*\s+(?:{give}))(?!\w)", re.IGNORECASE)



def named_office(sentence: str, award: str) -> str | None:
    """The conferrer of the office (``issuing_offices.tsv``) that ``sentence`` names as the one ``award`` is given
    for or by (:func:`_office_giving`), when the office confers that award (:func:`office_confers`): "Thừa ủy
    quyền của Chủ tịch nước, ông A trao Huân chương Lao động hạng Ba cho B" and "Chủ tịch nước tặng Huân chương
    …" → "Chủ tịch nước" (Hiến pháp 2013 Điều 88); None otherwise (a presenter alone, "Phó Chủ tịch nước trao
    …", an award the office does not confer).  Seen in 12 documents of dev and ../shared/corpora/real/news."""
    low = sentence.lower()
    if "chủ tịch nước" not in low and "thủ tướng" not in low:
        return None  # (the cheap test first: most sentences name neither office)
    for m in _office_giving().finditer(sentence):
        office = issuing_offices().get(" ".join((m.group(1) or m.group(2)).lower().split()))
        if office and office_confers(office, award):
            return office.conferrer
    return None


def _ends_on_level(conferrer: str) -> bool:
    """Whether ``conferrer`` ends on an administrative level word ("… tỉnh", "… thành phố", "… TP.")."""
    words = conferrer.lower().rstrip(" .").rsplit(None, 2)
    levels = _level_words()
    return len(words) > 1 and (words[-1] in levels or " ".join(words[-2:]) in levels)


@functools.lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    """:func:`extractors.canonical.level_words`, read once."""
    return level_words()


#: a block that may name a people's committee (the cheap test before :func:`extractors.canonical.document_issuer`)
_COMMITTEE_HINT = ("ubnd", "ủy ban nhân dân")


def _document_issuer(blocks):
    """The :class:`extractors.canonical.Issuer` of a document: its header lines (the cells of its first
    ``HEADER_BLOCKS`` blocks; a table row of more than three cells is a list, not a masthead) and its blocks
    that name a people's committee."""
    header = []
    for b in blocks[:HEADER_BLOCKS]:
        lines = [c for c in b.cells if c.strip()] if b.cells else [b.text]
        if len(lines) <= 3:
            header += lines
    texts = [b.text for b in blocks if any(h in b.text.lower() for h in _COMMITTEE_HINT)]
    return document_issuer(header, texts)

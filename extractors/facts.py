"""What extractors produce for one document: mentions and the facts built on them.

Offsets are character offsets into the normalised text of one block
(``Document.blocks[block].text``); ``sentence`` is the text of the sentence
the mention sits in, kept as provenance.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

#: Entity kinds: the ``kind`` of a :class:`Mention`.
KINDS = ("unit", "person", "campaign", "award")


@dataclass
class Mention:
    """A span of one block that names an entity.

    ``kind`` is one of :data:`KINDS`; ``text`` the name as written in the
    document (honorifics and ranks removed for persons); ``block`` the index of
    the block in ``Document.blocks``; ``start``/``end`` character offsets in
    that block's text; ``sentence`` the sentence containing it.
    """

    kind: str
    text: str
    block: int
    start: int
    end: int
    sentence: str = ""


@dataclass
class Official:
    """A named person with the position and unit the document gives ("" when none)."""

    name: Mention
    position: str = ""
    unit: str = ""


@dataclass
class Conferral:
    """A recipient ↔ award fact.

    ``recipient_type`` is ``person`` or ``collective``; ``status`` is
    ``conferred`` or ``proposed`` (a revocation is recorded in ``revoked``,
    the status stays ``conferred``, as GUIDELINES.md says); ``year`` an int or
    None; ``decision`` the decision number as written ("38/QĐ-VKSTC") and
    ``decision_date`` an ISO date when stated; ``conferrer`` who confers it
    when stated ("Chủ tịch nước", "Thủ tướng Chính phủ").  A revoked one has ``revoked_by`` and
    ``revoked_date``, the decision that revoked it (:mod:`extractors.revocation`), ``decision`` staying the one
    that conferred it when the text names it.  ``award_mention``
    is the evidence: the award's span, whose sentence is the provenance.
    """

    recipient: Mention
    recipient_type: str
    award: Mention
    year: int | None = None
    status: str = "conferred"
    decision: str | None = None
    decision_date: str | None = None
    conferrer: str | None = None
    revoked: bool = False
    revoked_by: str | None = None
    revoked_date: str | None = None
    #: the unit a table row names beside its recipient in a "Đơn vị" column: a collective's managing unit
    #: ("Trường THPT X | Sở GD&ĐT Y"), a person's work unit; kept in the knowledge base (outputs.kb
    #: ``recipient_units``) for its links, never a fact of its own
    row_unit: Mention | None = None


def _written_rank(name: str) -> int:
    """How a name is written, worst first: 0 all in capitals (a letterhead), 1 opening in lower case (a unit read
    out of a title: "Trưởng phòng Giáo dục" → "phòng Giáo dục"), 2 as running text writes a name."""
    return 0 if name.isupper() else 1 if name[:1].islower() else 2


#: what every abbreviation of ``unit_abbreviations.tsv`` and ``abbreviations.tsv`` holds (two capitals in a row,
#: "Tp.", "Cty"): a name without it has none to write out
_MAY_ABBREVIATE = re.compile(r"[A-ZĐ]{2}|Tp\.|Cty")


@lru_cache(maxsize=8192)
def _name_key(name: str) -> str:
    """The key :func:`unique_names` compares names by: lower case, spaces collapsed, administrative abbreviations
    written out (:func:`extractors.canonical.expand_abbreviations_raw`)."""
    if _MAY_ABBREVIATE.search(name):
        from .canonical import expand_abbreviations_raw
        name = expand_abbreviations_raw(name)
    return " ".join(name.lower().split())


def unique_names(names) -> list[str]:
    """``names`` once each, a name written again in another letter case or with its administrative abbreviations
    written out once too (a letterhead's "UBND HUYỆN ĐỨC THỌ", the text's "Ủy ban nhân dân huyện Đức Thọ" and
    "UBND huyện Đức Thọ" are one unit; abbreviations of ``unit_abbreviations.tsv`` and ``abbreviations.tsv``
    through :func:`extractors.canonical.expand_abbreviations_raw`): at the place of its first mention, written as
    the first of its best-written mentions writes it (:func:`_written_rank`: running text before a name opening
    in lower case, before all capitals)."""
    out: list[str] = []
    at: dict[str, int] = {}
    for name in names:
        k = _name_key(name)
        if k not in at:
            at[k] = len(out)
            out.append(name)
        elif _written_rank(name) > _written_rank(out[at[k]]):
            out[at[k]] = name
    return out


@lru_cache(maxsize=1)
def _place_levels() -> re.Pattern:
    """A place's level word written with a capital opening a name, a word after it ("Xã Sen Thủy", "Thị Xã Ba
    Đồn", "Thành phố Vinh"; the level words of ``administrative_levels.tsv``, not their short forms)."""
    from .canonical import _level_rows
    words = sorted({w for w, _, _ in _level_rows()}, key=len, reverse=True)
    return re.compile(r"^(?:%s)(?= \w)" % "|".join(
        re.escape(w[:1].upper()) + "".join(f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c) for c in w[1:])
        for w in words))


def award_recipient(name: str, recipient_type: str) -> str:
    """A recipient as the facts write it: a collective whose name opens with a place's level word written with a
    capital (a table cell's or a sentence's first word, "Xã Sen Thủy") with that word in lower case, as running text
    and the annotation guidelines write a place ("xã Sen Thủy"), so the two writings are one award fact; not before
    a lower-case word (a body named after its level: "Tỉnh ủy", "Huyện đoàn") nor in a name of capitals ("XÃ
    SEN THỦY", "Xã ĐB"); any other name as written."""
    if recipient_type != "collective" or not name[:1].isupper():
        return name
    found = _place_levels().match(name)
    after = name[found.end() + 1:found.end() + 3] if found else ""
    if not found or not after[:1].isupper() or after.isupper():
        return name
    return found.group(0).lower() + name[found.end():]


@dataclass
class DocumentFacts:
    """Everything extracted from one document."""

    units: list[Mention] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    campaigns: list[Mention] = field(default_factory=list)
    conferrals: list[Conferral] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every mention, for provenance

    def to_guidelines(self, document: str) -> dict:
        """The GUIDELINES.md JSON object for this document (names as written).

        Units, officials, campaigns and awards are de-duplicated on their text.
        """
        def uniq(items):
            seen, out = set(), []
            for it in items:
                key = repr(it)
                if key not in seen:
                    seen.add(key)
                    out.append(it)
            return out

        return {
            "document": document,
            "units": unique_names(m.text for m in self.units),
            "officials": uniq([{"name": o.name.text, "position": o.position, "unit": o.unit}
                               for o in self.officials]),
            "campaigns": uniq([m.text for m in self.campaigns]),
            "awards": uniq([{"recipient": award_recipient(c.recipient.text, c.recipient_type),
                             "recipient_type": c.recipient_type,
                             "award": c.award.text, "year": c.year, "status": c.status}
                            for c in self.conferrals]),
        }


def outermost(spans):
    """The spans of ``spans`` (any objects with ``.start`` and ``.end``: token Ents, character Mentions of one
    block) not nested inside a longer one, sorted by start, the longer first: a sweep after sorting, O(n log n).
    A span inside a strictly longer one is dropped; spans equal in extent are all kept. Read by the spaCy
    components (persons and units before a cue) and by resolve (award mentions of one block)."""
    spans = sorted(spans, key=lambda x: (x.start, -(x.end - x.start)))
    out = []
    reach = -1
    for x in spans:
        if x.end <= reach and out and not (out[-1].start == x.start and out[-1].end == x.end):
            continue
        out.append(x)
        reach = max(reach, x.end)
    return out

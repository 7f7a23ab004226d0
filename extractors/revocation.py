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

from .gazetteer import triggers
from .lexicon import DECISION

#: (number as written, ISO date or None); (None, None) when none is named
Decision = tuple


@functools.lru_cache(maxsize=None)
def _revoke_cue() -> re.Pattern:
    cues = sorted(triggers().get("revoke", ()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, cues)), re.IGNORECASE)


def _decision(m: re.Match | None) -> Decision:
    if m is None:
        return None, None
    date = f"{m.group(4)}-{int(m.group(3)):02d}-{int(m.group(2)):02d}" if m.group(4) else None
    return m.group(1), date


def own_decision(title: str | None, header: Decision) -> Decision:
    """The decision a document is: ``header`` (number and date of its header, :func:`engine.document_decision`)
    when it has one, else the decision its title opens with ("Quyết định số 45/QĐ-UBND ngày 12/9/2024 về việc
    …"), else (None, None)."""
    if header[0]:
        return header
    return _decision(DECISION.match(title.strip()) if title else None)


def revocation_decisions(sentence: str, own: Decision = (None, None)) -> tuple[Decision, Decision]:
    """(conferring, revoking) decisions of a revocation told in ``sentence``: the first decision named after its
    first revoke cue conferred the award, the last one named before the cue revoked it; without one before the cue,
    ``own``, the decision the document itself is (:func:`own_decision`).  Each is (number, ISO date or None)."""
    cue = _revoke_cue().search(sentence)
    at = cue.start() if cue else len(sentence)
    before = after = None
    for m in DECISION.finditer(sentence):
        if m.start() < at:
            before = m
        elif after is None:
            after = m
    return _decision(after), _decision(before) if before else tuple(own)

"""Posthumous awards ("truy tặng"), read from the sentence a conferral came from.

Luật Thi đua, khen thưởng 2022 (Luật số 06/2022/QH15) lets the State and the other conferrers give an award to
a person who has died ("truy tặng" an order, a medal or a title, "truy phong" an honorary title such as Anh hùng
Lực lượng vũ trang nhân dân or Nghệ sĩ nhân dân), and documents say so by that verb: "Chủ tịch nước truy tặng
Huân chương Dũng cảm cho anh A", "ông A được truy tặng danh hiệu …", "Huân chương … được truy tặng cho …".
The extracted conferral carries no such flag (``extractors.facts.Conferral``), so the knowledge base derives it
here from the fact's provenance: the award mention's sentence and, when the recipient follows the award in that
sentence, the words between them.

The rule: the verb of giving nearest before the award in its sentence ("tặng", "trao", "phong", "công nhận",
"khen thưởng", "nhận" or "truy tặng"/"truy phong") is "truy tặng" or "truy phong"; or, when the recipient comes
after the award, the last such verb between the award and the recipient is.  So in "truy tặng Huân chương Dũng
cảm cho anh A và tặng Bằng khen cho anh B" only the Huân chương is posthumous, and in "tặng Bằng khen cho tập
thể X và truy tặng ông Y" the award of Y is.  A list of alternatives ("xét phong tặng, truy tặng danh hiệu
NSND cho 50 cá nhân", "đề nghị tặng/truy tặng Huân chương") states no posthumous award and counts as "tặng".
"""
from __future__ import annotations

import re

from pipeline.model import CELLS

_LETTER = r"[^\W\d_]"
#: the verbs of giving, a posthumous one (group ``truy``) first so that "truy tặng" is one match
GIVE = re.compile(rf"(?<!{_LETTER})(?:(?P<truy>truy\s+(?:tặng|phong))|(?:trao\s+)?tặng|trao|phong|công\s+nhận"
                  rf"|khen\s+thưởng|nhận)(?!{_LETTER})", re.IGNORECASE)
#: "phong tặng, truy tặng", "tặng/truy tặng", "tặng hoặc truy tặng": alternatives, no posthumous award stated
_ALTERNATIVE = re.compile(rf"(?<!{_LETTER})(?:tặng|phong)\s*(?:[,/]|hoặc|và)\s*$", re.IGNORECASE)

#: a cell of an award table's row saying that the row's award is posthumous: a note "Truy tặng" ("Ghi chú"
#: column of a decision's attached list, Nghị định 30/2020/NĐ-CP Phụ lục I), or an award cell "Truy tặng Huân
#: chương …"; at most this many words (a note, not a sentence)
ROW_NOTE = re.compile(rf"^truy\s+(?:tặng|phong)(?!{_LETTER})", re.IGNORECASE)
ROW_NOTE_WORDS = 8

#: the label shown beside a posthumous award by ``sovang who`` and ``sovang awards``
LABEL = "truy tặng"


def _last_is_truy(text: str) -> bool:
    last = None
    for m in GIVE.finditer(text):
        last = m
    return bool(last and last.group("truy") and not _ALTERNATIVE.search(text[:last.start()]))


def is_posthumous(sentence: str, award_start: int, award_end: int | None = None,
                  recipient_start: int | None = None) -> bool:
    """Whether the conferral whose award spans ``sentence[award_start:award_end]`` (offsets in the sentence)
    was awarded posthumously, by the rule of the module doc; ``recipient_start`` is where its recipient starts
    in the same sentence (None when elsewhere)."""
    if not sentence or "truy" not in sentence.lower():
        return False  # the cheap test first: nearly every sentence
    award_start = max(0, min(award_start, len(sentence)))
    if _last_is_truy(sentence[:award_start]):
        return True
    if award_end is not None and recipient_start is not None and recipient_start >= award_end:
        return _last_is_truy(sentence[award_end:recipient_start])
    return False


def in_row(row_text: str) -> bool:
    """Whether a table row's text (cells joined with :data:`CELLS`) holds a cell of :data:`ROW_NOTE` ("1 | Lê Văn
    Hùng | Trường Tiểu học X | Truy tặng"): the row's award is posthumous, wherever the note stands in the row."""
    return CELLS in row_text and any(ROW_NOTE.match(c.strip()) and len(c.split()) <= ROW_NOTE_WORDS
                                     for c in row_text.split(CELLS))


def in_block(block_text: str, sentence: str | None, start: int, end: int, recipient_start: int | None = None) -> bool:
    """:func:`is_posthumous` for a conferral stored in the knowledge base: its award mention at
    ``block_text[start:end]``, in its sentence ``sentence`` (a part of the block's text); ``recipient_start``
    the offset of the recipient mention in the same block's text (None when it is in another block)."""
    if not block_text or not sentence or "truy" not in sentence.lower():
        return False
    if in_row(block_text):
        return True  # a table row's note
    s0 = block_text.rfind(sentence, 0, start + 1)
    if s0 < 0 or s0 + len(sentence) < end:
        s0 = block_text.find(sentence)
    if s0 < 0 or not (s0 <= start <= s0 + len(sentence)):
        return False
    rstart = None
    if recipient_start is not None and s0 <= recipient_start <= s0 + len(sentence):
        rstart = recipient_start - s0
    return is_posthumous(sentence, start - s0, end - s0, rstart)

"""Legal normative documents (văn bản quy phạm pháp luật: a law, a decree, a circular): their articles define the
awards and who may have them ("'Huân chương Quân công' hạng Ba để tặng cho …", "Đối tượng xét tặng … bao gồm: …")
and give none, so the engine reads no conferral from them (eval GUIDELINES.md: a fact is an award somebody
received or was proposed for)."""
from __future__ import annotations

import functools

from extractors.gazetteer import word_list
from pipeline.letterhead import HEADER_BLOCKS, type_line


@functools.lru_cache(maxsize=None)
def normative_types() -> frozenset[str]:
    """The types of ``corpora/gazetteers/normative_types.txt`` (Luật Ban hành VBQPPL, Điều 4), upper-cased as
    :func:`pipeline.letterhead.type_line` writes them ("LUẬT", "NGHỊ ĐỊNH", "THÔNG TƯ")."""
    return frozenset(t.upper() for t in word_list("normative_types.txt"))


def document_type(blocks) -> str | None:
    """The type line of a document's head (:func:`pipeline.letterhead.type_line` of the first of its first
    ``HEADER_BLOCKS`` blocks that is one, or whose first line is one: "QUYẾT ĐỊNH", "LUẬT"), upper-cased; None for
    a document without one (news, letters).  ``blocks``: :class:`pipeline.model.Block` list in reading order."""
    for b in blocks[:HEADER_BLOCKS]:
        # (a block may hold the type line and the title after it, one line each: "THÔNG TƯ\nQuy định chi tiết …",
        # a paragraph of a web page broken by <br>)
        # (without a line break the first line is the whole text: type_line, which splits on blanks, gives it the
        # same answer, not asked twice)
        line = type_line(b.text) or ("\n" in b.text and type_line(b.text.strip().split("\n", 1)[0]))
        if line:
            return line
    return None


def is_normative(blocks) -> bool:
    """Whether the document of ``blocks`` is a legal normative one: its type line (:func:`document_type`) is a type
    of :func:`normative_types` ("LUẬT" under "QUỐC HỘI", "THÔNG TƯ" under "BỘ NỘI VỤ")."""
    kind = document_type(blocks)
    return kind is not None and " ".join(kind.split()) in normative_types()

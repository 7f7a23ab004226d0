"""A file's "Title" property, as the .docx and PDF readers read it: often a template's left-over ("Microsoft Word -
bc.doc", "(anonymous)" from a PDF library), which is no title, and in a PDF sometimes UTF-16 text that pdfminer
leaves undecoded.  Which title a document finally gets (the body's type and subject lines win over a property) is
:func:`pipeline.letterhead.administrative_title`'s business."""
from __future__ import annotations

import re
from typing import Callable

#: a property left by a template or a tool, never the document's title: an office program's or a PDF library's
#: default ("Microsoft Word - bc.doc", "Slide 1", "Document1", "(anonymous)" from reportlab, "Untitled"), a file name
JUNK_TITLE = re.compile(r"microsoft (?:word|excel|powerpoint)|^slide \d|\.(?:docx?|xlsx?|pdf|rtf)\s*$"
                        r"|^(?:untitled|document\d*|tiêu đề|\(anonymous\))$", re.I)
#: the longest property kept as a title (characters): longer ones are a pasted paragraph
TITLE_MAX = 200


def property_text(value: object) -> str:
    """A document-information string of a PDF (``/Title``) as text: bytes decoded as UTF-16 after a byte-order mark
    (:func:`raw_utf16`), else as UTF-8, and a UTF-16 string
    with its byte-order mark (PDF 1.7, 7.9.2.2) that pdfminer left as PDFDocEncoding characters ("ÿþT\\x00…", as
    some scanners write it) decoded as UTF-16, the mark dropped before 8-bit text;
    control characters dropped.  Anything else (None, a number) → ""."""
    if isinstance(value, bytes):
        utf16 = value[:2] in (b"\xfe\xff", b"\xff\xfe")
        value = value.decode("utf-16" if utf16 else "utf-8", "replace")
    if not isinstance(value, str):
        return ""
    if value[:2] in ("\u00fe\u00ff", "\u00ff\u00fe"):
        wide = "\x00" in value  # UTF-16 text has NUL bytes; a mark before 8-bit text ("ÿþPaperPort 14") has none
        try:
            value = value.encode("latin-1").decode("utf-16") if wide else value[2:]
        except (UnicodeEncodeError, UnicodeDecodeError):
            value = value[2:]
    return "".join(c for c in value if c.isprintable() or c.isspace())



def raw_utf16(info: list, key: str) -> bytes | None:
    """The bytes of a PDF document-information entry (pdfminer's ``PDFDocument.info``: a list of dictionaries,
    values bytes or indirect references) written in UTF-16 with its byte-order mark, or None.  pdfminer decodes a
    big-endian one itself, but reads a little-endian one (FF FE, as scanners write it) as PDFDocEncoding
    characters, where no latin-1 encoding gets the bytes back: 0x1E, the high byte of the Vietnamese letters
    U+1Exx (ậ, ế, ờ), is read "˚", and 0xAD is read as NUL, as 0x00 is."""
    from pdfminer.pdftypes import resolve1

    for entries in info or []:
        try:
            value = resolve1(entries.get(key))
        except Exception:  # a broken reference: the decoded metadata is used
            continue
        if isinstance(value, bytes) and value[:2] in (b"\xfe\xff", b"\xff\xfe"):
            return value
    return None


def property_title(value: str, clean: Callable[[str], str]) -> str | None:
    """``value`` (a "Title" property as text) cleaned by the reader's ``clean`` (its blank and marker rules), or None
    when nothing is left, it is longer than :data:`TITLE_MAX` characters or a template's left-over (:data:`JUNK_TITLE`)."""
    title = clean(value)
    if not title or len(title) > TITLE_MAX or JUNK_TITLE.search(title):
        return None
    return title

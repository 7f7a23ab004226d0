"""Plain-text reader: detects the encoding, one block per non-empty line.

Encodings, in order (never guessed silently; the choice is stored as
``Document.encoding``):

1. a byte-order mark: UTF-8-SIG, UTF-16 (LE/BE);
2. UTF-16 without BOM, recognised by NUL bytes in alternate positions;
3. strict UTF-8;
4. Windows-1258 (the Vietnamese Windows code page), accepted only when the
   decoded text contains Vietnamese letters and no C0 control characters;
5. otherwise :class:`~pipeline.model.ReaderError` ("cannot tell the encoding").
"""
from __future__ import annotations

import codecs
import re

from ..model import Block, Document, ReaderError

_VIET = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # \f (page break, as pdftotext writes) is text


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of a text file; returns ``(text, encoding)``.

    Raises ReaderError when the bytes are not text in a supported encoding
    (binary content, or an encoding that cannot be told apart).
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16"), "utf-16"
    sample = data[:4000]
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_nul > 0.3 and even_nul < 0.05:
            return _strict(data, "utf-16-le"), "utf-16-le"
        if even_nul > 0.3 and odd_nul < 0.05:
            return _strict(data, "utf-16-be"), "utf-16-be"
    if b"\x00" in data:
        raise ReaderError("binary content (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _CONTROL.search(text):
            raise ReaderError("binary content (control characters), not a text file")
        return text, "utf-8"
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        raise ReaderError("cannot tell the encoding: not UTF-8, UTF-16 or Windows-1258") from None
    if _CONTROL.search(text) or not _VIET.search(text):
        raise ReaderError("cannot tell the encoding: not UTF-8 or UTF-16, and no Vietnamese text as Windows-1258")
    return text, "cp1258"


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReaderError(f"invalid {encoding} at byte {exc.start}") from None


def read(data: bytes, name: str) -> Document:
    """Read a .txt file: one ``paragraph`` block per non-empty line; the first line is the title."""
    text, encoding = decode(data)
    blocks = [Block(text=line.strip()) for line in text.splitlines() if line.strip()]
    title = blocks[0].text if blocks else None
    return Document(path=name, sha256="", format="txt", blocks=blocks, encoding=encoding, title=title)

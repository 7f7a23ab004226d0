"""News-article reader: one JSON object (a line of a news dataset) → one Document.

Fields: ``id``, ``title``, ``text`` (required: ``text``), optional ``url``,
``date``, ``source``.  The title becomes a ``title`` block, each non-empty line
of ``text`` a paragraph block.  Raises ReaderError when the line is not a JSON
object with a ``text`` string.
"""
from __future__ import annotations

import json

from ..model import Block, Document, ReaderError


def read(data: bytes, name: str) -> Document:
    """Read one JSON Lines article (UTF-8 bytes of the line)."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReaderError(f"not a JSON line: {exc}") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ReaderError("JSON line without a 'text' string")
    title = (obj.get("title") or "").strip() or None
    blocks = [Block(text=title, kind="title")] if title else []
    blocks += [Block(text=line.strip()) for line in obj["text"].splitlines() if line.strip()]
    meta = {k: obj[k] for k in ("id", "url", "source") if obj.get(k)}
    return Document(path=name, sha256="", format="news-jsonl", blocks=blocks, encoding="utf-8", title=title,
                    date=(obj.get("date") or None), meta=meta)

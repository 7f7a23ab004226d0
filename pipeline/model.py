"""The data model shared by every stage: a :class:`Document` of ordered :class:`Block` s.

Readers (``pipeline.readers``) build documents, ``pipeline.normalize`` fills in the
normalised text, extractors read it, and ``outputs.kb`` stores it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Block kinds a reader may emit.
BLOCK_KINDS = ("paragraph", "heading", "table_row", "header", "footer", "title")

#: Document status values stored in the ``documents`` table.
STATUSES = ("ok", "partial", "failed")


@dataclass
class Block:
    """One unit of text in reading order.

    ``text`` is the normalised text (NFC, old-style tone placement, clean
    whitespace; see :mod:`pipeline.normalize`), ``original`` the text exactly as
    the reader produced it.  ``page`` is 1-based (``None`` for formats without
    pages); ``table`` and ``row`` are 0-based table and row numbers within the
    document for ``table_row`` blocks, whose ``cells`` hold one string per
    distinct cell (merged cells once).  ``source`` is ``"text"`` or ``"ocr"``;
    ``confidence`` (0-1) is the OCR engine's mean word confidence for ``"ocr"``
    blocks and None otherwise.
    """

    text: str
    kind: str = "paragraph"
    page: int | None = None
    table: int | None = None
    row: int | None = None
    cells: list[str] | None = None
    original: str = ""
    source: str = "text"
    confidence: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")
        if not self.original:
            self.original = self.text


@dataclass
class Document:
    """A file (or one article of a JSON Lines file) read into blocks.

    ``sha256`` is the hex digest of the file's bytes; ``format`` the reader's
    name (``txt``, ``html``, ``docx``, ``pdf``…); ``encoding`` the detected text
    encoding where the format has one; ``status`` one of :data:`STATUSES` with
    ``error`` giving the reason when it is not ``ok``; ``warnings`` lists
    per-page or per-block problems (e.g. a PDF page without a text layer).
    """

    path: str
    sha256: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    encoding: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD) found in the document, if any
    pages: int | None = None
    status: str = "ok"
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The normalised text of all blocks, one block per line."""
        return "\n".join(b.text for b in self.blocks)


#: what joins the non-empty cells of a table row into its text (:func:`table_row`)
CELLS = " | "


def table_row(cells: list[str], table: int, row: int, page: int | None = None) -> Block:
    """The ``table_row`` block of one table row, as every reader makes it: ``cells`` one string per cell (an empty
    cell kept as "", so every row keeps one value per column), ``text`` the non-empty cells joined with ``" | "``,
    ``table``/``row`` the 0-based table number in the document and row number in its table."""
    return Block(text=CELLS.join(c for c in cells if c), kind="table_row", page=page, table=table, row=row,
                 cells=cells)


class ReaderError(Exception):
    """A file could not be read. The message names the reason (not the path)."""

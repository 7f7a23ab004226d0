"""Read a .csv file (an archive's table exported as comma-, semicolon- or tab-separated text) into one
``table_row`` block per row with content, as the .xlsx reader makes blocks of a sheet's rows.

The text is decoded as a .txt file is (:func:`pipeline.readers.txt.decode`: UTF-8 with or without its byte order
mark, UTF-16, the single-byte Vietnamese encodings and TCVN3/VNI text converted to Unicode); the separator and the
quoting are told by Python's :class:`csv.Sniffer` from the first :data:`SNIFF_CHARS` characters, among
:data:`SEPARATORS`; when it cannot tell, a comma (RFC 4180).  The title is the sheet's (:func:`sheet.sheet_title`:
a one-cell row above the table).
"""
from __future__ import annotations

import csv
import io

from ..model import Document, table_row
from .sheet import sheet_title
from .txt import decode

#: how much of the text the separator is told from
SNIFF_CHARS = 65536
#: the separators a table exported as text uses: a comma (RFC 4180), a semicolon (Excel where the comma is the
#: decimal mark, as in Vietnamese settings), a tab, a vertical bar
SEPARATORS = ",;\t|"


def read(data: bytes, name: str) -> Document:
    """Read a .csv file's bytes: one ``table_row`` block per row holding a filled cell (``table`` 0, ``row`` its
    0-based row in the file among the rows read), each cell stripped.  Raises ReaderError (from ``decode``) for
    bytes that are no text; a file of no filled cell gives no block (``read_bytes`` fails it: "no text …")."""
    text, encoding = decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:SNIFF_CHARS], delimiters=SEPARATORS)
    except csv.Error:  # one column, or too few rows to tell
        dialect = csv.excel
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    blocks = [table_row(cells, 0, r) for r, cells in enumerate(rows) if any(cells)]
    title = sheet_title(rows)
    return Document(path=name, sha256="", format="csv", blocks=blocks, encoding=encoding,
                    title=title[:300] if title else None)

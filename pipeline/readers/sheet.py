"""Spreadsheet reader: .xlsx (openpyxl, read-only), .xls and .ods (LibreOffice → .xlsx).

Lists of award recipients are often kept in spreadsheets.  Every sheet row
with content becomes one ``table_row`` block: ``table`` is the 0-based sheet
number, ``row`` the 0-based row number in the sheet, ``cells`` the row's cells
from the first column to the last non-empty one, ``text`` the non-empty
cells joined with ``" | "``.  A merged range merged across is one cell
(the cells it covers beside its top-left one are left out); merged down, it
leaves an empty cell in its first column in each row below its first, kept
even at the row's end, so that such a row keeps its full width: the tables'
logic gives a row as wide as its header the value of the cell merged down
above it (a unit written once beside several recipients), and a row short of
cells none (a row that holds nothing but such cells, the second row of a
title merged over two rows, is left out).  Values are the cached results of
formulas; error values (``#N/A``, ``#REF!``…) count as empty.

Cells in legacy Vietnamese fonts (``.VnTime``/``.VnTimeH`` TCVN3, ``VNI-*``;
spreadsheets from the 2000s) are converted to Unicode by the cell's font
(:func:`pipeline.legacy.convert_run`); cells in other fonts whose non-ASCII
text, taken together per font, is clearly TCVN3 or VNI are converted too.
``encoding`` names what was found ("vni", "tcvn3+unicode"…) or stays None.

Errors (:class:`~pipeline.model.ReaderError`): not a valid workbook, an
encrypted workbook, a package over :data:`MAX_UNCOMPRESSED`.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from pathlib import Path

from extractors.table_columns import column_key

from .. import legacy, letterhead
from ..model import Block, Document, ReaderError, table_row
from .signatures import EMPTY_ZIP, OLE2, ZIP, foreign
from .txt import read_misnamed

#: Limit on the sum of the uncompressed sizes of the zip members (zip-bomb guard).
MAX_UNCOMPRESSED = 500 * 1024 * 1024

_CELL = re.compile(r"^([A-Z]+)(\d+)$")


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _merged_ranges(ws) -> dict[tuple[int, int], tuple[int, int]]:
    """{(row, column) of every cell a merged range covers except its top-left one: (row, column) of that top-left
    cell}, 1-based, from the sheet's ``mergeCell`` elements (a range over a million cells is ignored)."""
    from lxml import etree

    covered: dict[tuple[int, int], tuple[int, int]] = {}
    try:
        source = ws._get_source()
    except Exception:
        return covered
    try:
        for _, el in etree.iterparse(source, events=("end",), huge_tree=True, resolve_entities=False):
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "mergeCell":
                ref = el.get("ref", "")
                if ":" in ref:
                    a, b = ref.split(":", 1)
                    ma, mb = _CELL.match(a), _CELL.match(b)
                    if ma and mb:
                        r1, c1 = int(ma.group(2)), _col_number(ma.group(1))
                        r2, c2 = int(mb.group(2)), _col_number(mb.group(1))
                        if (r2 - r1 + 1) * (c2 - c1 + 1) <= 1_000_000:
                            for r in range(r1, r2 + 1):
                                for c in range(c1, c2 + 1):
                                    if (r, c) != (r1, c1):
                                        covered[(r, c)] = (r1, c1)
            elif tag == "c":
                el.clear()
    except etree.XMLSyntaxError:
        pass
    finally:
        source.close()
    return covered


def _value_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(data: bytes, name: str, fmt: str = "xlsx") -> Document:
    """Read an .xlsx workbook's bytes (see the module docstring)."""
    with warnings.catch_warnings():  # openpyxl: "Data Validation extension is not supported" and the like
        warnings.simplefilter("ignore")
        return _read_xlsx(data, name, fmt)


def _read_xlsx(data: bytes, name: str, fmt: str) -> Document:
    import openpyxl

    if data.startswith(OLE2):
        # a legacy .xls named .xlsx, or an encrypted workbook: LibreOffice tells which
        if fmt == "xlsx":
            return _via_libreoffice(data, name, "xls", fmt)
        raise ReaderError("an encrypted (password-protected) workbook")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise ReaderError(f"not a valid .{fmt} (corrupt or truncated zip)") from None
    if total > MAX_UNCOMPRESSED:
        raise ReaderError(f"refusing to open: {total // (1024 * 1024)} MB uncompressed "
                          f"(over the {MAX_UNCOMPRESSED // (1024 * 1024)} MB limit; zip bomb?)")
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise ReaderError(f"not a valid .{fmt} workbook ({type(exc).__name__}: {exc})"[:300]) from None
    # rows: (sheet, row, [(text, font)])
    rows: list[tuple[int, int, list[tuple[str, str | None]]]] = []
    across: dict[tuple[int, int], set[int]] = {}  # (sheet, row) -> the places in its cells of ranges merged across
    sheets: list[str] = []
    try:
        for s, ws in enumerate(wb.worksheets):
            sheets.append(ws.title)
            covered = _merged_ranges(ws)
            starts = {first for at, first in covered.items() if at[0] == first[0]}  # (ranges merged across)
            for r, row in enumerate(ws.iter_rows(min_row=1, min_col=1)):
                cells: list[tuple[str, str | None]] = []
                width = 0  # the cells up to the row's last filled one or last one merged down
                for c, cell in enumerate(row):
                    at = (r + 1, c + 1)  # an empty cell (read-only EmptyCell) knows no row nor column
                    if at in covered:
                        if covered[at][1] == at[1]:  # the first column of a range merged down
                            cells.append(("", None))
                            width = len(cells)
                        continue
                    # a formula's cached error (#N/A, #REF!…) is no text
                    value = None if getattr(cell, "data_type", None) == "e" else getattr(cell, "value", None)
                    text = _value_text(value)
                    font = None
                    if text and not text.isascii():
                        try:
                            font = cell.font.name
                        except Exception:
                            font = None
                    if at in starts:
                        across.setdefault((s, r), set()).add(len(cells))
                    cells.append((text, font))
                    if text:
                        width = len(cells)
                if any(text for text, _ in cells):
                    rows.append((s, r, cells[:width]))
    finally:
        wb.close()
    encodings = _convert_cells(rows)
    blocks = []
    for s, r, cells in rows:
        texts = [c[0] for c in cells]
        blocks.append(table_row(texts, s, r))
    title = sheet_title([[c[0] for c in cells] for _, _, cells in rows], [across.get((s, r), set()) for s, r, _ in rows])
    return Document(path=name, sha256="", format=fmt, blocks=blocks, title=title[:300] if title else None,
                    encoding=encodings, meta={"sheets": sheets})


def sheet_title(rows: list[list[str]], merged: list[set[int]] | None = None) -> str | None:
    """The title of a worksheet, as a reader of the list names it: the first row above its first table row (a row of
    two or more filled cells, the column headings "STT | Họ và tên | …" or data) that has one filled cell with
    letters in it, the merged title row of a list ("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024"); else, among its first
    ``letterhead.HEADER_BLOCKS`` rows, the first cell merged across columns and written in capitals (a form's title
    set in the middle of its header, between "Tên đơn vị: …" on the left and "Mẫu số …" on the right,
    :func:`pipeline.letterhead.form_title`), above the table's column headings (:func:`_heading_row`: a heading
    merged over sub-columns, "HÌNH THỨC KHEN THƯỞNG", is none); else None (a list that opens with its column
    headings: they are no title).  ``rows``: each row's cell texts in column order, from the first sheet on;
    ``merged``: for each row, the places
    in its cells of the ranges merged across columns (none when not given).  The rows of a letterhead laid out in
    columns (:func:`_letterhead_row`: the national title, the motto, the place and date) are passed over."""
    merged = merged or [set()] * len(rows)
    for cells in rows:
        filled = [c for c in cells if c and c.strip()]
        if _letterhead_row(filled):
            continue
        if len(filled) >= 2:
            break
        if filled and any(ch.isalpha() for ch in filled[0]):
            return filled[0]
    for cells, places in zip(rows[:letterhead.HEADER_BLOCKS], merged):
        if _heading_row([c for c in cells if c and c.strip()]):
            break  # the table's column headings ("HÌNH THỨC KHEN THƯỞNG" merged over two sub-columns) and below
        if not _letterhead_row([c for c in cells if c]):
            title = next((cells[i] for i in sorted(places) if letterhead.form_title(cells[i])), None)
            if title:
                return title
    return None


def _heading_row(filled: list[str]) -> bool:
    """True for a table's row of column headings, by the headings of ``corpora/gazetteers/table_columns.tsv``
    (:func:`extractors.table_columns.column_key`, Nghị định 98/2023/NĐ-CP Mẫu số 01-07): its first filled cell is
    the number column ("STT"), or two of its cells name columns ("Họ và tên | Đơn vị công tác").  A form's field
    label ending in a colon ("Tên đơn vị:", filled in beside it) names no column.  ``filled``: the row's filled
    cells in column order."""
    if not filled:
        return False
    if column_key(filled[0].strip()) == "number":
        return True
    return sum(1 for c in filled if not c.rstrip().endswith(":") and column_key(c)) >= 2


def _letterhead_row(cells: list[str]) -> bool:
    """True for a row of a page's letterhead laid out in columns (Nghị định 30/2020/NĐ-CP, Phụ lục I): the body's
    name on the left beside the national title, its motto, or the place and date on the right ("Nghệ An, ngày …");
    the patterns are :mod:`pipeline.letterhead`'s."""
    return any(letterhead.TITLE.search(c) or letterhead.MOTTO.search(c) or letterhead.DATE.match(c.strip())
               for c in cells)


def _convert_cells(rows) -> str | None:
    """Convert legacy-font cells in place; returns the encoding label or None."""
    found: dict[str, int] = {}
    others: dict[str, list[tuple[list, int]]] = {}
    unicode_cells = 0
    for _, _, cells in rows:
        for i, (text, font) in enumerate(cells):
            if not text or text.isascii():
                continue
            converted, enc = legacy.convert_run(text, font)
            if enc:
                cells[i] = (converted, None)
                found[enc] = found.get(enc, 0) + 1
            else:
                others.setdefault(font or "", []).append((cells, i))
    for font, refs in others.items():
        detection = legacy.detect_text(" ".join(cells[i][0] for cells, i in refs))
        if detection.encoding in ("tcvn3", "vni"):
            alias = ".VnTime" if detection.encoding == "tcvn3" else "VNI-Times"
            for cells, i in refs:
                cells[i] = (legacy.convert_run(cells[i][0], alias)[0], None)
            found[detection.encoding] = found.get(detection.encoding, 0) + len(refs)
        else:
            unicode_cells += len(refs)
    if not found:
        return None
    names = sorted(found, key=lambda k: -found[k])
    if unicode_cells:
        names.append("unicode")
    return "+".join(names)


def _via_libreoffice(data: bytes, name: str, suffix: str, fmt: str) -> Document:
    from .office import convert

    converted = convert(data, "." + suffix, "xlsx")
    doc = read_xlsx(converted, name, fmt="xlsx")
    doc.format = fmt
    doc.meta["converted_by"] = "libreoffice"
    return doc


def read(data: bytes, name: str) -> Document:
    """Read a .xlsx, .xls or .ods file into one ``table_row`` block per row with content."""
    fmt = Path(name).suffix.lower().lstrip(".") or "xlsx"
    if fmt in ("xlsx", "xlsm"):
        if not data.startswith((ZIP, EMPTY_ZIP, OLE2)):
            return _no_zip(data, name, fmt)
        return read_xlsx(data, name, fmt)
    if fmt == "xls" and data.startswith(ZIP):
        return read_xlsx(data, name, fmt)  # an .xlsx named .xls
    if foreign(data):  # a text (a TSV named .xls) or junk: read by its content, not imported by LibreOffice
        return read_misnamed(data, name, "." + fmt)
    return _via_libreoffice(data, name, fmt, fmt)


def _no_zip(data: bytes, name: str, fmt: str) -> Document:
    """A file named .xlsx (or .xlsm) with no ZIP container, read by its content as the .xls and .ods readers read a
    foreign one: a text (a TSV an application saved as .xlsx) as a .txt file with the warning "read as .txt: the
    content is not the .xlsx its name says", junk failing "not a .xlsx file (its bytes are neither that format nor a
    text: …)"; a web page (a web application's "export to Excel") or an old Excel binary through LibreOffice as an
    .xls is, with the warning "read as .xls: …".  Before, each failed "not a valid .xlsx (corrupt or truncated zip)",
    which sent the user after a broken download (newcomer, session 46: an HTML table, a TSV and random bytes named
    .xlsx)."""
    if foreign(data):
        return read_misnamed(data, name, "." + fmt)
    from . import read_as_warning

    doc = _via_libreoffice(data, name, "xls", fmt)
    doc.warnings.append(read_as_warning(".xls", "." + fmt))
    return doc

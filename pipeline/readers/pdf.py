"""PDF reader (pdfplumber): the text layer page by page, tables as rows.

Shape of the result
-------------------
* blocks carry ``page`` (1-based) and come in reading order down each page
  (single-column: top to bottom, left to right);
* ``paragraph`` blocks: a line, or consecutive lines joined with a space when
  they wrap (the line above reaches the right margin, the next starts at the
  left margin, same size, normal spacing, and starts no part of its own:
  "Điều 2.", "Nơi nhận:", or "1.", "- …" after a finished line,
  :func:`pipeline.wrap.starts_part`).  A line whose parts stand far apart
  (the two-column heading of an administrative document: "UBND TỈNH …" on the
  left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on the right) gives one block per
  part, so the two are never glued into one phrase;
* ``table_row`` blocks for the tables ``page.find_tables()`` finds (ruled
  tables): ``cells`` holds each distinct cell once (a merged cell once, as
  pdfplumber reports the positions it spans as ``None``), ``text`` the
  non-empty cells joined with ``" | "``, ``table`` the 0-based table number in
  the document, ``row`` the row within that table.  Text inside a table's
  box is not repeated as paragraphs;
* ``table_row`` blocks, the same, for a recipients' table drawn without borders, found under its header ("STT |
  Họ và tên | …") by the columns of its text (:mod:`pipeline.readers.pdf_tables`); its lines are not paragraphs;
* "fake bold" (each glyph drawn twice, slightly shifted) is removed with
  ``page.dedupe_chars()``;
* a page number alone on the first or last line of a page is dropped;
* ``pages``: the page count; ``title``: the metadata title unless it is a
  left-over such as "Microsoft Word - x.docx", else the first block.

Pages without usable text
-------------------------
A page with no text at all (a scan), text made of ``(cid:NN)`` glyphs (a font
without a Unicode map), or text without any letter is left without blocks and
named in ``warnings`` (e.g. ``"page 3: no usable text layer (cid glyphs)"``);
such pages are then read by OCR (:func:`pipeline.ocr.recover_pdf_pages`: the
page rendered at 300 dpi, Tesseract with Vietnamese data, blocks with
``source="ocr"`` and their confidence, "page N: text from OCR (confidence X)"
in ``warnings``).  A page OCR cannot read either (or every such page, when
Tesseract is missing) leaves the document ``status="partial"`` with ``error``
listing those pages and why ("OCR found no text", "OCR unavailable: install
tesseract-ocr and tesseract-ocr-vie"), even when no page at all is usable.
A page that pdfplumber cannot parse is reported the same way.

Errors (:class:`~pipeline.model.ReaderError`): no ``%PDF`` header, a corrupt or
truncated file that cannot be opened or has no readable page, a
password-protected file.

Memory stays bounded by one page: each page is closed (its caches flushed)
before the next is read.
"""
from __future__ import annotations

import io
import logging
import re
import statistics

from ..model import Block, Document, ReaderError, table_row
from ..wording import counted
from ..wrap import cell_wraps, heading_above, is_item_mark, margin, starts_part
from .pdf_tables import borderless_tables
from .properties import property_text, property_title, raw_utf16

# pdfminer logs a warning for every damaged object it works around; the reader reports
# what matters (failed or partial documents), so keep a batch run's log readable
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_CID = re.compile(r"\(cid:\d+\)")
_WS = re.compile(r"\s+")
_PAGE_NUMBER = re.compile(r"^[-–(\s]*(trang\s+)?\d{1,4}([/ ]+\d{1,4})?[-–)\s]*$", re.I)


def _usable(chars: list[dict]) -> str | None:
    """Why a page's chars are not usable text, or None when they are."""
    texts = [c.get("text", "") for c in chars]
    if not any(t.strip() for t in texts):
        return "no text layer"
    cid = sum(1 for t in texts if t.startswith("(cid:"))
    letters = sum(1 for t in texts if len(t) == 1 and t.isalpha())
    if cid and cid >= 0.3 * (cid + letters):
        return "no usable text layer (cid glyphs)"
    if letters == 0:
        return "no usable text layer (no letters)"
    return None


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _lines(words: list[dict]) -> list[dict]:
    """Group words into lines (by vertical position), then split a line where its
    words stand far apart (side-by-side columns) into separate segments (``split``; ``line`` numbers the line a
    segment is part of, ``words`` are its words)."""
    from pdfplumber.utils import cluster_objects

    out: list[dict] = []
    for number, group in enumerate(cluster_objects(words, lambda w: (w["top"] + w["bottom"]) / 2, 2.5)):
        group.sort(key=lambda w: w["x0"])
        size = statistics.median(w.get("size", 10) for w in group) or 10
        gaps = [w["x0"] - prev["x1"] for prev, w in zip(group, group[1:])]
        # a gap wider than an em and than three ordinary gaps of the line separates columns;
        # justified lines stretch all their gaps alike, so they are not split
        wide = max(1.0 * size, 3 * statistics.median(gaps)) if gaps else 0
        segments: list[list[dict]] = [[group[0]]]
        for prev, w in zip(group, group[1:]):
            if w["x0"] - prev["x1"] > wide:
                segments.append([w])
            else:
                segments[-1].append(w)
        for seg in segments:
            out.append({"text": " ".join(w["text"] for w in seg), "x0": seg[0]["x0"], "x1": seg[-1]["x1"],
                        "top": min(w["top"] for w in seg), "bottom": max(w["bottom"] for w in seg),
                        "split": len(segments) > 1, "line": number, "words": seg})
    return out


def _dedupe(chars: list[dict], tolerance: float = 1.0) -> set[int]:
    """ids of "fake bold" duplicates: the same glyph drawn again within ``tolerance`` pt.

    Same rule as ``pdfplumber``'s ``Page.dedupe_chars`` (text, font size and
    position), in linear time: pdfplumber's own sorts made it the slowest step.
    """
    kept: dict[tuple, list[dict]] = {}
    drop: set[int] = set()
    for c in chars:
        text, size = c.get("text"), round(c.get("size", 0), 1)
        row = round(c["top"])
        dup = False
        for r in (row - 1, row, row + 1):
            for k in kept.get((text, size, r), ()):
                if abs(k["x0"] - c["x0"]) <= tolerance and abs(k["top"] - c["top"]) <= tolerance:
                    dup = True
                    break
            if dup:
                break
        if dup:
            drop.add(id(c))
        else:
            kept.setdefault((text, size, row), []).append(c)
    return drop


def _clean(text: str) -> str:
    return _WS.sub(" ", _CID.sub("", text)).strip()


def _paragraphs(lines: list[dict]) -> list[dict]:
    """Join wrapped lines into paragraphs; returns items with ``top`` and ``text``."""
    if not lines:
        return []
    # the text margins: where at least two lines start (end) together, the outermost such
    # place; a lone line further out (a date or a heading beside the margins) does not count
    plain = [ln for ln in lines if not ln.get("split")] or lines
    left = margin([ln["x0"] for ln in plain], outermost=min)
    right = margin([ln["x1"] for ln in plain], outermost=max)
    paras: list[dict] = []
    prev = None
    for ln in lines:
        height = max(1.0, ln["bottom"] - ln["top"])
        joins = (
            prev is not None
            and not prev.get("split") and not ln.get("split")
            and prev["x1"] >= right - 0.06 * (right - left)          # the line above runs to the margin
            and ln["x0"] <= left + 0.6 * height                      # this one starts at the margin
            and 0 <= ln["top"] - prev["bottom"] <= 0.9 * height        # ordinary line spacing
            and abs(height - max(1.0, prev["bottom"] - prev["top"])) <= 0.25 * height
            and not heading_above(prev["text"], ln["text"])  # a capitalised heading
            and not starts_part(prev["text"], ln["text"])  # "Điều 2.", "Nơi nhận:"; an item after a finished line
        )
        text = _clean(ln["text"])
        if not text:
            continue
        if joins and paras:
            paras[-1]["text"] += " " + text
        else:
            paras.append({"top": ln["top"], "text": text})
        prev = ln
    return paras


def _read_page(page, number: int, table_counter: list[int], carry: dict | None = None) -> tuple[list[Block], str | None]:
    """The blocks of one page (or a reason it has no usable text).  ``carry``: the recipients' table without borders
    that the page before ended in (:func:`_borderless`), which this page may go on with; updated for the next page."""
    chars = page.chars
    problem = _usable(chars)
    if problem:  # (scanned, read by OCR apart): the table of the page before goes on no further
        if carry is not None:
            carry.clear()
        return [], problem
    drop = _dedupe(chars)
    if drop:
        page = page.filter(lambda o: id(o) not in drop)
    items: list[tuple[float, int, list[Block]]] = []
    boxes = []
    words = None
    for t in page.find_tables():
        if words is None:
            words = page.extract_words(extra_attrs=["size"])
        rows = [[_ruled_cell(c, box, words) for c, box in zip(row, r.cells) if c is not None]
                for row, r in zip(t.extract(), t.rows)]
        if not any(sum(1 for c in cells if c) >= 2 for cells in rows):
            continue  # a framed paragraph, not a table: read its text as paragraphs
        boxes.append(t.bbox)
        n = table_counter[0]
        table_counter[0] += 1
        blocks = [table_row(cells, n, r, page=number) for r, cells in enumerate(rows) if any(cells)]
        items.append((t.bbox[1], 0, blocks))
    body = page.filter(lambda o: not (o.get("object_type") == "char" and _inside(o, boxes))) if boxes else page
    lines = _lines(body.extract_words(extra_attrs=["size"]))
    carry = {} if carry is None else carry
    for table in _borderless(lines, number, table_counter, carry):  # a recipients' table without borders
        items.append((table.box[1], 0, table.blocks))
        held = {id(part) for part in table.used}
        lines = [ln for ln in lines if id(ln) not in held]
    lines.sort(key=lambda ln: (round(ln["top"]), ln["x0"]))
    for para in _paragraphs(lines):
        items.append((para["top"], 1, [Block(text=para["text"], page=number)]))
    items.sort(key=lambda it: (it[0], it[1]))
    # a page number alone on the first or last line of the page
    for i in (-1, 0):
        if items and items[i][1] == 1 and _PAGE_NUMBER.match(items[i][2][0].text):
            items.pop(i)
    return [b for _, _, blocks in items for b in blocks], None


def _borderless(lines: list[dict], number: int, table_counter: list[int], carry: dict) -> list:
    """The recipients' tables without borders of page ``number`` (:func:`pipeline.readers.pdf_tables.borderless_tables`),
    each with its ``blocks``.  A table that goes on from the page before (``carry``: its columns, table number, next
    row and last row's block) keeps its table number and numbers its rows on; what the page's first lines add to a
    row the page break split goes into that row's block.  ``carry`` is left holding the table this page ends in,
    else empty."""
    carried = (carry["columns"], carry["number"]) if carry else None
    found = borderless_tables(lines, carried)
    before, carry_next = dict(carry), {}
    for table in found:
        rows = table.rows
        if table.goes_on:
            n, first = before["table"], before["row"]
            if any(rows[0]):
                last = before["last"]
                cells = [(c + "\n" + e).strip("\n") for c, e in zip(last.cells, rows[0])]
                joined = table_row(cells, n, last.row)
                last.cells, last.text, last.original = cells, joined.text, joined.original
            rows = rows[1:]
        else:
            n, first = table_counter[0], 0
            table_counter[0] += 1
        table.blocks = [table_row(cells, n, first + r, page=number) for r, cells in enumerate(rows)]
        carry_next = {}
        if table.open and table.blocks:
            numbered = [c[0] for c in rows if c[0]]
            carry_next = {"columns": table.columns, "number": numbered[-1] if numbered else "", "table": n,
                          "row": first + len(rows), "last": table.blocks[-1]}
    carry.clear()
    carry.update(carry_next)
    return found


def _ruled_cell(cell: str, box: tuple[float, float, float, float] | None, words: list[dict]) -> str:
    """A ruled table's ``cell`` as read (:func:`_cell`, then :func:`cell_text`); the page's ``words`` are sorted
    into the cell's ``box`` only when its text has lines to join."""
    text = _cell(cell)
    return cell_text(text, _in_box(words, box) if "\n" in text else [], box)


def _in_box(words: list[dict], box: tuple[float, float, float, float] | None) -> list[dict]:
    """The ``words`` whose centre lies in ``box`` (none when there is no box)."""
    return [w for w in words if _inside(w, [box])] if box else []


def cell_text(text: str, words: list[dict], box: tuple[float, float, float, float] | None) -> str:
    """A ruled table's cell ``text`` (lines parted by ``\\n``, :func:`_cell`) with its wrapped lines joined by a
    space: a line goes on from the one above where its first word would not have fitted there within the cell's
    ``box`` (:func:`pipeline.wrap.cell_wraps`; the text's edge is the box's right side less the padding the text
    keeps on its left, at most 8 points), so "Ông Phan Văn" / "Tâm" in a narrow column is one name, while one name
    a line, or a list item ("- …"), stays a line of its own.  ``words``: the page's words in the box, which must
    fall in as many lines as ``text`` has (else ``text`` is kept as it is)."""
    lines = text.split("\n")
    if len(lines) < 2 or not words or box is None:
        return text
    from pdfplumber.utils import cluster_objects

    rows = [sorted(g, key=lambda w: w["x0"])
            for g in cluster_objects(words, lambda w: (w["top"] + w["bottom"]) / 2, 2.5)]
    if len(rows) != len(lines):
        return text
    pad = min(max(0.0, min(w["x0"] for w in words) - box[0]), 8.0)
    out = lines[0]
    for above, row, line in zip(rows, rows[1:], lines[1:]):
        wraps = cell_wraps(above, row[0], box[2] - pad) and not is_item_mark(line.split()[0])
        out += (" " if wraps else "\n") + line
    return out


def _cell(text: str) -> str:
    """A cell's text: lines kept (as ``\\n``), spaces collapsed, cid glyphs dropped."""
    lines = (_WS.sub(" ", _CID.sub("", line)).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _open_error(exc: Exception) -> ReaderError:
    names = {type(exc).__name__}
    cause = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args and isinstance(exc.args[0], Exception)
                                                 else None)
    if isinstance(cause, Exception):
        names.add(type(cause).__name__)
    text = f"{exc} {cause or ''}".lower()
    if names & {"PDFPasswordIncorrect"} or "password" in text:
        return ReaderError("password-protected PDF (cannot be opened without its password)")
    if names & {"PDFEncryptionError", "PDFEncryptionWarning"} or "encrypt" in text:
        return ReaderError("encrypted PDF (unsupported encryption)")
    detail = " ".join(str(cause if isinstance(cause, Exception) and str(cause) else exc).split())[:120]
    # the parser's own words ("No /Root object! - Is this really a PDF?"), not its exception's class name
    return ReaderError("not a valid PDF (corrupt or truncated)" + (f": {detail}" if detail else ""))


def read(data: bytes, name: str) -> Document:
    """Read a .pdf file into blocks page by page (see the module docstring)."""
    import pdfplumber

    if b"%PDF-" not in data[:1024]:
        raise ReaderError("not a PDF (no %PDF- header)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many types for damaged files
        raise _open_error(exc) from None
    blocks: list[Block] = []
    warnings: list[str] = []
    bad_pages: list[int] = []
    broken = 0
    with pdf:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise _open_error(exc) from None
        count = len(pages)
        if count == 0:
            raise ReaderError("not a valid PDF (corrupt or truncated): no pages")
        tables, carry = [0], {}
        for number, page in enumerate(pages, start=1):
            try:
                page_blocks, problem = _read_page(page, number, tables, carry)
            except Exception as exc:  # a damaged page: report it, read the others (no table goes on across it)
                page_blocks, problem = [], f"cannot be parsed ({type(exc).__name__})"
                carry.clear()
                broken += 1
            finally:
                page.close()
            if problem:
                bad_pages.append(number)
                warnings.append(f"page {number}: {problem}")
            blocks.extend(page_blocks)
        try:
            meta_title = raw_utf16(pdf.doc.info, "Title") or pdf.metadata.get("Title")
        except Exception:
            meta_title = None
    if broken == count:
        raise ReaderError("not a valid PDF (corrupt or truncated): no page could be parsed")
    title = property_title(property_text(meta_title), _clean)
    title_from = "property"
    if not title:
        title, title_from = (blocks[0].text[:300] if blocks else None), "body"
    ocr_note = "OCR needed"
    if bad_pages:  # OCR the pages without usable text (pipeline/ocr.py), one page at a time
        from ..ocr import recover_pdf_pages

        blocks, bad_pages, unavailable = recover_pdf_pages(data, blocks, bad_pages, warnings)
        ocr_note = unavailable or "OCR found no text"
        if not title and blocks:
            title = blocks[0].text[:300]
    doc = Document(path=name, sha256="", format="pdf", blocks=blocks, title=title or None, pages=count,
                   warnings=warnings, meta={"title_from": title_from})
    if bad_pages:
        doc.status = "partial"
        listed = ", ".join(map(str, bad_pages[:20])) + (", …" if len(bad_pages) > 20 else "")
        which = "pages" if len(bad_pages) > 1 else "page"
        doc.error = f"{len(bad_pages)} of {counted(count, 'page')} without usable text ({which} {listed}); {ocr_note}"
    return doc

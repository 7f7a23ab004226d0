"""Word .docx reader (python-docx), paragraphs and tables in document order.

Shape of the result
-------------------
* ``header`` blocks first: the text of every section's headers (default, first
  page, even pages), each distinct paragraph once across sections;
* the body in document order (the ``w:p`` / ``w:tbl`` children of ``w:body``,
  looking inside content controls ``w:sdt``):

  - ``heading`` blocks for paragraphs whose style is ``Title`` or ``Heading*``
    (localised "Heading" names such as ``Tiêu đề 1`` too), ``paragraph``
    blocks for the others (a line break ``w:br`` stays a ``"\\n"`` in the text;
    text boxes are read once, not twice through their VML fallback);
  - one ``table_row`` block per non-empty table row: ``cells`` holds each
    cell once (a horizontally merged cell, ``gridSpan``, is one cell; a cell
    continuing a vertical merge, ``vMerge``, repeats the text of the cell that
    starts it, so each row keeps one value per column), ``text`` is the non-empty cells joined with
    ``" | "``, ``table``/``row`` are the 0-based table number in the document
    and row number in its table;
  - a nested table becomes lines ``"a | b"`` inside its parent cell's text; a
    1×1 table (a layout frame around content) is read as if its content stood
    in the body;
* ``footer`` blocks last, de-duplicated like headers;
* header/footer text that is only a page number ("2", "Trang 2/5") is dropped;
* ``title``: the core-properties title (unless it is a template left-over such
  as "Microsoft Word - x.doc" or longer than 200 characters), else a heading
  among the first ten body blocks, else the first paragraph.

Runs in legacy Vietnamese fonts (``.VnTime``/``.VnTimeH``: TCVN3, capitals for
the ``H`` fonts; ``VNI-*``: VNI-Windows) are converted to Unicode first, run by
run (:func:`pipeline.legacy.convert_docx`); ``encoding`` then names what was
found ("tcvn3", "vni+unicode"…), else it stays None.

Errors (:class:`~pipeline.model.ReaderError`): not a zip / corrupt or truncated
zip; a legacy or password-protected Word file (OLE2 container); a zip without
``word/document.xml``; a total uncompressed size over :data:`MAX_UNCOMPRESSED`
(zip-bomb guard, checked from the zip directory before anything is inflated).
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib

from .. import legacy
from ..model import Block, Document, ReaderError, table_row
from .encrypted import PASSWORD_PROTECTED, password_protected
from .properties import property_title
from .signatures import EMPTY_ZIP, OLE2, ZIP

#: Limit on the sum of the uncompressed sizes of the zip members (zip-bomb guard).
MAX_UNCOMPRESSED = 200 * 1024 * 1024

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")
_PAGE_NUMBER = re.compile(r"^\W*(trang|page)?\s*\d+(\s*(/|of|trên)\s*\d+)?\W*$", re.I)
_HEADING_STYLE = re.compile(r"^(title|heading|tiêu đề|đầu đề)\b", re.I)


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _TBL, _TR, _TC, _SDT, _SDTCONTENT = (_w(t) for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_T, _TAB, _BR, _CR, _NBH = (_w(t) for t in ("t", "tab", "br", "cr", "noBreakHyphen"))
_DEL, _FALLBACK, _INSTR = _w("del"), f"{{{_MC}}}Fallback", _w("instrText")
_SKIP = {_DEL, _FALLBACK, _INSTR, _w("moveFrom")}
_WRAPPERS = {_SDT, _w("customXml")}


def _clean(text: str) -> str:
    lines = (_WS.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _para_text(p) -> str:
    """Text of a ``w:p`` element, runs inside hyperlinks, smart tags, insertions and fields included."""
    parts: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _NBH:
                parts.append("-")
            elif tag in _SKIP:
                continue
            elif tag == _P:  # a paragraph of a text box inside this one
                parts.append("\n")
                walk(child)
                parts.append("\n")
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _unwrap(el, tags: tuple[str, ...]):
    """Children of ``el`` with one of ``tags``, looking inside content controls (``w:sdt``)
    and custom XML wrappers."""
    for child in el:
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS:
            content = child.find(_SDTCONTENT) if child.tag == _SDT else child
            if content is not None:
                yield from _unwrap(content, tags)


def _iter_content(el):
    """``w:p`` and ``w:tbl`` children of a body/cell/header element, in order."""
    return _unwrap(el, (_P, _TBL))


def _rows(tbl) -> list:
    return list(_unwrap(tbl, (_TR,)))


def _row_cells(tr) -> list:
    """The distinct cells of a row: each ``w:tc`` once (a ``gridSpan`` cell is one ``w:tc``),
    without the continuations of vertical merges."""
    return [tc for tc in _unwrap(tr, (_TC,)) if not _is_vmerge_continuation(tc)]


def _aligned_cells(tr, above: dict[int, str]) -> list[str]:
    """The texts of a table row's cells, one per ``w:tc`` (a ``gridSpan`` cell once), where a cell continuing
    a vertical merge repeats the text of the cell that starts it (``above``: grid column → that text, updated
    here), so that every row has its value under each column: a unit or an award written once in a merged
    cell beside several recipients belongs to each of them."""
    out: list[str] = []
    column = 0
    for tc in _unwrap(tr, (_TC,)):
        span = tc.find(f"{_w('tcPr')}/{_w('gridSpan')}")
        width = int(span.get(_w("val"), "1")) if span is not None and span.get(_w("val"), "1").isdigit() else 1
        if _is_vmerge_continuation(tc):
            text = above.get(column, "")
        else:
            text = _cell_text(tc)
            above[column] = text
        out.append(text)
        column += width
    return out


def _is_vmerge_continuation(tc) -> bool:
    """True for a cell continuing a vertical merge (``<w:vMerge/>`` or ``w:val="continue"``)."""
    vmerge = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
    return vmerge is not None and vmerge.get(_w("val")) in (None, "continue")


def _cell_text(tc) -> str:
    lines: list[str] = []
    for el in _iter_content(tc):
        if el.tag == _P:
            lines.append(_para_text(el))
        else:  # a nested table: one line per row
            for tr in _rows(el):
                cells = [_clean(_cell_text(c)).replace("\n", " ") for c in _row_cells(tr)]
                lines.append(" | ".join(c for c in cells if c))
    return _clean("\n".join(lines))


class _Reader:
    def __init__(self, document) -> None:
        self.document = document
        self.blocks: list[Block] = []
        self.tables = 0
        self.styles: dict[str, str] = {}
        try:
            for style in document.styles:
                self.styles[style.style_id] = style.name or ""
        except Exception:  # a broken styles part: headings just come out as paragraphs
            pass

    def _style_name(self, p) -> str:
        pstyle = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        style_id = pstyle.get(_w("val")) if pstyle is not None else None
        return self.styles.get(style_id, style_id) if style_id else ""

    def body(self, el) -> None:
        for child in _iter_content(el):
            if child.tag == _P:
                text = _clean(_para_text(child))
                if text:
                    kind = "heading" if _HEADING_STYLE.match(self._style_name(child)) else "paragraph"
                    self.blocks.append(Block(text=text, kind=kind))
            else:
                self.table(child)

    def table(self, tbl) -> None:
        trs = _rows(tbl)
        tcs = [tc for tr in trs for tc in _unwrap(tr, (_TC,))]
        if len(trs) == 1 and len(tcs) == 1:
            self.body(tcs[0])  # layout frame: read its content as body
            return
        number = self.tables
        self.tables += 1
        above: dict[int, str] = {}  # grid column -> the text of the cell that starts its vertical merge
        for r, tr in enumerate(trs):
            cells = _aligned_cells(tr, above)
            if any(cells):
                self.blocks.append(table_row(cells, number, r))

    def header_footer(self, kind: str) -> list[Block]:
        seen: set[str] = set()
        out: list[Block] = []
        for section in self.document.sections:
            parts = ((section.header, section.first_page_header, section.even_page_header) if kind == "header"
                     else (section.footer, section.first_page_footer, section.even_page_footer))
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                for el in _iter_content(part._element):
                    if el.tag == _P:
                        texts = [_clean(_para_text(el))]
                    else:
                        texts = [_clean(_cell_text(tc)) for tr in _rows(el) for tc in _row_cells(tr)]
                    for text in texts:
                        if text and text not in seen and not _PAGE_NUMBER.match(text):
                            seen.add(text)
                            out.append(Block(text=text, kind=kind))
        return out


def _open_zip(data: bytes) -> None:
    """Validate the zip container before python-docx inflates anything."""
    if data.startswith(OLE2):
        raise ReaderError(PASSWORD_PROTECTED if password_protected(data) else
                          "not a .docx: an OLE2 file (legacy .doc, or a password-protected/encrypted document)")
    if data.startswith(EMPTY_ZIP):  # a ZIP with nothing inside (a newcomer, session 26, read "no ZIP container")
        raise ReaderError("not a valid .docx: an empty ZIP archive (no Word document inside)")
    if not data.startswith(ZIP):  # a text or another format under a .docx name (a newcomer, session 25,
        # read "corrupt or truncated zip" for a text file): no zip at all
        raise ReaderError("not a .docx: no ZIP container at all (a text or another format named .docx)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise ReaderError("not a valid .docx (corrupt or truncated zip)") from None
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise ReaderError(f"refusing to open: {total // (1024 * 1024)} MB uncompressed "
                          f"(over the {MAX_UNCOMPRESSED // (1024 * 1024)} MB limit; zip bomb?)")
    if "[Content_Types].xml" not in names:
        raise ReaderError("not a .docx: a zip file without [Content_Types].xml (not an Office Open XML package)")


def read(data: bytes, name: str) -> Document:
    """Read a .docx file into blocks (see the module docstring)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _open_zip(data)
    # runs in legacy Vietnamese fonts (.VnTime/.VnTimeH TCVN3, VNI-*) become Unicode, font by font
    conversion = legacy.convert_docx(data)
    data = conversion.data
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, zlib.error):
        raise ReaderError("not a valid .docx (corrupt or truncated zip)") from None
    except NotImplementedError as exc:  # zipfile: unknown compression method, strong encryption
        raise ReaderError(f"not a valid .docx (corrupt zip or unsupported zip feature: {exc})") from None
    except KeyError as exc:
        raise ReaderError(f"not a valid .docx (corrupt zip: missing part {exc})") from None
    except (PackageNotFoundError, ValueError) as exc:
        raise ReaderError(f"not a valid .docx ({type(exc).__name__}: {exc})"[:300]) from None
    reader = _Reader(document)
    warnings: list[str] = []
    try:
        reader.body(document.element.body)
        parts = {}
        for kind in ("header", "footer"):
            try:
                parts[kind] = reader.header_footer(kind)
            except (zipfile.BadZipFile, EOFError, zlib.error):
                raise
            except Exception as exc:  # a broken header part should not cost the body
                parts[kind] = []
                warnings.append(f"{kind}s not read ({type(exc).__name__})")
    except (zipfile.BadZipFile, EOFError, zlib.error):
        raise ReaderError("not a valid .docx (corrupt or truncated zip)") from None
    except NotImplementedError as exc:
        raise ReaderError(f"not a valid .docx (corrupt zip or unsupported zip feature: {exc})") from None
    headers, footers = parts["header"], parts["footer"]
    blocks = headers + reader.blocks + footers
    try:
        title = property_title(document.core_properties.title or "", lambda t: _clean(t).replace("\n", " "))
    except Exception:
        title = None
    if title and conversion.encoding:
        # the body had legacy-font runs: the file's title property is in the same 8-bit encoding ("luËt": TCVN3
        # for "luật") and carries no font, so its encoding is detected from its words
        title = legacy.detect_text(title).text
    title_from = "property" if title else "body"
    if not title:
        first = next((b for b in reader.blocks[:10] if b.kind == "heading"), None) \
            or next((b for b in reader.blocks if b.kind == "paragraph"), None)
        title = first.text.replace("\n", " ")[:300] if first else None
    return Document(path=name, sha256="", format="docx", blocks=blocks, title=title,
                    encoding=conversion.encoding, warnings=warnings,
                    meta={"tables": reader.tables, "title_from": title_from})


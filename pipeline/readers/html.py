"""HTML reader: the article's main text, without navigation, share buttons or footers.

Shape of the result
-------------------
* breadcrumb trails (lists with ">" separators) and blocks without any letter
  or digit (rules such as "______") are left out;
* ``heading`` blocks for headings (``<h1>``…``<h6>`` as trafilatura keeps them),
  ``paragraph`` blocks for paragraphs, list items and quotes (a ``<br>`` inside a
  paragraph stays a ``"\\n"`` inside the block's text);
* one ``table_row`` block per non-empty table row: ``cells`` holds one string per
  cell, ``text`` is the cells joined with ``" | "``, ``table``/``row`` are the
  0-based table number in the document and row number in the table; as the
  docx reader gives a Word table's, a cell merged down (``rowspan``) repeats its
  text in each row it covers and a cell merged across (``colspan``) is one cell
  (trafilatura's rows, which pad merged positions with empty cells, are replaced
  by the page's own table);
* ``encoding``: the legacy Vietnamese encoding when the page is TCVN3 or VNI
  (converted by :func:`pipeline.legacy.convert_html`: ``<font face=".VnTime">``,
  ``font-family: VNI-Times``, or a whole page that is clearly one of them),
  otherwise the codec the bytes were decoded with (``utf-8``, ``utf-8-sig``,
  ``utf-16``, ``cp1258``…), see :func:`decode_html`;
* ``title``: the article's first ``<h1>`` if trafilatura kept one, else the
  page metadata title (``og:title``/``<title>``), else the first block;
* ``meta``: ``extractor`` (``"trafilatura"`` or ``"fallback"``) and, where known,
  ``sitename``, ``url``, ``page_date`` (the date trafilatura guessed; not
  necessarily the document's own date).

Main-text extraction uses trafilatura with ``favor_precision`` and tables kept.
Precision mode sometimes drops whole tables (award lists are often tables), so
when the page has tables and the balanced mode keeps more table rows, the
balanced result is used.  When trafilatura returns nothing (short pages), a
simple lxml extraction of ``<body>`` minus ``nav/header/footer/aside/script/
style/form`` and elements whose class or id names boilerplate (share, menu,
breadcrumb, comments, related…) is used instead of returning an empty document.
A signer's column that a page lays out in boxes of its own after the text ("BỘ
TRƯỞNG", "(Đã ký)", the name), which trafilatura leaves out, is taken from that
simple extraction and added after the main text (:func:`_signature_after`).

trafilatura needs ``lxml_html_clean`` (lxml >= 5.2 no longer ships
``lxml.html.clean``); when it cannot be imported the simple extraction is used
and a warning says so.

Errors: :class:`~pipeline.model.ReaderError` when the bytes cannot be decoded as
text (binary content, unknown encoding) or hold no text at all.
"""
from __future__ import annotations

import codecs
import re

from lxml import etree
from lxml import html as lxml_html

from .. import legacy
from ..model import Block, Document, ReaderError, table_row
from .txt import decode as decode_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
              "iframe", "svg", "button", "select")
_BOILERPLATE = re.compile(r"(^|[\s_-])(share|social|breadcrumbs?|menu|navbar|nav|comments?|footer|header|"
                         r"sidebar|related|banner|advert|ads|cookie|print|chia-se|lien-quan)($|[\s_-])", re.I)
_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "figcaption"}


def decode_html(data: bytes) -> tuple[str, str, str | None]:
    """Decode HTML bytes; returns ``(text, encoding, warning)``.

    Order: a byte-order mark; the charset declared in ``<meta charset>`` /
    ``<meta http-equiv>`` or an XML declaration within the first 4 KB (decoded
    strictly); otherwise, or when the bytes are not valid in the declared
    charset, the plain-text detection of :func:`pipeline.readers.txt.decode`
    (UTF-16 without BOM, UTF-8, Windows-1258).  ``warning`` says when the
    declared charset was wrong.  Raises ReaderError for binary content.
    """
    if data.startswith(codecs.BOM_UTF8) or data.startswith(codecs.BOM_UTF16_LE) \
            or data.startswith(codecs.BOM_UTF16_BE):
        text, enc = decode_text(data)
        return text, enc, None
    head = data[:4096]
    declared = None
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if m:
        try:
            declared = codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            declared = None
    warning = None
    if declared and not declared.startswith("utf-16"):
        # windows-125x pages are often declared as iso-8859-1; WHATWG maps that label to cp1252
        codec = "cp1252" if declared in ("iso8859-1", "latin-1") else declared
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            warning = f"declared charset {m.group(1).decode('ascii')} does not match the bytes"
        else:
            if "\x00" in text:
                raise ReaderError("binary content (NUL bytes), not an HTML file")
            return text, codec, None
    text, enc = decode_text(data)
    if warning:
        warning += f"; decoded as {enc}"
    return text, enc, warning


def _clean(text: str) -> str:
    """Collapse spaces on each line, drop empty lines."""
    lines = (_WS.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _xml_text(el: etree._Element) -> str:
    """Text of a trafilatura XML element; ``<lb/>`` becomes a newline."""
    parts: list[str] = []

    def walk(e: etree._Element) -> None:
        if e.tag == "lb":
            parts.append("\n")
        elif e.text:
            parts.append(e.text)
        for child in e:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if e.tag in ("p", "head", "item", "row") and e is not el:
            parts.append("\n")

    walk(el)
    return _clean("".join(parts))


class _Builder:
    """Collects blocks and numbers tables."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.tables = 0

    def add(self, text: str, kind: str = "paragraph") -> None:
        text = _clean(text)
        if text and any(ch.isalnum() for ch in text):  # not a bare separator or rule
            self.blocks.append(Block(text=text, kind=kind))

    def table(self, rows: list[list[str]]) -> None:
        rows = [[_clean(c) for c in cells] for cells in rows]
        if not any(any(cells) for cells in rows):
            return
        for r, cells in enumerate(rows):
            if any(cells):
                self.blocks.append(table_row(cells, self.tables, r))
        self.tables += 1


_SEPARATOR = re.compile(r"^[>»›/|\\-]+$")


def _is_breadcrumb(lst: etree._Element) -> bool:
    """A list whose items include bare separators (">", "»"): a breadcrumb trail."""
    items = [_xml_text(i) for i in lst if i.tag == "item"]
    return any(_SEPARATOR.match(t) for t in items) and len(items) <= 15


def _from_trafilatura_xml(root: etree._Element, out: _Builder, spanned: dict | None = None) -> None:
    """Blocks of trafilatura's XML ``root`` into ``out``; a table whose cells match one of the page's tables with
    merged cells (``spanned``, :func:`_spanned_tables`) takes that table's rows as :func:`_spanned_rows` gives
    them (trafilatura pads a merged cell's other positions with empty cells)."""
    def walk(el: etree._Element) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == "head":
                out.add(_xml_text(child), "heading")
            elif tag in ("p", "quote", "code"):
                out.add(_xml_text(child))
            elif tag == "list":
                if _is_breadcrumb(child):
                    continue
                for item in child:
                    if item.tag == "item":
                        # a nested list inside an item: its items become their own blocks
                        nested = [c for c in item if c.tag == "list"]
                        for n in nested:
                            item.remove(n)
                        out.add(_xml_text(item))
                        for n in nested:
                            holder = etree.Element("div")
                            holder.append(n)
                            walk(holder)
                    elif item.tag == "head":
                        out.add(_xml_text(item), "heading")
            elif tag == "table":
                rows = []
                for row in child.iter("row"):
                    cells = [_xml_text(c) for c in row if c.tag == "cell"]
                    rows.append(cells)
                out.table((spanned or {}).get(_table_key(rows), rows))
            elif tag in ("main", "div", "comments"):
                if tag != "comments":
                    walk(child)
            elif tag == "graphic":
                continue
            else:
                out.add(_xml_text(child))

    main = root.find("main")
    walk(main if main is not None else root)


def _own_rows(table: lxml_html.HtmlElement) -> list:
    """The ``<tr>`` of ``table`` itself, not of a table nested in it."""
    return [tr for tr in table.iter("tr") if tr.getparent() is not None
            and next((a for a in tr.iterancestors() if a.tag == "table"), None) is table]


def _span(td, name: str) -> int:
    """The ``rowspan``/``colspan`` of a cell, 1 when missing or odd (a superscript '²' is a digit that ``int`` cannot
    read: it must not fail the document), at most 100."""
    try:
        value = int((td.get(name) or "1").strip())
    except ValueError:
        return 1
    return min(value, 100) if value > 0 else 1


def _spanned_rows(table: lxml_html.HtmlElement) -> list[list[str]]:
    """The rows of an HTML table as the docx reader gives a Word table's: a cell merged down (``rowspan``) repeats
    its text in each row it covers, so that every row has its value under each column (a unit or an award written
    once beside several recipients belongs to each); a cell merged across (``colspan``) is one cell."""
    rows, below = [], {}  # grid column -> [text, rows still covered, width]
    for tr in _own_rows(table):
        out, col = [], 0
        cells = iter([td for td in tr if td.tag in ("td", "th")])
        while True:
            if col in below:
                text, left, width = below[col]
                out.append(text)
                if left <= 1:
                    del below[col]
                else:
                    below[col][1] -= 1
                col += width
                continue
            td = next(cells, None)
            if td is None:
                later = [c for c in below if c > col]
                if not later:
                    break
                col = min(later)
                continue
            text, width = _lxml_text(td), _span(td, "colspan")
            if _span(td, "rowspan") > 1:
                below[col] = [text, _span(td, "rowspan") - 1, width]
            out.append(text)
            col += width
        rows.append(out)
    return rows


def _table_key(rows: list[list[str]]) -> tuple:
    """The non-empty cell texts of a table, row by row, spaces collapsed: the same for trafilatura's padded rows
    and the page's own."""
    key = (tuple(" ".join(c.split()) for c in cells if c.strip()) for cells in rows)
    return tuple(k for k in key if k)


def _spanned_tables(text: str) -> dict[tuple, list[list[str]]]:
    """{:func:`_table_key` of a table's own cells: :func:`_spanned_rows`} for the page's tables with a merged cell
    (``rowspan``/``colspan`` above 1); {} when the page has none."""
    if "rowspan" not in text.lower() and "colspan" not in text.lower():
        return {}
    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return {}
    found = {}
    for table in tree.iter("table"):
        if any(_span(td, "rowspan") > 1 or _span(td, "colspan") > 1 for tr in _own_rows(table) for td in tr
               if td.tag in ("td", "th")):
            raw = [[_lxml_text(td) for td in tr if td.tag in ("td", "th")] for tr in _own_rows(table)]
            found.setdefault(_table_key(raw), _spanned_rows(table))
    return found


def _table_rows_lxml(table: lxml_html.HtmlElement) -> list[list[str]]:
    return _spanned_rows(table)


def _flat(text: str) -> str:
    """Source line breaks in HTML text are just spaces."""
    return text.replace("\r", " ").replace("\n", " ")


def _lxml_text(el: lxml_html.HtmlElement) -> str:
    parts: list[str] = []

    def walk(e) -> None:
        if not isinstance(e.tag, str):
            return
        if e.tag == "br":
            parts.append("\n")
        elif e.text:
            parts.append(_flat(e.text))
        for child in e:
            walk(child)
            if child.tail:
                parts.append(_flat(child.tail))
        if e.tag in _BLOCK_TAGS or e.tag in ("div", "tr", "table"):
            parts.append("\n")

    walk(el)
    return _clean("".join(parts))


def _fallback(text: str, out: _Builder) -> str | None:
    """Plain lxml extraction of <body> minus boilerplate containers; returns the first
    <h1> (else the <title>) as the title."""
    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8"),
                                             parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None
    title_el = tree.find(".//title")
    title = _clean(title_el.text_content()) if title_el is not None else None
    body = tree.find("body")
    if body is None:
        body = tree
    h1 = body.find(".//h1")
    if h1 is not None and _clean(_lxml_text(h1)):
        title = _clean(_lxml_text(h1)).replace("\n", " ")
    for el in list(body.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(body.iter()):
        if isinstance(el.tag, str) and el.getparent() is not None and el.tag not in ("body", "main", "article") \
                and _BOILERPLATE.search(f"{el.get('class', '')} {el.get('id', '')}"):
            el.drop_tree()
    for el in list(body.iter(etree.Comment)):
        if el.getparent() is not None:
            el.drop_tree()

    def walk(e) -> None:
        loose: list[str] = [_flat(e.text or "")]
        for child in e:
            if not isinstance(child.tag, str):
                loose.append(_flat(child.tail or ""))
                continue
            tag = child.tag
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                out.add("".join(loose)); loose = []
                out.add(_lxml_text(child), "heading")
            elif tag == "table":
                out.add("".join(loose)); loose = []
                out.table(_table_rows_lxml(child))
            elif tag in _BLOCK_TAGS:
                out.add("".join(loose)); loose = []
                if child.find(".//table") is not None or child.find(".//p") is not None:
                    walk(child)
                else:
                    out.add(_lxml_text(child))
            elif tag in ("div", "section", "article", "main", "ul", "ol", "dl", "center", "td", "body",
                         "figure", "details"):
                out.add("".join(loose)); loose = []
                walk(child)
            elif tag == "br":
                loose.append("\n")
            else:
                loose.append(_lxml_text(child) if child.tag not in ("span", "a", "b", "i", "strong", "em", "u",
                                                                     "font", "sup", "sub", "small")
                             else _flat(child.text_content()))
            loose.append(_flat(child.tail or ""))
        out.add("".join(loose))

    walk(body)
    return title


#: an electronic copy's mark of the signature in the page's markup ("(Đã ký)", "[daky]"): only such a page is looked
#: at for a signature block the main-text extraction left out (:func:`_signature_after`)
_SIGNED = re.compile(r"[(\[]\s*(?:đã\s+ký|ký\s+tên|ký\s+số|daky|signed)", re.IGNORECASE)
#: at most this many blocks after the main text's last one are read as a signer's column
SIGNER_BLOCKS = 8


def _signature_after(text: str, blocks: list[Block]) -> list[Block]:
    """The signer's column ("BỘ TRƯỞNG", "(Đã ký)", "Trần Văn Ba") that a page lays out in boxes of its own after
    the main text and trafilatura leaves out (session 38's newcomer: one of ten pages of legal documents lost its
    signer, so ``who`` could not find the minister who signed it), as the blocks the plain extraction
    (:func:`_fallback`) gives right after the main text's last block; [] when the page has no mark of a signature,
    the last block is not found, or the blocks after it are no signer's column
    (:func:`pipeline.letterhead.signer_lines`)."""
    if not blocks or not _SIGNED.search(text):
        return []
    from ..letterhead import signer_lines

    plain = _Builder()
    _fallback(text, plain)
    last = " ".join(blocks[-1].text.split())
    # from the end: a short last line ("Nơi nhận:") may stand earlier too, and what follows its last telling is new
    at = next((i for i in range(len(plain.blocks) - 1, -1, -1) if " ".join(plain.blocks[i].text.split()) == last),
              None)
    if at is None:
        return []
    after = plain.blocks[at + 1:at + 1 + SIGNER_BLOCKS]
    return after[:signer_lines([b.text for b in after])]


def read(data: bytes, name: str) -> Document:
    """Read an .html/.htm file into blocks of its main text (see the module docstring)."""
    text, encoding, warning = decode_html(data)
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml >= 5.2 without the separate lxml_html_clean package
        trafilatura = None
        import_problem = f"trafilatura unavailable ({exc}); used the simple extractor"
    if not text.strip():
        raise ReaderError("no text in the HTML file")
    # lxml refuses str input that carries an XML encoding declaration
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    # legacy Vietnamese text: <font face=".VnTime">, font-family: VNI-Times, or a whole TCVN3/VNI page
    text, legacy_encoding = legacy.convert_html(text)
    if legacy_encoding:
        encoding = legacy_encoding
    out = _Builder()
    meta: dict = {}
    options = dict(output_format="xml", include_tables=True, include_comments=False, include_images=False,
                   with_metadata=True, deduplicate=False)
    xml = None if trafilatura is None else trafilatura.extract(text, favor_precision=True, **options)
    if xml and "<table" in text.lower():
        balanced = trafilatura.extract(text, **options)
        if balanced and balanced.count("<row") > xml.count("<row"):
            xml = balanced
    title = None
    if xml:
        root = etree.fromstring(xml.encode("utf-8"), parser=etree.XMLParser(recover=True, huge_tree=True))
        _from_trafilatura_xml(root, out, _spanned_tables(text) if "<table" in text.lower() else None)
        meta["extractor"] = "trafilatura"
        out.blocks.extend(_signature_after(text, out.blocks))
        for key, attr in (("sitename", "sitename"), ("url", "url"), ("page_date", "date")):
            if root.get(attr):
                meta[key] = root.get(attr)
        h1 = root.find(".//head[@rend='h1']")
        title = (_xml_text(h1) if h1 is not None else None) or (root.get("title") or "").strip() or None
    if not out.blocks:
        out = _Builder()
        page_title = _fallback(text, out)
        meta["extractor"] = "fallback"
        title = title or page_title
    if not title and out.blocks:
        title = out.blocks[0].text.split("\n")[0][:300]
    doc = Document(path=name, sha256="", format="html", blocks=out.blocks, encoding=encoding,
                   title=title.replace("\n", " ") if title else None, meta=meta)
    if warning:
        doc.warnings.append(warning)
    if trafilatura is None:
        doc.warnings.append(import_problem.split("\n")[0])
    if not doc.blocks:
        raise ReaderError("no text found in the HTML body")
    return doc

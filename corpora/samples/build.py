#!/usr/bin/env python3
"""Build the bundled sample corpus: ``src/*.md`` -> ``docs/**`` (.txt, .html, .docx, .pdf, .xlsx, .csv).

Every text in ``src/`` was written by the sovang project (Apache-2.0); the people
in it are invented.  Usage::

    python corpora/samples/build.py            # (re)generate docs/
    python corpora/samples/build.py --check    # rebuild in a temporary folder and
                                               # compare with docs/ byte for byte
    python corpora/samples/build.py --verify   # PDF text layers, .docx open, gold lines

The build is deterministic: fixed ZIP timestamps and core properties in .docx and
.xlsx, ``invariant=1`` in reportlab, explicit byte-order marks and line endings in
.txt and .csv.  Needs python-docx, reportlab and openpyxl (``pip install -e .[test]``).

Source format (one file per document)
-------------------------------------
A front matter between ``---`` lines (``key: value``), then the body:

* ``# text`` / ``## text``  heading (level 1 / 2);
* ``[[name]]`` (or ``[[name widths=12,70,50,38]]``, PDF column widths in mm)
  followed by lines starting with ``|``: a table, cells separated by ``|``; the
  first row is the header; a cell ``^`` is merged vertically with
  the cell above it (a real vertical merge in .docx and .xlsx, a spanned cell
  in .pdf, an empty cell in .txt and .csv);
* any other non-empty line: a paragraph (short lines such as a masthead or a
  signature are paragraphs of their own); blank lines separate groups.

Front matter keys: ``output`` (path under docs/), ``format`` (txt, html, docx,
pdf, xlsx, csv), ``encoding`` for .txt and .csv (utf-8, utf-8-sig, utf-16, cp1258,
and for .txt tcvn3: TCVN 5712:1993 VN3 bytes, the ".VnTime" fonts' encoding),
``unicode`` (NFC by default, or NFD), ``date`` (ISO, used for metadata), ``title``,
``header`` / ``footer`` (.docx), ``site`` / ``section`` / ``byline`` (.html),
``sheet`` (.xlsx: the worksheet's name), ``delimiter`` (.csv: ``,`` by default).

In .xlsx and .csv every paragraph or heading is a row of its own (in .xlsx one
cell merged across the table's width, as a list's title row is) and a blank line
an empty row.
"""
from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import filecmp
import html
import io
import shutil
import sys
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SRC = HERE / "src"
DOCS = HERE / "docs"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
AUTHOR = "sovang sample corpus"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
MERGED = "^"


# --------------------------------------------------------------------------- source


@dataclass
class Item:
    kind: str  # "h1", "h2", "p", "table", "gap"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    name: str = ""
    widths: list[float] | None = None


@dataclass
class Source:
    path: Path
    meta: dict[str, str]
    items: list[Item]

    @property
    def title(self) -> str:
        if self.meta.get("title"):
            return self.meta["title"]
        for item in self.items:
            if item.kind == "h1":
                return item.text
        return self.path.stem

    @property
    def date(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.meta.get("date", "2024-01-01")).replace(hour=8)


def parse(path: Path) -> Source:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
        raise SystemExit(f"{path.name}: missing front matter")
    end = lines.index("---", 1)
    meta = {}
    for line in lines[1:end]:
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    items: list[Item] = []
    table: Item | None = None
    for line in lines[end + 1:]:
        s = line.strip()
        if table is not None and s.startswith("|"):
            table.rows.append([c.strip() for c in s[1:].split("|")])
            continue
        table = None
        if not s:
            if items and items[-1].kind != "gap":
                items.append(Item("gap"))
        elif s.startswith("[[") and s.endswith("]]"):
            name, _, opts = s[2:-2].partition(" ")
            table = Item("table", name=name)
            for opt in opts.split():
                key, _, value = opt.partition("=")
                if key == "widths":  # column widths in mm (PDF)
                    table.widths = [float(w) for w in value.split(",")]
            items.append(table)
        elif s.startswith("## "):
            items.append(Item("h2", s[3:].strip()))
        elif s.startswith("# "):
            items.append(Item("h1", s[2:].strip()))
        else:
            items.append(Item("p", s))
    while items and items[-1].kind == "gap":
        items.pop()
    for item in items:
        if item.kind == "table":
            width = len(item.rows[0])
            if any(len(r) != width for r in item.rows):
                raise SystemExit(f"{path.name}: table {item.name!r} has rows of different widths")
    return Source(path, meta, items)


# --------------------------------------------------------------------------- .txt


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 bytes the way Vietnamese Windows software writes them.

    The code page has the vowels ă â ê ô ơ ư and đ but only a few toned letters,
    so every tone mark is written as a combining character after its vowel.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        if tones:
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
            out.append(base + tones)
        else:
            out.append(ch)
    return "".join(out).encode("cp1258")  # strict: fails loudly on an unmappable character


def encode_tcvn3(text: str) -> bytes:
    """TCVN3 (VN3, ".VnTime" fonts) bytes of a Unicode text, with :mod:`pipeline.legacy`'s table.

    VN3 has no capital letters with a tone mark: such a capital is written as its
    lower-case code, as a typist in a normal (not ``H``) font writes it.  A
    character outside VN3 and Windows-1252 raises ValueError.
    """
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from pipeline import legacy

    return legacy.legacy_to_bytes(legacy.unicode_to_tcvn3(text))


ENCODERS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "cp1258": encode_cp1258,
    "tcvn3": encode_tcvn3,
}
#: encodings whose files come from Windows tools, and so have CRLF line endings
CRLF_ENCODINGS = ("utf-16", "cp1258", "tcvn3")


def encode(src: Source, text: str) -> bytes:
    """``text`` in the source's ``encoding`` (utf-8 by default) and ``unicode`` form."""
    encoding = src.meta.get("encoding", "utf-8")
    if encoding not in ENCODERS:
        raise SystemExit(f"{src.path.name}: unknown encoding {encoding!r}")
    if src.meta.get("unicode", "NFC").upper() == "NFD":
        text = unicodedata.normalize("NFD", text)
    return ENCODERS[encoding](text)


def render_txt(src: Source) -> bytes:
    lines: list[str] = []
    for item in src.items:
        if item.kind == "gap":
            lines.append("")
        elif item.kind == "table":
            lines.extend("\t".join("" if c == MERGED else c for c in row) for row in item.rows)
        else:
            lines.append(item.text)
    newline = "\r\n" if src.meta.get("encoding", "utf-8") in CRLF_ENCODINGS else "\n"
    return encode(src, newline.join(lines) + newline)


# --------------------------------------------------------------------------- .html

HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {site}</title>
<meta name="description" content="{description}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T08:30:00+07:00">
<link rel="stylesheet" href="/static/css/main.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div class="topbar">
  <span class="today">Thứ Hai, {date_vn}</span>
  <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a>
  <form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo.png" alt="{site}"></a>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/thoi-su">Thời sự</a></li>
      <li><a href="/chinh-tri">Chính trị</a></li>
      <li><a href="/kinh-te">Kinh tế</a></li>
      <li class="active"><a href="/giao-duc">{section}</a></li>
      <li><a href="/phap-luat">Pháp luật</a></li>
      <li><a href="/van-hoa">Văn hóa - Thể thao</a></li>
      <li><a href="/video">Video</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; <a href="/giao-duc">{section}</a></div>
<main class="container">
<article class="article-detail">
<h1 class="article-title">{title}</h1>
<div class="article-meta"><span class="author">{byline}</span> <time datetime="{date}">{date_vn} 08:30 (GMT+7)</time></div>
<div class="share-buttons share-top">
  <span>Chia sẻ:</span>
  <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=#">Facebook</a>
  <a class="zalo" href="#">Zalo</a>
  <a class="tw" href="#">Twitter</a>
  <button class="copy-link">Sao chép liên kết</button>
  <button class="print">In bài viết</button>
</div>
<div class="article-body">
{body}
<p class="author-bottom"><strong>{byline}</strong></p>
</div>
<div class="share-buttons share-bottom">
  <span>Chia sẻ bài viết:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a>
  <span class="likes">Thích 128</span>
</div>
<div class="tags">Từ khóa: <a href="/tag/thi-dua">thi đua</a> <a href="/tag/khen-thuong">khen thưởng</a> <a href="/tag/giao-duc">giáo dục</a></div>
</article>
<aside class="related">
  <h3>Tin liên quan</h3>
  <ul>
    <li><a href="/thoi-su/cong-an-huyen-kim-thanh-nhan-co-thi-dua-cua-bo-cong-an.html">Công an huyện Kim Thành nhận Cờ thi đua của Bộ Công an</a></li>
    <li><a href="/giao-duc/tuyen-duong-150-hoc-sinh-gioi-cap-quoc-gia.html">Tuyên dương 150 học sinh giỏi quốc gia năm học 2023 - 2024</a></li>
    <li><a href="/xa-hoi/benh-vien-mat-tinh-don-nhan-huan-chuong-lao-dong-hang-ba.html">Bệnh viện Mắt tỉnh đón nhận Huân chương Lao động hạng Ba</a></li>
  </ul>
  <h3>Đọc nhiều</h3>
  <ol>
    <li><a href="/kinh-te/gia-vai-thieu-dau-mua.html">Giá vải thiều đầu mùa tăng mạnh</a></li>
    <li><a href="/phap-luat/canh-bao-lua-dao-qua-mang.html">Cảnh báo thủ đoạn lừa đảo qua mạng dịp cuối năm</a></li>
  </ol>
</aside>
</main>
<div class="cookie-banner">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. <button>Đồng ý</button></div>
<footer class="site-footer">
  <p><strong>{site}</strong> - Trang tin điện tử tổng hợp</p>
  <p>Giấy phép số 45/GP-STTTT cấp ngày 10/5/2021. Chịu trách nhiệm nội dung: Hà Minh Khôi</p>
  <p>Địa chỉ: Số 12 đường Thanh Niên, thành phố Hải Dương. Điện thoại: 0220 3 851 000. Email: toasoan@tinxudong.example</p>
  <p>&copy; 2024 {site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script src="/static/js/main.js"></script>
</body>
</html>
"""


def render_html(src: Source) -> bytes:
    parts = []
    first = True
    for item in src.items:
        if item.kind in ("gap", "h1"):
            continue
        if item.kind == "h2":
            parts.append(f"<h2>{html.escape(item.text)}</h2>")
        elif item.kind == "table":
            rows = []
            for i, row in enumerate(item.rows):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row if c != MERGED) + "</tr>")
            parts.append("<table>\n" + "\n".join(rows) + "\n</table>")
        elif first:  # the lead ("sapo") in bold, as news sites print it
            parts.append(f'<p class="sapo"><strong>{html.escape(item.text)}</strong></p>')
            first = False
        else:
            parts.append(f"<p>{html.escape(item.text)}</p>")
        if item.kind == "p" and len(parts) == 3:
            parts.append('<figure class="image"><img src="/uploads/2024/11/le-don-nhan.jpg" alt="">'
                         "<figcaption>Các đại biểu dự lễ kỷ niệm. Ảnh: Thanh Hương</figcaption></figure>")
    date = src.date
    page = HTML_TEMPLATE.format(
        title=html.escape(src.title), site=html.escape(src.meta.get("site", "Tin tức")),
        section=html.escape(src.meta.get("section", "Thời sự")), byline=html.escape(src.meta.get("byline", "")),
        description=html.escape(next(i.text for i in src.items if i.kind == "p")[:160]),
        date=date.date().isoformat(), date_vn=f"{date.day:02d}/{date.month:02d}/{date.year}",
        body="\n".join(parts))
    return page.encode("utf-8")


# --------------------------------------------------------------------------- .docx


def render_docx(src: Source) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    section = doc.sections[0]
    if src.meta.get("header"):
        section.header.paragraphs[0].text = src.meta["header"]
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if src.meta.get("footer"):
        section.footer.paragraphs[0].text = src.meta["footer"]
        section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    for item in src.items:
        if item.kind == "gap":
            continue
        if item.kind in ("h1", "h2"):
            p = doc.add_heading(item.text, level=1 if item.kind == "h1" else 2)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif item.kind == "p":
            p = doc.add_paragraph(item.text)
            if item.text.isupper() or len(item.text) < 40:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif item.kind == "table":
            _docx_table(doc, item, WD_TABLE_ALIGNMENT)

    props = doc.core_properties
    set_core_properties(props, src, {})
    props.last_printed = src.date
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue(), src.date)


def _docx_table(doc, item: Item, align) -> None:
    rows = item.rows
    ncols = len(rows[0])
    masthead = item.name == "masthead"
    table = doc.add_table(rows=len(rows), cols=ncols)
    if not masthead:
        table.style = "Table Grid"
    table.alignment = align.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text == MERGED:
                continue
            cell = table.cell(r, c)
            cell.text = text
            if (r == 0 and not masthead) or (masthead and r == 0):
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    # vertical merges: a "^" cell joins the (possibly already merged) cell above it
    for c in range(ncols):
        r = 1
        while r < len(rows):
            if rows[r][c] == MERGED:
                top = r - 1
                end = r
                while end + 1 < len(rows) and rows[end + 1][c] == MERGED:
                    end += 1
                table.cell(top, c).merge(table.cell(end, c))
                r = end + 1
            else:
                r += 1
    if not masthead:
        table.rows[0].repeat_header = True  # python-docx >= 1.2: header row repeats on each page


def set_core_properties(props, src: Source, names: dict[str, str]) -> None:
    """Set an office package's core properties: title, author and last editor (:data:`AUTHOR`), a comment, created
    and modified = the document's date.  ``names`` maps these keys (python-docx's attribute names: ``author``,
    ``last_modified_by``, ``comments``…) to the attribute names of another library (openpyxl: ``creator``…)."""
    values = {"title": src.title, "author": AUTHOR, "last_modified_by": AUTHOR,
              "comments": "Written by the sovang project for its sample corpus; all people are invented.",
              "created": src.date, "modified": src.date}
    for key, value in values.items():
        setattr(props, names.get(key, key), value)


def _fixed_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a ZIP package with fixed timestamps so that the bytes are reproducible."""
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            zout.writestr(fixed, zin.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- .xlsx, .csv


def sheet_rows(src: Source) -> tuple[list[list[str]], int]:
    """The rows of a spreadsheet made of the source, and its width (the widest table's).

    A paragraph or heading is a one-cell row, a blank line an empty row, a table
    its rows (``^`` cells kept, for the renderer to merge or blank).
    """
    width = max((len(i.rows[0]) for i in src.items if i.kind == "table"), default=1)
    rows: list[list[str]] = []
    for item in src.items:
        if item.kind == "gap":
            rows.append([])
        elif item.kind == "table":
            rows.extend(list(r) for r in item.rows)
        else:
            rows.append([item.text])
    return rows, width


def render_xlsx(src: Source) -> bytes:
    """An .xlsx workbook of one sheet (``sheet``: its name) of :func:`sheet_rows`: one-cell rows merged across the
    width, table cells with a thin grid and a bold header, ``^`` cells merged down into the cell above, numbers as
    numbers; fixed core properties and ZIP timestamps (the document's date), so the bytes are reproducible."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    rows, width = sheet_rows(src)
    wb = Workbook()
    ws = wb.active
    ws.title = src.meta.get("sheet", "Sheet1")
    thin = Side(style="thin")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_done = False
    for r, row in enumerate(rows, 1):
        if len(row) == 1:  # a title or note row: one cell merged across the table's width
            cell = ws.cell(r, 1, row[0])
            cell.font = Font(name="Times New Roman", size=12, bold=row[0].isupper())
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
            if width > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
            continue
        for c, text in enumerate(row, 1):
            cell = ws.cell(r, c, None if text == MERGED else (int(text) if text.isdigit() else text))
            cell.font = Font(name="Times New Roman", size=12, bold=not header_done)
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            cell.border = grid
            if text == MERGED and (r == 1 or rows[r - 2][c - 1] != MERGED):
                end = r
                while end < len(rows) and len(rows[end]) > c - 1 and rows[end][c - 1] == MERGED:
                    end += 1
                ws.merge_cells(start_row=r - 1, start_column=c, end_row=end, end_column=c)
        header_done = True
    for c in range(1, width + 1):
        longest = max((len(row[c - 1]) for row in rows if len(row) == width), default=8)
        ws.column_dimensions[get_column_letter(c)].width = min(max(longest + 2, 6), 48)
    set_core_properties(wb.properties, src, {"author": "creator", "last_modified_by": "lastModifiedBy",
                                             "comments": "description"})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()  # not wb.save(), which stamps the current time as modified
    return _fixed_zip(buf.getvalue(), src.date)


def render_csv(src: Source) -> bytes:
    """A .csv of :func:`sheet_rows` (``delimiter``: "," by default), CRLF line ends, every row padded to the table's
    width, ``^`` cells empty, in the source's ``encoding`` (:func:`encode`)."""
    rows, width = sheet_rows(src)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=src.meta.get("delimiter", ","), lineterminator="\r\n")
    for row in rows:  # every row as wide as the table, as a spreadsheet program exports it
        writer.writerow(["" if c == MERGED else c for c in row] + [""] * (width - len(row)))
    return encode(src, out.getvalue())


# --------------------------------------------------------------------------- .pdf


def render_pdf(src: Source) -> bytes:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_BOLD if FONT_BOLD.exists() else FONT)))
        pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold")

    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY,
                          spaceAfter=5)
    centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER, spaceAfter=1)
    h1 = ParagraphStyle("h1", parent=body, fontName="DejaVuSans-Bold", fontSize=14, leading=18,
                        alignment=TA_CENTER, spaceBefore=8, spaceAfter=2)
    h2 = ParagraphStyle("h2", parent=body, fontName="DejaVuSans-Bold", fontSize=11, leading=15, spaceBefore=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, alignment=0, spaceAfter=0)
    head = ParagraphStyle("head", parent=cell, fontName="DejaVuSans-Bold", alignment=TA_CENTER)

    story = []
    for item in src.items:
        if item.kind == "gap":
            story.append(Spacer(1, 3))
        elif item.kind == "h1":
            story.append(Paragraph(html.escape(item.text), h1))
        elif item.kind == "h2":
            # numbered section titles on the left, the subtitle under the main title centred
            style = h2 if item.text[:2].rstrip(".").strip().isalnum() and "." in item.text[:4] else \
                ParagraphStyle("sub", parent=h2, alignment=TA_CENTER)
            story.append(Paragraph(html.escape(item.text), style))
        elif item.kind == "p":
            style = centre if item.text.isupper() or len(item.text) < 60 else body
            story.append(Paragraph(html.escape(item.text), style))
        elif item.kind == "table":
            data, spans = [], []
            for r, row in enumerate(item.rows):
                out = []
                for c, text in enumerate(row):
                    if text == MERGED:
                        out.append("")
                        top = r - 1
                        while item.rows[top][c] == MERGED:
                            top -= 1
                        spans.append(("SPAN", (c, top), (c, r)))
                    else:
                        out.append(Paragraph(html.escape(text), head if r == 0 else cell))
                data.append(out)
            widths = [w * mm for w in item.widths] if item.widths else _pdf_widths(item.rows, 170 * mm)
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                *spans,
            ]))
            story.append(Spacer(1, 4))
            story.append(table)
            story.append(Spacer(1, 6))

    def footer(canvas, doc_):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Trang {doc_.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=src.title, author=AUTHOR,
                            subject="sovang sample corpus", creator="sovang corpora/samples/build.py",
                            invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _pdf_widths(rows: list[list[str]], total: float) -> list[float]:
    """Column widths proportional to the longest text in each column (STT stays narrow)."""
    ncols = len(rows[0])
    longest = [max(len(r[c]) for r in rows) for c in range(ncols)]
    word = [max(len(w) for r in rows for w in r[c].split() or [""]) for c in range(ncols)]
    weights = [max(w + 4, min(n, 48)) for n, w in zip(longest, word)]
    return [total * w / sum(weights) for w in weights]


# --------------------------------------------------------------------------- main

RENDERERS = {"txt": render_txt, "html": render_html, "docx": render_docx, "pdf": render_pdf,
             "xlsx": render_xlsx, "csv": render_csv}


def build(out_dir: Path) -> list[Path]:
    sources = sorted(SRC.glob("*.md"))
    if not sources:
        raise SystemExit(f"no sources in {SRC}")
    written = []
    for path in sources:
        src = parse(path)
        fmt = src.meta.get("format", "")
        target = out_dir / src.meta["output"]
        if target.suffix.lstrip(".") != fmt or fmt not in RENDERERS:
            raise SystemExit(f"{path.name}: output {target.name} does not match format {fmt!r}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(RENDERERS[fmt](src))
        written.append(target)
    return written


def verify() -> list[str]:
    """Problems with the built documents and gold.jsonl (empty list when all is well).

    Every PDF must have a text layer with its Vietnamese letters intact, every
    .docx must open with python-docx, and gold.jsonl must have exactly one line
    per document.
    """
    import json

    problems = []
    built = {str(p.relative_to(DOCS)).replace("\\", "/") for p in DOCS.rglob("*") if p.is_file()}
    for rel in sorted(built):
        path = DOCS / rel
        if path.suffix == ".pdf":
            import pdfplumber

            with pdfplumber.open(path) as pdf:
                text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            src_text = " ".join(i.text for s in map(parse, SRC.glob("*.md")) if s.meta["output"] == rel
                                for i in s.items if i.kind == "p")
            for word in ("ệ", "ư", "ơ", "đ", "ả", "ỗ"):
                if word in src_text and word not in text:
                    problems.append(f"{rel}: letter {word!r} lost in the PDF text layer")
            if not text.strip():
                problems.append(f"{rel}: no text layer")
        elif path.suffix == ".docx":
            import docx

            document = docx.Document(str(path))
            if not document.paragraphs:
                problems.append(f"{rel}: .docx has no paragraphs")
        elif path.suffix == ".xlsx":
            import openpyxl

            sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
            if not any(any(v is not None for v in row) for row in sheet.iter_rows(values_only=True)):
                problems.append(f"{rel}: .xlsx has no filled cell")
    gold = HERE / "gold.jsonl"
    seen = []
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        seen.append(record["document"])
        for key in ("units", "officials", "campaigns", "awards"):
            if not isinstance(record.get(key), list):
                problems.append(f"gold.jsonl line {n}: {key} missing")
    for rel in sorted(set(seen) - built):
        problems.append(f"gold.jsonl names {rel}, which is not built")
    for rel in sorted(built - set(seen)):
        problems.append(f"{rel} has no gold line")
    if len(seen) != len(set(seen)):
        problems.append("gold.jsonl has a document twice")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="rebuild into a temporary folder and compare with docs/ (exit 1 on a difference)")
    parser.add_argument("--verify", action="store_true",
                        help="check docs/ (PDF text layer, .docx opens) and gold.jsonl (one line per document)")
    args = parser.parse_args(argv)
    if args.verify:
        problems = verify()
        for problem in problems:
            print(problem)
        print("ok" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            written = build(Path(tmp))
            bad = []
            for path in written:
                rel = path.relative_to(tmp)
                if not (DOCS / rel).exists() or not filecmp.cmp(path, DOCS / rel, shallow=False):
                    bad.append(str(rel))
            extra = sorted(str(p.relative_to(DOCS)) for p in DOCS.rglob("*") if p.is_file()
                           and not (Path(tmp) / p.relative_to(DOCS)).exists())
        for rel in bad:
            print(f"differs or missing: {rel}")
        for rel in extra:
            print(f"not built from src/: {rel}")
        print("ok" if not bad and not extra else "docs/ is out of date: run build.py")
        return 1 if bad or extra else 0
    if DOCS.exists():
        shutil.rmtree(DOCS)
    for path in build(DOCS):
        print(path.relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())

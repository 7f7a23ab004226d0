"""Builders of the test documents several test modules share: a PDF canvas with a Vietnamese-capable font and a
.docx decision with its recipients' table.  The documents' wording is each test's own."""
from pathlib import Path

import pytest

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def dejavu_canvas(path: Path, size: int = 9):
    """A reportlab A4 canvas writing to ``path`` in DejaVu Sans at ``size`` points (Vietnamese letters need a TTF;
    the tests fail, not skip, without fonts-dejavu-core)."""
    if not DEJAVU.is_file():
        pytest.fail(f"{DEJAVU} is missing: install fonts-dejavu-core")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVuSans", size)
    return c


def decision_docx(path: Path, lines: list[str], rows: list[list[str]],
                  closing: str = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.") -> None:
    """Write a .docx decision to ``path``: the paragraphs ``lines``, a ruled table of ``rows`` (the first is the
    header), then ``closing``."""
    from docx import Document as Docx

    d = Docx()
    for line in lines:
        d.add_paragraph(line)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for k, c in enumerate(row):
            t.cell(r, k).text = c
    d.add_paragraph(closing)
    d.save(str(path))


def without_borders(table) -> None:
    """Turn every border of a python-docx ``table`` off (``w:tblBorders`` with each edge "nil"): a borderless table
    as Word writes it, for the readers' borderless-table tests."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    edges = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        edges.append(el)
    table._tbl.tblPr.append(edges)


def table_pdf(path: Path, head: list[str], rows: list[list[tuple[str, ...]]], tail: list[str],
              columns: tuple[float, ...], right: float, margin: float, ruled: bool = False) -> bytes:
    """Draw a one-page PDF decision at ``path`` and return its bytes: the ``head`` lines, a table, the ``tail`` lines.
    ``rows`` holds each row's lines, each line the text of each column ("" where a cell has no more lines), drawn
    at the x positions ``columns`` (points); with ``ruled`` the rows and columns get their rules (up to ``right``),
    else the table is borderless. ``head`` and ``tail`` start at x = ``margin``."""
    c = dejavu_canvas(path, 9)
    y = 780
    for line in head:
        c.drawString(margin, y, line)
        y -= 16
    y -= 6
    top = y + 12
    for row in rows:
        for cells in row:
            for x, text in zip(columns, cells):
                c.drawString(x + 2, y, text)
            y -= 13
        if ruled:
            c.line(columns[0], y + 9, right, y + 9)
        y -= 4
    if ruled:
        c.line(columns[0], top, right, top)
        for x in tuple(columns) + (right,):
            c.line(x, top, x, y + 13)
    y -= 12
    for line in tail:
        c.drawString(margin, y, line)
        y -= 16
    c.save()
    return path.read_bytes()


def list_pdf(path: Path, lines: list[str], rows: list[list[str]], widths=(35, 120, 90, 150, 100)) -> bytes:
    """A PDF at ``path`` of ``lines`` (paragraphs: a list's title, its caption) over a gridded table of ``rows``
    whose columns are ``widths`` points wide, in DejaVu Sans; returns its bytes."""
    dejavu_canvas(path)  # registers the font
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("p", fontName="DejaVuSans", fontSize=10, leading=13)
    table = Table([[Paragraph(c, style) for c in row] for row in rows], colWidths=list(widths))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(line, style) for line in lines] + [table])
    return path.read_bytes()


def list_xlsx(path: Path, lines: list[str], rows: list[list[str]]) -> bytes:
    """A spreadsheet at ``path`` whose first rows hold ``lines`` (a list's title, its caption) one cell each, then
    ``rows``; returns its bytes."""
    import openpyxl

    wb = openpyxl.Workbook()
    for row in [[line] for line in lines] + rows:
        wb.active.append(row)
    wb.save(path)
    return path.read_bytes()

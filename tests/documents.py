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

"""A borderless PDF table whose cells stand at their bottom (ReportLab's default alignment) with some cells wrapped
on two lines: a row's number sits on its last line, a wrapped cell's first line above it, and rows were read from
each line (the number starting a row), so a wrapped name's first half went into the row above ('Lê Văn Khoa Trịnh
Thị Mỹ' and 'Duyên').  Rows are now the bands of their cells' full height (pipeline.readers.pdf_tables._bands),
the header's cell wrapped above the header's line included.  Found by a newcomer; a PDF of our own wording."""
from __future__ import annotations

from pathlib import Path

from pipeline.readers import read_bytes
from tests.documents import DEJAVU, dejavu_canvas

ROWS = [["STT", "Họ và tên", "Chức vụ", "Nơi công tác", "Hình thức khen thưởng"],
        ["1", "Lê Văn Khoa", "Nhân viên", "Trường Tiểu học Hoa Lư Ninh Bình", "Giấy khen"],
        ["2", "Trịnh Thị Mỹ Duyên", "Tổ trưởng văn phòng", "Trường THCS Yên Mô", "Giấy khen"],
        ["3", "Mai Đức Long", "Thủ quỹ", "Trường THCS Kim Sơn", "Giấy khen"]]


def _reportlab(path: Path, valign: str | None) -> bytes:
    """A decision with ``ROWS`` in a ReportLab table without rules, its cells aligned at ``valign`` (None:
    ReportLab's default, the bottom), padded as ReportLab pads them."""
    dejavu_canvas(path)  # registers the font (and fails without it)
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=10, leading=13)
    table = Table([[Paragraph(c, style) for c in row] for row in ROWS], colWidths=[35, 95, 90, 150, 90])
    if valign:
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), valign)]))
    story = [Paragraph(t, style) for t in ("ỦY BAN NHÂN DÂN HUYỆN YÊN KHÁNH", "QUYẾT ĐỊNH",
                                           "Điều 1. Tặng Giấy khen cho các cá nhân sau:")]
    story += [table, Paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", style)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path.read_bytes()


def _cells(doc) -> list[list[str]]:
    return [[" ".join(c.split()) for c in b.cells] for b in doc.blocks if b.kind == "table_row"]


def test_bottom_aligned_wrapped_cells_stay_in_their_row(tmp_path):
    assert DEJAVU.is_file()
    cells = _cells(read_bytes(_reportlab(tmp_path / "qd.pdf", None), "qd.pdf"))
    assert [r[1] for r in cells] == ["Họ và tên", "Lê Văn Khoa", "Trịnh Thị Mỹ Duyên", "Mai Đức Long"]
    assert [r[2] for r in cells] == ["Chức vụ", "Nhân viên", "Tổ trưởng văn phòng", "Thủ quỹ"]
    assert [r[3] for r in cells] == ["Nơi công tác", "Trường Tiểu học Hoa Lư Ninh Bình", "Trường THCS Yên Mô",
                                     "Trường THCS Kim Sơn"]
    assert cells[0][4] == "Hình thức khen thưởng"  # the header's cell wrapped above the header's line


def test_top_aligned_reads_the_same(tmp_path):
    bottom = _cells(read_bytes(_reportlab(tmp_path / "b.pdf", None), "b.pdf"))
    assert _cells(read_bytes(_reportlab(tmp_path / "top.pdf", "TOP"), "top.pdf")) == bottom

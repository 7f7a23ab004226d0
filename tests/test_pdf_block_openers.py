"""A short PDF decision (an archivist's odd input): its few lines gave a right margin at the end of its short lines,
so "Về việc tặng Bằng khen" was read as running to the margin and "Điều 1. Tặng …" below it was glued onto it as
one paragraph.  A line that opens a block (a legal text's part, a list item: pipeline.wrap.opens_block) starts
its own, as in a .txt or .docx.  Text of our own wording."""
from __future__ import annotations

from pathlib import Path


from pipeline.readers import read_bytes
from tests.documents import dejavu_canvas

LINES = ["UBND TỈNH QUẢNG TRỊ", "Số: 58/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
         "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho Trường Tiểu học Triệu Ái.",
         "- Trường Tiểu học Triệu Ái, huyện Triệu Phong.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]


def _pdf(path: Path) -> bytes:
    return _pdf_of(path, LINES)


def _pdf_of(path: Path, lines: list[str]) -> bytes:
    """A one-page PDF of ``lines``, one under another at the same left margin."""
    c = dejavu_canvas(path, 11)
    for i, line in enumerate(lines):
        c.drawString(78, 760 - 14 * i, line)
    c.save()
    return path.read_bytes()


def test_a_line_opening_an_article_starts_its_own_paragraph(tmp_path):
    doc = read_bytes(_pdf(tmp_path / "qd58.pdf"), "qd58.pdf")
    assert [b.text for b in doc.blocks] == LINES

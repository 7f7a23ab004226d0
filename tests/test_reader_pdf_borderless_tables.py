"""A recipients' table drawn without borders in a PDF (a Word table with its borders off, printed to PDF) gave no
rows: each cell came out a paragraph and the decision no fact.  Under its header ("STT | Họ và tên | …",
corpora/gazetteers/table_columns.tsv) such a table is read by the columns of its text as a ruled one is
(pipeline.readers.pdf_tables).  Found by a newcomer.  PDFs of our own wording: drawn with reportlab, and a
python-docx table without borders converted by LibreOffice; the knowledge base is made by the real CLI."""
from __future__ import annotations

import io
import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.readers import office, read_bytes
from tests.documents import table_pdf, without_borders

COLUMNS = (78, 108, 245, 440)  # STT | Họ và tên | Chức vụ, đơn vị | Hình thức khen thưởng
HEAD = ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
        "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các cá nhân (danh sách kèm theo).",
        "DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG"]
# each row: its lines, each line the text of each column ("" where a cell has no more lines)
ROWS = [[("STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen"), ("", "", "công tác", "thưởng")],
        [("1", "Ông Phạm Quang Vinh", "Trưởng phòng Tổ chức cán bộ,", "Bằng khen"),
         ("", "", "Sở Nội vụ tỉnh Ninh Bình", "")],
        [("2", "Bà Đinh Thị Hồng Nhung", "Giáo viên Trường Tiểu học Gia", "Bằng khen"),
         ("", "", "Vân", "")],
        [("3", "Ông Tạ Văn Lực", "Phó Chủ tịch Ủy ban nhân dân xã", "Bằng khen"),
         ("", "", "Gia Hưng", "")]]
TAIL = ["Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế các quy định trước đây."]


def _drawn(path: Path, ruled: bool = False) -> bytes:
    """A one-page PDF: the heading lines, the table (with its rules when ``ruled``), the closing article."""
    return table_pdf(path, HEAD, ROWS, TAIL, COLUMNS, 540, 78, ruled)


# "thưởng" would not fit after "Hình thức khen" in the last column: the header's wrapped line goes on after a space
# (pipeline.wrap.cell_wraps); the other cells' second lines would have fitted, so they stay lines of their own
EXPECTED = ["STT | Họ và tên | Chức vụ, đơn vị\ncông tác | Hình thức khen thưởng",
            "1 | Ông Phạm Quang Vinh | Trưởng phòng Tổ chức cán bộ,\nSở Nội vụ tỉnh Ninh Bình | Bằng khen",
            "2 | Bà Đinh Thị Hồng Nhung | Giáo viên Trường Tiểu học Gia\nVân | Bằng khen",
            "3 | Ông Tạ Văn Lực | Phó Chủ tịch Ủy ban nhân dân xã\nGia Hưng | Bằng khen"]


def test_a_borderless_table_gives_its_rows(tmp_path):
    doc = read_bytes(_drawn(tmp_path / "qd.pdf"), "qd.pdf")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [b.text for b in rows] == EXPECTED
    assert [(b.table, b.row) for b in rows] == [(0, 0), (0, 1), (0, 2), (0, 3)]
    assert rows[1].cells == ["1", "Ông Phạm Quang Vinh", "Trưởng phòng Tổ chức cán bộ,\nSở Nội vụ tỉnh Ninh Bình",
                             "Bằng khen"]
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[-1] == TAIL[0]  # the closing article is no row
    assert not any("Phạm Quang Vinh" in p for p in paragraphs)  # the cells are not paragraphs too


def test_the_ruled_table_reads_the_same(tmp_path):
    ruled = read_bytes(_drawn(tmp_path / "ruled.pdf", ruled=True), "ruled.pdf")
    assert [b.text for b in ruled.blocks if b.kind == "table_row"] == EXPECTED


def test_running_text_in_columns_is_no_table(tmp_path):
    # no recipients' header: lines standing in columns stay paragraphs
    global ROWS
    saved, ROWS = ROWS, [[("Nơi nhận:", "", "KT. CHỦ TỊCH", "")], [("- Như Điều 3;", "", "PHÓ CHỦ TỊCH", "")]]
    try:
        doc = read_bytes(_drawn(tmp_path / "sign.pdf"), "sign.pdf")
    finally:
        ROWS = saved
    assert not [b for b in doc.blocks if b.kind == "table_row"]


def test_the_decision_gives_its_awards(tmp_path):
    (tmp_path / "docs").mkdir()
    _drawn(tmp_path / "docs" / "qd.pdf")
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    rows = json.loads(CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json"]).output)
    assert sorted(r["recipient"] for r in rows) == ["Phạm Quang Vinh", "Tạ Văn Lực", "Đinh Thị Hồng Nhung"]


def _word_table(borders: bool) -> bytes:
    """A .docx decision with its recipients' table, borders on or off (python-docx)."""
    from docx import Document as Docx

    d = Docx()
    for line in HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=len(ROWS), cols=4)
    if borders:
        t.style = "Table Grid"
    else:
        without_borders(t)
    for r, row in enumerate(ROWS):
        for k in range(4):
            t.cell(r, k).text = " ".join(cells[k] for cells in row if cells[k])
    for line in TAIL:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_word_table_without_borders_reads_as_with_them(soffice):
    plain = read_bytes(office.convert(_word_table(borders=False), ".docx", "pdf"), "plain.pdf")
    ruled = read_bytes(office.convert(_word_table(borders=True), ".docx", "pdf"), "ruled.pdf")
    rows = [b.cells for b in plain.blocks if b.kind == "table_row"]
    assert len(rows) == 4 and rows == [b.cells for b in ruled.blocks if b.kind == "table_row"]
    assert [b.text for b in plain.blocks] == [b.text for b in ruled.blocks]

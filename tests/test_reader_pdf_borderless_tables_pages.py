"""A recipients' table without borders that goes on over the next pages without its header (a Word table with
its borders off, printed to PDF by LibreOffice) gave no rows after the first page: each page's rows were read only
under a header.  The rows at the top of a page now go on with the table the page before ended in, when they stand
in its columns and the first numbered row is numbered next; a row the page break split is one row.  Documents of
our own wording; the knowledge base is made by the real CLI."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.readers import office, read_bytes
from tests.documents import dejavu_canvas, without_borders

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lâm", "Mai", "Nam", "Oanh", "Phúc", "Quế"]
N = 45  # rows enough for three pages
NAMES = [f"{SURNAMES[i % 8]} {MIDDLE[i % 5]} {GIVEN[i % 13]}" for i in range(N)]
HEAD = ["ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
        "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các cá nhân (danh sách kèm theo).",
        "DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG"]
TAIL = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."


def _word(borders: bool) -> bytes:
    """A .docx decision whose recipients' table runs over several pages, borders on or off (python-docx)."""
    from docx import Document as Docx

    d = Docx()
    for line in HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=N + 1, cols=4)
    if borders:
        t.style = "Table Grid"
    else:
        without_borders(t)
    for k, text in enumerate(["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"]):
        t.cell(0, k).text = text
    for i, name in enumerate(NAMES, start=1):
        for k, text in enumerate([str(i), name, f"Giáo viên Trường Tiểu học số {i}", "Bằng khen"]):
            t.cell(i, k).text = text
    d.add_paragraph(TAIL)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


_CONVERTED: dict[str, bytes] = {}


@pytest.fixture
def plain_pdf(soffice) -> bytes:
    """The decision without borders, printed to PDF by LibreOffice once for the module."""
    if "plain" not in _CONVERTED:
        _CONVERTED["plain"] = office.convert(_word(borders=False), ".docx", "pdf")
    return _CONVERTED["plain"]


def test_the_rows_go_on_over_the_pages(plain_pdf):
    doc = read_bytes(plain_pdf, "qd.pdf")
    assert doc.pages >= 3
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [r.cells[0] for r in rows] == ["STT"] + [str(i) for i in range(1, N + 1)]
    assert {r.table for r in rows} == {0} and [r.row for r in rows] == list(range(N + 1))
    assert {r.page for r in rows} >= {1, 2, 3}
    # every row whole, a row the page break split too
    assert [r.cells[1].replace("\n", " ") for r in rows[1:]] == NAMES
    assert [r.cells[2].replace("\n", " ") for r in rows[1:]] == [f"Giáo viên Trường Tiểu học số {i}"
                                                                 for i in range(1, N + 1)]
    paragraphs = [b.text for b in doc.blocks if b.kind != "table_row"]
    assert paragraphs == HEAD + [TAIL]


def test_the_decision_gives_every_page_s_awards(plain_pdf, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qd.pdf").write_bytes(plain_pdf)
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    rows = json.loads(CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json", "--limit", "500"]).stdout)
    assert sorted(r["recipient"] for r in rows) == sorted(NAMES)




def _two_pages(path: Path, second: list[tuple[float, str]]) -> bytes:
    """Page 1: a borderless table running to the page's end; page 2: ``second``, lines (x, text) from the top."""
    c = dejavu_canvas(path, 9)
    y = 800
    c.drawString(78, y, HEAD[3])
    y -= 24
    columns = (80, 110, 250, 440)
    for k, text in enumerate(["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"]):
        c.drawString(columns[k], y, text)
    i = 0
    while y > 60:
        y -= 16
        i += 1
        for x, text in zip(columns, [str(i), NAMES[i % N], f"Giáo viên Trường Tiểu học số {i}", "Bằng khen"]):
            c.drawString(x, y, text)
    c.showPage()
    c.setFont("DejaVuSans", 9)
    y = 800
    for x, text in second:
        c.drawString(x, y, text)
        y -= 16
    c.save()
    return path.read_bytes()


def test_a_page_opening_otherwise_starts_no_rows(tmp_path):
    # a signature block and a heading on the next page are no rows of the table, though they stand in its columns
    data = _two_pages(tmp_path / "a.pdf", [(80, "Nơi nhận:"), (300, "KT. CHỦ TỊCH"), (80, "- Như Điều 3;")])
    doc = read_bytes(data, "a.pdf")
    assert not [b for b in doc.blocks if b.kind == "table_row" and b.page == 2]
    assert [b.text for b in doc.blocks if b.page == 2][:2] == ["Nơi nhận:", "KT. CHỦ TỊCH"]
    # rows numbered anew (another list) do not go on with it either
    data = _two_pages(tmp_path / "b.pdf", [(80, "1"), (80, "2")])
    doc = read_bytes(data, "b.pdf")
    assert not [b for b in doc.blocks if b.kind == "table_row" and b.page == 2]

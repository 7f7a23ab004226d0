"""A decision whose article introduces its list ("Điều 1. Tặng Bằng khen … cho 02 tập thể và 02 cá nhân …, gồm:")
and sets it out in tables under short labels of the class of recipients ("I. Tập thể:" over a table of collectives,
"II. Cá nhân:" over a table of persons; Nghị định 30/2020/NĐ-CP, Phụ lục I) gives the article's award to every row
of both tables (``tables._subheading``: the label leaves the article in force); so do two tables written one right
after the other with no line between them, the second one's header row read as a header, not as a recipient.
Documents of our own wording built with python-docx and ingested with the real CLI; values worked out by hand."""
from __future__ import annotations

import sqlite3

import docx
import pytest

from extractors.tables import _subheading
from tests.cli import run_cli

ARTICLE = ("Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể và 02 cá nhân đã có thành "
           "tích xuất sắc trong công tác phòng, chống thiên tai năm 2025, gồm:")
AWARD = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
COLLECTIVES = [("STT", "Tên tập thể", "Đơn vị"), ("1", "Trạm Khuyến nông huyện Vĩnh Linh", "Sở Nông nghiệp"),
               ("2", "Đội Dân phòng thôn Tân Mỹ", "UBND xã Vĩnh Tú")]
PERSONS = [("STT", "Họ và tên", "Chức vụ, đơn vị"), ("1", "Ông Hoàng Văn Tuệ", "Đội trưởng Đội Dân phòng thôn Tân Mỹ"),
           ("2", "Bà Lê Thị Thắm", "Kế toán Trạm Khuyến nông huyện Vĩnh Linh")]
EXPECTED = sorted([("Trạm Khuyến nông huyện Vĩnh Linh", AWARD), ("Đội Dân phòng thôn Tân Mỹ", AWARD),
                   ("Hoàng Văn Tuệ", AWARD), ("Lê Thị Thắm", AWARD)])


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v


def _decision(path, labels: tuple[str, str] | None) -> None:
    """A decision of UBND tỉnh Quảng Trị: the article, then (a label,) the collectives' table, (a label,) the
    persons' table; with ``labels`` None the two tables stand one right after the other."""
    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 742/QĐ-UBND", "QUYẾT ĐỊNH",
                 "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "QUYẾT ĐỊNH:", ARTICLE):
        d.add_paragraph(line)
    if labels:
        d.add_paragraph(labels[0])
    _table(d, COLLECTIVES)
    if labels:
        d.add_paragraph(labels[1])
    _table(d, PERSONS)
    d.add_paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    d.save(path)


LAYOUTS = {"roman": ("I. Tập thể:", "II. Cá nhân:"), "arabic": ("1. Tập thể:", "2. Cá nhân:"),
           "capitals": ("A. TẬP THỂ", "B. CÁ NHÂN"), "long": ("1. Tập thể lao động xuất sắc:", "2. Cá nhân:"),
           "none": None}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    root = tmp_path_factory.mktemp("subheadings")
    (root / "docs").mkdir()
    for name, labels in LAYOUTS.items():
        _decision(root / "docs" / f"qd_{name}.docx", labels)
    db = root / "kb.sqlite"
    run_cli("ingest", root / "docs", "--db", db, "--workers", "1", "--quiet")
    return db


def _awards(db, name: str) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(
            """SELECT c.recipient_name, c.award_name FROM conferrals c JOIN document_paths p ON p.sha256 = c.document
               WHERE p.path LIKE ?""", [f"%qd_{name}.docx"]).fetchall())
    finally:
        conn.close()


@pytest.mark.parametrize("layout", ["roman", "arabic", "capitals", "long"])
def test_the_article_award_carries_over_the_labels_to_both_tables(kb, layout):
    assert _awards(kb, layout) == EXPECTED


def test_two_tables_one_right_after_the_other_read_the_second_header_as_a_header(kb):
    awards = _awards(kb, "none")
    assert awards == EXPECTED
    assert all(r != "Họ và tên" for r, _ in awards)


@pytest.mark.parametrize("line", ["I. Tập thể:", "II. Cá nhân:", "1. Tập thể:", "b) Cá nhân", "A. TẬP THỂ",
                                  "Tập thể:", "Cá nhân:", "2. Tập thể lao động xuất sắc:", "III. Hộ gia đình:"])
def test_a_label_of_a_class_of_recipients_is_a_subheading(line):
    assert _subheading(line)


@pytest.mark.parametrize("line", [
    "Tập thể Trạm Khuyến nông huyện Vĩnh Linh",  # no mark, no colon: a sentence's start
    "a) Cá nhân mới tuyển dụng dưới 06 tháng.",  # a rule's item, a full stop
    "Cá nhân: ông Hoàng Văn Tuệ",  # a label followed by its content
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "1. Tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước của tỉnh năm 2025:"])  # long
def test_other_lines_are_no_subheading(line):
    assert not _subheading(line)

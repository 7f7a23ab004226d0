"""An HTML award table with merged cells (as the legal form pages of vbpl.vn write theirs): trafilatura padded a
cell merged down with empty cells, so a unit written once beside two schools reached the second only by the
tables' carry, and a person's name cell merged across the "Đơn vị" column took the unit of the row above.  The
HTML reader now gives the rows as the docx reader gives a Word table's.  Text of our own wording."""
from __future__ import annotations

import json

from extractors import extract
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes
from pipeline.readers.html import _spanned_rows
from tests.cli import run_cli

PAGE = ("<html><head><meta charset='utf-8'><title>Quyết định 77</title></head><body>"
        "<p>UBND TỈNH QUẢNG TRỊ</p><p>Số: 77/QĐ-UBND</p><p>QUYẾT ĐỊNH</p>"
        "<p>Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể và cá nhân sau:</p>"
        "<table border='1'><tr><th>STT</th><th>Tên tập thể, cá nhân</th><th>Đơn vị</th><th>Hình thức</th></tr>"
        "<tr><td>1</td><td>Trường Tiểu học Vĩnh Tú</td><td rowspan='2'>Phòng GD&amp;ĐT huyện Vĩnh Linh</td>"
        "<td rowspan='2'>Bằng khen</td></tr>"
        "<tr><td>2</td><td>Trường Mầm non Vĩnh Chấp</td></tr>"
        "<tr><td>3</td><td colspan='2'>Ông Lê Quang Vinh, Phó Giám đốc Sở Tài chính</td><td>Bằng khen</td></tr>"
        "</table><p>Điều 2. Quyết định này có hiệu lực kể từ ngày ký.</p></body></html>")


def _doc():
    return normalize_document(read_bytes(PAGE.encode("utf-8"), "qd77.html"))


def test_merged_cells_give_rows_as_a_word_table_gives_them():
    rows = [b.cells for b in _doc().blocks if b.kind == "table_row"]
    assert rows == [["STT", "Tên tập thể, cá nhân", "Đơn vị", "Hình thức"],
                    ["1", "Trường Tiểu học Vĩnh Tú", "Phòng GD&ĐT huyện Vĩnh Linh", "Bằng khen"],
                    ["2", "Trường Mầm non Vĩnh Chấp", "Phòng GD&ĐT huyện Vĩnh Linh", "Bằng khen"],
                    ["3", "Ông Lê Quang Vinh, Phó Giám đốc Sở Tài chính", "Bằng khen"]]


def test_odd_span_values_are_read_as_one():
    from lxml import html
    table = html.fragment_fromstring("<table><tr><td rowspan='x'>a</td><td colspan='-2'>b</td></tr>"
                                     "<tr><td rowspan='0'>c</td><td>d</td></tr></table>")
    assert _spanned_rows(table) == [["a", "b"], ["c", "d"]]


def test_the_person_merged_across_keeps_the_unit_of_the_name_cell(tmp_path):
    facts = extract(_doc())
    assert [(o.name.text, o.position, o.unit) for o in facts.officials] == [
        ("Lê Quang Vinh", "Phó Giám đốc", "Sở Tài chính tỉnh Quảng Trị")]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qd77.html").write_text(PAGE, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json", "--unit", "Phòng GD&ĐT huyện Vĩnh Linh"))
    assert sorted(r["recipient"] for r in rows) == ["Trường Mầm non Vĩnh Chấp", "Trường Tiểu học Vĩnh Tú"]


def test_a_superscript_or_other_non_ascii_digit_span_is_read_as_one_not_a_failure():
    # '²' and '³' are digits by str.isdigit but int() cannot read them: the whole page used to fail to read.
    page = ("<html><body><p>Điều 1. Tặng Giấy khen cho các tập thể sau:</p><table>"
            "<tr><td>1</td><td rowspan='²'>Trường Tiểu học Hòa An</td><td colspan='³'>Giấy khen</td></tr>"
            "<tr><td>2</td><td>Trường Mầm non Hòa Bình</td><td>Giấy khen</td></tr></table></body></html>")
    rows = [b.cells for b in normalize_document(read_bytes(page.encode("utf-8"), "gk.html")).blocks
            if b.kind == "table_row"]
    assert rows == [["1", "Trường Tiểu học Hòa An", "Giấy khen"], ["2", "Trường Mầm non Hòa Bình", "Giấy khen"]]
    from lxml import html
    table = html.fragment_fromstring("<table><tr><td rowspan='²'>a</td><td colspan='٣'>b</td></tr>"
                                     "<tr><td>c</td><td>d</td></tr></table>")
    assert _spanned_rows(table) == [["a", "b"], ["c", "d"]]

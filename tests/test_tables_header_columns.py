"""The column headings of a recipients' table are one list (corpora/gazetteers/table_columns.tsv, read by
extractors.table_columns) for the award tables of every format and for the PDF reader, which finds a table drawn
without borders by them: a heading added once serves both.  A year's heading holding "khen thưởng" ("Năm khen
thưởng") is the year column, not the award's.  Tables of our own wording; the knowledge base is made by the real
CLI."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from extractors.table_columns import column_key
from extractors.tables import _header
from pipeline.cli import cli
from pipeline.readers.pdf_tables import is_header
from tests.documents import decision_docx


@pytest.mark.parametrize("cell, key", [
    ("STT", "number"), ("Số TT", "number"), ("TT.", "number"), ("Họ và tên", "name"), ("Tên đơn vị", "collective"),
    ("Tập thể, cá nhân", "recipient"), ("Chức vụ, đơn vị", "position_unit"), ("Năm sinh", "other"),
    ("Năm khen thưởng", "year"), ("Năm được khen thưởng", "year"), ("Hình thức khen thưởng", "award"),
    ("Số cá nhân", None), ("Số quyết định", "decision"),
])
def test_one_list_of_headings(cell, key):
    assert column_key(cell) == key


def _parts(*texts):
    return [{"text": t, "x0": 80.0 * k, "x1": 80.0 * k + 40} for k, t in enumerate(texts)]


def test_the_pdf_reader_finds_a_header_by_the_same_list():
    assert is_header(_parts("STT", "Họ và tên", "Hình thức khen thưởng"))
    # "Tên cơ quan" and "Nơi công tác" are recipient headings of the award tables: the PDF reader finds them too
    assert is_header(_parts("STT", "Tên cơ quan", "Hình thức khen thưởng"))
    assert is_header(_parts("TT", "Nơi công tác", "Ghi chú"))
    assert not is_header(_parts("STT", "Nội dung", "Thời gian"))  # no recipient column
    assert not is_header(_parts("Họ và tên", "STT", "Đơn vị"))  # the number column first


def test_a_year_heading_with_khen_thuong_is_the_year_column():
    cols = _header(["STT", "Họ và tên", "Năm khen thưởng", "Hình thức khen thưởng"])
    assert cols == {"name": 1, "year": 2, "award": 3}


def _decision(path) -> None:
    lines = ["ỦY BAN NHÂN DÂN HUYỆN THANH CHƯƠNG", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
              "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho các cá nhân sau:"]
    rows = [["STT", "Họ và tên", "Năm khen thưởng", "Hình thức khen thưởng"],
            ["1", "Bà Nguyễn Thị Thu Hiền", "2022", "Giấy khen"],
            ["2", "Ông Hồ Sỹ Tùng", "2023", "Giấy khen"]]
    decision_docx(path, lines, rows)


def test_the_rows_take_their_year_and_award(tmp_path):
    (tmp_path / "docs").mkdir()
    _decision(tmp_path / "docs" / "qd.docx")
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    rows = json.loads(CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json"]).output)
    got = sorted((r["recipient"], r["year"], r["award"]) for r in rows)
    award = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Thanh Chương"
    assert got == [("Hồ Sỹ Tùng", 2023, award), ("Nguyễn Thị Thu Hiền", 2022, award)]

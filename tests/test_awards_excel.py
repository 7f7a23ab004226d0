"""``sovang awards --format excel`` (newcomer, session 28): the CSV of ``--format csv`` was UTF-8 without a
byte-order mark, which Excel, opening a .csv by a double click, reads in the Windows code page: "Bằng khen"
came out as "Báº±ng khen". The excel format is the same CSV after the mark."""
from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from pipeline.cli import cli

DECISION = ("Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ông Mạc Đăng Khoa, "
            "Phó Trưởng phòng Phòng Tư pháp huyện Yên Thành, năm 2023.\n")


def test_the_excel_format_is_the_csv_after_a_byte_order_mark(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(DECISION, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1", "-q"]).exit_code == 0
    plain = CliRunner().invoke(cli, ["awards", "--db", str(db), "--format", "csv"]).stdout_bytes
    excel = CliRunner().invoke(cli, ["awards", "--db", str(db), "--format", "excel"]).stdout_bytes
    assert not plain.startswith(b"\xef\xbb\xbf")  # scripts read the plain CSV as before
    assert excel == b"\xef\xbb\xbf" + plain  # the mark, EF BB BF, then the same bytes
    rows = list(csv.DictReader(io.StringIO(excel.decode("utf-8-sig"))))
    assert [(r["recipient"], r["year"]) for r in rows] == [("Mạc Đăng Khoa", "2023")]
    assert rows[0]["award"].startswith("Bằng khen của Chủ tịch")

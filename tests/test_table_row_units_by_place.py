"""An award table's "Đơn vị" cell naming a district's department without its place ("Phòng GD&ĐT") is that
district's when the letterhead is the district's body: two decisions of two districts, each with "Phòng GD&ĐT" in
the column, used to make one unit "Phòng GD&ĐT" the parent of the schools of both.  The row's unit is completed as
the unit mentions are (extractors.resolve._row_units) and left out when it still names no place.  Text of our own
wording."""
from __future__ import annotations

import json

from extractors import extract
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes
from tests.cli import run_cli


def _decision(letterhead: str, number: str, schools: list[str]) -> str:
    return "\n".join([letterhead, f"Số: {number}/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
                      "Điều 1. Tặng Giấy khen của Chủ tịch UBND cho các tập thể và cá nhân sau:",
                      "STT\tTên tập thể, cá nhân\tĐơn vị\tHình thức",
                      *[f"{i}\t{s}\tPhòng GD&ĐT\tGiấy khen" for i, s in enumerate(schools, 1)],
                      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])


NGHI_LOC = _decision("UBND HUYỆN NGHI LỘC", "31", ["Trường Tiểu học Nghi Thạch", "Trường THCS Nghi Xá"])
KY_ANH = _decision("UBND HUYỆN KỲ ANH", "47", ["Trường Tiểu học Kỳ Tiến", "Trường THCS Kỳ Phong"])


def _row_units(text: str) -> list:
    facts = extract(normalize_document(read_bytes(text.encode("utf-8"), "qd.txt")))
    return [(c.recipient.text, c.row_unit.text if c.row_unit else None) for c in facts.conferrals]


def test_a_district_department_in_the_unit_column_takes_the_letterhead_district():
    assert _row_units(NGHI_LOC) == [("Trường Tiểu học Nghi Thạch", "Phòng GD&ĐT huyện Nghi Lộc"),
                                    ("Trường THCS Nghi Xá", "Phòng GD&ĐT huyện Nghi Lộc")]


def test_a_department_left_without_a_place_is_not_linked():
    text = _decision("BAN THI ĐUA KHEN THƯỞNG", "5", ["Trường Tiểu học Nghi Thạch"])
    assert _row_units(text) == [("Trường Tiểu học Nghi Thạch", None)]


def test_the_schools_of_two_districts_stay_under_their_own_department(tmp_path):
    (tmp_path / "docs").mkdir()
    for name, text in (("qd31", NGHI_LOC), ("qd47", KY_ANH)):
        (tmp_path / "docs" / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json", "--unit", "Phòng GD&ĐT huyện Nghi Lộc"))
    assert sorted(r["recipient"] for r in rows) == ["Trường Tiểu học Nghi Thạch", "Trường Trung học cơ sở Nghi Xá"]
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json", "--unit", "Phòng GD&ĐT huyện Kỳ Anh"))
    assert sorted(r["recipient"] for r in rows) == ["Trường Tiểu học Kỳ Tiến", "Trường Trung học cơ sở Kỳ Phong"]

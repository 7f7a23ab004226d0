"""``sovang awards --format json`` writes ``revoked`` and ``posthumous`` as true/false, as ``export facts
--canonical`` does (a newcomer, session 31: the JSON had 0/1); the CSV keeps 1/0 (README).  The real CLI on a
real SQLite file; a decision of our own wording."""
from __future__ import annotations

import csv
import io
import json

from outputs.queries import with_boolean_flags
from tests.cli import kb_of, run_cli

DECISION = ("UBND TỈNH HÀ TĨNH\nSố: 17/QĐ-UBND\nQUYẾT ĐỊNH\nĐiều 1. Truy tặng Bằng khen của Chủ tịch UBND tỉnh cho "
            "ông Phan Văn Hùng đã có thành tích trong công tác cứu hộ năm 2023.\n"
            "Điều 2. Thu hồi Bằng khen của Chủ tịch UBND tỉnh đã tặng cho bà Đặng Thị Mai tại Quyết định số "
            "8/QĐ-UBND.\n")


def test_awards_json_writes_booleans_and_csv_ones_and_zeros(tmp_path):
    db, _ = kb_of(tmp_path, {"qd.txt": DECISION})
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    flags = {r["recipient"]: (r["revoked"], r["posthumous"]) for r in rows}
    assert flags == {"Phan Văn Hùng": (False, True), "Đặng Thị Mai": (True, False)}
    assert all(type(v) is bool for pair in flags.values() for v in pair)
    table = list(csv.DictReader(io.StringIO(run_cli("awards", "--db", db, "--format", "csv"))))
    assert {r["recipient"]: (r["revoked"], r["posthumous"]) for r in table} == {
        "Phan Văn Hùng": ("0", "1"), "Đặng Thị Mai": ("1", "0")}
    # the same flags as the canonical export writes for these facts
    (line,) = [json.loads(x) for x in run_cli("export", "facts", "--canonical", "--db", db).splitlines()]
    assert {a["recipient"]: (a["revoked"], a["posthumous"]) for a in line["awards"]} == flags


def test_with_boolean_flags_leaves_other_fields_and_missing_flags():
    assert with_boolean_flags([{"key": "C1", "revoked": 1, "posthumous": 0, "year": 1}, {"key": "C2"}]) == [
        {"key": "C1", "revoked": True, "posthumous": False, "year": 1}, {"key": "C2"}]


def test_who_json_writes_the_same_booleans(tmp_path):
    """``sovang who --json`` wrote "revoked": 0 / "posthumous": 1 where ``awards --format json`` writes booleans
    (a newcomer, session 31); its awards now carry the same values."""
    db, _ = kb_of(tmp_path, {"qd.txt": DECISION})
    by_awards = {r["recipient"]: (r["revoked"], r["posthumous"])
                 for r in json.loads(run_cli("awards", "--db", db, "--format", "json"))}
    for name in ("Phan Văn Hùng", "Đặng Thị Mai"):
        (record,) = json.loads(run_cli("who", name, "--db", db, "--json"))
        (award,) = record["awards"]
        assert (award["revoked"], award["posthumous"]) == by_awards[name]
        assert type(award["revoked"]) is bool and type(award["posthumous"]) is bool

"""``awards --unit`` finds a collective recipient staff corrected to a name no stored unit has (a newcomer, session
26: ``--recipient`` found it, ``--unit`` did not). The real CLI on a real SQLite file; a decision of our own
wording."""
from __future__ import annotations

import json

from tests.cli import kb_of, query_json, run_cli

DECISION = ("UBND TỈNH QUẢNG TRỊ\nSố: 42/QĐ-UBND\nQUYẾT ĐỊNH\nĐiều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho "
            "Phòng Cơ yếu tỉnh Quảng Trị đã có thành tích xuất sắc năm 2022.\n")


def test_a_corrected_collective_recipient_is_found_by_unit(tmp_path):
    db, _ = kb_of(tmp_path, {"qd.txt": DECISION})
    (row,) = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    assert row["recipient_type"] == "collective"
    run_cli("correct", "fix", row["key"], "recipient", "Ban Cơ yếu Trung ương Cục miền Nam", "--db", db)
    found = json.loads(run_cli("awards", "--db", db, "--format", "json", "--unit", "trung uong cuc mien nam"))
    assert [(r["key"], r["recipient"]) for r in found] == [(row["key"], "Ban Cơ yếu Trung ương Cục miền Nam")]
    assert query_json("awards", "--db", db, "--format", "json", "--unit", "cuc mien bac") == []

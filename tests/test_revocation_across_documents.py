"""A revocation decision stored apart from the decision it revokes marks that decision's conferral revoked.
Found by the session-15 newcomer: QĐ 1500 revoking a Bằng khen of QĐ 1234 gave a revoked row for QĐ 1500's own
telling while QĐ 1234's conferral stayed in force, so ``awards --status conferred`` still listed it unrevoked.
Documents of our own wording; rows worked out by hand."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

HEAD = "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: {no}/QĐ-UBND\nHà Tĩnh, ngày {day} năm 2024\nQUYẾT ĐỊNH\n"
BK = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
QD_1234 = HEAD.format(no=1234, day="15 tháng 8") + f"""Về việc tặng {BK}
Điều 1. Tặng {BK} cho ông Đặng Quốc Huy, Giám đốc Công ty Cổ phần Cơ khí Hà Tĩnh, đã có thành tích xuất sắc trong năm 2023.
Điều 2. Tặng {BK} cho bà Lê Thị Hằng, Hiệu trưởng Trường Tiểu học Cẩm Bình.
"""
QD_1500 = HEAD.format(no=1500, day="20 tháng 10") + f"""Về việc thu hồi {BK}
Điều 1. Thu hồi {BK} đã tặng cho ông Đặng Quốc Huy, Giám đốc Công ty Cổ phần Cơ khí Hà Tĩnh tại Quyết định số 1234/QĐ-UBND ngày 15/8/2024, do cá nhân kê khai không trung thực thành tích.
"""
# a revocation of a Bằng khen given by another decision: Đặng Quốc Huy's award of QĐ 1234 stays in force
QD_1600 = HEAD.format(no=1600, day="1 tháng 11") + f"""Về việc thu hồi {BK}
Điều 1. Thu hồi {BK} đã tặng cho ông Đặng Quốc Huy, Giám đốc Công ty Cổ phần Cơ khí Hà Tĩnh tại Quyết định số 999/QĐ-UBND ngày 2/3/2022.
"""


def _kb(tmp_path, docs: dict[str, str]) -> str:
    (tmp_path / "docs").mkdir()
    for name, text in docs.items():
        (tmp_path / "docs" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def _awards(db, *args):
    result = CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return sorted((r["recipient"], r["document"], r["decision"], r["revoked"], r["revoked_by"])
                  for r in json.loads(result.output))


def test_the_revoked_decisions_conferral_is_marked(tmp_path):
    db = _kb(tmp_path, {"qd1234.txt": QD_1234, "qd1500.txt": QD_1500})
    assert _awards(db) == [
        ("Lê Thị Hằng", "qd1234.txt", "1234/QĐ-UBND", 0, None),
        # in force before the fix; QĐ 1500's telling is attached to it (test_kb_revocation_attached), not a row
        ("Đặng Quốc Huy", "qd1234.txt", "1234/QĐ-UBND", 1, "1500/QĐ-UBND"),
    ]
    assert [r[0] for r in _awards(db, "--status", "revoked")] == ["Đặng Quốc Huy"]


def test_a_revocation_of_another_decision_leaves_the_award_in_force(tmp_path):
    db = _kb(tmp_path, {"qd1234.txt": QD_1234, "qd1600.txt": QD_1600})
    assert ("Đặng Quốc Huy", "qd1234.txt", "1234/QĐ-UBND", 0, None) in _awards(db)


def test_export_facts_keeps_the_award_conferred(tmp_path):
    db = _kb(tmp_path, {"qd1234.txt": QD_1234, "qd1500.txt": QD_1500})
    out = tmp_path / "facts.jsonl"
    assert CliRunner().invoke(cli, ["export", "facts", "--db", db, "-o", str(out)]).exit_code == 0
    facts = {json.loads(line)["document"]: json.loads(line) for line in out.read_text().splitlines()}
    huy = [a for a in facts["qd1234.txt"]["awards"] if a["recipient"] == "Đặng Quốc Huy"]
    assert [a["status"] for a in huy] == ["conferred"]


# the same number, issued the year before: numbers restart each year, so QĐ 1234 of 2023 is another decision
QD_1234_OF_2023 = QD_1234.replace("năm 2024", "năm 2023").replace("trong năm 2023", "trong năm 2022")
QD_1500_OF_2024 = QD_1500  # revokes "Quyết định số 1234/QĐ-UBND ngày 15/8/2024"


def test_a_decision_of_the_same_number_and_another_date_stays_in_force(tmp_path):
    db = _kb(tmp_path, {"qd1234.txt": QD_1234_OF_2023, "qd1500.txt": QD_1500_OF_2024})
    assert ("Đặng Quốc Huy", "qd1234.txt", "1234/QĐ-UBND", 0, None) in _awards(db)


def test_a_rejected_revocation_revokes_nothing(tmp_path):
    db = _kb(tmp_path, {"qd1234.txt": QD_1234, "qd1500.txt": QD_1500})
    # the revocation is attached to the conferral it revokes: its own telling's key is the row's revocation_key
    key = next(r["revocation_key"] for r in json.loads(CliRunner().invoke(
        cli, ["awards", "--db", db, "--format", "json"]).output) if r["revocation_document"] == "qd1500.txt")
    result = CliRunner().invoke(cli, ["correct", "reject", "--db", db, key])
    assert result.exit_code == 0, result.output
    assert _awards(db) == [
        ("Lê Thị Hằng", "qd1234.txt", "1234/QĐ-UBND", 0, None),
        ("Đặng Quốc Huy", "qd1234.txt", "1234/QĐ-UBND", 0, None),
    ]


# a revocation that cites the conferring decision by its number alone ("tại Quyết định số 1234/QĐ-UBND")
QD_1700_UNDATED = HEAD.format(no=1700, day="5 tháng 12") + f"""Về việc thu hồi {BK}
Điều 1. Thu hồi {BK} đã tặng cho ông Đặng Quốc Huy, Giám đốc Công ty Cổ phần Cơ khí Hà Tĩnh tại Quyết định số 1234/QĐ-UBND.
"""


def test_an_undated_revocation_revokes_the_one_decision_of_that_number(tmp_path):
    db = _kb(tmp_path, {"qd1234.txt": QD_1234, "qd1700.txt": QD_1700_UNDATED})
    assert ("Đặng Quốc Huy", "qd1234.txt", "1234/QĐ-UBND", 1, "1700/QĐ-UBND") in _awards(db)


def test_an_undated_revocation_revokes_neither_of_two_decisions_of_that_number(tmp_path):
    # QĐ 1234 of 2023 and QĐ 1234 of 2024 both gave him the Bằng khen: which one is revoked is not said
    db = _kb(tmp_path, {"a/qd1234.txt": QD_1234_OF_2023, "b/qd1234.txt": QD_1234, "qd1700.txt": QD_1700_UNDATED})
    rows = [r for r in _awards(db) if r[0] == "Đặng Quốc Huy" and r[1] != "qd1700.txt"]
    assert rows == [("Đặng Quốc Huy", "a/qd1234.txt", "1234/QĐ-UBND", 0, None),
                    ("Đặng Quốc Huy", "b/qd1234.txt", "1234/QĐ-UBND", 0, None)]


def test_a_revocation_does_not_revoke_a_decision_dated_after_it(tmp_path):
    # QĐ 1234 of 2025 comes after the undated revocation of 5/12/2024: it is another decision of that number
    later = QD_1234.replace("năm 2024", "năm 2025")
    db = _kb(tmp_path, {"qd1234.txt": later, "qd1700.txt": QD_1700_UNDATED})
    assert ("Đặng Quốc Huy", "qd1234.txt", "1234/QĐ-UBND", 0, None) in _awards(db)

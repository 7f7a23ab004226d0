"""The canonical layer keeps only units and revocations the documents give (newcomer's findings, session 24):

1. a head inside the unit's own head opens no parent: "Tổng Công ty …", "Tổng Liên đoàn …", "Trường Đại học …",
   "Công ty Điện lực …" get no invented parent "Công ty …", "Liên đoàn …", "Đại học …", "Điện lực …"; a head of
   another body after a bare head still does ("Văn phòng Ủy ban nhân dân tỉnh X" → "Ủy ban nhân dân tỉnh X");
2. ``sovang correct merge unit A B`` applies (B leaves the units, A is no sub-unit of itself) or fails;
3. one revoking decision told in two documents (a story stored twice) is one revocation, not "again by" itself.

Documents of our own wording, through the real CLI on a real SQLite file; values worked out by hand."""
from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from extractors.canonical import canonical_unit
from pipeline.cli import cli
from tests.cli import kb_of, run_cli


@pytest.mark.parametrize("name", [
    "Tổng Công ty Điện lực Tây Nguyên", "Tổng Liên đoàn Lao động Việt Nam", "Trường Đại học Y Dược Hải Phòng",
    "Trường ĐH Nông Lâm Bắc Giang", "Công ty Điện lực Gia Lai", "Hội Liên hiệp các hội Văn học nghệ thuật tỉnh Gia Lai",
    "Ủy ban MTTQ Việt Nam tỉnh Gia Lai"])
def test_a_head_inside_the_units_own_head_opens_no_parent(name):
    assert canonical_unit(name).parent is None


@pytest.mark.parametrize("name, parent", [
    ("Văn phòng Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai"),
    ("Thường trực Tỉnh ủy Gia Lai", "Tỉnh ủy Gia Lai"),
    ("Khoa Nhi, Bệnh viện Đa khoa tỉnh Gia Lai", "Bệnh viện Đa khoa tỉnh Gia Lai"),
    ("Công ty Điện lực Gia Lai, Tổng Công ty Điện lực miền Trung", "Tổng Công ty Điện lực miền Trung")])
def test_a_body_named_after_another_head_is_still_the_parent(name, parent):
    assert canonical_unit(name).parent.name == parent


UNITS = {"tin.txt": """Khen thưởng các đơn vị ngành điện và giáo dục
Ngày 14/3/2024, Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Tổng Công ty Điện lực Tây Nguyên vì thành tích xuất sắc trong công tác bảo đảm điện.
Thủ tướng Chính phủ tặng Bằng khen cho Trường Đại học Y Dược Hải Phòng và Văn phòng Ủy ban nhân dân tỉnh Gia Lai.
"""}


@pytest.fixture(scope="module")
def units_kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("units"), UNITS)[0]


def _units(db) -> dict[str, str | None]:
    conn = sqlite3.connect(db)
    return dict(conn.execute("SELECT u.canonical_name, p.canonical_name FROM units u "
                             "LEFT JOIN units p ON p.id = u.parent"))


def test_no_unit_is_made_by_cutting_a_head_word(units_kb):
    units = _units(units_kb)
    assert units["Tổng Công ty Điện lực Tây Nguyên"] is None
    assert units["Trường Đại học Y Dược Hải Phòng"] is None
    assert units["Văn phòng Ủy ban nhân dân tỉnh Gia Lai"] == "Ủy ban nhân dân tỉnh Gia Lai"
    assert "Công ty Điện lực Tây Nguyên" not in units and "Đại học Y Dược Hải Phòng" not in units
    assert "sub-units" not in run_cli("who", "tong cong ty dien luc tay nguyen", "--db", units_kb)


def test_merging_a_unit_with_its_parent_applies(tmp_path):
    db = kb_of(tmp_path, UNITS)[0]
    conn = sqlite3.connect(db)
    office, committee = (conn.execute("SELECT id FROM units WHERE canonical_name = ?", [n]).fetchone()[0]
                         for n in ("Văn phòng Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai"))
    conn.close()
    assert "recorded and applied" in run_cli("correct", "merge", "unit", office, committee, "--by", "t", "--db", db)
    units = _units(db)
    assert "Ủy ban nhân dân tỉnh Gia Lai" not in units
    assert units["Văn phòng Ủy ban nhân dân tỉnh Gia Lai"] is None  # no parent: not its own sub-unit
    text = run_cli("who", "van phong uy ban nhan dan tinh gia lai", "--db", db)
    assert text.count("Đơn vị / unit:") == 1
    # a merge of a unit with itself is refused and not recorded
    result = CliRunner().invoke(cli, ["correct", "merge", "unit", office, office, "--by", "t", "--db", db])
    assert result.exit_code != 0 and "itself" in result.output
    assert sqlite3.connect(db).execute("SELECT count(*) FROM corrections").fetchone() == (1,)


HEAD = "ỦY BAN NHÂN DÂN HUYỆN KBANG\nSố: 318/QĐ-UBND\nKbang, ngày 9 tháng 9 năm 2024\nQUYẾT ĐỊNH\n"
REVOKE = HEAD + """Về việc thu hồi Giấy khen của Chủ tịch Ủy ban nhân dân huyện
Điều 1. Thu hồi Giấy khen của Chủ tịch Ủy ban nhân dân huyện đã tặng cho bà Đinh Thị Hơ, nhân viên Trạm Y tế xã Đak Rong tại Quyết định số 77/QĐ-UBND ngày 20/2/2024, vì kê khai thành tích chưa đúng.
"""
AGAIN = REVOKE.replace("Số: 318", "Số: 402").replace("9 tháng 9", "30 tháng 10").replace(
    "vì kê khai thành tích chưa đúng", "do vi phạm kỷ luật")
NAME = "Đinh Thị Hơ"


def _revocations(db) -> list[tuple]:
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json", "--recipient", NAME))
    return [(r["revoked_by"], [f["revoked_by"] for f in r["further_revocations"]]) for r in rows]


def test_one_decision_stored_twice_is_one_revocation(tmp_path):
    db = kb_of(tmp_path, {"qd318.txt": REVOKE, "qd318_ban_sao.txt": REVOKE + "(Bản sao)\n"})[0]
    assert _revocations(db) == [("318/QĐ-UBND", [])]
    assert "again by" not in run_cli("awards", "--db", db, "--recipient", NAME)


def test_another_decision_is_listed_once_though_told_twice(tmp_path):
    db = kb_of(tmp_path, {"qd318.txt": REVOKE, "qd402.txt": AGAIN, "qd402_ban_sao.txt": AGAIN + "(Bản sao)\n",
                          "qd318_ban_sao.txt": REVOKE + "(Bản sao)\n"})[0]
    assert _revocations(db) == [("318/QĐ-UBND", ["402/QĐ-UBND"])]
    assert run_cli("awards", "--db", db, "--recipient", NAME).count("again by") == 1


def test_a_merge_whose_target_is_gone_keeps_the_other_unit(tmp_path):
    # the target's only document is replaced by a version that no longer names it: the merge has nothing to join
    # into, so the other unit stays a unit with its names (it was dropped, its names pointing at no unit)
    docs = {"a.txt": "Ngày 2/4/2024, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Tổng Công ty Điện lực "
                     "Tây Nguyên vì thành tích xuất sắc.\n",
            "b.txt": "Ngày 3/4/2024, Thủ tướng Chính phủ tặng Bằng khen cho Công ty Điện lực Gia Lai vì thành tích "
                     "xuất sắc.\n"}
    db, folder = kb_of(tmp_path, docs)
    conn = sqlite3.connect(db)
    target, other = (conn.execute("SELECT id FROM units WHERE canonical_name = ?", [n]).fetchone()[0]
                     for n in ("Tổng Công ty Điện lực Tây Nguyên", "Công ty Điện lực Gia Lai"))
    conn.close()
    run_cli("correct", "merge", "unit", target, other, "--by", "t", "--db", db)
    assert "Công ty Điện lực Gia Lai" not in _units(db)
    (tmp_path / "docs" / "a.txt").write_text("Ngày 2/4/2024, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho "
                                             "ông Lê Văn Tám vì thành tích xuất sắc.\n", encoding="utf-8")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    units = _units(db)
    assert "Tổng Công ty Điện lực Tây Nguyên" not in units and "Công ty Điện lực Gia Lai" in units
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM unit_names WHERE unit NOT IN (SELECT id FROM units)").fetchone() == (0,)
    assert "Công ty Điện lực Gia Lai" in run_cli("who", "cong ty dien luc gia lai", "--db", db)


def test_two_corrections_made_at_once_take_two_numbers(tmp_path):
    # another shell holds the knowledge base's write lock and stores correction 1 while this one is being made:
    # this one waits and takes 2 (it took 1 as well, read before the other's row, and failed on the primary key)
    import threading
    import time

    import sqlite_utils

    from outputs.canonical import add_correction

    db_path = kb_of(tmp_path, UNITS)[0]
    key = json.loads(run_cli("awards", "--db", db_path, "--format", "json"))[0]["key"]
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    made = {}

    def correct():  # in its own thread, with its own connection, as another process would
        kb = sqlite_utils.Database(db_path)
        kb.conn.execute("PRAGMA busy_timeout = 30000")
        try:
            made["id"] = add_correction(kb, "reject", "conferral", key, author="b")
        except sqlite3.Error as exc:
            made["error"] = str(exc)

    mine = threading.Thread(target=correct)
    mine.start()
    time.sleep(1)
    other.execute("INSERT INTO corrections (id, action, kind, target, author, created_at) "
                  "VALUES (1, 'reject', 'conferral', ?, 'a', '2026-12-02T00:00:00')", [key])
    other.execute("COMMIT")
    mine.join(60)
    assert made == {"id": 2}
    assert [r[0] for r in sqlite3.connect(db_path).execute("SELECT id FROM corrections ORDER BY id")] == [1, 2]


def test_a_correction_that_cannot_be_applied_uses_no_number(tmp_path, monkeypatch):
    import sqlite_utils

    import outputs.canonical as canonical

    db_path = kb_of(tmp_path, UNITS)[0]
    key = json.loads(run_cli("awards", "--db", db_path, "--format", "json"))[0]["key"]
    real_build, calls = canonical.build, []

    def failing_once(db):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the layer could not be built")
        return real_build(db)

    monkeypatch.setattr(canonical, "build", failing_once)
    with pytest.raises(RuntimeError):
        canonical.add_correction(sqlite_utils.Database(db_path), "reject", "conferral", key, author="t")
    monkeypatch.setattr(canonical, "build", real_build)
    assert canonical.add_correction(sqlite_utils.Database(db_path), "reject", "conferral", key, author="t") == 1

"""An award told by a decision and by another decision revoking it is ONE row of the knowledge base: the conferral,
revoked, with both documents' evidence (outputs.canonical attaches the revocation to the conferral it revokes;
outputs.kb.SHOWN).  Found by a newcomer: a clerk asking "who received which" saw the award twice (one row conferred
and revoked, one row of the revoking decision).  The ``awards`` and ``who`` commands, the views and the canonical
export show it once; ``export facts`` (the scorer's format) keeps each document's telling as before; forgetting the
revoking document makes the award conferred again.  Documents of our own wording; rows worked out by hand."""
from __future__ import annotations

import json
import sqlite3

from tests.cli import kb_of, run_cli

HEAD = "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSố: {no}/QĐ-UBND\nQuảng Bình, ngày {day} năm 2025\nQUYẾT ĐỊNH\n"
BK = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
GIVE = HEAD.format(no=310, day="4 tháng 3") + f"""Về việc tặng {BK}
Điều 1. Tặng {BK} cho bà Trương Thị Mai Lan, Trưởng phòng Kế toán Công ty Cổ phần Thủy sản Nhật Lệ, đã có thành tích xuất sắc trong năm 2024.
Điều 2. Tặng {BK} cho ông Hồ Văn Khải, Phó Giám đốc Bệnh viện Đa khoa huyện Bố Trạch.
"""
TAKE_BACK = HEAD.format(no=702, day="9 tháng 9") + f"""Về việc thu hồi {BK}
Điều 1. Thu hồi {BK} đã tặng cho bà Trương Thị Mai Lan, Trưởng phòng Kế toán Công ty Cổ phần Thủy sản Nhật Lệ tại Quyết định số 310/QĐ-UBND ngày 4/3/2025, do hồ sơ đề nghị khen thưởng không đúng sự thật.
"""


def _lan(db) -> list[dict]:
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json", "--recipient", "Trương Thị Mai Lan"))
    return [r for r in rows if r["recipient"] == "Trương Thị Mai Lan"]


def test_the_award_and_its_revocation_are_one_row(tmp_path):
    db, _ = kb_of(tmp_path, {"qd310.txt": GIVE, "qd702.txt": TAKE_BACK})
    lan = _lan(db)
    assert [(r["document"], r["decision"], r["revoked"], r["revoked_by"], r["revocation_document"]) for r in lan] \
        == [("qd310.txt", "310/QĐ-UBND", 1, "702/QĐ-UBND", "qd702.txt")]
    assert lan[0]["sentence"].startswith("Điều 1. Tặng Bằng khen")
    assert lan[0]["revocation_sentence"].startswith("Điều 1. Thu hồi Bằng khen")
    assert lan[0]["revocation_key"] not in (None, lan[0]["key"])
    assert [r["recipient"] for r in json.loads(run_cli("awards", "--db", db, "--format", "json",
                                                    "--status", "revoked"))] == ["Trương Thị Mai Lan"]
    # the other award of the decision stays in force, once
    khai = json.loads(run_cli("awards", "--db", db, "--format", "json", "--recipient", "Hồ Văn Khải"))
    assert [(r["document"], r["revoked"], r["revocation_document"]) for r in khai] == [("qd310.txt", 0, None)]
    table = run_cli("awards", "--db", db, "--recipient", "Trương Thị Mai Lan")
    assert "REVOKED by QĐ 702/QĐ-UBND 2025-09-09 in qd702.txt" in table


def test_who_lists_it_once_with_both_sentences(tmp_path):
    db, _ = kb_of(tmp_path, {"qd310.txt": GIVE, "qd702.txt": TAKE_BACK})
    record = json.loads(run_cli("who", "Trương Thị Mai Lan", "--db", db, "--json"))[0]
    assert [(a["document"], a["revoked"], a["revocation_document"]) for a in record["awards"]] == \
        [("qd310.txt", 1, "qd702.txt")]
    text = run_cli("who", "Trương Thị Mai Lan", "--db", db)
    assert text.count("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình") == 1
    assert "qd702.txt: Điều 1. Thu hồi Bằng khen" in text


def test_the_views_count_it_once(tmp_path):
    db, _ = kb_of(tmp_path, {"qd310.txt": GIVE, "qd702.txt": TAKE_BACK})
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT document_path, revoked, revocation_path FROM conferrals_view "
                        "WHERE recipient = 'Trương Thị Mai Lan'").fetchall()
    assert rows == [("qd310.txt", 1, "qd702.txt")]
    assert conn.execute("SELECT awards FROM persons_view WHERE name = 'Trương Thị Mai Lan'").fetchone() == (1,)
    assert conn.execute("SELECT sum(conferrals) FROM awards_view").fetchone() == (2,)  # Lan's and Khải's
    # the revoking decision's telling is kept, attached to the conferral it revokes
    attached = conn.execute("SELECT r.attached_to = c.key FROM conferrals_resolved r JOIN conferrals_resolved c "
                            "ON c.revocation_document = r.document WHERE r.attached_to IS NOT NULL").fetchall()
    assert attached == [(1,)]


def test_exports(tmp_path):
    db, _ = kb_of(tmp_path, {"qd310.txt": GIVE, "qd702.txt": TAKE_BACK})
    plain = [json.loads(line) for line in run_cli("export", "facts", "--db", db).splitlines()]
    # the scorer's format: each document's telling as written, the revoked award still conferred (GUIDELINES)
    assert {d["document"]: [(a["recipient"], a["status"]) for a in d["awards"]] for d in plain} == {
        "qd310.txt": [("Trương Thị Mai Lan", "conferred"), ("Hồ Văn Khải", "conferred")],
        "qd702.txt": [("Trương Thị Mai Lan", "conferred")]}
    assert all("revoked" not in a and "key" not in a for d in plain for a in d["awards"])
    canonical = {d["document"]: d for d in (json.loads(line) for line in
                                            run_cli("export", "facts", "--db", db, "--canonical").splitlines())}
    given = [a for a in canonical["qd310.txt"]["awards"] if a["recipient"] == "Trương Thị Mai Lan"][0]
    taken = canonical["qd702.txt"]["awards"][0]
    assert given["key"] == taken["key"] and given["revoked"] and taken["revoked"]
    assert not [a for a in canonical["qd310.txt"]["awards"] if a["recipient"] == "Hồ Văn Khải"][0]["revoked"]


def test_forgetting_the_revocation_confers_the_award_again(tmp_path):
    db, folder = kb_of(tmp_path, {"qd310.txt": GIVE, "qd702.txt": TAKE_BACK})
    run_cli("forget", f"{folder}/qd702.txt", "--db", db)
    assert [(r["document"], r["revoked"], r["revoked_by"], r["revocation_document"]) for r in _lan(db)] == \
        [("qd310.txt", 0, None, None)]


def test_ingesting_again_or_forced_keeps_one_row(tmp_path):
    db, folder = kb_of(tmp_path, {"qd310.txt": GIVE, "qd702.txt": TAKE_BACK})
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert [(r["document"], r["revoked"]) for r in _lan(db)] == [("qd310.txt", 1)]
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet", "--force")
    assert [(r["document"], r["revoked"], r["revocation_document"]) for r in _lan(db)] == \
        [("qd310.txt", 1, "qd702.txt")]


def test_the_revocation_alone_is_listed(tmp_path):
    # the conferring decision is not in the knowledge base: the revocation's own row stands for the award
    db, _ = kb_of(tmp_path, {"qd702.txt": TAKE_BACK})
    assert [(r["document"], r["revoked"], r["revocation_document"]) for r in _lan(db)] == [("qd702.txt", 1, None)]


TAKE_BACK_AGAIN = HEAD.format(no=915, day="20 tháng 10") + f"""Về việc thu hồi {BK}
Điều 1. Thu hồi {BK} đã tặng cho bà Trương Thị Mai Lan, Trưởng phòng Kế toán Công ty Cổ phần Thủy sản Nhật Lệ tại Quyết định số 310/QĐ-UBND ngày 4/3/2025, do vi phạm quy định.
"""


def test_a_second_revoking_document_is_shown_on_the_one_row(tmp_path):
    # two decisions revoke the same award: the conferral takes the first one's evidence, the second revoking row
    # is attached to it as well, its decision shown on that row (tests/test_kb_revocations_twice.py)
    db, _ = kb_of(tmp_path, {"qd310.txt": GIVE, "qd702.txt": TAKE_BACK, "qd915.txt": TAKE_BACK_AGAIN})
    assert [(r["document"], r["revoked"], r["revoked_by"], r["revocation_document"],
             [(f["revoked_by"], f["document"]) for f in r["further_revocations"]]) for r in _lan(db)] == [
        ("qd310.txt", 1, "702/QĐ-UBND", "qd702.txt", [("915/QĐ-UBND", "qd915.txt")])]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT document_path, revoked_by, revoked_again FROM conferrals_view "
                        "WHERE recipient = 'Trương Thị Mai Lan'").fetchall() == [
        ("qd310.txt", "702/QĐ-UBND", "QĐ 915/QĐ-UBND 2025-10-20 in qd915.txt")]
    assert conn.execute("SELECT count(*) FROM conferrals_resolved WHERE attached_to IS NOT NULL").fetchone() == (2,)

"""What a records clerk met (newcomers of session 16, open findings), text of our own wording:

* a decision's table naming a collective recipient's managing unit in its "Đơn vị" column ("Trường THCS X | Sở
  GD&ĐT Y | Bằng khen") gave no parent link, so ``awards --unit <Sở>`` listed nothing and ``who <Sở>`` no
  sub-unit; the link is kept in the knowledge base (``unit_parents``) and the exported facts stay as they were;
* a table (or a paragraph) under "Đề nghị thu hồi …" (a proposal to revoke) gave its awards revoked, and in a
  Tờ trình proposed: the awards were conferred and stay in force until a decision revokes them."""
from __future__ import annotations

import json

from extractors import extract
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes
from tests.cli import query_json, run_cli

HEAD = ["UBND TỈNH NGHỆ AN", "Số: 214/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen"]
TABLE = "\n".join([*HEAD, "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể và cá nhân sau:",
                   "STT\tTên tập thể, cá nhân\tĐơn vị\tHình thức",
                   "1\tTrường THCS Hưng Dũng\tSở GD&ĐT Nghệ An\tBằng khen",
                   "2\tTrạm Y tế xã Nghi Kim\tTrung tâm Y tế thành phố Vinh\tBằng khen",
                   "3\tBà Phan Thị Ngọc Lan\tTrường THCS Hưng Dũng\tBằng khen",
                   "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])


def _ingest(tmp_path, **files) -> str:
    (tmp_path / "docs").mkdir()
    for name, text in files.items():
        (tmp_path / "docs" / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    return db


def _recipients(db, *args) -> list[str]:
    return sorted(r["recipient"] for r in query_json("awards", "--db", db, "--format", "json", *args))


def test_awards_by_managing_unit_find_the_table_rows_under_it(tmp_path):
    db = _ingest(tmp_path, qd214=TABLE)
    # the school (its Đơn vị cell is the Sở) and the teacher of that school; not the health station
    assert _recipients(db, "--unit", "Sở GD&ĐT Nghệ An") == ["Phan Thị Ngọc Lan",
                                                              "Trường Trung học cơ sở Hưng Dũng"]
    assert _recipients(db, "--unit", "Trung tâm Y tế thành phố Vinh") == ["Trạm Y tế xã Nghi Kim"]
    who = run_cli("who", "Sở GD&ĐT Nghệ An", "--db", db)
    assert "sub units: Trường Trung học cơ sở Hưng Dũng" in who
    assert "parent: Sở Giáo dục và Đào tạo tỉnh Nghệ An" in run_cli("who", "Trường THCS Hưng Dũng", "--db", db)


def test_the_exported_facts_are_those_of_the_document_alone(tmp_path):
    db = _ingest(tmp_path, qd214=TABLE)
    out = tmp_path / "facts.jsonl"
    run_cli("export", "facts", "--db", db, "-o", out)
    (facts,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert facts == extract(normalize_document(read_bytes(TABLE.encode("utf-8"), "qd214.txt"))) \
        .to_guidelines("qd214.txt")
    assert sorted((a["recipient"], a["recipient_type"]) for a in facts["awards"]) == [
        ("Phan Thị Ngọc Lan", "person"), ("Trường THCS Hưng Dũng", "collective"),
        ("Trạm Y tế xã Nghi Kim", "collective")]


def test_a_unit_row_without_a_managing_unit_cell_keeps_no_parent(tmp_path):
    text = TABLE.replace("\tSở GD&ĐT Nghệ An\t", "\t\t").replace("\tTrung tâm Y tế thành phố Vinh\t", "\t\t")
    db = _ingest(tmp_path, qd214=text)
    assert _recipients(db, "--unit", "Sở GD&ĐT Nghệ An") == []
    assert "parent" not in run_cli("who", "Trạm Y tế xã Nghi Kim", "--db", db)


ROWS = ["STT\tHọ và tên\tChức vụ, đơn vị",
        "1\tÔng Hồ Sỹ Tuấn\tTrưởng phòng Kinh tế huyện Nghi Lộc",
        "2\tBà Nguyễn Thị Diệu\tKế toán Trường THCS Nghi Phong"]
ASKED = "Đề nghị thu hồi Bằng khen của Chủ tịch UBND tỉnh đã tặng tại Quyết định số 52/QĐ-UBND cho các cá nhân sau:"


def _conferrals(head: list[str], *lines: str):
    facts = extract(normalize_document(read_bytes("\n".join([*head, *lines]).encode("utf-8"), "x.txt")))
    return sorted((c.recipient.text, c.status, c.revoked, c.decision, c.revoked_by) for c in facts.conferrals)


def test_a_table_under_a_proposal_to_revoke_keeps_the_awards_conferred_and_in_force():
    rows = [("Hồ Sỹ Tuấn", "conferred", False, "52/QĐ-UBND", None),
            ("Nguyễn Thị Diệu", "conferred", False, "52/QĐ-UBND", None)]
    assert _conferrals(["SỞ NỘI VỤ TỈNH NGHỆ AN", "Số: 31/TTr-SNV", "TỜ TRÌNH"], ASKED, *ROWS) == rows
    assert _conferrals(["UBND HUYỆN NGHI LỘC", "Số: 9/BC-UBND", "BÁO CÁO"], ASKED, *ROWS) == rows


def test_a_paragraph_proposing_a_revocation_agrees_with_the_table():
    assert _conferrals(["Tin địa phương"], "Huyện đã đề nghị thu hồi Bằng khen của Chủ tịch UBND tỉnh đã tặng "
                       "cho ông Hồ Sỹ Tuấn, Trưởng phòng Kinh tế huyện.") == [
        ("Hồ Sỹ Tuấn", "conferred", False, None, None)]


def test_a_table_under_a_revoking_article_is_still_revoked():
    revoked = _conferrals(["UBND TỈNH NGHỆ AN", "Số: 60/QĐ-UBND", "QUYẾT ĐỊNH"],
                          "Điều 1. " + ASKED.replace("Đề nghị thu", "Thu"), *ROWS)
    assert [r[2:] for r in revoked] == [(True, "52/QĐ-UBND", "60/QĐ-UBND")] * 2


def test_a_proposal_to_revoke_in_another_document_revokes_nothing(tmp_path):
    table = "\n".join([*HEAD, "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho các cá nhân sau:",
                       "STT\tHọ và tên\tĐơn vị\tHình thức",
                       "1\tÔng Hồ Sỹ Tuấn\tPhòng Kinh tế huyện Nghi Lộc\tBằng khen"])
    asked = "\n".join(["UBND HUYỆN NGHI LỘC", "Số: 17/TTr-UBND", "TỜ TRÌNH",
                       "UBND huyện đề nghị thu hồi Bằng khen của Chủ tịch UBND tỉnh đã tặng cho ông Hồ Sỹ Tuấn tại "
                       "Quyết định số 214/QĐ-UBND."])
    db = _ingest(tmp_path, qd214=table, ttr17=asked)
    assert _recipients(db, "--status", "revoked") == []


def test_a_proposal_to_revoke_in_an_earlier_clause_leaves_the_table_proposed():
    # The line above the table asks to revoke one case in its first clause; the clause after ";" that introduces
    # the table proposes awards: its rows are proposed, as in any Tờ trình.
    head = ["SỞ NỘI VỤ TỈNH HÀ TĨNH", "Số: 44/TTr-SNV", "TỜ TRÌNH"]
    intro = ("Ban Thi đua đã đề nghị thu hồi Bằng khen đối với 02 cá nhân vi phạm kỷ luật; những tập thể đủ tiêu "
             "chuẩn đề nghị tặng thưởng như sau:")
    rows = ["STT\tTên tập thể\tHình thức", "1\tTrường Tiểu học Kỳ Tân\tBằng khen",
            "2\tTrường Mầm non Kỳ Hoa\tBằng khen"]
    assert _conferrals(head, intro, *rows) == [("Trường Mầm non Kỳ Hoa", "proposed", False, None, None),
                                                ("Trường Tiểu học Kỳ Tân", "proposed", False, None, None)]
    # the clause introducing the table asks to revoke: its rows stay conferred (as before)
    asked = "Ban Thi đua đã họp xét; đề nghị thu hồi Bằng khen đã tặng cho các tập thể sau:"
    assert {c[1] for c in _conferrals(head, asked, *rows)} == {"conferred"}

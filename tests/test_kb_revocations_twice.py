"""Two decisions revoking the same award (a later decision revoking it again) leave ONE award row: the conferral,
revoked, with both revoking decisions' evidence on it (the earlier as ``revoked_by``/``revocation_document``, the
later in ``further_revocations`` and the view's ``revoked_again``).  Forgetting either revoking document leaves
the award revoked by the other; forgetting both, conferred.  ``export facts`` keeps each document's telling.
Documents of our own wording; rows worked out by hand."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from tests.cli import kb_of, run_cli

HEAD = "ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ\nSố: {no}/QĐ-UBND\nHương Khê, ngày {day} năm 2024\nQUYẾT ĐỊNH\n"
GK = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện"
GIVE = HEAD.format(no=455, day="12 tháng 6") + f"""Về việc tặng {GK}
Điều 1. Tặng {GK} cho ông Phan Đình Toại, giáo viên Trường Tiểu học Hương Trà, đã có thành tích tốt trong năm học 2023-2024.
"""
FIRST = HEAD.format(no=1230, day="2 tháng 10") + f"""Về việc thu hồi {GK}
Điều 1. Thu hồi {GK} đã tặng cho ông Phan Đình Toại, giáo viên Trường Tiểu học Hương Trà tại Quyết định số 455/QĐ-UBND ngày 12/6/2024, vì thành tích kê khai chưa đúng.
"""
SECOND = HEAD.format(no=1587, day="25 tháng 11") + f"""Về việc thu hồi {GK}
Điều 1. Thu hồi {GK} đã tặng cho ông Phan Đình Toại, giáo viên Trường Tiểu học Hương Trà tại Quyết định số 455/QĐ-UBND ngày 12/6/2024, do bị kỷ luật khiển trách.
"""
DOCS = {"qd455.txt": GIVE, "thu_hoi_1230.txt": FIRST, "thu_hoi_1587.txt": SECOND}
NAME = "Phan Đình Toại"


def _rows(db) -> list[tuple]:
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json", "--recipient", NAME))
    return [(r["document"], r["revoked"], r["revoked_by"], r["revocation_document"],
             [(f["revoked_by"], f["revoked_date"], f["document"]) for f in r["further_revocations"]])
            for r in rows if r["recipient"] == NAME]


BOTH = [("qd455.txt", 1, "1230/QĐ-UBND", "thu_hoi_1230.txt", [("1587/QĐ-UBND", "2024-11-25", "thu_hoi_1587.txt")])]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("twice"), DOCS)[0]


def test_awards_lists_one_row_with_both_revocations(kb):
    assert _rows(kb) == BOTH
    table = run_cli("awards", "--db", kb, "--recipient", NAME)
    assert table.count(NAME) == 1
    assert ("REVOKED by QĐ 1230/QĐ-UBND 2024-10-02 in thu_hoi_1230.txt, again by QĐ 1587/QĐ-UBND 2024-11-25 in "
            "thu_hoi_1587.txt") in table
    assert [r["recipient"] for r in json.loads(run_cli("awards", "--db", kb, "--format", "json",
                                                       "--status", "revoked"))] == [NAME]


def test_csv_gives_the_further_revocation_in_one_cell(kb):
    rows = list(csv.DictReader(io.StringIO(run_cli("awards", "--db", kb, "--format", "csv", "--recipient", NAME))))
    assert [(r["document"], r["further_revocations"]) for r in rows] == [
        ("qd455.txt", "QĐ 1587/QĐ-UBND 2024-11-25 in thu_hoi_1587.txt")]


def test_who_shows_the_award_once_with_the_three_sentences(kb):
    text = run_cli("who", NAME, "--db", kb)
    assert text.count("Giấy khen của Chủ tịch Ủy ban nhân dân huyện Hương Khê") == 1
    assert "qd455.txt: Điều 1. Tặng Giấy khen" in text
    assert "thu_hoi_1230.txt: Điều 1. Thu hồi Giấy khen" in text
    assert "thu_hoi_1587.txt: Điều 1. Thu hồi Giấy khen" in text


def test_the_views_count_it_once(kb):
    conn = sqlite3.connect(kb)
    assert conn.execute("SELECT document_path, revoked, revoked_by, revocation_path, revoked_again "
                        "FROM conferrals_view WHERE recipient = ?", [NAME]).fetchall() == [
        ("qd455.txt", 1, "1230/QĐ-UBND", "thu_hoi_1230.txt", "QĐ 1587/QĐ-UBND 2024-11-25 in thu_hoi_1587.txt")]
    assert conn.execute("SELECT awards FROM persons_view WHERE name = ?", [NAME]).fetchone() == (1,)


def test_export_facts_keeps_each_documents_telling(kb):
    plain = {d["document"]: [(a["recipient"], a["status"]) for a in d["awards"]]
             for d in (json.loads(line) for line in run_cli("export", "facts", "--db", kb).splitlines())}
    assert plain == {"qd455.txt": [(NAME, "conferred")], "thu_hoi_1230.txt": [(NAME, "conferred")],
                     "thu_hoi_1587.txt": [(NAME, "conferred")]}


def test_the_later_decision_ingested_first_still_comes_second(tmp_path):
    db, folder = kb_of(tmp_path, {"thu_hoi_1587.txt": SECOND})
    for name, text in (("qd455.txt", GIVE), ("thu_hoi_1230.txt", FIRST)):
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert _rows(db) == BOTH


@pytest.mark.parametrize("gone, left", [
    ("thu_hoi_1230.txt", [("qd455.txt", 1, "1587/QĐ-UBND", "thu_hoi_1587.txt", [])]),
    ("thu_hoi_1587.txt", [("qd455.txt", 1, "1230/QĐ-UBND", "thu_hoi_1230.txt", [])]),
])
def test_forgetting_one_revocation_leaves_the_other(tmp_path, gone, left):
    db, folder = kb_of(tmp_path, DOCS)
    run_cli("forget", f"{folder}/{gone}", "--db", db)
    assert _rows(db) == left


def test_forgetting_both_confers_it_again(tmp_path):
    db, folder = kb_of(tmp_path, DOCS)
    run_cli("forget", f"{folder}/thu_hoi_1230.txt", "--db", db)
    run_cli("forget", f"{folder}/thu_hoi_1587.txt", "--db", db)
    assert _rows(db) == [("qd455.txt", 0, None, None, [])]


def test_two_revocations_without_the_conferring_decision_are_one_award(tmp_path):
    """The conferring decision not ingested: the earlier revocation's row stands for the award, revoked by its own
    decision, and the later decision is its further revocation (before: two awards listed)."""
    db, _ = kb_of(tmp_path, {"thu_hoi_1587.txt": SECOND, "thu_hoi_1230.txt": FIRST})
    assert _rows(db) == [("thu_hoi_1230.txt", 1, "1230/QĐ-UBND", None,
                          [("1587/QĐ-UBND", "2024-11-25", "thu_hoi_1587.txt")])]
    table = run_cli("awards", "--db", db, "--recipient", NAME)
    assert table.count(NAME) == 1
    assert "REVOKED by QĐ 1230/QĐ-UBND 2024-10-02, again by QĐ 1587/QĐ-UBND 2024-11-25 in thu_hoi_1587.txt" in table
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT document_path, revoked_again FROM conferrals_view WHERE recipient = ?",
                        [NAME]).fetchall() == [("thu_hoi_1230.txt", "QĐ 1587/QĐ-UBND 2024-11-25 in thu_hoi_1587.txt")]


def test_one_definition_of_the_further_revocations(kb):
    """awards' further_revocations and conferrals_view's revoked_again read one SQL (outputs.kb.FURTHER_REVOCATIONS):
    the same text, the same order."""
    row = next(r for r in json.loads(run_cli("awards", "--db", kb, "--format", "json", "--recipient", NAME)))
    view = sqlite3.connect(kb).execute("SELECT revoked_again FROM conferrals_view WHERE recipient = ?", [NAME])
    assert "; ".join(f["text"] for f in row["further_revocations"]) == view.fetchone()[0] == \
        "QĐ 1587/QĐ-UBND 2024-11-25 in thu_hoi_1587.txt"


def test_table_cells_joined_by_one_separator():
    from outputs import posthumous
    from pipeline import model
    assert posthumous.CELLS is model.CELLS
    assert model.table_row(["1", "", "Lê Văn Tư", "Truy tặng"], 0, 1).text == "1 | Lê Văn Tư | Truy tặng"

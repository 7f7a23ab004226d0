"""``sovang awards --distinct``: one row per recipient, award, year and status, however many documents tell it (a
newcomer, session 26, counted one ceremony told by five stories as twelve conferrals). Documents of our own
wording, the real CLI on a real SQLite file."""
from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from pipeline.cli import cli
from tests.cli import kb_of, run_cli

DECISION = "Ngày 2/4/2019, Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen cho bà Lê Thị Mai vì thành tích xuất sắc.\n"
NEWS = ("Tin: Ngày 2/4/2019, bà Lê Thị Mai được Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen vì thành tích xuất sắc "
        "trong công tác.\n")
OTHER = "Ngày 5/6/2020, Chủ tịch UBND tỉnh Hà Tĩnh tặng Bằng khen cho ông Võ Văn Nam vì thành tích xuất sắc.\n"


def test_a_conferral_told_twice_is_one_distinct_row(tmp_path):
    db, _ = kb_of(tmp_path, {"qd.txt": DECISION, "tin.txt": NEWS, "nam.txt": OTHER})
    every = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    assert sorted((r["recipient"], r["document"]) for r in every) == [
        ("Lê Thị Mai", "qd.txt"), ("Lê Thị Mai", "tin.txt"), ("Võ Văn Nam", "nam.txt")]
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json", "--distinct"))
    assert [(r["recipient"], r["document"], r["tellings"], r["other_documents"]) for r in rows] == [
        ("Lê Thị Mai", "qd.txt", 2, "tin.txt"), ("Võ Văn Nam", "nam.txt", 1, None)]
    table = run_cli("awards", "--db", db, "--distinct")
    assert "qd.txt  (told by 2 documents; also tin.txt)" in table and "nam.txt  (told" not in table
    with_csv = list(csv.DictReader(io.StringIO(run_cli("awards", "--db", db, "--distinct", "--format", "csv"))))
    assert [(r["recipient"], r["tellings"], r["other_documents"]) for r in with_csv] == [
        ("Lê Thị Mai", "2", "tin.txt"), ("Võ Văn Nam", "1", "")]
    # --limit counts distinct rows (a cut list is said on stderr, apart from the JSON: test_awards_limit_hint)
    assert len(json.loads(run_cli("awards", "--db", db, "--format", "json", "--distinct", "--limit", "2"))) == 2
    cut = CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json", "--distinct", "--limit", "1"])
    assert json.loads(cut.stdout)[0]["tellings"] == 2


def test_a_revocation_is_no_telling_of_the_conferral_it_revokes(tmp_path):
    """A reviewer (session 26): the revoking decision, of the same recipient, award and year, was folded into the
    conferral, and ``--distinct`` showed the award as held."""
    revoking = ("Ngày 9/10/2019, Chủ tịch UBND tỉnh Nghệ An ký quyết định thu hồi Bằng khen của Chủ tịch UBND tỉnh "
                "Nghệ An đã tặng bà Lê Thị Mai vào tháng 4/2019 do vi phạm quy định.\n")  # (the award's year after it:
    # the date fronted before "thu hồi" is the revoking's, no year of the award, session 40)
    db, _ = kb_of(tmp_path, {"qd.txt": DECISION, "thu_hoi.txt": revoking})
    every = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    assert sorted((r["document"], r["revoked"]) for r in every) == [("qd.txt", 0), ("thu_hoi.txt", 1)]
    assert len({(r["recipient_id"], r["award_id"], r["year"], r["status"]) for r in every}) == 1  # (the case)
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json", "--distinct"))
    assert sorted((r["document"], r["revoked"], r["tellings"]) for r in rows) == [
        ("qd.txt", 0, 1), ("thu_hoi.txt", 1, 1)]


def test_told_by_counts_documents_not_rows():
    # a reviewer (session 26): one document telling a conferral in two sentences made "told by 3 documents"
    from outputs.queries import distinct_conferrals, told_by

    row = {"recipient_id": "P1", "award_id": "A1", "year": 2019, "status": "conferred", "revoked": 0}
    rows = distinct_conferrals([{**row, "document": "qd.txt"}, {**row, "document": "qd.txt"},
                                {**row, "document": "tin.txt"}])
    assert [(r["tellings"], r["other_documents"], told_by(r)) for r in rows] == [(3, "tin.txt", 2)]


def test_a_telling_without_a_year_joins_the_one_year_told():
    # a newcomer, session 40: a Bằng khen of the Prime Minister dated 2017 by one story and undated by two others
    # was two distinct rows; with two years told, an undated telling cannot be placed and stays its own
    from outputs.queries import distinct_conferrals, told_by

    row = {"recipient_id": "P1", "award_id": "A1", "status": "conferred", "revoked": 0}
    rows = distinct_conferrals([{**row, "year": None, "document": "b.txt"}, {**row, "year": 2017, "document": "a.txt"},
                                {**row, "year": None, "document": "c.txt"}])
    assert [(r["year"], r["document"], r["tellings"], r["other_documents"], told_by(r)) for r in rows] == [
        (2017, "a.txt", 3, "b.txt; c.txt", 3)]
    two = distinct_conferrals([{**row, "year": 2017, "document": "a.txt"}, {**row, "year": 2019, "document": "d.txt"},
                               {**row, "year": None, "document": "b.txt"}])
    assert [(r["year"], r["tellings"]) for r in two] == [(2017, 1), (2019, 1), (None, 1)]
    revoked = distinct_conferrals([{**row, "year": 2017, "document": "a.txt"},
                                   {**row, "year": None, "revoked": 1, "document": "e.txt"}])
    assert [(r["year"], r["revoked"]) for r in revoked] == [(2017, 0), (None, 1)]  # a revocation stays apart

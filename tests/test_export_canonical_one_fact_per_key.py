"""``export facts --canonical``: one conferral key is one award fact of a document's line (session 39's newcomer found
one key twice in a line, once "proposed" and once "conferred").  A document that tells a proposal and then the
decision conferring the same award on the same person holds two facts in the plain export (the scorer's: each
telling as written) and one with ``--canonical``: the telling the canonical layer keeps (the one naming the
conferrer and the decision, outputs.canonical._one_per_fact), with its status, as ``sovang awards`` lists it.
The real CLI on a knowledge base built from a document of our own wording; values worked out by hand."""
from __future__ import annotations

import json

from tests.cli import kb_of, run_cli

BK = "Bằng khen của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"
STORY = ("Kỹ sư thủy lợi được khen\n\n"
         f"Năm 2021, Chi cục Thủy lợi tỉnh Thái Bình đề nghị tặng {BK} cho bà Lương Thị Hoa.\n\n"
         f"Ngày 14/6/2021, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ký Quyết định số 2207/QĐ-BNN-TCCB tặng "
         f"{BK} cho bà Lương Thị Hoa, Phó Chi cục trưởng Chi cục Thủy lợi tỉnh Thái Bình.\n")


def _awards(db, *flags) -> list[dict]:
    (line,) = [json.loads(x) for x in run_cli("export", "facts", "--db", db, *flags).splitlines()]
    return [a for a in line["awards"] if a["recipient"] == "Lương Thị Hoa"]


def test_a_proposal_and_its_conferral_are_one_fact_with_the_conferrals_status(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": STORY})
    assert sorted(a["status"] for a in _awards(db)) == ["conferred", "proposed"]  # the plain export: two tellings
    (fact,) = _awards(db, "--canonical")
    assert (fact["award"], fact["status"], fact["decision"]) == (BK, "conferred", "2207/QĐ-BNN-TCCB")
    (row,) = json.loads(run_cli("awards", "--db", db, "--format", "json", "--recipient", "Lương Thị Hoa"))
    assert (row["key"], row["status"], row["year"]) == (fact["key"], fact["status"], fact["year"])

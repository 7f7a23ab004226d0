"""A decision's date typed with hyphens or full stops ("ngày 11-1-2010", "ngày 11.01.2010") is read as one typed
with slashes (extractors.lexicon.DECISION, extractors.engine.HEADER_DATE).  Found by a newcomer (session 23): the
decision number was kept and its date left empty.  Sentences of our own wording."""
from __future__ import annotations

import json

from click.testing import CliRunner

from extractors.engine import HEADER_DATE
from extractors.lexicon import DECISION
from extractors.revocation import decision_of
from pipeline.cli import cli


def test_decision_dates_with_any_separator():
    for text in ("Quyết định số 31/QĐ-UBND ngày 7-2-2019 về việc", "Quyết định số 31/QĐ-UBND ngày 07.02.2019",
                 "Quyết định số 31/QĐ-UBND ngày 7/2/2019", "Quyết định số 31/QĐ-UBND ngày 7 tháng 2 năm 2019"):
        assert decision_of(DECISION.search(text)) == ("31/QĐ-UBND", "2019-02-07"), text
    assert decision_of(DECISION.search("Quyết định số 31/QĐ-UBND về việc")) == ("31/QĐ-UBND", None)


def test_header_dates_with_any_separator():
    for text in ("Lào Cai, ngày 7 tháng 2 năm 2019", "Lào Cai, ngày 07/02/2019", "Lào Cai, ngày 7-2-2019"):
        m = HEADER_DATE.search(text)
        assert (m.group(1), m.group(2), m.group(3)) in (("7", "2", "2019"), ("07", "02", "2019")), text


def test_a_hyphenated_decision_date_reaches_the_award(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "tin.txt").write_text(
        "Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 31/QĐ-UBND ngày 7-2-2019 về việc tặng Bằng khen "
        "của Chủ tịch Ủy ban nhân dân tỉnh cho bà Lò Thị Mai.\n", encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json"])
    rows = [(r["recipient"], r["decision"], r["decision_date"]) for r in json.loads(result.output)]
    assert rows == [("Lò Thị Mai", "31/QĐ-UBND", "2019-02-07")]

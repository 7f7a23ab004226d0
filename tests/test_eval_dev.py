"""Extraction quality on the real dev set, guarded against regressions.

Ingests ../shared/corpora/dev/docs with the real CLI, exports the facts and
scores them with the project's own evaluation (the rules of GUIDELINES.md).
Fails when the overall F1, or any kind's F1, drops more than 0.01 below the
figures recorded in tests/eval_baseline.json (update that file, with the
scores in docs/evaluation.md, when extraction improves).
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from outputs.scoring import load_jsonl, score
from pipeline.cli import cli
from tests.conftest import REPO

TOLERANCE = 0.01


def ingest_and_export(root, db, out) -> dict:
    """Run the real CLI: ``sovang ingest ROOT --db DB`` then ``sovang export facts``; the facts by document."""
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(root), "--db", str(db), "-q"], catch_exceptions=False).exit_code == 0
    assert runner.invoke(cli, ["export", "facts", "--db", str(db), "-o", str(out)]).exit_code == 0
    return load_jsonl(out)


def test_dev_scores_do_not_drop(shared_dir, tmp_path):
    db = tmp_path / "dev.sqlite"
    pred = ingest_and_export(shared_dir / "corpora" / "dev" / "docs", db, tmp_path / "facts.jsonl")
    gold = load_jsonl(shared_dir / "corpora" / "dev" / "gold.jsonl")
    assert set(gold) <= set(pred), "every gold document must be exported"
    result = score(gold, pred)
    baseline = json.loads((REPO / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))["dev"]
    report = {k: result[k]["f1"] for k in ("units", "officials", "campaigns", "awards", "overall")}
    for kind, recorded in baseline["f1"].items():
        assert report[kind] >= recorded - TOLERANCE, f"{kind} F1 {report[kind]} < recorded {recorded} - {TOLERANCE}"
    # person joins across documents, against the project's gold joins for the dev set
    from outputs.canonical import join_scores
    from outputs.kb import open_db

    joins = json.loads((REPO / "tests" / "data" / "dev_joins.json").read_text(encoding="utf-8"))["joins"]
    js = join_scores(open_db(db, readonly=True), joins)
    assert js["precision"] >= baseline["joins"]["precision"] - TOLERANCE, js
    assert js["recall"] >= baseline["joins"]["recall"] - TOLERANCE, js


#: held-out news sets: gold file in tests/data → key in tests/eval_baseline.json
HELDOUT_SETS = {"heldout_news_gold.jsonl": "heldout", "heldout2_news_gold.jsonl": "heldout2",
                "heldout3_news_gold.jsonl": "heldout3", "heldout4_news_gold.jsonl": "heldout4",
                "heldout5_news_gold.jsonl": "heldout5", "heldout6_news_gold.jsonl": "heldout6",
                "heldout7_news_gold.jsonl": "heldout7", "heldout8_news_gold.jsonl": "heldout8",
                "heldout9_news_gold.jsonl": "heldout9", "heldout10_news_gold.jsonl": "heldout10",
                "heldout11_news_gold.jsonl": "heldout11", "heldout12_news_gold.jsonl": "heldout12",
                "heldout13_news_gold.jsonl": "heldout13"}


@pytest.mark.parametrize("gold_name", sorted(HELDOUT_SETS))
def test_heldout_news_scores_do_not_drop(shared_dir, tmp_path, gold_name):
    """The held-out news (documents of ../shared/corpora/real/news, and for sets 8 to 13 articles of
    ../shared/corpora/bulk, annotated blind by the project's helpers) are scored like the dev set, against their
    own recorded figures."""
    from outputs.evaluation import heldout_documents

    gold_path = REPO / "tests" / "data" / gold_name
    root = heldout_documents(gold_path, shared_dir, tmp_path / "docs")
    pred = ingest_and_export(root, tmp_path / "heldout.sqlite", tmp_path / "facts.jsonl")
    gold = load_jsonl(gold_path)
    assert set(gold) <= set(pred), "every held-out document must be exported"
    result = score(gold, pred)
    baseline = json.loads((REPO / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))[HELDOUT_SETS[gold_name]]
    for kind, recorded in baseline["f1"].items():
        assert result[kind]["f1"] >= recorded - TOLERANCE, f"{kind} F1 {result[kind]['f1']} < recorded {recorded}"

"""``sovang ingest --force`` never loses stored facts: a re-extraction that reads less than what is stored (an
extractor crash, a missing OCR engine) keeps the earlier facts and says so (outputs.kb.Writer.add)."""
from __future__ import annotations

import json


import extractors
from tests.cli import run_cli




def test_a_failed_re_extraction_keeps_the_stored_facts(tmp_path, monkeypatch):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "tin.txt").write_text("Ông Lò Văn Pọm được tặng Bằng khen của Chủ tịch UBND tỉnh Lai Châu.\n",
                                    encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", folder, "--db", db, "--quiet", "--workers", "1")

    def crash(docs):  # (each document's extraction raised: extract_batch gives the exception in its place)
        return [RuntimeError("extractor crashed") for _ in docs]

    monkeypatch.setattr(extractors, "extract_batch", crash)
    lines = run_cli("ingest", folder, "--db", db, "--quiet", "--workers", "1", "--force").splitlines()
    assert lines[0] == ("documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: "
                        "1 kept from an earlier read")
    assert lines[1] == "re-extraction (--force) read less than before, earlier facts kept: 1"
    assert lines[2] == ("  kept     tin.txt: read partial now, ok before: extraction failed: RuntimeError: "
                        "extractor crashed")
    monkeypatch.undo()
    (row,) = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    assert (row["recipient"], row["award"]) == ("Lò Văn Pọm", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu")
    docs = json.loads(run_cli("failures", "--db", db, "--json"))
    assert docs == []

"""Session 13, the newcomer's findings, each on documents of our own wording and the real ``sovang`` CLI on a real
SQLite file: a revocation recorded with the revoking decision's own number, a date cited from another document
never the document's own, one unit named with and without its district in one document, and ``sovang failures``
naming files as the ingest summary does."""
from __future__ import annotations

import json

from tests.cli import run_cli


def test_failures_name_files_as_the_ingest_summary_does(tmp_path):
    """An archivist re-running ``sovang ingest /kho`` reads "failed   scan/hong.pdf: …" in its summary; ``sovang
    failures`` names the file the same way, under its ingest root."""
    root = tmp_path / "kho"
    (root / "scan").mkdir(parents=True)
    (root / "scan" / "hong.pdf").write_bytes(b"%PDF-1.4 cut short")
    (root / "tin.txt").write_text("Bà Hà Thị Mơ nhận Giấy khen của Giám đốc Sở Tài chính.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    summary = run_cli("ingest", root, "--db", db, "--quiet", "--workers", "1").splitlines()
    named = [line for line in summary if line.strip().startswith("failed ") and "hong.pdf" in line]
    assert len(named) == 1 and named[0].strip().startswith("failed   scan/hong.pdf: ")
    listing = run_cli("failures", "--db", db).splitlines()
    assert listing[0] == f"in {root}:"
    assert listing[1].startswith("failed   scan/hong.pdf: ")
    assert len(listing) == 2
    (row,) = json.loads(run_cli("failures", "--db", db, "--json"))
    assert (row["root"], row["relative"], row["path"]) == (str(root), "scan/hong.pdf", f"{root}/scan/hong.pdf")

"""`sovang failures` padded its labels unevenly: "failed   a.txt" (the path at column 9, as the ingest summary
writes it) but "gone      a.txt" and "superseded  a.txt" one column further (newcomer, session 29; confirmed in
session 30). Every label is now padded as the ingest summary pads its marks."""
from __future__ import annotations

from outputs.queries import FAILURE_COLUMNS, format_failure


def _row(state: str, status: str, **extra) -> dict:
    row = dict.fromkeys(FAILURE_COLUMNS)
    row.update(state=state, status=status, relative="kho/bao_cao.docx", path="/luu/kho/bao_cao.docx",
               root="/luu", error="empty file (0 bytes)", **extra)
    return row


def test_failed_partial_and_gone_lines_put_the_path_at_one_column():
    lines = [format_failure(_row("current", "failed")), format_failure(_row("current", "partial")),
             format_failure(_row("gone", "failed"))]
    assert [line.index("kho/bao_cao.docx") for line in lines] == [9, 9, 9]
    assert lines[2].startswith("gone     kho/bao_cao.docx: empty file (0 bytes)  [failed; ")


def test_a_superseded_line_has_one_space_after_its_label():
    line = format_failure(_row("superseded", "failed", replaced_at="2026-01-02", now="ab" * 32, now_status="ok"))
    assert line.startswith("superseded kho/bao_cao.docx: empty file (0 bytes)  [failed before; replaced 2026-01-02")

"""README names every column of ``sovang awards``' CSV/JSON rows and every value of its ``form`` column (found by a
newcomer: recipient_type and the revocation_* columns were missing, the form values unexplained)."""
from __future__ import annotations

import re
from pathlib import Path

from outputs.kb import VIEWS
from outputs.queries import AWARD_COLUMNS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _awards_section() -> str:
    start = README.index("### `sovang awards ")
    return README[start:README.index("\n### ", start + 1)]


def test_every_award_column_is_named_in_the_awards_section():
    section = _awards_section()
    assert [c for c in AWARD_COLUMNS if f"`{c}`" not in section] == []


def test_every_form_value_of_the_view_is_explained():
    forms = re.findall(r"WHEN '(\w+)' THEN", VIEWS["conferrals_view"]) + ["other"]
    assert len(forms) == 8
    section = _awards_section()
    assert [f for f in forms if f"`{f}`" not in section] == []


def test_a_document_kept_once_has_no_copies_empty_in_csv_null_in_json(tmp_path):
    """README: ``document_copies`` is empty in the CSV and null in the JSON for a content at one path (a newcomer,
    session 36, read "else empty" and met ``null``)."""
    import csv
    import io
    import json

    from tests.cli import kb_of, run_cli

    db, _ = kb_of(tmp_path, {"qd.txt": "Ngày 9/9/2022, Chủ tịch UBND tỉnh Cà Mau tặng Bằng khen cho ông Tạ Văn Mười.\n"})
    assert [r["document_copies"] for r in json.loads(run_cli("awards", "--db", db, "--format", "json"))] == [None]
    rows = list(csv.DictReader(io.StringIO(run_cli("awards", "--db", db, "--format", "csv"))))
    assert [r["document_copies"] for r in rows] == [""]
    assert "else empty in the CSV and `null` in the JSON" in _awards_section()

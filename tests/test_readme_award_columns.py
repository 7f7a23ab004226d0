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

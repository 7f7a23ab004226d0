"""``sovang correct fix --help`` says which values each field takes (a newcomer, session 29: the help named the
fields but not the year range, the date's form or how to clear a field, which only the README gave)."""
from __future__ import annotations

from click.testing import CliRunner

from outputs.correction_values import CLEARABLE, FIRST_YEAR
from pipeline.cli import cli


def test_fix_help_gives_the_values_each_field_takes():
    text = " ".join(CliRunner().invoke(cli, ["correct", "fix", "--help"]).output.split())
    assert f"year a whole number from {FIRST_YEAR} to next year" in text
    assert "decision_date a date written YYYY-MM-DD" in text
    assert "status conferred or proposed" in text
    assert 'An empty VALUE ("") clears year, decision or decision_date.' in text
    assert CLEARABLE == ("year", "decision", "decision_date")  # the fields the help names as clearable

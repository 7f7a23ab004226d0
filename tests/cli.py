"""Running the real ``sovang`` CLI in tests (click's runner, in process)."""
from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli


def run_cli(*args) -> str:
    """The output of ``sovang ARGS…`` (each argument passed through ``str``); fails the test, showing the output,
    when the command exits non-zero."""
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output

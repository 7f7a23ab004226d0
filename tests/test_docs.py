"""Every command and option of the CLI is documented in the README, and has --help."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import REPO


def commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in sorted(group.commands.items()):
        path = prefix + (name,)
        if isinstance(cmd, click.Group):
            yield from commands(cmd, path)
        else:
            yield path, cmd


ALL = list(commands(cli))


def test_there_are_commands():
    names = {" ".join(p) for p, _ in ALL}
    assert {"ingest", "export facts", "search", "serve", "evaluate"} <= names


@pytest.mark.parametrize("path, cmd", ALL, ids=[" ".join(p) for p, _ in ALL])
def test_command_and_options_are_documented(path, cmd):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"sovang {' '.join(path)}" in readme, f"README does not document 'sovang {' '.join(path)}'"
    for param in cmd.params:
        if isinstance(param, click.Option):
            longs = [o for o in param.opts + param.secondary_opts if o.startswith("--")]
            assert any(o in readme for o in longs), f"README does not document {longs} of {' '.join(path)}"


@pytest.mark.parametrize("path, cmd", ALL, ids=[" ".join(p) for p, _ in ALL])
def test_help(path, cmd):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_every_question_of_the_site_is_documented():
    """The site's canned queries (``outputs.site.QUERIES``) are each named in the README's "Questions": the newcomer
    of session 41 met ``khen_thuong_theo_nam`` on the site and found it nowhere in the README."""
    from outputs.site import QUERIES

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert [name for name in QUERIES if f"`{name}`" not in readme] == []

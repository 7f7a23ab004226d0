"""A file given as the knowledge base that is not one, and the dask executor without dask installed: one line naming
the file and the reason, exit 1, nothing written (newcomer's finding 9, session 24: 32-39 lines of traceback, and
the knowledge base file created before the dask import failed)."""
from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

NEWS = "Ông Nguyễn Văn An được tặng Bằng khen.\n"


@pytest.mark.parametrize("args", [["search", "an"], ["who", "an"], ["awards"], ["export", "facts"], ["failures"],
                                  ["ingest", "{folder}"]])
def test_a_file_that_is_not_sqlite_is_named_in_one_line(tmp_path, args):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(NEWS, encoding="utf-8")
    notes = tmp_path / "ghi_chu.txt"
    notes.write_text("ghi chú, không phải cơ sở dữ liệu\n", encoding="utf-8")
    result = CliRunner().invoke(cli, [a.format(folder=folder) for a in args] + ["--db", str(notes)])
    assert result.exit_code == 1
    assert result.output == f"Error: {notes} is not a knowledge base (not an SQLite database file)\n"
    assert notes.read_text(encoding="utf-8") == "ghi chú, không phải cơ sở dữ liệu\n"  # untouched


def test_the_dask_executor_without_dask_says_what_to_install_and_creates_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(NEWS, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed → ImportError
    db = tmp_path / "kb.sqlite"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--executor", "dask"])
    assert result.exit_code == 1
    assert result.output == "Error: --executor dask needs dask.distributed: pip install 'sovang[dask]'\n"
    assert not db.exists()


def test_a_knowledge_base_path_under_a_file_is_named_in_one_line(tmp_path):
    """Second reader, session 24: '--db FILE/kb.sqlite' (a file where a folder should be) ended in a traceback."""
    notes = tmp_path / "ghi_chu.txt"
    notes.write_text("ghi chú\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(notes), "--db", str(notes / "kb.sqlite")])
    assert result.exit_code == 1
    assert result.output == f"Error: {notes / 'kb.sqlite'} cannot be opened as a knowledge base: Not a directory\n"

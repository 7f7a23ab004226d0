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
    assert result.output == (f"Error: --executor dask needs dask.distributed: install it into the Python sovang runs "
                             f"in, from the sovang folder: {sys.executable} -m pip install '.[dask]' -c "
                             f"ci/constraints.txt\n")  # not 'sovang[dask]', no package of an index (session 33)
    assert not db.exists()


def test_a_knowledge_base_path_under_a_file_is_named_in_one_line(tmp_path):
    """Second reader, session 24: '--db FILE/kb.sqlite' (a file where a folder should be) ended in a traceback."""
    notes = tmp_path / "ghi_chu.txt"
    notes.write_text("ghi chú\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(notes), "--db", str(notes / "kb.sqlite")])
    assert result.exit_code == 1
    assert result.output == f"Error: {notes / 'kb.sqlite'} cannot be opened as a knowledge base: Not a directory\n"


COMMANDS = [["search", "an"], ["who", "an"], ["awards"], ["export", "facts"], ["failures"], ["correct", "list"],
            ["ingest", "{folder}"]]


def _run(tmp_path, args, db) -> tuple[int, str]:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(NEWS, encoding="utf-8")
    result = CliRunner().invoke(cli, [a.format(folder=folder) for a in args] + ["--db", str(db)])
    return result.exit_code, result.output


def _other_program(path, *statements):
    """An SQLite database another program made at ``path`` (its ``statements`` run and committed)."""
    import sqlite3

    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("args", COMMANDS)
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path, args):
    # review, session 25: "no such table" tracebacks, and 'correct list' wrote sovang's tables into the file
    import sqlite3

    other = _other_program(tmp_path / "danh_ba.sqlite", "CREATE TABLE contacts (name TEXT, phone TEXT)",
                           "INSERT INTO contacts VALUES ('An', '0123')")
    code, output = _run(tmp_path, args, other)
    assert code == 1
    assert output == (f"Error: {other} is an SQLite database of another program (tables: contacts), not a sovang "
                      f"knowledge base\n")
    tables = [r[0] for r in sqlite3.connect(other).execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert tables == ["contacts"]


def test_a_new_knowledge_base_in_a_missing_folder_is_named_in_one_line(tmp_path):
    db = tmp_path / "khong_co" / "kb.sqlite"
    code, output = _run(tmp_path, ["ingest", "{folder}"], db)
    assert (code, output) == (1, f"Error: {db}: cannot create a knowledge base there: no folder {db.parent}\n")


@pytest.mark.parametrize("args", [["search", "an"], ["awards"], ["export", "facts"], ["failures"]])
def test_a_damaged_knowledge_base_is_named_in_one_line(tmp_path, args):
    from tests.cli import kb_of

    (tmp_path / "made").mkdir()
    db, _ = kb_of(tmp_path / "made", {"a.txt": NEWS})
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(open(db, "rb").read())
    data[page:] = b"\xff" * (len(data) - page)  # every page but the first (header and schema) overwritten
    with open(db, "wb") as fh:
        fh.write(bytes(data))
    code, output = _run(tmp_path, args, db)
    assert code == 1 and output.count("\n") == 1 and output.startswith(f"Error: {db}: the knowledge base cannot be "
                                                                       "used: "), output


@pytest.mark.parametrize("option", [["--scheduler", "tcp://127.0.0.1:8786"], ["--send-bytes"]])
def test_the_dask_options_without_the_dask_executor_are_usage_errors(tmp_path, option):
    # a newcomer, session 25: --send-bytes without --executor dask was silently ignored, --scheduler refused
    db = tmp_path / "kb.sqlite"
    code, output = _run(tmp_path, ["ingest", "{folder}", *option], db)
    assert code == 2 and f"{option[0]} needs --executor dask" in output
    assert not db.exists()


def test_a_worker_count_below_one_is_a_usage_error(tmp_path):
    # a newcomer, session 36: 'ingest --workers 0' ran on every core and '--workers -1' on none apart, both silently
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "tin.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("", encoding="utf-8")
    for args in (["ingest", str(folder), "--db", str(tmp_path / "kb.sqlite")],
                 ["evaluate", "--gold", str(tmp_path / "gold.jsonl"), str(folder), "--no-ner"]):
        for bad in ("0", "-1"):
            result = CliRunner().invoke(cli, [*args, "--workers", bad])
            assert result.exit_code == 2 and "Invalid value for '--workers'" in result.output, (args, bad)
    assert not (tmp_path / "kb.sqlite").exists()


@pytest.mark.parametrize("args", [["ingest", "{folder}"], ["who", "an"], ["correct", "list"]])
def test_another_programs_database_with_a_documents_table_is_refused(tmp_path, args):
    # second reader, session 25: a document manager's own 'documents' table let the file pass; ingest switched it
    # to WAL and stopped on "no such column: status"
    import sqlite3

    other = _other_program(tmp_path / "van_thu.sqlite", "CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT)",
                           "INSERT INTO documents (title) VALUES ('Công văn đến')")
    code, output = _run(tmp_path, args, other)
    assert (code, output) == (1, f"Error: {other} is an SQLite database of another program (tables: documents), "
                                 f"not a sovang knowledge base\n")
    conn = sqlite3.connect(other)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["documents"]

"""A knowledge base on read-only media, or under a name holding '#' or '?' (newcomer, session 28).

A knowledge base burnt to a disc or kept on a read-only share could not be read at all: SQLite opens a WAL file
read-only only where it can make its ``-shm`` file, so search, awards, who, failures and export said "unable to
open database file"; there it is read ``immutable``. One named ``kho#2.sqlite`` was written by ``ingest`` but
read by no command (the ``#`` ended the path of the URI that opens it read-only).
"""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

import outputs.kb as kb
from pipeline.cli import cli

DECISION = ("Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho bà Đinh Thị Thu, "
            "Hiệu trưởng Trường Tiểu học Hòa Lạc, năm 2023.\n")


def _kb(tmp_path, name="kb.sqlite"):
    folder = tmp_path / "kho"
    folder.mkdir(exist_ok=True)
    (folder / "qd.txt").write_text(DECISION, encoding="utf-8")
    db = tmp_path / name
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)  # as the ingest command leaves it on exit: its -wal merged into the file
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db


@pytest.mark.parametrize("name", ["kho#2.sqlite", "kho?2.sqlite", "kho%202.sqlite"])
def test_a_name_with_uri_characters_is_read(tmp_path, name):
    db = _kb(tmp_path, name)
    result = CliRunner().invoke(cli, ["search", "dinh thi thu", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "qd.txt #" in result.output and "Đinh Thị Thu" in result.output
    assert not (tmp_path / "kho 2.sqlite").exists()  # "%20" is not read as a space


@pytest.fixture
def read_only_media(monkeypatch):
    """Called once the knowledge base is written: from then on its folder is taken as read-only media, where
    the folder cannot be written and SQLite's read-only open of a WAL file fails as it does on such media
    ("unable to open database file")."""
    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        if kwargs.get("uri") and "mode=ro" in str(database) and "immutable=1" not in str(database):
            return real("file:/nonexistent-folder/kb.sqlite?mode=ro", uri=True)  # fails on the first query
        return real(database, *args, **kwargs)

    def make_read_only():
        monkeypatch.setattr(kb, "_writable", lambda folder: False)
        monkeypatch.setattr(sqlite3, "connect", connect)

    return make_read_only


def test_reading_commands_read_a_knowledge_base_on_read_only_media(tmp_path, read_only_media):
    db = _kb(tmp_path)
    read_only_media()
    for args in (["awards", "--format", "csv"], ["who", "dinh thi thu"], ["search", "hoa lac"], ["failures"],
                 ["export", "facts"], ["correct", "list"]):
        result = CliRunner().invoke(cli, args + ["--db", str(db)])
        assert result.exit_code == 0, (args, result.output)
        assert "unable to open" not in result.output
    awards = CliRunner().invoke(cli, ["awards", "--format", "csv", "--db", str(db)]).output
    assert "Đinh Thị Thu" in awards and "Bằng khen" in awards


def test_writing_commands_say_the_folder_is_read_only(tmp_path, read_only_media):
    db = _kb(tmp_path)
    read_only_media()
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "kho"), "--db", str(db), "-q"])
    assert result.exit_code == 1
    assert result.output == (f"Error: {db} cannot be written: the file or its folder is read-only (search, awards, "
                             f"who, failures and export still read it)\n")


def test_changes_left_in_the_wal_are_not_read_past(tmp_path, read_only_media):
    """``immutable`` reads the main file alone: with changes still in ``-wal`` beside it, the reader is told to
    copy both to a folder that can be written, rather than shown the knowledge base without them."""
    db = _kb(tmp_path)
    read_only_media()
    (tmp_path / "kb.sqlite-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)  # a WAL header: not empty
    result = CliRunner().invoke(cli, ["awards", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {db} cannot be read in this read-only folder: kb.sqlite-wal beside it holds "
                             f"changes not yet written into it; copy both files to a folder that can be written "
                             f"and read the copy\n")


def test_serve_names_the_file_it_was_given(tmp_path, monkeypatch):
    """``sovang serve KB`` named the default ``sovang.sqlite`` in its error, not the KB given to it."""
    db = _kb(tmp_path)
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page overwritten: a damaged file
    db.write_bytes(bytes(data))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["serve", str(db), "--port", "8999"])
    assert result.exit_code == 1
    assert result.output == f"Error: {db}: the knowledge base cannot be used: database disk image is malformed\n"


def test_a_full_disk_is_not_called_an_unusable_knowledge_base(tmp_path, monkeypatch):
    """A disk filled during an ingest said "the knowledge base cannot be used: database or disk is full", as for a
    damaged file; the documents stored before are kept and the same command goes on once there is room."""
    import outputs.queries

    db = _kb(tmp_path)

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(outputs.queries, "awards", full)
    result = CliRunner().invoke(cli, ["awards", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {db}: the disk is full (database or disk is full): what was stored before is "
                             f"kept; free some space and run the same command again\n")

"""A knowledge base on a full disk could not be read: SQLite must create its -wal and -shm files beside it, and
fails with "disk I/O error", which sovang printed as "the knowledge base cannot be used: disk I/O error", as if the
file were damaged (newcomer, session 29; reproduced in session 30 with a full 3 MB tmpfs: `search` and `awards`
said so). The line now names the cause when the disk has no room left."""
from __future__ import annotations

import shutil
import sqlite3
from collections import namedtuple

from click.testing import CliRunner

import outputs.search
from pipeline import cli as cli_module
from pipeline.cli import cli, sqlite_error_message
from tests.cli import kb_of

Usage = namedtuple("Usage", "total used free")


def _disk(monkeypatch, free: int) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage(10 << 20, (10 << 20) - free, free))


def test_a_disk_io_error_on_a_full_disk_names_the_missing_room(tmp_path, monkeypatch):
    _disk(monkeypatch, 4096)
    db = str(tmp_path / "kho.sqlite")
    line = sqlite_error_message(db, sqlite3.OperationalError("disk I/O error"))
    assert line.startswith(f"{db}: no room on its disk for the working files SQLite keeps beside it "
                           "(kho.sqlite-wal, kho.sqlite-shm), which reading it needs too (disk I/O error); ")
    assert "not damaged" in line


def test_a_disk_io_error_with_room_left_keeps_sqlites_words(tmp_path, monkeypatch):
    _disk(monkeypatch, 5 << 20)
    db = str(tmp_path / "kho.sqlite")
    assert sqlite_error_message(db, sqlite3.OperationalError("disk I/O error")) == \
        f"{db}: the knowledge base cannot be used: disk I/O error"


def test_search_on_a_full_disk_prints_the_cause_in_one_line(tmp_path, monkeypatch):
    db = kb_of(tmp_path, {"a.txt": "Ông Đinh Văn Tới được tặng Giấy khen năm 2020.\n"})[0]

    def no_room(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(outputs.search, "search", no_room)
    monkeypatch.setattr(cli_module, "_free_bytes", lambda path: 0)
    result = CliRunner().invoke(cli, ["search", "giay khen", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {db}: no room on its disk for the working files SQLite keeps beside it")
    assert result.output.count("\n") == 1


def test_a_lock_held_past_the_wait_says_another_command_is_writing(tmp_path):
    """A second `ingest` while one was writing waited 30 s, then printed "the knowledge base cannot be used:
    database is locked" (newcomer, session 30)."""
    db = str(tmp_path / "kho.sqlite")
    line = sqlite_error_message(db, sqlite3.OperationalError("database is locked"))
    assert line == (f"{db}: another command is writing to it (an ingest, a correction) and kept it longer than the "
                    "30 s this one waits (database is locked): run this command again when that one has ended")


def test_a_disk_io_error_on_a_read_only_medium_is_not_called_a_full_disk(tmp_path, monkeypatch):
    """A disc or a read-only image reports 0 bytes free whatever it holds: a real read error there was printed as
    "no room on its disk" (newcomer, session 30); it keeps SQLite's words."""
    _disk(monkeypatch, 0)
    monkeypatch.setattr(cli_module, "_read_only_medium", lambda db: True)
    db = str(tmp_path / "kho.sqlite")
    assert sqlite_error_message(db, sqlite3.OperationalError("disk I/O error")) == \
        f"{db}: the knowledge base cannot be used: disk I/O error"


def test_a_writable_folder_is_not_a_read_only_medium(tmp_path):
    assert cli_module._read_only_medium(str(tmp_path / "kho.sqlite")) is False

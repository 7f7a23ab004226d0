"""Every connection to a knowledge base waits the same time for another writer before "database is locked", and
the message a command then prints says that time: reading commands waited Python's default 5 s while the message
said 30 s (reviewer, session 30)."""
from __future__ import annotations

import sqlite3

import outputs.kb
from outputs.kb import BUSY_TIMEOUT, open_db
from pipeline.cli import sqlite_error_message


def test_writing_and_reading_connections_wait_busy_timeout(tmp_path, monkeypatch):
    path = tmp_path / "kb.sqlite"
    db = open_db(path)
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000
    db.conn.close()
    seen: list[float] = []
    real = sqlite3.connect

    def connect(*args, **kwargs):
        seen.append(kwargs.get("timeout", 5.0))
        return real(*args, **kwargs)

    monkeypatch.setattr(outputs.kb.sqlite3, "connect", connect)
    open_db(path, readonly=True).conn.close()
    assert seen == [30.0] and BUSY_TIMEOUT == 30.0


def test_the_locked_message_says_the_time_waited():
    line = sqlite_error_message("kb.sqlite", sqlite3.OperationalError("database is locked"))
    assert "longer than the 30 s this one waits" in line

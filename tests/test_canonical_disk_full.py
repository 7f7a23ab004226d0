"""A disk that fills while the canonical layer is rebuilt (newcomer, session 29): SQLite rolls the rebuild's
transaction back itself, and the unconditional "ROLLBACK" of :func:`outputs.canonical.build` then raised "cannot
rollback - no transaction is active" in place of "database or disk is full": ``sovang correct fix`` with 120 KB
left on its disk ended "the knowledge base cannot be used: cannot rollback …". The disk's error now comes through,
the correction is not kept, and the same correction is taken once there is room. The full disk is played as SQLite
plays it on a tmpfs that fills while the write-ahead log grows (reproduced by hand with a 3 MB tmpfs): the
transaction rolled back, then "database or disk is full" raised."""
from __future__ import annotations

import sqlite3

import pytest

import outputs.canonical
from outputs.canonical import add_correction, build
from outputs.kb import open_db
from tests.cli import kb_of


def test_a_full_disk_during_a_rebuild_is_reported_as_such(tmp_path, monkeypatch):
    text = "Chủ tịch UBND tỉnh Sơn La tặng Bằng khen cho ông Lò Văn Piềng năm 2018.\n"
    db = open_db(kb_of(tmp_path, {"a.txt": text})[0])
    key = db.execute("SELECT key FROM conferrals_resolved").fetchone()[0]

    def disk_full(conn):
        conn.execute("DELETE FROM conferrals_resolved")  # part of the layer written, then the disk fills
        conn.execute("ROLLBACK")  # what SQLite does on ENOSPC in the write-ahead log
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(outputs.canonical, "_build", disk_full)
        with pytest.raises(sqlite3.OperationalError, match="^database or disk is full$"):
            build(db)
        with pytest.raises(sqlite3.OperationalError, match="^database or disk is full$"):
            add_correction(db, "fix", "conferral", key, "thu", field="year", value="2017")
    assert db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0  # not kept
    assert db.execute("SELECT count(*) FROM conferrals_resolved").fetchone()[0] == 1  # the layer as it was
    assert add_correction(db, "fix", "conferral", key, "thu", field="year", value="2017") == 1
    assert db.execute("SELECT year FROM conferrals_resolved WHERE key = ?", [key]).fetchone()[0] == 2017

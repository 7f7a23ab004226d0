"""Re-ingest marks and superseded failures (session 10): the real ``sovang`` CLI on real SQLite files."""
from __future__ import annotations

import sqlite3

from tests.test_reingest_marks import ingest


def _set_status(db, status: str) -> None:
    """Make every stored content look as if the earlier ingest had left it ``status``."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET status = ?", [status])


def test_second_path_of_a_content_reads_the_status_before_the_run(tmp_path):
    """One content (an empty file: it fails) at two paths, stored 'partial' by an earlier ingest: both paths are
    marked 'partial before' (the second path read 'failed', the status the first path had just written)."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(b"")
    db = tmp_path / "x.db"
    ingest(folder, db)
    _set_status(db, "partial")
    again = ingest(folder, db)
    assert "failed   a.txt: empty file (0 bytes)  [tried again: partial before]" in again
    assert "failed   b.txt: empty file (0 bytes)  [tried again: partial before]" in again
    assert not [line for line in again if "failed before" in line]
    assert "failed: 2 (new 0, tried again 2)" in again
    # counted per path, whether the second path is in flight with the first (a pool) or read again after it
    # (one worker): both were tried again, none is newly stored
    assert "documents stored: 0 (ok 0, partial 0, failed 0)" in again
    assert "tried again after an earlier failure or partial read: 2 (read whole now 0, failed or partial again 2)" \
        in again

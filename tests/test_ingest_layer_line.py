"""The line "awards, persons and units (the canonical layer) built for what was stored before: an earlier run stopped
before building them, or was another sovang's" (session 43) is for a run that finds the layer stale when it begins.
Newcomer, session 45: every ingest of a folder holding a file that failed for a cause that may pass (a .rtf
LibreOffice refused, a scan read without Tesseract) said it, though no run had stopped: the file, tried again and
failed again, is stored anew, which marks the layer stale within the run."""
from __future__ import annotations

import sqlite3

import sqlite_utils

from pipeline.ingest import LAYER_CAUGHT_UP, canonical_stale
from tests.test_reingest_marks import ingest


def _kho(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "tin.txt").write_text("Bà Lê Thị Hoa nhận Bằng khen của Chủ tịch UBND tỉnh năm 2020.\n", encoding="utf-8")
    (folder / "hong.txt").write_bytes(b"\x00\x00\x00")  # fails (binary content)
    db = tmp_path / "kb.sqlite"
    ingest(folder, db)
    with sqlite3.connect(db) as conn:  # as a read that may succeed next time leaves it (no Tesseract: partial)
        conn.execute("UPDATE documents SET status = 'partial' WHERE status = 'failed'")
    return folder, db


def test_a_file_tried_again_and_failing_again_says_no_earlier_run_stopped(tmp_path):
    folder, db = _kho(tmp_path)
    again = ingest(folder, db)
    assert "tried again after an earlier failure or partial read: 1 (read whole now 0, failed or partial again 1)" \
        in again
    assert LAYER_CAUGHT_UP not in again
    assert not canonical_stale(sqlite_utils.Database(db))  # the layer is built all the same


def test_a_layer_stale_when_the_run_begins_is_still_said_built(tmp_path):
    folder, db = _kho(tmp_path)
    with sqlite3.connect(db) as conn:  # as a run stopped before building the layer leaves it
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('canonical_stale', '1')")
    again = ingest(folder, db)
    assert LAYER_CAUGHT_UP in again
    assert not canonical_stale(sqlite_utils.Database(db))

"""A disk that fills while a document is being written (newcomer, session 29): SQLite answers "database or disk is
full" and rolls the whole batch back, its savepoint with it, so the writer's "ROLLBACK TO document" raised "no such
savepoint: document" in place of that error, and ``sovang ingest`` on a 3 MB tmpfs ended with "the knowledge base
cannot be used: no such savepoint: document", as if the file were damaged. The disk's error now comes through, and
the CLI's one line says the disk is full. SQLite's ``max_page_count`` stands in for a small disk: past it, SQLite
gives the very error a full disk gives (SQLITE_FULL)."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

import outputs.kb
from extractors.facts import DocumentFacts
from outputs.kb import Writer, open_db
from pipeline.cli import cli
from pipeline.model import Block, Document

LINE = "Ông Hà Văn Thắng, tổ trưởng tổ sản xuất chè, được tặng Giấy khen năm 2020 vì có thành tích xuất sắc."


def _doc(n: int, lines: int) -> Document:
    return Document(path=f"t{n}.txt", sha256=f"{n:064x}", format="txt", status="ok",
                    blocks=[Block(f"{LINE} ({i})") for i in range(lines)])


def _cap(db, pages_more: int) -> None:
    """Let the knowledge base grow by ``pages_more`` pages at most, as a nearly full disk would."""
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + pages_more}")


def test_the_writer_raises_the_disks_error_not_a_missing_savepoint(tmp_path):
    writer = Writer(open_db(tmp_path / "kb.sqlite"), batch=100)
    _cap(writer.db, 8)
    writer.add(_doc(1, 2), DocumentFacts(), str(tmp_path), "t1.txt")  # small: fits
    with pytest.raises(sqlite3.OperationalError, match="^database or disk is full$"):
        writer.add(_doc(2, 3000), DocumentFacts(), str(tmp_path), "t2.txt")  # about 300 KB of text: does not


def test_ingest_on_a_filling_disk_says_the_disk_is_full(tmp_path, monkeypatch):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "ngan.txt").write_text(LINE + "\n", encoding="utf-8")
    (folder / "dai.txt").write_text("".join(f"{LINE} ({i})\n" for i in range(3000)), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    real_init = outputs.kb.Writer.__init__

    def init(self, database, *args, **kwargs):
        real_init(self, database, *args, **kwargs)
        _cap(self.db, 40)

    monkeypatch.setattr(outputs.kb.Writer, "__init__", init)
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1", "-q"])
    assert result.exit_code == 1
    assert "no such savepoint" not in result.output
    assert result.output.endswith(f"Error: {db}: the disk is full (database or disk is full): what was stored "
                                  f"before is kept; free some space and run the same command again\n")

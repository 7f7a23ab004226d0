"""A full disk during ``sovang ingest`` (newcomer, session 28): with worker processes, an error SQLite raised while
the parent stored a document was taken as the file's ("worker failed: OperationalError: database or disk is
full"), the file stored as failed, and the load went on; SQLite had rolled the batch back, yet the summary counted
its documents stored (327 "stored" on a 3 MB disk holding 36) and the exit status was 0. Such an error now ends
the load in one line, exit status 1, and what was committed before stays."""
from __future__ import annotations

import sqlite3

from click.testing import CliRunner

import outputs.kb
from pipeline.cli import cli

TEXTS = {"a.txt": "Tặng Giấy khen cho bà Lò Thị Xuân năm 2021.\n",
         "b.txt": "Tặng Giấy khen cho ông Cầm Văn Hưng năm 2022.\n",
         "c.txt": "Tặng Giấy khen cho bà Quàng Thị Lan năm 2023.\n"}


def test_a_full_disk_ends_the_load_and_no_file_is_blamed(tmp_path, monkeypatch):
    folder = tmp_path / "kho"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    real_add = outputs.kb.Writer.add

    def add(self, doc, *args, **kwargs):
        if doc.path.endswith("b.txt") and doc.status == "ok":  # the document, not a smaller failed record of it
            raise sqlite3.OperationalError("database or disk is full")
        return real_add(self, doc, *args, **kwargs)

    monkeypatch.setattr(outputs.kb.Writer, "add", add)
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "2", "-q"])
    assert result.exit_code == 1
    assert result.output.endswith(f"Error: {db}: the disk is full (database or disk is full): what was stored "
                                  f"before is kept; free some space and run the same command again\n")
    assert "documents stored" not in result.output  # no summary counting what was not stored
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM documents WHERE error LIKE 'worker failed%'").fetchone() == (0,)
    finally:
        conn.close()

"""Session 21: a Writer keeps SQLite's scratch pages in memory while it writes, and gives the connection its
pragmas back when it closes (``kb.WRITER_PRAGMAS``); the rows it stores are the same (sentences of our own)."""
from __future__ import annotations

from extractors.facts import DocumentFacts, Mention
from outputs.kb import Writer, open_db
from pipeline.model import Block, Document


def _pragmas(db) -> tuple:
    return db.conn.execute("PRAGMA temp_store").fetchone()[0], db.conn.execute("PRAGMA cache_size").fetchone()[0]


def _store(db) -> list:
    writer = Writer(db)
    during = _pragmas(db)
    for n in (1, 2):
        facts = DocumentFacts()
        m = Mention("unit", f"Hợp tác xã Bình Minh {n}", 0, 0, 22, "")
        facts.units.append(m)
        facts.mentions.append(m)
        writer.add(Document(path=f"d{n}.txt", sha256=f"{n:064x}", format="txt", status="ok",
                            blocks=[Block(f"Hợp tác xã Bình Minh {n} nhận bằng khen")]), facts, "/r", f"d{n}.txt")
    writer.close()
    return [during, db.execute("SELECT id, canonical_name FROM entities ORDER BY id").fetchall(),
            db.execute("SELECT id, folded FROM blocks ORDER BY id").fetchall()]


def test_writer_scratch_pages_in_memory_while_open_then_given_back(tmp_path):
    db = open_db(tmp_path / "kb.sqlite")
    before = _pragmas(db)
    during, entities, blocks = _store(db)
    assert during == (2, -32768)  # MEMORY; 32 MiB of page cache
    assert _pragmas(db) == before == (0, -2000)  # SQLite's defaults again
    assert entities == [(1, "Hợp tác xã Bình Minh 1"), (2, "Hợp tác xã Bình Minh 2")]
    assert blocks == [(1, "hop tac xa binh minh 1 nhan bang khen"), (2, "hop tac xa binh minh 2 nhan bang khen")]

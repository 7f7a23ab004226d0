"""Ctrl-C or SIGTERM landing between the statements of a batch's commit (entities inserted, FTS5 rows added,
COMMIT) left the writer's bookkeeping behind SQLite, and the commit that ``close()`` makes after an interrupt ran
them again: the blocks indexed twice, the entities inserted twice (newcomer, session 30).  The commit now holds
the signal until it is done, then acts on it (:mod:`pipeline.interrupts`)."""
from __future__ import annotations

import signal

import pytest

from extractors.facts import DocumentFacts, Mention
from outputs.kb import Writer, open_db
from pipeline.interrupts import held
from pipeline.model import Block, Document


@pytest.fixture(autouse=True)
def _ctrl_c_raises():
    """Ctrl-C's default handler for each test, put back afterwards: under ``nohup`` or a shell's background job
    SIGINT is ignored (``SIG_IGN``), and these tests would then see no KeyboardInterrupt for a reason of the
    runner, not of the code (a fresh clone's suite run in the background, session 32)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _doc() -> Document:
    return Document(path="bien_ban.txt", sha256="ab" * 32, format="txt", status="ok",
                    blocks=[Block("Ông Quàng Văn Pành nhận Giấy khen của Hạt Kiểm lâm Mường Tè")])


def _facts() -> DocumentFacts:
    facts = DocumentFacts()
    unit = Mention("unit", "Hạt Kiểm lâm Mường Tè", 0, 0, 5, "")
    facts.units.append(unit)
    facts.mentions.append(unit)
    return facts


class _CtrlCAfter:
    """A connection that receives Ctrl-C just after the first statement holding ``marker`` has run."""

    def __init__(self, conn, marker: str):
        self._conn, self._marker, self._fired = conn, marker, False

    def execute(self, sql, *args):
        result = self._conn.execute(sql, *args)
        if self._marker in sql and not self._fired:
            self._fired = True
            signal.raise_signal(signal.SIGINT)
        return result

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.mark.parametrize("marker", ["INSERT INTO blocks_fts", "INSERT INTO entities_fts"])
def test_ctrl_c_inside_a_commit_is_taken_after_it_and_close_indexes_nothing_twice(tmp_path, marker):
    writer = Writer(open_db(tmp_path / "kb.sqlite"), batch=100)
    writer.add(_doc(), _facts(), str(tmp_path), "bien_ban.txt")
    conn = writer.db.conn
    writer.db.conn = _CtrlCAfter(conn, marker)
    with pytest.raises(KeyboardInterrupt):
        writer.commit()
    writer.db.conn = conn
    assert not conn.in_transaction  # the batch was committed before the interrupt was acted on
    writer.close()  # as the ingest does after an interrupt
    db = writer.db
    for table in ("blocks_fts", "entities_fts"):  # each row indexed once: the index agrees with its table
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
    assert db.execute("SELECT count(*) FROM blocks_fts WHERE blocks_fts MATCH 'panh'").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM entities").fetchone()[0] == 1


def test_a_signal_held_is_acted_on_once_on_the_way_out():
    noted = []
    with pytest.raises(KeyboardInterrupt):
        with held():
            signal.raise_signal(signal.SIGINT)
            noted.append("the block went on")
    assert noted == ["the block went on"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler

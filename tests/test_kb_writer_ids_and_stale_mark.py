"""The writer counts the ids of new blocks, mentions and entities within a write transaction, and marks the
canonical layer stale once a batch (``Writer._next_ids``, ``Writer._stale``): the ids are those SQLite's
``max(id) + 1`` gives, also after another connection has written, and the mark is set exactly when a batch
stored a document."""
from __future__ import annotations

from extractors.facts import DocumentFacts, Mention
from outputs.kb import Writer, open_db
from pipeline.model import Block, Document


def _doc(n: int) -> Document:
    return Document(path=f"t{n}.txt", sha256=f"{n:064x}", format="txt", status="ok",
                    blocks=[Block(f"Bà Lê Thị Hoa làm việc ở xưởng {n}"), Block(f"Câu cuối của tệp {n}")])


def _facts(n: int) -> DocumentFacts:
    facts = DocumentFacts()
    unit = Mention("unit", f"Xưởng Gỗ Sông Hồng {n}", 0, 0, 5, "")
    facts.units.append(unit)
    facts.mentions.append(unit)
    return facts


def _ids(db, table: str, sha_n: int) -> list[int]:
    return [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE document = ? ORDER BY id", [f"{sha_n:064x}"])]


def _stale(db):
    row = db.execute("SELECT value FROM meta WHERE key = 'canonical_stale'").fetchone()
    return row[0] if row else None


def test_ids_counted_in_a_batch_follow_another_writers_rows(tmp_path):
    path = tmp_path / "kb.sqlite"
    first = Writer(open_db(path), batch=2)
    first.add(_doc(1), _facts(1), str(tmp_path), "t1.txt")
    first.add(_doc(2), _facts(2), str(tmp_path), "t2.txt")  # the batch of two is committed here
    second = Writer(open_db(path))
    second.add(_doc(3), _facts(3), str(tmp_path), "t3.txt")
    second.close()
    first.add(_doc(4), _facts(4), str(tmp_path), "t4.txt")  # a new transaction: ids read again
    first.add(_doc(5), _facts(5), str(tmp_path), "t5.txt")  # then counted on
    first.close()
    db = first.db
    assert [_ids(db, "blocks", n) for n in range(1, 6)] == [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]
    assert [_ids(db, "mentions", n) for n in range(1, 6)] == [[1], [2], [3], [4], [5]]
    assert [r[0] for r in db.execute("SELECT id FROM entities ORDER BY id")] == [1, 2, 3, 4, 5]
    assert db.execute("SELECT canonical_name FROM entities WHERE id = 4").fetchone()[0] == "Xưởng Gỗ Sông Hồng 4"


def test_a_replaced_last_document_gets_its_ids_again(tmp_path):
    writer = Writer(open_db(tmp_path / "kb.sqlite"), batch=100)
    writer.add(_doc(1), _facts(1), str(tmp_path), "t1.txt")
    writer.add(_doc(2), _facts(2), str(tmp_path), "t2.txt")
    writer.add(_doc(2), _facts(2), str(tmp_path), "t2.txt", replace=True)  # in the same transaction
    writer.add(_doc(3), _facts(3), str(tmp_path), "t3.txt")
    writer.close()
    db = writer.db
    # document 2's rows deleted, max(id) + 1 is again 3 (blocks) and 2 (mentions), as SQLite alone would give
    assert [_ids(db, "blocks", n) for n in (1, 2, 3)] == [[1, 2], [3, 4], [5, 6]]
    assert [_ids(db, "mentions", n) for n in (1, 2, 3)] == [[1], [2], [3]]


def test_the_stale_mark_is_set_when_a_batch_stored_a_document(tmp_path):
    path = tmp_path / "kb.sqlite"
    writer = Writer(open_db(path), batch=100)
    writer.add(_doc(1), _facts(1), str(tmp_path), "t1.txt")
    reader = open_db(path, readonly=True)
    assert _stale(reader) is None  # not committed yet
    writer.commit()
    assert _stale(reader) == "1"
    writer.db.execute("UPDATE meta SET value = '0' WHERE key = 'canonical_stale'")  # as after a rebuild
    assert writer.add(_doc(1), _facts(1), str(tmp_path), "again/t1.txt") == "known"
    writer.commit()
    assert _stale(reader) == "0"  # a path recorded, nothing stored
    assert writer.add(_doc(2), _facts(2), str(tmp_path), "t2.txt") == "stored"
    writer.close()
    assert _stale(reader) == "1"


def test_an_interrupt_just_after_a_documents_savepoint_leaves_it_marked_stale(tmp_path):
    # KeyboardInterrupt right after RELEASE document: the savepoint is gone (ROLLBACK TO fails), close() commits
    # the document; the stale mark must be committed with it, or the next ingest finds the document known and
    # never rebuilds the canonical layer
    path = tmp_path / "kb.sqlite"
    writer = Writer(open_db(path), batch=100)
    execute = writer.db.execute

    def interrupted(sql, *args, **kwargs):
        result = execute(sql, *args, **kwargs)
        if sql == "RELEASE document" and not interrupted.done:
            interrupted.done = True
            raise KeyboardInterrupt
        return result
    interrupted.done = False
    writer.db.execute = interrupted
    try:
        writer.add(_doc(1), _facts(1), str(tmp_path), "t1.txt")
    except BaseException:
        pass
    writer.db.execute = execute
    writer.close()
    reader = open_db(path, readonly=True)
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 1  # committed by close()
    assert _stale(reader) == "1"

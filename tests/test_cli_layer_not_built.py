"""Reading a knowledge base whose canonical layer an interrupted ingest left unbuilt or behind (newcomer, session
29). Ctrl-C during the first ``sovang ingest`` of a new knowledge base stores complete documents but no layer:
``awards``, ``who`` and ``export facts --canonical`` then ended "the knowledge base cannot be used: no such table:
conferrals_resolved", as if the file were damaged. They now say the layer is not built yet and what to run; and
after a later ingest interrupted (layer marked stale) they warn that the new documents are not shown yet."""
from __future__ import annotations

from click.testing import CliRunner

from extractors.facts import DocumentFacts
from outputs.canonical import layer_state
from outputs.kb import Writer, open_db
from pipeline.cli import cli
from pipeline.model import Block, Document

TEXT = "Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho bà Lường Thị Hiền năm 2019.\n"


def _store_without_layer(db_path, root) -> None:
    """What an ingest stopped before its rebuild leaves: a document committed, no canonical layer built."""
    writer = Writer(open_db(db_path))
    doc = Document(path="a.txt", sha256="a" * 64, format="txt", status="ok", blocks=[Block("Một dòng chữ.")])
    writer.add(doc, DocumentFacts(), str(root), "a.txt")
    writer.close()


def _run(*args):
    return CliRunner().invoke(cli, list(args))


def test_a_layer_never_built_is_named_with_what_to_run(tmp_path):
    db = tmp_path / "kb.sqlite"
    _store_without_layer(db, tmp_path)
    assert layer_state(open_db(db, readonly=True)) == "missing"
    for args in (["awards"], ["who", "luong thi hien"], ["export", "facts", "--canonical"]):
        result = _run(*args, "--db", str(db))
        assert result.exit_code == 1, args
        assert result.stderr == (f"Error: {db}: its awards, persons and units are not built yet (the ingest that "
                                 "stored its documents was interrupted, or is still running): run 'sovang ingest' "
                                 "again when none is running; what is stored is not read again\n"), args
    plain = _run("export", "facts", "--db", str(db))  # the extraction's output needs no layer
    assert plain.exit_code == 0
    assert plain.stdout.count("\n") == 1


def test_a_stale_layer_is_read_with_a_warning(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert _run("ingest", str(folder), "--db", str(db), "--workers", "1", "-q").exit_code == 0
    shown = _run("awards", "--db", str(db))
    assert "warning" not in shown.stderr
    assert shown.stdout.count("Lường Thị Hiền") == 1
    _store_without_layer(db, tmp_path)  # a later ingest interrupted: the layer is marked stale
    result = _run("awards", "--db", str(db))
    assert result.exit_code == 0
    assert result.stdout == shown.stdout  # the layer as it was built
    assert result.stderr.startswith(f"warning: {db} holds documents stored since its awards, persons and units "
                                    "were built (an ingest interrupted, or still running)")
    assert _run("ingest", str(folder), "--db", str(db), "-q").exit_code == 0  # nothing new: the layer rebuilt
    assert "warning" not in _run("awards", "--db", str(db)).stderr

"""Paths an old archive holds beside its documents (a newcomer, session 25): a file name in a legacy encoding (not
UTF-8) stopped every ingest of its folder with a traceback; a named pipe made the ingest wait for ever. Documents of
our own wording, the real CLI on a real SQLite file."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from tests.cli import run_cli

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWS = "Ngày 3/3/2024, Chủ tịch UBND huyện tặng Giấy khen cho bà Lê Thị Mai vì thành tích xuất sắc.\n"
OTHER = "Ngày 4/3/2024, Chủ tịch UBND huyện tặng Giấy khen cho ông Lê Văn Tám vì thành tích xuất sắc.\n"
LEGACY_NAME = b"B\xb5o c\xb5o.txt"  # a TCVN3 name: byte 0xB5 is no UTF-8


def test_a_name_not_in_utf8_is_stored_escaped_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "kho"
    (folder / "a").mkdir(parents=True)
    (folder / "z").mkdir()
    with open(os.path.join(os.fsencode(folder / "a"), LEGACY_NAME), "wb") as fh:
        fh.write(NEWS.encode())
    (folder / "z" / "b.txt").write_text(OTHER, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    paths = sorted(r[0] for r in sqlite3.connect(db).execute("SELECT path FROM document_paths"))
    assert paths == ["a/B\\xb5o c\\xb5o.txt", "z/b.txt"]
    facts = [json.loads(line) for line in run_cli("export", "facts", "--db", db).splitlines()]
    assert [(f["document"], f["awards"][0]["recipient"]) for f in facts] == [
        ("a/B\\xb5o c\\xb5o.txt", "Lê Thị Mai"), ("z/b.txt", "Lê Văn Tám")]
    again = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "documents stored: 0" in again and "2 already known" in again
    # forget takes the name as the file system gives it
    assert "1 path removed" in run_cli("forget", os.fsdecode(os.path.join(os.fsencode(folder / "a"), LEGACY_NAME)),
                                       "--db", db)


def test_a_named_pipe_is_reported_and_skipped_not_waited_on(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    os.mkfifo(folder / "ong.txt")
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", str(folder), "--db",
                           str(tmp_path / "kb.sqlite"), "--workers", "1"], cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    # named within the folder ingested, as the other files are (a newcomer, session 26: it was absolute)
    assert "  failed   ong.txt: not a regular file (a named pipe, socket or device): skipped" in proc.stdout
    assert "documents stored: 1 (ok 1" in proc.stdout


def test_a_file_gone_during_the_walk_is_named_gone_not_a_pipe(tmp_path):
    """A file deleted while the folder is read was called "not a regular file (a named pipe …)" (a newcomer,
    session 26)."""
    from pipeline.discover import VANISHED, Found, Problem, _walk

    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "a.txt").write_text(OTHER, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    walk = _walk([folder])
    first = next(walk)
    assert isinstance(first, Found) and first.path == "a.txt"
    (folder / "b.txt").unlink()  # deleted after the folder was listed, before its turn
    second = next(walk)
    assert isinstance(second, Problem) and second.reason == VANISHED and second.path.endswith("/kho/b.txt")


def test_a_name_copied_from_a_mac_is_found_when_typed_with_composed_letters(tmp_path):
    """macOS writes file names with decomposed letters (NFD: "ế" as "e" and two combining marks); a name typed on a
    keyboard is composed (NFC). Both look the same on screen, yet 'ingest' said "no such file or folder" and
    'forget' "no stored path matches" (a newcomer, session 34)."""
    import unicodedata

    folder = tmp_path / "kho"
    (folder / unicodedata.normalize("NFD", "Hồ sơ cũ")).mkdir(parents=True)
    decomposed = folder / unicodedata.normalize("NFD", "Hồ sơ cũ") / unicodedata.normalize("NFD", "Giấy khen bà Mai.txt")
    decomposed.write_text(NEWS, encoding="utf-8")
    typed = str(folder / "Hồ sơ cũ" / "Giấy khen bà Mai.txt")
    assert typed != str(decomposed)
    db = str(tmp_path / "kb.sqlite")
    assert "documents stored: 1 (ok 1" in run_cli("ingest", typed, "--db", db, "--workers", "1", "--quiet")
    assert "1 path removed" in run_cli("forget", typed, "--db", db)
    # a file deleted since: its stored (decomposed) path is found by the composed name too
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    decomposed.unlink()
    assert "1 path removed" in run_cli("forget", typed, "--db", db)


def test_a_mac_name_is_exported_in_composed_letters_and_scored_either_way(tmp_path):
    """'export facts' wrote the ``document`` of a file named with decomposed letters (NFD, as macOS writes names) in
    those letters, so a gold file typed with composed ones (NFC) did not match it (session 34's fixer); the export
    writes NFC, the scorer reads either, and forget still finds the file by its own spelling (the stored path is NFC
    since session 36: test_paths_composed)."""
    import json
    import unicodedata

    from outputs.scoring import load_jsonl

    folder = tmp_path / "kho"
    folder.mkdir()
    composed = "Tờ trình khen ông Hậu.txt"
    (folder / unicodedata.normalize("NFD", composed)).write_text(NEWS, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    out = tmp_path / "facts.jsonl"
    run_cli("export", "facts", "--db", db, "-o", out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["document"] for line in lines] == [composed]
    gold = tmp_path / "gold.jsonl"  # a gold line naming the file as the Mac wrote it: the same document
    gold.write_text(json.dumps({"document": unicodedata.normalize("NFD", composed)}) + "\n", encoding="utf-8")
    assert list(load_jsonl(gold)) == [composed]
    assert "1 path removed" in run_cli("forget", str(folder / unicodedata.normalize("NFD", composed)), "--db", db)

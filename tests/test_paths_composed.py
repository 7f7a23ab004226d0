"""Document names are stored composed (NFC), session 36. A file named on a Mac has decomposed letters (NFD: "ờ" as
"o", a horn and a grave accent); its stored path kept them, so ``awards``, ``who``, ``search`` and the site showed
them (a terminal or a browser may draw the marks apart) and ``sort``/``grep`` by a typed (composed) name missed it.
The knowledge base now stores each root and path in NFC, reads the file by its own name, finds it on disk again
(re-ingest, moved files, failures), and brings the paths of an older knowledge base to NFC once. Documents and names
of our own wording, the real CLI on a real SQLite file."""
from __future__ import annotations

import sqlite3
import unicodedata

from click.testing import CliRunner

from pipeline.cli import cli
from tests.cli import query_json, run_cli
from tests.test_ingest_cli import rows

NEWS = ("Ngày 8/3/2021, UBND huyện Quỳ Hợp tặng Giấy khen cho bà Vi Thị Lựu, giáo viên trường mầm non, "
        "vì thành tích trong năm học 2020 - 2021.")
FOLDER = "Hồ sơ khen thưởng"
NAME = "Giấy khen bà Lựu.txt"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _mac_folder(tmp_path):
    """``tmp_path/kho/<FOLDER>/<NAME>`` with both names written decomposed, as a Mac writes them."""
    sub = tmp_path / "kho" / nfd(FOLDER)
    sub.mkdir(parents=True)
    (sub / nfd(NAME)).write_text(NEWS, encoding="utf-8")
    return tmp_path / "kho", sub / nfd(NAME)


def _stored(db) -> list[tuple[str, str]]:
    return rows(db, "SELECT root, path FROM document_paths ORDER BY id")


def test_a_mac_name_is_stored_and_shown_composed(tmp_path):
    folder, _ = _mac_folder(tmp_path)
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    (root, path), = _stored(db)
    assert path == f"{FOLDER}/{NAME}" and path != nfd(path)  # composed: "ờ" one character
    assert unicodedata.is_normalized("NFC", root)
    (row,) = query_json("awards", "--db", db, "--format", "json")
    assert row["recipient"] == "Vi Thị Lựu" and row["document"] == f"{FOLDER}/{NAME}"
    record = run_cli("who", "vi thi luu", "--db", db)
    assert f"{FOLDER}/{NAME}" in record and nfd(NAME) not in record
    assert f"{FOLDER}/{NAME}" in run_cli("search", "Quỳ Hợp", "--db", db)


def test_ingested_again_it_is_the_same_path_and_forget_takes_either_spelling(tmp_path):
    folder, file = _mac_folder(tmp_path)
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    again = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "skipped, already known: 1" in again and "moved" not in again
    assert len(_stored(db)) == 1
    assert "1 path removed" in run_cli("forget", str(file), "--db", db)  # the name as the disk spells it
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert "1 path removed" in run_cli("forget", str(folder / FOLDER / NAME), "--db", db)  # as typed
    assert _stored(db) == []


def test_a_renamed_mac_file_is_moved_not_doubled(tmp_path):
    folder, file = _mac_folder(tmp_path)
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    file.rename(file.with_name(nfd("Giấy khen bà Lựu (bản chính).txt")))
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert [p for _, p in _stored(db)] == [f"{FOLDER}/Giấy khen bà Lựu (bản chính).txt"]


def test_a_failed_mac_file_still_there_is_not_listed_gone(tmp_path):
    sub = tmp_path / "kho" / nfd(FOLDER)
    sub.mkdir(parents=True)
    (sub / nfd("Tờ trình.pdf")).write_bytes(b"%PDF-1.4 not a whole pdf")
    db = str(tmp_path / "kb.sqlite")
    CliRunner().invoke(cli, ["ingest", str(tmp_path / "kho"), "--db", db, "--workers", "1", "--quiet"])
    listed = run_cli("failures", "--db", db)
    assert f"{FOLDER}/Tờ trình.pdf" in listed and "gone" not in listed


def test_an_older_knowledge_base_gets_its_decomposed_paths_composed_once(tmp_path):
    folder, _ = _mac_folder(tmp_path)
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    with sqlite3.connect(db) as conn:  # as a sovang before session 36 stored it: the file's own spelling
        conn.execute("UPDATE document_paths SET root = ?, path = ?",
                     [nfd(_stored(db)[0][0]), nfd(f"{FOLDER}/{NAME}")])
        conn.execute("DELETE FROM meta WHERE key = 'paths_composed'")
    assert _stored(db)[0][1] == nfd(f"{FOLDER}/{NAME}")
    again = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "skipped, already known: 1" in again
    assert [p for _, p in _stored(db)] == [f"{FOLDER}/{NAME}"]  # one path, composed: not a second copy


def test_a_mac_folder_is_listed_once_per_ingest_not_once_per_file(tmp_path, monkeypatch):
    """Each stored (composed) path of a Mac folder is not there as typed, so ``drop_moved`` looks for it by its other
    spelling, listing its folders (:func:`pipeline.discover.on_disk`). Six files in one decomposed folder under
    ``kho``: before, each file listed ``kho`` (to find the folder) and the folder (to find the file), 12 listings;
    now each folder is listed once per call, 2 listings, and every file is still found there."""
    import os

    from outputs.kb import Writer, open_db

    sub = tmp_path / "kho" / nfd(FOLDER)
    sub.mkdir(parents=True)
    for day in range(1, 7):
        (sub / nfd(f"Giấy khen số {day}.txt")).write_text(NEWS.replace("8/3", f"{day}/3"), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "kho", "--db", db, "--workers", "1", "--quiet")
    assert len(_stored(db)) == 6
    listed = []
    real = os.listdir
    monkeypatch.setattr(os, "listdir", lambda path=".": listed.append(str(path)) or real(path))
    writer = Writer(open_db(db))
    try:
        assert writer.drop_moved([str((tmp_path / "kho").resolve())]) == ([], [])
    finally:
        writer.close()
    assert sorted(listed) == sorted([str((tmp_path / "kho").resolve()), str((tmp_path / "kho").resolve() / nfd(FOLDER))])


def test_an_older_knowledge_base_read_for_queries_shows_its_paths_composed_and_keeps_them(tmp_path):
    """Session 37: a query opens the knowledge base read-only, which composes nothing (only a writing open does,
    once), so ``who``, ``awards`` and ``search`` of a base stored before session 36 showed a Mac's decomposed names.
    They are composed on output now, the file unchanged."""
    folder, _ = _mac_folder(tmp_path)
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    with sqlite3.connect(db) as conn:  # as a sovang before session 36 stored it
        conn.execute("UPDATE document_paths SET root = ?, path = ?",
                     [nfd(_stored(db)[0][0]), nfd(f"{FOLDER}/{NAME}")])
        conn.execute("DELETE FROM meta WHERE key = 'paths_composed'")
    (row,) = query_json("awards", "--db", db, "--format", "json")
    assert row["document"] == f"{FOLDER}/{NAME}" and row["document_copies"] is None
    (record,) = query_json("who", "vi thi luu", "--db", db, "--json")
    assert [a["document"] for a in record["awards"]] == [f"{FOLDER}/{NAME}"]
    assert record["positions"] and all(p[3] == f"{FOLDER}/{NAME}" for p in record["positions"])
    shown = run_cli("who", "vi thi luu", "--db", db)
    assert f"{FOLDER}/{NAME}" in shown and nfd(NAME) not in shown
    assert nfd(NAME) not in run_cli("awards", "--db", db)
    (hit,) = query_json("search", "Quỳ Hợp", "--db", db, "--json")
    assert hit["path"] == f"{FOLDER}/{NAME}" and hit["paths"] == [f"{FOLDER}/{NAME}"]
    assert _stored(db)[0][1] == nfd(f"{FOLDER}/{NAME}")  # read, not written


def test_an_older_knowledge_base_lists_its_failures_composed(tmp_path):
    """``failures`` of a base stored before session 36 (its failed Mac file's folder and name decomposed, the base
    read only) names the file composed, in the listing and in JSON, and still finds it there: not "gone"."""
    sub = tmp_path / "kho" / nfd(FOLDER)
    sub.mkdir(parents=True)
    (sub / nfd("Biên bản họp.pdf")).write_bytes(b"%PDF-1.4 cut off here")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", tmp_path / "kho", "--db", db, "--workers", "1", "--quiet")
    with sqlite3.connect(db) as conn:  # as a sovang before session 36 stored it
        conn.execute("UPDATE document_paths SET root = ?, path = ?",
                     [nfd(_stored(db)[0][0]), nfd(f"{FOLDER}/Biên bản họp.pdf")])
        conn.execute("DELETE FROM meta WHERE key = 'paths_composed'")
    listed = run_cli("failures", "--db", db)
    assert f"failed   {FOLDER}/Biên bản họp.pdf: " in listed and nfd("Biên bản") not in listed
    (row,) = query_json("failures", "--db", db, "--json")
    assert (row["state"], row["relative"], row["root"]) == ("current", f"{FOLDER}/Biên bản họp.pdf",
                                                            str(tmp_path / "kho"))
    assert row["path"] == f"{tmp_path / 'kho'}/{FOLDER}/Biên bản họp.pdf"
    assert _stored(db)[0][1] == nfd(f"{FOLDER}/Biên bản họp.pdf")  # read, not written

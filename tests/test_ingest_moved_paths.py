"""A file renamed or moved between two ingests of its folder is named by its new path only; a file deleted keeps its
document (a newcomer, session 26: the old paths stayed current, and ``export facts`` wrote each moved document
twice). Documents of our own wording, the real CLI on a real SQLite file."""
from __future__ import annotations

import json

from tests.cli import query_json, run_cli

MAI = "Ngày 2/4/2019, Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen cho bà Lê Thị Mai vì thành tích xuất sắc.\n"
TUNG = "Ngày 5/6/2020, Chủ tịch UBND tỉnh Hà Tĩnh tặng Bằng khen cho ông Phan Văn Tùng vì thành tích xuất sắc.\n"
NAM = "Ngày 7/8/2021, Chủ tịch UBND tỉnh Quảng Bình tặng Bằng khen cho ông Võ Văn Nam vì thành tích xuất sắc.\n"


def exported(db: str) -> list[str]:
    out = run_cli("export", "facts", "--db", db, "-o", "-")
    return sorted(json.loads(line)["document"] for line in out.splitlines() if line.strip())


def test_renamed_and_moved_files_are_named_by_their_new_path_and_deleted_ones_kept(tmp_path):
    folder = tmp_path / "kho"
    (folder / "q3").mkdir(parents=True)
    (folder / "q3" / "mai.txt").write_text(MAI, encoding="utf-8")
    (folder / "tung.txt").write_text(TUNG, encoding="utf-8")
    (folder / "nam.txt").write_text(NAM, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert exported(db) == ["nam.txt", "q3/mai.txt", "tung.txt"]

    (folder / "q3").rename(folder / "q3_2019")  # a folder renamed
    (folder / "tung.txt").rename(folder / "tung_2020.txt")  # a file renamed
    (folder / "nam.txt").unlink()  # a file deleted
    out = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "documents stored: 0" in out and "2 already known" in out
    assert "moved or renamed, the old path taken out (its content is at the new one): 2" in out
    assert f"  moved    q3/mai.txt -> {folder}/q3_2019/mai.txt" not in out  # named within the folder ingested
    assert "  moved    q3/mai.txt -> q3_2019/mai.txt" in out
    assert "  moved    tung.txt -> tung_2020.txt" in out
    assert "no longer in the folder, documents and facts kept ('sovang forget PATH' drops one): 1" in out
    assert "  gone     nam.txt" in out
    # each document once, under the path its file has now; the deleted one kept
    assert exported(db) == ["nam.txt", "q3_2019/mai.txt", "tung_2020.txt"]
    rows = query_json("awards", "--db", db, "--format", "json")
    assert sorted((r["recipient"], r["document"]) for r in rows) == [
        ("Lê Thị Mai", "q3_2019/mai.txt"), ("Phan Văn Tùng", "tung_2020.txt"), ("Võ Văn Nam", "nam.txt")]


def test_one_of_two_copies_deleted_leaves_the_other_path_only(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "a.txt").write_text(MAI, encoding="utf-8")
    (folder / "b.txt").write_text(MAI, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert exported(db) == ["a.txt", "b.txt"]
    (folder / "a.txt").unlink()
    out = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "  moved    a.txt -> b.txt" in out and "gone" not in out
    assert exported(db) == ["b.txt"]
    # a later ingest has nothing left to report
    again = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "moved" not in again and "gone" not in again


def test_a_file_named_with_a_hash_or_a_legacy_encoding_keeps_its_path(tmp_path):
    """A reviewer (session 26): "bao cao #3.txt" was read as an article "bao cao " of a JSON Lines file, and a
    TCVN3 name stored as "B\\xb5o.txt" was looked for under that text: both, still there, were taken out at each
    ingest in favour of a copy elsewhere (listed "gone" when there was none)."""
    import os

    folder = tmp_path / "kho"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    (folder / "a" / "bao cao #3.txt").write_text(MAI, encoding="utf-8")
    (folder / "b" / "copy.txt").write_text(MAI, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder / "a"), b"B\xb5o.txt"), "w", encoding="utf-8") as fh:
        fh.write(TUNG)
    (folder / "b" / "copy2.txt").write_text(TUNG, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    out = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "moved" not in out and "gone" not in out
    assert exported(db) == ["a/B\\xb5o.txt", "a/bao cao #3.txt", "b/copy.txt", "b/copy2.txt"]
    (folder / "b" / "copy.txt").unlink()  # a real deletion is still told
    out = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "  moved    b/copy.txt -> a/bao cao #3.txt" in out and "a/B\\xb5o.txt" not in out


def test_an_article_of_a_json_lines_file_named_with_a_hash_is_there_while_its_file_is(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    line = json.dumps({"id": "7", "title": "Tặng Bằng khen", "text": MAI}, ensure_ascii=False)
    (folder / "tin #2.jsonl").write_text(line + "\n", encoding="utf-8")
    (folder / "tin.jsonl").write_text(line + "\n", encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert len(exported(db)) == 2
    out = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "moved" not in out and "gone" not in out
    assert len(exported(db)) == 2


def test_a_file_moved_is_named_by_its_new_path_not_by_a_copy_in_another_folder(tmp_path):
    kho, khac = tmp_path / "kho", tmp_path / "khac"
    (kho / "q3").mkdir(parents=True)
    khac.mkdir()
    (kho / "q3" / "mai.txt").write_text(MAI, encoding="utf-8")
    (khac / "mai.txt").write_text(MAI, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", kho, "--db", db, "--workers", "1", "--quiet")
    run_cli("ingest", khac, "--db", db, "--workers", "1", "--quiet")
    (kho / "q3" / "mai.txt").rename(kho / "mai_2019.txt")
    out = run_cli("ingest", kho, "--db", db, "--workers", "1")
    assert "  moved    q3/mai.txt -> mai_2019.txt" in out


def test_a_folder_renamed_is_named_by_its_new_path_not_by_an_older_copy_in_the_same_folder(tmp_path):
    """Two copies under one folder given to ``ingest``: the one in "cu" renamed with its folder ("cu" now "moi")
    is reported moved to "moi/…", the path this ingest found, not to the copy stored before it (a newcomer, session
    36: the summary named the older copy)."""
    kho = tmp_path / "kho"
    (kho / "goc").mkdir(parents=True)
    (kho / "cu").mkdir()
    (kho / "goc" / "mai.txt").write_text(MAI, encoding="utf-8")
    (kho / "cu" / "mai ban sao.txt").write_text(MAI, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", kho, "--db", db, "--workers", "1", "--quiet")
    assert exported(db) == ["cu/mai ban sao.txt", "goc/mai.txt"]
    (kho / "cu").rename(kho / "moi")
    out = run_cli("ingest", kho, "--db", db, "--workers", "1")
    assert "  moved    cu/mai ban sao.txt -> moi/mai ban sao.txt" in out
    assert exported(db) == ["goc/mai.txt", "moi/mai ban sao.txt"]

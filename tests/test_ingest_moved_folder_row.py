"""A folder renamed or moved whole is one ``moved`` row of the ingest summary, its files counted (a newcomer, session
47: a folder of 60 articles renamed gave 60 rows, and an archive's folder of thousands would bury the summary); a
few files moved, and a file renamed, keep a row each. Documents of our own wording, the real CLI on a real SQLite
file."""
from __future__ import annotations

from pipeline.moved_folders import moved_rows
from tests.cli import run_cli


def _report(i: int) -> str:
    return f"Báo cáo số {i} của Phòng Nội vụ huyện Hòa An về công tác thi đua, khen thưởng năm 2019.\n"


def test_a_folder_renamed_is_one_row_and_a_few_files_moved_a_row_each(tmp_path):
    folder = tmp_path / "kho"
    (folder / "q3" / "phu").mkdir(parents=True)
    (folder / "a").mkdir()
    for i in range(6):
        (folder / "q3" / f"bc{i}.txt").write_text(_report(i), encoding="utf-8")
    (folder / "q3" / "phu" / "bc6.txt").write_text(_report(6), encoding="utf-8")
    for i in (7, 8):
        (folder / "a" / f"bc{i}.txt").write_text(_report(i), encoding="utf-8")
    (folder / "tung.txt").write_text(_report(9), encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")

    (folder / "q3").rename(folder / "q3_2019")  # a folder of 7 files renamed (one of them in a folder under it)
    (folder / "a").rename(folder / "b")  # a folder of 2 files renamed
    (folder / "tung.txt").rename(folder / "tung_2020.txt")  # a file renamed
    out = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "moved or renamed, the old path taken out (its content is at the new one): 10" in out
    moved = [line for line in out.splitlines() if line.startswith("  moved ")]
    assert moved == ["  moved    a/bc7.txt -> b/bc7.txt",
                     "  moved    a/bc8.txt -> b/bc8.txt",
                     "  moved    q3/* -> q3_2019/* (7 files, names kept)",
                     "  moved    tung.txt -> tung_2020.txt"]


def test_the_rows_of_a_folder_given_to_ingest_renamed_and_of_files_renamed():
    # a folder given to 'ingest' renamed: its old paths are absolute, the new ones within the folder read
    assert moved_rows([(f"/kho/Kho A/qd{i}.txt", f"qd{i}.txt") for i in range(6)]) == [
        "/kho/Kho A/* -> ./* (6 files, names kept)"]
    # six files each renamed within one folder are six rows: no folder moved
    assert moved_rows([(f"q3/a{i}.txt", f"q3/b{i}.txt") for i in range(6)]) == [
        f"q3/a{i}.txt -> q3/b{i}.txt" for i in range(6)]
    # files moved into a folder under the one they were in
    assert moved_rows([(f"qd{i}.txt", f"2019/qd{i}.txt") for i in range(6)]) == [
        "./* -> 2019/* (6 files, names kept)"]

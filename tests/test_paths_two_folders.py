"""A file is named by its path within its ingest folder, and by the folder and the path when another ingested folder
holds a file of the same path (a newcomer, session 24, could not tell the "qd01.txt" of two folders apart in
``search`` and ``awards``). Documents of our own wording, the real CLI on a real SQLite file."""
from __future__ import annotations

import json
import sqlite3

from tests.cli import run_cli

FIRST = ("Ngày 2/4/2019, Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen cho bà Lê Thị Mai, giáo viên Trường THCS Đặng Thai "
         "Mai, vì thành tích xuất sắc.\n")
SECOND = FIRST.replace("2019", "2020").replace("bà Lê Thị Mai", "ông Phan Văn Tùng")
OTHER = "Ngày 5/6/2020, Chủ tịch UBND tỉnh Hà Tĩnh tặng Bằng khen cho ông Võ Văn Nam vì thành tích xuất sắc.\n"


def test_the_same_path_in_two_folders_is_named_with_its_folder(tmp_path):
    one, two = tmp_path / "2019", tmp_path / "2020"
    one.mkdir(), two.mkdir()
    (one / "qd01.txt").write_text(FIRST, encoding="utf-8")
    (two / "qd01.txt").write_text(SECOND, encoding="utf-8")
    (two / "qd02.txt").write_text(OTHER, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    for folder in (one, two):
        run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    assert sorted((r["recipient"], r["document"]) for r in rows) == [
        ("Lê Thị Mai", f"{one}/qd01.txt"), ("Phan Văn Tùng", f"{two}/qd01.txt"), ("Võ Văn Nam", "qd02.txt")]
    hits = json.loads(run_cli("search", "dang thai mai", "--db", db, "--json"))
    assert sorted(h["path"] for h in hits) == [f"{one}/qd01.txt", f"{two}/qd01.txt"]
    assert f"({two}/qd01.txt)" in run_cli("who", "phan van tung", "--db", db)
    view = sqlite3.connect(db).execute("SELECT recipient, document_path FROM conferrals_view ORDER BY recipient")
    assert view.fetchall() == [("Lê Thị Mai", f"{one}/qd01.txt"), ("Phan Văn Tùng", f"{two}/qd01.txt"),
                               ("Võ Văn Nam", "qd02.txt")]


def test_a_content_filed_under_several_names_is_named_by_all_of_them(tmp_path):
    """One report filed three times (a newcomer, session 25: ``awards`` and ``who`` named only the first)."""
    folder = tmp_path / "kho"
    (folder / "ban sao").mkdir(parents=True)
    for name in ("qd01.txt", "ban sao/qd01.txt", "qd01 (1).txt"):
        (folder / name).write_text(FIRST, encoding="utf-8")
    (folder / "qd02.txt").write_text(OTHER, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    rows = {r["recipient"]: r for r in json.loads(run_cli("awards", "--db", db, "--format", "json"))}
    first = rows["Lê Thị Mai"]["document"]
    copies = rows["Lê Thị Mai"]["document_copies"].split("; ")
    assert sorted([first] + copies) == ["ban sao/qd01.txt", "qd01 (1).txt", "qd01.txt"]
    assert rows["Võ Văn Nam"]["document_copies"] is None
    assert f"{first} (also: {'; '.join(copies)})" in run_cli("awards", "--db", db, "--recipient", "le thi mai")
    assert f"{first} (also: {'; '.join(copies)}): Ngày 2/4/2019" in run_cli("who", "le thi mai", "--db", db)
    assert "qd02.txt (also" not in run_cli("awards", "--db", db)

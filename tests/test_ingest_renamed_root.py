"""A folder given to 'sovang ingest' renamed as a whole and ingested again under its new name (a newcomer, session
34: "Kho A" became "Kho B"): each document kept its old path beside the new one, so 'export facts' wrote every line
twice and 'awards' named the folder gone first. Its paths are taken out as moved now; a folder gone whose files
are not found at the same place in the folder walked (a disc not mounted) keeps them, and two folders that both
exist keep their copies. The real CLI on real SQLite files; text written for this test."""
from __future__ import annotations

import json

from tests.cli import run_cli

STORY = "Ngày 5/6/2024, Chủ tịch UBND huyện tặng Giấy khen cho bà Vũ Thị Lan vì thành tích xuất sắc.\n"
OTHER = "Ngày 6/6/2024, Chủ tịch UBND huyện tặng Giấy khen cho ông Tạ Văn Hiền vì thành tích xuất sắc.\n"


def _folder(base, name):
    folder = base / name
    (folder / "quy 2").mkdir(parents=True)
    (folder / "lan.txt").write_text(STORY, encoding="utf-8")
    (folder / "quy 2" / "hien.txt").write_text(OTHER, encoding="utf-8")
    return folder


def _documents(db):
    return sorted(json.loads(line)["document"] for line in run_cli("export", "facts", "--db", db).splitlines())


def test_a_renamed_ingest_folder_leaves_no_second_path(tmp_path):
    old = _folder(tmp_path, "Kho A")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", old, "--db", db, "--workers", "1", "--quiet")
    new = old.rename(tmp_path / "Kho B")
    summary = run_cli("ingest", new, "--db", db, "--workers", "1", "--quiet")
    assert "moved or renamed, the old path taken out (its content is at the new one): 2" in summary
    assert f"  moved    {old}/lan.txt -> lan.txt" in summary
    assert _documents(db) == ["lan.txt", "quy 2/hien.txt"]
    awards = run_cli("awards", "--db", db, "--recipient", "vu thi lan")
    assert "Kho A" not in awards and "lan.txt" in awards


def test_a_folder_gone_keeps_the_paths_found_nowhere_else_alike(tmp_path):
    old = _folder(tmp_path, "dia_ngoai")  # a disc, later not mounted
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", old, "--db", db, "--workers", "1", "--quiet")
    other = tmp_path / "ban_sao"
    other.mkdir()
    (other / "lan_2024.txt").write_text(STORY, encoding="utf-8")  # the same content at another relative path
    old.rename(tmp_path / "khong_con")
    assert "moved" not in run_cli("ingest", other, "--db", db, "--workers", "1", "--quiet")
    assert _documents(db) == ["lan.txt", "lan_2024.txt", "quy 2/hien.txt"]


def test_two_folders_that_both_exist_keep_their_copies(tmp_path):
    first, second = _folder(tmp_path, "2019"), _folder(tmp_path, "2019 ban sao")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", first, "--db", db, "--workers", "1", "--quiet")
    assert "moved" not in run_cli("ingest", second, "--db", db, "--workers", "1", "--quiet")
    assert len(_documents(db)) == 4

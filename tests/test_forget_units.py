"""'sovang forget' takes a forgotten document's units and awards out of the canonical layer too (newcomer's finding,
session 21: 'who' still listed a unit that only the forgotten document named, even after a later ingest). Runs the
real CLI; the documents are written for this test."""
from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from pipeline.cli import cli

ONLY_HERE = ("UBND HUYỆN ĐỨC THỌ\nSố: 77/QĐ-UBND\nQUYẾT ĐỊNH\nĐiều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho "
             "Trường Mầm non Hoa Sen xã Tùng Ảnh đã có thành tích xuất sắc năm học 2022-2023.\n")
OTHER = ("UBND HUYỆN ĐỨC THỌ\nSố: 78/QĐ-UBND\nQUYẾT ĐỊNH\nĐiều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho bà "
         "Nguyễn Thị Vân đã có thành tích xuất sắc năm 2023.\n")


def _run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result.exit_code, result.output


def test_a_unit_only_a_forgotten_document_named_is_gone(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(ONLY_HERE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    assert _run("ingest", folder, "--db", db, "-q", "--workers", "1")[0] == 0
    code, out = _run("who", "mam non hoa sen", "--db", db)
    assert code == 0 and "Trường Mầm non Hoa Sen" in out  # (found before forgetting)

    (folder / "a.txt").unlink()
    assert _run("forget", folder / "a.txt", "--db", db)[0] == 0
    for _ in range(2):  # right after forget, and after a later ingest
        code, out = _run("who", "mam non hoa sen", "--db", db)
        assert "Hoa Sen" not in out and "no person or unit matches" in out
        with sqlite3.connect(db) as conn:
            assert not conn.execute("SELECT 1 FROM units WHERE canonical_name LIKE '%Hoa Sen%'").fetchone()
        (folder / "c.txt").write_text(OTHER.replace("78/", "79/"), encoding="utf-8")
        assert _run("ingest", folder, "--db", db, "-q", "--workers", "1")[0] == 0
    code, out = _run("who", "nguyen thi van", "--db", db)
    assert "Nguyễn Thị Vân" in out and "Giấy khen" in out  # the other document's facts stay


def test_a_renamed_file_is_forgotten_by_its_path_relative_to_the_working_folder(tmp_path, monkeypatch):
    # newcomer's finding (session 23): "sovang forget docs/b.txt" for a file renamed since said "0 paths removed"
    # with no hint, though the folder ingested was ./docs
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ONLY_HERE, encoding="utf-8")
    (docs / "b.txt").write_text(OTHER, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    monkeypatch.chdir(tmp_path)
    assert _run("ingest", "docs", "--db", db, "--workers", "1", "--quiet")[0] == 0
    (docs / "b.txt").rename(docs / "b-renamed.txt")
    code, out = _run("forget", "docs/b.txt", "--db", db)
    assert code == 0 and f"forgot {docs}/b.txt" in out and "1 path removed" in out
    code, out = _run("forget", "docs/nothing.txt", "--db", db)
    assert code == 1 and "no stored path matches docs/nothing.txt" in out
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT path FROM document_paths")] == ["a.txt"]

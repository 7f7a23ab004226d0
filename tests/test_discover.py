"""File discovery (pipeline/discover.py): what a folder walk yields, on folders made for these tests."""
import sqlite3

from pipeline.discover import Found, database_files, discover, outermost, within_known_root
from tests.cli import run_cli


def test_hidden_system_and_lock_files_are_skipped(tmp_path):
    for name in ("a.txt", ".an.txt", "Thumbs.db", "desktop.ini", "~$bao-cao.docx", "bao-cao.docx"):
        (tmp_path / name).write_bytes(b"x")
    found = [f.path for f in discover([tmp_path]) if isinstance(f, Found)]
    assert found == ["a.txt", "bao-cao.docx"]


def test_a_file_takes_the_outermost_known_root_that_holds_it():
    assert within_known_root(Found("/a/docs/news", "x.txt", "/a/docs/news/x.txt"), ["/a/docs"]) == \
        Found("/a/docs", "news/x.txt", "/a/docs/news/x.txt")
    assert within_known_root(Found("/a/docs", "news/x.txt", "/a/docs/news/x.txt"), ["/a/docs/news"]) == \
        Found("/a/docs/news", "x.txt", "/a/docs/news/x.txt")
    # a sibling folder whose name starts alike is not inside
    assert within_known_root(Found("/a/docsx", "y.txt", "/a/docsx/y.txt"), ["/a/docs"]) == \
        Found("/a/docsx", "y.txt", "/a/docsx/y.txt")
    # an article of a JSON Lines file lies where its file does
    assert within_known_root(Found("/a/docs", "b.jsonl#3", "/a/docs/b.jsonl#3"), ["/a"]) == \
        Found("/a", "docs/b.jsonl#3", "/a/docs/b.jsonl#3")


def test_the_knowledge_base_and_its_companions_are_left_out(tmp_path):
    for name in ("a.txt", "kb.sqlite", "kb.sqlite-wal", "kb.sqlite-shm", "kb.sqlite-journal", "other.sqlite"):
        (tmp_path / name).write_bytes(b"x")
    found = [f.path for f in discover([tmp_path], skip=database_files(tmp_path / "kb.sqlite"))
             if isinstance(f, Found)]
    assert found == ["a.txt", "other.sqlite"]  # another database in the folder is still reported


def test_ingesting_the_folder_that_holds_the_knowledge_base_stores_only_the_documents(tmp_path, monkeypatch):
    (tmp_path / "qd.txt").write_text("QUYẾT ĐỊNH\nTặng Giấy khen cho Trường Tiểu học Hòa Bình.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for _ in range(2):  # the second run finds the -wal and -shm files of the first beside the database
        run_cli("ingest", ".", "--db", "kb.sqlite", "--workers", "1")
    conn = sqlite3.connect(tmp_path / "kb.sqlite")
    assert conn.execute("SELECT p.path, d.status FROM document_paths p JOIN documents d USING (sha256)").fetchall() \
        == [("qd.txt", "ok")]


def test_a_link_to_the_knowledge_base_is_left_out_too(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_bytes(b"x")
    (tmp_path / "kb.sqlite").write_bytes(b"x")
    (tmp_path / "docs" / "kb-link.sqlite").symlink_to(tmp_path / "kb.sqlite")
    found = [f.path for f in discover([tmp_path / "docs"], skip=database_files(tmp_path / "kb.sqlite"))
             if isinstance(f, Found)]
    assert found == ["a.txt"]


def test_a_path_another_given_folder_holds_is_walked_once(tmp_path):
    (tmp_path / "kho" / "tin").mkdir(parents=True)
    (tmp_path / "kho" / "tin" / "a.txt").write_bytes(b"x")
    (tmp_path / "kho" / "b.txt").write_bytes(b"y")
    kho, tin = tmp_path / "kho", tmp_path / "kho" / "tin"
    assert outermost([tin, kho]) == [kho]
    assert outermost([kho, tin, kho / "b.txt"]) == [kho]
    assert outermost([tin, tin]) == [tin]
    assert outermost([tmp_path / "nowhere", tmp_path / "nowhere", tin]) == [tmp_path / "nowhere", tin]
    # a sibling whose name starts alike is not held
    (tmp_path / "kho2").mkdir()
    assert outermost([kho, tmp_path / "kho2"]) == [kho, tmp_path / "kho2"]
    found = [(f.root, f.path) for f in discover([tin, kho]) if isinstance(f, Found)]
    assert found == [(str(kho), "b.txt"), (str(kho), "tin/a.txt")]


def test_ingesting_a_folder_with_a_folder_inside_it_stores_one_path_per_file(tmp_path):
    """A newcomer (session 27): 'sovang ingest kho/tin kho' stored each file of kho/tin under both folders, so
    export facts wrote it twice and the summary counted it as a copy."""
    (tmp_path / "kho" / "tin").mkdir(parents=True)
    (tmp_path / "kho" / "tin" / "a.txt").write_text("Ông Lê Văn Tám được tặng Giấy khen năm 2021.\n", encoding="utf-8")
    (tmp_path / "kho" / "b.txt").write_text("Bà Hồ Thị Năm được tặng Bằng khen năm 2022.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    out = run_cli("ingest", tmp_path / "kho" / "tin", tmp_path / "kho", "--db", db, "--workers", "1", "-q")
    assert out.startswith("documents stored: 2 (ok 2, partial 0, failed 0)\n")
    conn = sqlite3.connect(db)
    assert sorted(conn.execute("SELECT root, path FROM document_paths").fetchall()) == [
        (str(tmp_path / "kho"), "b.txt"), (str(tmp_path / "kho"), "tin/a.txt")]
    assert len(run_cli("export", "facts", "--db", db).splitlines()) == 2

"""File discovery (pipeline/discover.py): what a folder walk yields, on folders made for these tests."""
from pipeline.discover import Found, discover, within_known_root


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

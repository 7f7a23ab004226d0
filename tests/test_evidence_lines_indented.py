"""An evidence sentence that keeps several lines of its block (a list under "Điều 1", a signature) is printed by
`who` and `search` with every line at the entry's margin (newcomer, session 37: the further lines started at the
left edge, where they read as new entries). A document written for this test: an HTML list of two persons."""
from __future__ import annotations

from pipeline.wording import indented
from tests.cli import run_cli

LIST = ("<html><body><p>QUYẾT ĐỊNH</p><p>Điều 2. Tặng Giấy khen cho hai người sau:<br>a) Ông Lý Văn Sẻng, Trưởng "
        "bản Nậm Khao;<br>b) Bà Tòng Thị Piếng, Phó Trưởng bản Nậm Khao.</p></body></html>")


def test_indented_keeps_the_prefix_margin():
    assert indented("    ", "một\nhai") == "    một\n    hai"
    assert indented("      a.txt: ", "một\nhai\nba") == "      a.txt: một\n      hai\n      ba"
    assert indented("  x: ", "một dòng") == "  x: một dòng"


def test_who_and_search_print_every_line_of_a_sentence_indented(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.html").write_text(LIST, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    record = run_cli("who", "ly van seng", "--db", db).splitlines()
    i = record.index("          qd.html: Điều 2. Tặng Giấy khen cho hai người sau:")
    assert record[i + 1:i + 3] == ["          a) Ông Lý Văn Sẻng, Trưởng bản Nậm Khao;",
                                   "          b) Bà Tòng Thị Piếng, Phó Trưởng bản Nậm Khao."]
    hits = run_cli("search", "giay khen", "--db", db).splitlines()
    assert hits[1:3] == ["    Tặng Giấy khen cho hai người sau:", "    a) Ông Lý Văn Sẻng, Trưởng bản Nậm Khao;"]

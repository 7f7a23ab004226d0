"""``sovang correct split PERSON DOCUMENT`` takes the document by the path ``sovang who`` lists, or by its sha256,
and refuses a document that does not name the person.  Found by the newcomer of session 40: a split given the path
``who`` showed was "recorded and applied" and took nothing out (the layer read DOCUMENT as a sha256 only).
Documents of our own wording; the persons expected worked out by hand."""
from __future__ import annotations

import hashlib
import json
import sqlite3

from click.testing import CliRunner

from pipeline.cli import cli
from tests.cli import kb_of, run_cli

A = "Ngày 3/5/2024, ông Hà Văn Thịnh, Giám đốc Sở Xây dựng tỉnh Lạng Sơn, dự hội nghị tổng kết ngành.\n"
B = "Ngày 9/6/2024, Giám đốc Sở Xây dựng tỉnh Lạng Sơn Hà Văn Thịnh trao Giấy khen cho các đội thi công.\n"
C = "Ngày 1/7/2024, bà Lò Thị Vui, Phó Giám đốc Sở Y tế tỉnh Lạng Sơn, kiểm tra bệnh viện huyện.\n"


def persons(db, name):
    return [(r["id"], sorted(path for *_, path in r["positions"])) for r in
            json.loads(run_cli("who", name, "--db", db, "--json")) if r["kind"] == "person"]


def stored(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT action, other FROM corrections").fetchall()


def test_a_split_by_the_path_who_lists_takes_that_document_out(tmp_path):
    db, _ = kb_of(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": C})
    [(pid, paths)] = persons(db, "ha van thinh")
    assert paths == ["a.txt", "b.txt"]  # one person: the same office in both
    run_cli("correct", "split", pid, "b.txt", "--by", "t", "--db", db)
    assert sorted(paths for _, paths in persons(db, "ha van thinh")) == [["a.txt"], ["b.txt"]]
    assert stored(db) == [("split", hashlib.sha256(B.encode("utf-8")).hexdigest())]  # kept as the layer reads it


def test_a_split_by_a_document_not_naming_the_person_is_refused(tmp_path):
    db, folder = kb_of(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": C})
    [(pid, _)] = persons(db, "ha van thinh")
    for document in ("c.txt", "nowhere.txt", "0" * 64):
        result = CliRunner().invoke(cli, ["correct", "split", pid, document, "--by", "t", "--db", db])
        assert result.exit_code == 1, result.output
        assert f"'{document}' names no document in which the person is named" in result.output
    assert stored(db) == []
    run_cli("correct", "split", pid, f"{folder}/a.txt", "--by", "t", "--db", db)  # the folder and the path
    assert len(persons(db, "ha van thinh")) == 2

"""Names that differ only by their marks are two names: "Lê Thị Hoa" and "Lê Thị Hòa" are two persons, even at one
school (a newcomer, session 24, found them joined, with both awards under one name). A name written without any mark
("Le Thi Hoa", an unaccented file) still joins the one marked spelling of its folded name. Documents of our own
wording, the real CLI on a real SQLite file; values worked out by hand."""
from __future__ import annotations

import json
import sqlite3

from tests.cli import kb_of, run_cli


def award(day: str, name: str) -> str:
    return (f"Ngày {day}/2024, Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen cho bà {name}, giáo viên Trường THCS Đặng "
            f"Thai Mai, vì thành tích xuất sắc.\n")


def persons(db) -> list[str]:
    return sorted(r[0] for r in sqlite3.connect(db).execute("SELECT canonical_name FROM persons"))


def recipients(db, typed: str) -> list[tuple[str, str]]:
    rows = json.loads(run_cli("awards", "--recipient", typed, "--db", db, "--format", "json"))
    return sorted((r["recipient"], r["document"]) for r in rows)


def test_names_differing_by_a_mark_are_two_persons(tmp_path):
    db, _ = kb_of(tmp_path, {"a.txt": award("2/4", "Lê Thị Hoa"), "b.txt": award("5/6", "Lê Thị Hòa"),
                             "c.txt": award("7/9", "Lê Thị Hòa")})
    assert persons(db) == ["Lê Thị Hoa", "Lê Thị Hòa"]
    assert recipients(db, "Lê Thị Hòa") == [("Lê Thị Hòa", "b.txt"), ("Lê Thị Hòa", "c.txt")]
    assert len(recipients(db, "le thi hoa")) == 3  # a word typed without its mark agrees with any: both names
    record = run_cli("who", "Lê Thị Hòa", "--db", db)
    assert record.count("Người / person:") == 1 and "Lê Thị Hoa" not in record


def test_a_name_without_marks_joins_the_one_marked_spelling(tmp_path):
    db, _ = kb_of(tmp_path, {"a.txt": award("2/4", "Lê Thị Hòa"), "b.txt": award("5/6", "Le Thi Hoa")})
    assert len(persons(db)) == 1


def test_a_name_without_marks_beside_two_spellings_joins_neither(tmp_path):
    db, _ = kb_of(tmp_path, {"a.txt": award("2/4", "Lê Thị Hoa"), "b.txt": award("5/6", "Lê Thị Hòa"),
                             "c.txt": award("7/9", "Le Thi Hoa")})
    names = persons(db)
    assert len(names) == 3 and "Lê Thị Hoa" in names and "Lê Thị Hòa" in names

"""``sovang who`` lists a position with its first letter upper-case, as a title is written before a name: a story's
running text ("hoa hậu Trần Thị Mai Lan") and another's sentence opening with it ("Hoa hậu Trần Thị Mai Lan …") gave
one person two positions differing only in case (a newcomer, session 44). The knowledge base keeps the text's own
spelling. Documents of our own wording; the expected lines worked out by hand."""
from __future__ import annotations

import json
import sqlite3

from outputs.queries import as_title
from tests.cli import kb_of, run_cli

RUNNING = "Tối qua, hoa hậu Trần Thị Mai Lan đã đến thăm trường tiểu học của xã.\n"
OPENING = "Hoa hậu Trần Thị Mai Lan cùng đoàn thiện nguyện trao 200 suất quà cho học sinh nghèo.\n"


def listed_positions(kb, name) -> list[tuple[str, str]]:
    """(position, document) of each position ``sovang who NAME --json`` lists for the one person it finds."""
    [person] = [r for r in json.loads(run_cli("who", name, "--db", kb, "--json")) if r["kind"] == "person"]
    return [(p[0], p[3]) for p in person["positions"]]


def test_one_title_in_two_cases_is_listed_alike(tmp_path):
    kb = kb_of(tmp_path, {"a_tin.txt": RUNNING, "b_tin.txt": OPENING})[0]
    assert listed_positions(kb, "tran thi mai lan") == [("Hoa hậu", "a_tin.txt"), ("Hoa hậu", "b_tin.txt")]
    stored = {p for (p,) in sqlite3.connect(kb).execute("SELECT position FROM positions")}
    assert stored == {"hoa hậu", "Hoa hậu"}  # the text's own spelling is kept


def test_as_title():
    assert as_title("giám đốc") == "Giám đốc"
    assert as_title("Phó Chủ tịch") == "Phó Chủ tịch"
    assert as_title("") == "" and as_title(None) is None


# a title of positions.txt written in two cases by two stories (the newcomer, session 45: "Phó thủ tướng" and "Phó Thủ
# tướng" listed as two): listed as the gazetteer writes it
LOWER = "Chiều 3/5, Phó thủ tướng Nguyễn Văn Khải làm việc với lãnh đạo tỉnh về dự án cao tốc.\n"
LISTED = "Phó Thủ tướng Nguyễn Văn Khải kiểm tra tiến độ dự án cao tốc qua tỉnh.\n"


def test_a_listed_title_in_two_cases_is_listed_as_the_gazetteer_writes_it(tmp_path):
    kb = kb_of(tmp_path, {"a_tin.txt": LOWER, "b_tin.txt": LISTED})[0]
    assert sorted(listed_positions(kb, "nguyen van khai")) == [("Phó Thủ tướng", "a_tin.txt"),
                                                             ("Phó Thủ tướng", "b_tin.txt")]


def test_as_title_writes_a_listed_title_as_positions_txt():
    assert as_title("Phó thủ tướng") == "Phó Thủ tướng"
    assert as_title("phó thủ tướng thường trực") == "Phó Thủ tướng Thường trực"  # the first of two listed
    assert as_title("nguyên phó thủ tướng") == "Nguyên Phó Thủ tướng"  # a former deputy's prefixes kept
    assert as_title("cựu Bộ Trưởng") == "Cựu Bộ trưởng"
    assert as_title("giám đốc sở") == "Giám đốc sở"  # not listed: its first letter only

"""``sovang who`` lists a position with its first letter upper-case, as a title is written before a name: a story's
running text ("hoa hậu Trần Thị Mai Lan") and another's sentence opening with it ("Hoa hậu Trần Thị Mai Lan …") gave
one person two positions differing only in case (a newcomer, session 44). The knowledge base keeps the text's own
spelling. Documents of our own wording; the expected lines worked out by hand."""
from __future__ import annotations

import json

from outputs.queries import as_title
from tests.cli import kb_of, run_cli

RUNNING = "Tối qua, hoa hậu Trần Thị Mai Lan đã đến thăm trường tiểu học của xã.\n"
OPENING = "Hoa hậu Trần Thị Mai Lan cùng đoàn thiện nguyện trao 200 suất quà cho học sinh nghèo.\n"


def test_one_title_in_two_cases_is_listed_alike(tmp_path):
    kb = kb_of(tmp_path, {"a_tin.txt": RUNNING, "b_tin.txt": OPENING})[0]
    [person] = [r for r in json.loads(run_cli("who", "tran thi mai lan", "--db", kb, "--json"))
                if r["kind"] == "person"]
    assert [(p[0], p[3]) for p in person["positions"]] == [("Hoa hậu", "a_tin.txt"), ("Hoa hậu", "b_tin.txt")]
    stored = {p for (p,) in __import__("sqlite3").connect(kb).execute("SELECT position FROM positions")}
    assert stored == {"hoa hậu", "Hoa hậu"}  # the text's own spelling is kept


def test_as_title():
    assert as_title("giám đốc") == "Giám đốc"
    assert as_title("Phó Chủ tịch") == "Phó Chủ tịch"
    assert as_title("") == "" and as_title(None) is None

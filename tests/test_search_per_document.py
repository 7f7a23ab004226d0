"""One long document filled every place of `sovang search` with its own blocks (newcomer, session 29; in session 30
a 5 MB compilation of news took all 20 places of "hoc sinh"). At most ``--per-document`` hits (default 3) of one
document are shown, its best, the last with how many more of its blocks match."""
from __future__ import annotations

import json

from tests.cli import kb_of, run_cli

LONG = "".join(f"Đội tuyển bóng chuyền của xã số {n} được tặng Giấy khen vì thành tích thi đấu.\n" for n in range(1, 9))
SHORT = "Ông Lường Văn Sáu, đội trưởng đội bóng chuyền xã Mường Chiên, nhận Giấy khen của huyện.\n"


def _kb(tmp_path) -> str:
    return kb_of(tmp_path, {"dai.txt": LONG, "ngan.txt": SHORT})[0]


def test_a_long_document_takes_three_places_and_says_how_many_more_match(tmp_path):
    db = _kb(tmp_path)
    hits = json.loads(run_cli("search", "bong chuyen", "--db", db, "--json"))
    assert sorted(h["path"] for h in hits) == ["dai.txt", "dai.txt", "dai.txt", "ngan.txt"]
    assert sorted(h["more_in_document"] for h in hits) == [0, 0, 0, 5]  # 8 blocks of dai.txt match, 3 shown
    text = run_cli("search", "bong chuyen", "--db", db)
    assert text.count("    … and 5 more matching blocks in this document (--per-document 0 shows them all)\n") == 1


def test_per_document_0_shows_every_block(tmp_path):
    db = _kb(tmp_path)
    hits = json.loads(run_cli("search", "bong chuyen", "--db", db, "--json", "--per-document", 0))
    assert len(hits) == 9 and all(h["more_in_document"] == 0 for h in hits)
    hits = json.loads(run_cli("search", "xa so", "--db", db, "--json", "--per-document", 1))
    assert [(h["path"], h["more_in_document"]) for h in hits] == [("dai.txt", 7)]

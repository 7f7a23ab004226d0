"""``export facts --canonical``: an award to a place written in a table cell with its level word capitalised ("Xã
Hải Ba"), which the export writes as running text does ("xã Hải Ba"), keeps its link to the canonical layer: its
``key`` and ``award_canonical`` are those ``sovang awards`` shows (the canonical row is looked up by the
recipient as the export writes it).  A document of our own wording ingested with the real CLI."""
from __future__ import annotations

import json

from tests.cli import run_cli

DECISION = "\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN HẢI LĂNG", "Số: 310/QĐ-UBND", "QUYẾT ĐỊNH",
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho các tập thể sau đây:",
    "STT\tTên tập thể\tĐơn vị",
    "1\tXã Hải Ba\tUBND huyện Hải Lăng",
    "2\tTrường Tiểu học Hải Quế\tPhòng GD&ĐT huyện Hải Lăng",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])


def test_a_place_written_capitalised_in_a_table_keeps_its_canonical_key(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qd310.txt").write_text(DECISION, encoding="utf-8")
    db, out = tmp_path / "kb.sqlite", tmp_path / "facts.jsonl"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    run_cli("export", "facts", "--canonical", "--db", db, "-o", out)
    (line,) = out.read_text(encoding="utf-8").splitlines()
    awards = {a["recipient"]: a for a in json.loads(line)["awards"]}
    assert set(awards) == {"xã Hải Ba", "Trường Tiểu học Hải Quế"}
    for a in awards.values():
        assert a["key"] is not None
        assert a["award_canonical"] == "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Hải Lăng"
    assert awards["xã Hải Ba"]["recipient_canonical"].lower().startswith("xã hải ba")

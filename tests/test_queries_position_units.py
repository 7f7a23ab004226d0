"""``who``: a person's positions name the unit as the knowledge base does, so one body written short in one
document ("UBND tỉnh Gia Lai") and in full in another ("Ủy ban nhân dân tỉnh Gia Lai") is listed under one name.
Documents of our own wording; the expected lines worked out by hand."""
from __future__ import annotations

from tests.cli import kb_of, run_cli

SHORT = "Ngày 3/4/2024, ông Mạc Đình Phong, Phó Chủ tịch UBND tỉnh Gia Lai, dự lễ khai giảng tại Pleiku."
FULL = "Ngày 9/6/2024, ông Mạc Đình Phong, Phó Chủ tịch Ủy ban nhân dân tỉnh Gia Lai, thăm Trường THPT Chu Văn An."


def test_positions_list_one_body_under_its_one_name(tmp_path):
    db, _ = kb_of(tmp_path, {"a.txt": SHORT, "b.txt": FULL})
    out = run_cli("who", "mac dinh phong", "--db", db)
    lines = [x for x in out.splitlines() if x.startswith("    20")]
    assert len(lines) == 2
    assert all("Ủy ban nhân dân tỉnh Gia Lai  (" in x for x in lines), out
    assert "UBND tỉnh Gia Lai  (" not in out

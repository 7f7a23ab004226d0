"""``sovang who`` of a unit lists its officials (the persons whose position names it), as the site's unit page
does: before, ``who`` of a department named none of the staff its own document gave (a newcomer, session 38).
Documents of our own wording; the expected lines worked out by hand."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from outputs.queries import OFFICIALS_SHOWN, Record, format_record
from tests.cli import kb_of, run_cli

STORY = ("Ông Nông Văn Tính, Trưởng phòng Nội vụ huyện Bảo Lạc, cho biết huyện đã hoàn thành việc sắp xếp các thôn.\n"
         "Bà Lục Thị Huyền, Phó Trưởng phòng Nội vụ huyện Bảo Lạc, đề nghị các xã gửi báo cáo trước ngày 20.\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("officials"), {"tin_bao_lac.txt": STORY})[0]


def test_who_of_the_unit_lists_its_officials(kb):
    shown = run_cli("who", "phong noi vu huyen bao lac", "--db", kb)
    assert "  officials:" in shown
    assert "Nông Văn Tính, Trưởng phòng  (tin_bao_lac.txt)" in shown
    assert "Lục Thị Huyền, Phó Trưởng phòng  (tin_bao_lac.txt)" in shown


def test_json_gives_the_officials(kb):
    [unit] = [r for r in json.loads(run_cli("who", "phong noi vu huyen bao lac", "--db", kb, "--json"))
              if r["kind"] == "unit"]
    assert sorted((person, position) for _, person, position, _ in unit["officials"]) == [
        ("Lục Thị Huyền", "Phó Trưởng phòng"), ("Nông Văn Tính", "Trưởng phòng")]


def test_a_long_list_is_cut_on_the_terminal_only():
    rec = Record("unit", "U1", "Phòng Nội vụ huyện Bảo Lạc")
    rec.officials = [(None, f"Người {i:02}", "Chuyên viên", "tin.txt") for i in range(OFFICIALS_SHOWN + 3)]
    lines = format_record(rec).splitlines()
    assert sum(line.startswith("    ----------  Người") for line in lines) == OFFICIALS_SHOWN
    assert "    … and 3 more ('--json' lists them all)" in lines


def test_a_file_ingested_again_lists_its_officials_once(tmp_path):
    # the file is changed (a new sentence) and ingested again: its older version stays stored, at no path, and its
    # officials were listed a second time, with no path (a reviewer, session 38)
    db, folder = kb_of(tmp_path, {"tin_bao_lac.txt": STORY})
    (Path(folder) / "tin_bao_lac.txt").write_text(STORY + "Cuộc họp kết thúc lúc 11 giờ.\n", encoding="utf-8")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    [unit] = [r for r in json.loads(run_cli("who", "phong noi vu huyen bao lac", "--db", db, "--json"))
              if r["kind"] == "unit"]
    assert sorted((person, position, path) for _, person, position, path in unit["officials"]) == [
        ("Lục Thị Huyền", "Phó Trưởng phòng", "tin_bao_lac.txt"),
        ("Nông Văn Tính", "Trưởng phòng", "tin_bao_lac.txt")]

"""A "Chức vụ, đơn vị" cell whose title ends on a department's head ("Trưởng phòng", "Phó Trưởng ban") and whose
department's field opens with a word that is also a unit's head ("Tổ chức" of unit_types.tsv, "Khoa"): the field
was read as a unit of its own ("Trưởng phòng Tổ chức cán bộ" -> unit "Tổ chức cán bộ"), the department lost.
A head counts as its own only when it is no compound of not_heads.txt with the word before it ("phòng tổ chức",
"ban tổ chức") or after it ("khoa học"). Cells of our own wording; the knowledge base is made by the real CLI."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from extractors.lexicon import lexicon
from extractors.tables import _split_position, lexicon_tables
from pipeline.cli import cli
from tests.documents import decision_docx


@pytest.mark.parametrize("cell, split", [
    ("Trưởng phòng Tổ chức cán bộ", ("Trưởng phòng", "phòng Tổ chức cán bộ")),
    ("Phó Trưởng ban Tổ chức Tỉnh ủy", ("Phó Trưởng ban", "ban Tổ chức Tỉnh ủy")),
    ("Phó Trưởng phòng Khoa học công nghệ", ("Phó Trưởng phòng", "phòng Khoa học công nghệ")),
    ("Trưởng Ban Tổ chức Huyện ủy Kim Bảng", ("Trưởng Ban", "Ban Tổ chức Huyện ủy Kim Bảng")),
    # the compound's word before a comma or semicolon
    ("Trưởng phòng Khoa học, Sở Khoa học và Công nghệ", ("Trưởng phòng", "phòng Khoa học, Sở Khoa học và Công nghệ")),
    ("Phó Trưởng phòng Khoa học; Sở Nông nghiệp", ("Phó Trưởng phòng", "phòng Khoa học; Sở Nông nghiệp")),
    # a head of its own after the title stays the unit
    ("Trưởng phòng Đội Cảnh sát giao thông", ("Trưởng phòng", "Đội Cảnh sát giao thông")),
    ("Trưởng phòng Sở Y tế", ("Trưởng phòng", "Sở Y tế")),
    ("Vụ trưởng Vụ Tổ chức cán bộ", ("Vụ trưởng", "Vụ Tổ chức cán bộ")),
])
def test_a_field_opening_with_a_head_stays_in_the_department(cell, split):
    assert _split_position(cell, lexicon_tables(lexicon())) == split


def _decision(path) -> None:
    lines = ["ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
              "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các cá nhân sau:"]
    rows = [["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"],
            ["1", "Ông Lương Văn Toản", "Trưởng phòng Tổ chức cán bộ, Sở Y tế", "Bằng khen"],
            ["2", "Bà Mai Thị Hằng", "Phó Trưởng ban Tổ chức Tỉnh ủy Hà Nam", "Bằng khen"]]
    decision_docx(path, lines, rows)


def test_the_officials_keep_their_departments(tmp_path):
    (tmp_path / "docs").mkdir()
    _decision(tmp_path / "docs" / "qd.docx")
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    out = CliRunner().invoke(cli, ["export", "facts", "--db", db]).output
    facts = [json.loads(line) for line in out.splitlines() if line.strip()]
    officials = {(o["name"], o["position"], o["unit"]) for f in facts for o in f["officials"]}
    assert officials == {("Lương Văn Toản", "Trưởng phòng", "phòng Tổ chức cán bộ, Sở Y tế"),
                         ("Mai Thị Hằng", "Phó Trưởng ban", "ban Tổ chức Tỉnh ủy Hà Nam")}
    units = {u for f in facts for u in f["units"]}
    assert "Tổ chức cán bộ, Sở Y tế" not in units and "Tổ chức Tỉnh ủy Hà Nam" not in units

"""``awards --unit`` of several words does not match them scattered over a name (newcomer's finding, session 21:
"vu quang" matched "Sở Nội vụ tỉnh Quảng Bình" by "Nội vụ … Quảng"); words left out are allowed only where the last
words typed end the name or stop before a level word. Decisions and names written for this test; expected rows
worked out by hand."""
from __future__ import annotations

import json

import pytest

from outputs.queries import _has_unit_words
from tests.cli import kb_of, run_cli

DOC = "\n".join(["UBND TỈNH QUẢNG BÌNH", "Số: 12/QĐ-UBND", "QUYẾT ĐỊNH",
                 "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho Sở Nội vụ tỉnh Quảng Bình và "
                 "Trường Tiểu học Hương Minh huyện Vũ Quang đã có thành tích xuất sắc năm 2023."])


@pytest.mark.parametrize("name, typed, found", [
    ("so noi vu tinh quang binh", "vu quang", False),
    ("so noi vu tinh quang binh", "so quang", False),
    ("so giao duc va dao tao quang tri", "so giao duc quang tri", True),
    ("so noi vu tinh quang binh", "noi vu quang binh", True),
    ("so noi vu tinh quang binh", "so noi vu", True),
    ("truong tieu hoc huong minh huyen vu quang", "vu quang", True),
    ("cong an huyen duc tho tinh ha tinh", "cong an duc tho", True),
    ("cong an huyen duc tho tinh ha tinh", "cong duc", False),
])
def test_words_side_by_side_or_before_a_place(name, typed, found):
    assert bool(_has_unit_words(name, typed)) is found


def test_awards_by_unit(tmp_path):
    kb = kb_of(tmp_path, {"qd12.txt": DOC})[0]
    listed = json.loads(run_cli("awards", "--db", kb, "--format", "json", "--unit", "vu quang"))
    assert "Sở Nội vụ tỉnh Quảng Bình" not in [r["recipient"] for r in listed]
    listed = json.loads(run_cli("awards", "--db", kb, "--format", "json", "--unit", "noi vu quang binh"))
    assert "Sở Nội vụ tỉnh Quảng Bình" in [r["recipient"] for r in listed]

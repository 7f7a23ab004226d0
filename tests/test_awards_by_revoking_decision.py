"""``sovang awards --decision`` and the site's ``khen_thuong_theo_quyet_dinh`` given the number of a decision that
REVOKED an award list that award (shown "REVOKED by QĐ …"): the revoking decision told in the conferral's own
sentence, in a document of its own (attached to the conferral), or as a second revocation of it. Before, they
answered "0 conferrals" (a newcomer, session 38, asking what a revoking decision of a news story did). Documents of
our own wording, the real CLI on a real SQLite file; rows worked out by hand."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from outputs import site
from tests.cli import kb_of, query_json, run_cli

HEAD = "ỦY BAN NHÂN DÂN HUYỆN ĐÔ LƯƠNG\nSố: {no}/QĐ-UBND\nĐô Lương, ngày {day} năm 2023\nQUYẾT ĐỊNH\n"
GK = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện"
GIVE = HEAD.format(no=612, day="9 tháng 5") + f"""Về việc tặng {GK}
Điều 1. Tặng {GK} cho bà Nguyễn Thị Thu Hiền, kế toán Trường Mầm non Đà Sơn, đã có thành tích xuất sắc trong năm học 2022-2023.
"""
REVOKE = HEAD.format(no=1044, day="16 tháng 8") + f"""Về việc thu hồi {GK}
Điều 1. Thu hồi {GK} đã tặng cho bà Nguyễn Thị Thu Hiền, kế toán Trường Mầm non Đà Sơn tại Quyết định số 612/QĐ-UBND ngày 9/5/2023, vì hồ sơ đề nghị khen thưởng không trung thực.
"""
AGAIN = HEAD.format(no=1390, day="3 tháng 11") + f"""Về việc thu hồi {GK}
Điều 1. Thu hồi {GK} đã tặng cho bà Nguyễn Thị Thu Hiền, kế toán Trường Mầm non Đà Sơn tại Quyết định số 612/QĐ-UBND ngày 9/5/2023, do vi phạm kỷ luật.
"""
STORY = ("Thủ tướng Chính phủ vừa ban hành Quyết định 905/QĐ-TTg hủy bỏ Quyết định số 77/QĐ-TTg ngày 20-1-2015 "
         "về việc tặng Bằng khen của Thủ tướng Chính phủ đối với ông Đinh Công Lực.\n")
DOCS = {"qd612.txt": GIVE, "thu_hoi_1044.txt": REVOKE, "thu_hoi_1390.txt": AGAIN, "tin.txt": STORY}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("revoking"), DOCS)[0]


def _listed(kb, typed) -> list[tuple]:
    rows = json.loads(run_cli("awards", "--db", kb, "--format", "json", "--decision", typed))
    return [(r["recipient"], r["decision"], r["revoked_by"]) for r in rows]


HIEN = ("Nguyễn Thị Thu Hiền", "612/QĐ-UBND", "1044/QĐ-UBND")
LUC = ("Đinh Công Lực", "77/QĐ-TTg", "905/QĐ-TTg")


@pytest.mark.parametrize("typed, expected", [
    ("612/qd-ubnd", [HIEN]),  # the conferring decision, as before
    ("1044/QĐ-UBND", [HIEN]),  # the revoking decision stored apart
    ("1390/qd-ubnd", [HIEN]),  # the second decision revoking it
    ("905/qd-ttg", [LUC]),  # the revoking decision of the story's own sentence
    ("77/qd", [LUC]),
])
def test_a_revoking_decision_lists_what_it_revoked(kb, typed, expected):
    assert _listed(kb, typed) == expected


def test_a_decision_that_did_neither_lists_nothing(kb):
    assert query_json("awards", "--db", kb, "--format", "json", "--decision", "1391/qd-ubnd") == []


def test_the_table_shows_the_row_revoked(kb):
    assert "REVOKED by QĐ 905/QĐ-TTg" in run_cli("awards", "--db", kb, "--decision", "905/QĐ-TTg")


def test_the_site_question_lists_what_a_revoking_decision_revoked(kb):
    ds = site.app(kb)

    async def go(path):
        return await ds.client.get(path)
    name = Path(kb).stem
    for typed, recipient in (("1390/QD-UBND", "Nguyễn Thị Thu Hiền"), ("905/qd-ttg", "Đinh Công Lực"),
                             ("612/qd-ubnd", "Nguyễn Thị Thu Hiền")):
        found = asyncio.run(go(f"/{name}/khen_thuong_theo_quyet_dinh.json?decision={typed}&_shape=objects"))
        assert found.status_code == 200, found.text[:300]
        assert [r["recipient"] for r in found.json()["rows"]] == [recipient], typed

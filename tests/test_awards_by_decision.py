"""What one decision conferred: ``sovang awards --decision`` and the site's question
``khen_thuong_theo_quyet_dinh`` (a newcomer, session 29: "what did decision N confer" had no answer but reading
every row), and the decision read from running text with a lower-case "quyết định" or a spaced dash
("theo quyết định số 215/QĐ – CTN"). Documents of our own wording, the real CLI on a real SQLite file."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from extractors.lexicon import DECISION
from extractors.revocation import decision_of
from outputs import site
from outputs.queries import decision_has, decision_key
from tests.cli import kb_of, query_json, run_cli

NEWS = ("Theo quyết định số 215/QĐ – CTN ngày 10/5/2022, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho "
        "ông Trần Văn Bình, Giám đốc Công ty Cổ phần Cơ khí Nghệ An.\n")
DECISION_TEXT = ("Quyết định số 88/QĐ-UBND ngày 3/2/2023 của Chủ tịch UBND tỉnh Hà Tĩnh tặng Bằng khen cho bà "
                 "Lê Thị Hoa, giáo viên Trường THCS Kỳ Anh.\n")


@pytest.mark.parametrize("text, expected", [
    ("theo quyết định số 215/QĐ – CTN ngày 10/5/2022, Chủ tịch nước", ("215/QĐ-CTN", "2022-05-10")),
    ("Quyết Định số 7/QĐ-TTg của Thủ tướng", ("7/QĐ-TTg", None)),
    # a dash before a word that is no issuer's code (one capital) is not part of the number
    ("tại Quyết định 5/QĐ-UBND - Chủ tịch tỉnh ký", ("5/QĐ-UBND", None)),
    ("hủy bỏ Quyết định số 48 ngày 11/1/2010", (None, None)),  # no "/": not a number of a decision
])
def test_decision_numbers_in_running_text(text, expected):
    assert decision_of(DECISION.search(text)) == expected


def test_decision_key_and_match():
    assert decision_key("Quyết định số 1358/QĐ – CTN ngày 5/8/2009") == "1358/qd-ctn"
    assert decision_key("QĐ số: 38/QĐ-VKSTC") == "38/qd-vkstc"
    assert decision_key("") == "" and decision_key(None) == ""
    assert decision_has("38/QĐ-VKSTC", "38/qd-vkstc") == 1
    assert decision_has("38/QĐ-VKSTC", "38/QD") == 1  # its first parts, up to a "-"
    assert decision_has("38/QĐ-VKSTC", "38") == 1  # up to a "/"
    assert decision_has("38/QĐ-VKSTC", "3") == 0  # not inside a part
    assert decision_has("38/QĐ-VKSTC", "38/QĐ-VKS") == 0
    assert decision_has("38/QĐ-VKSTC", "38/") == 1 and decision_has("38/QĐ-VKSTC", "38/QĐ-") == 1  # a reviewer's
    assert decision_has("38/QĐ-VKSTC", "") == 0 and decision_has(None, "38") == 0


def test_awards_of_one_decision_by_the_cli_and_the_site(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS, "qd.txt": DECISION_TEXT})
    every = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    assert sorted((r["recipient"], r["decision"], r["decision_date"]) for r in every) == [
        ("Lê Thị Hoa", "88/QĐ-UBND", "2023-02-03"), ("Trần Văn Bình", "215/QĐ-CTN", "2022-05-10")]
    for typed in ("215/qd-ctn", "215/QĐ – CTN", "Quyết định số 215/QĐ-CTN", "215"):
        rows = json.loads(run_cli("awards", "--db", db, "--format", "json", "--decision", typed))
        assert [r["recipient"] for r in rows] == ["Trần Văn Bình"], typed
    assert query_json("awards", "--db", db, "--format", "json", "--decision", "8") == []
    assert query_json("awards", "--db", db, "--format", "json", "--decision", "") == []  # as on the site
    # with another filter: both hold
    assert query_json("awards", "--db", db, "--format", "json", "--decision", "88/qd-ubnd",
                      "--year", "2022") == []

    ds = site.app(db)

    async def go(path):
        return await ds.client.get(path)
    name = Path(db).stem
    found = asyncio.run(go(f"/{name}/khen_thuong_theo_quyet_dinh.json?decision=88/QD-UBND&_shape=objects"))
    assert found.status_code == 200, found.text[:300]
    assert [(r["recipient"], r["decision"]) for r in found.json()["rows"]] == [("Lê Thị Hoa", "88/QĐ-UBND")]
    empty = asyncio.run(go(f"/{name}/khen_thuong_theo_quyet_dinh.json?decision=&_shape=objects"))
    assert empty.json()["rows"] == []

"""The canonical layer names "Bằng khen của Thủ tướng" (news write the office short) and "Bằng khen của Thủ tướng
Chính phủ" (Luật 06/2022/QH15 Điều 72) one award (``conferrer_offices_short.tsv``), so that ``awards --award`` with
the full name finds both and ``--distinct`` counts a certificate told both ways once; a newcomer, session 38, found
15 conferrals of the short name left out of the 11 of the full one. The facts keep the words of the document.
Text of our own wording; rows worked out by hand."""
from __future__ import annotations

import json

import pytest

from extractors.canonical import canonical_award, full_office
from tests.cli import kb_of, run_cli

SHORT = ("Anh Lương Văn Đạt, thợ điện Công ty Điện lực Hòa Bình, vừa được Thủ tướng tặng Bằng khen vì đã dũng cảm "
         "cứu hai em nhỏ khỏi đám cháy.\n")
FULL = ("Thủ tướng Chính phủ đã ký quyết định tặng Bằng khen của Thủ tướng Chính phủ cho anh Lương Văn Đạt, thợ điện "
        "Công ty Điện lực Hòa Bình, vì hành động dũng cảm cứu người trong đám cháy.\n")


@pytest.mark.parametrize("written, named", [
    ("Bằng khen của Thủ tướng", "Bằng khen của Thủ tướng Chính phủ"),
    ("Bằng khen của Thủ tướng Chính phủ", "Bằng khen của Thủ tướng Chính phủ"),
    ("Bằng khen của Thủ tướng Nhật Bản", "Bằng khen của Thủ tướng Nhật Bản"),  # another country's office
    ("Bằng khen của Bộ trưởng", "Bằng khen của Bộ trưởng"),  # an office of many bodies: left to its letterhead
])
def test_the_office_named_short_is_written_in_full(written, named):
    assert full_office(canonical_award(written)).name == named


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("pm"), {"tin_ngan.txt": SHORT, "tin_day_du.txt": FULL})[0]


def test_the_full_name_finds_both_tellings(kb):
    rows = json.loads(run_cli("awards", "--db", kb, "--format", "json", "--award", "bang khen cua thu tuong chinh phu"))
    assert sorted((r["recipient"], r["award"], r["document"]) for r in rows) == [
        ("Lương Văn Đạt", "Bằng khen của Thủ tướng Chính phủ", "tin_day_du.txt"),
        ("Lương Văn Đạt", "Bằng khen của Thủ tướng Chính phủ", "tin_ngan.txt")]


def test_distinct_counts_the_certificate_once(kb):
    rows = json.loads(run_cli("awards", "--db", kb, "--format", "json", "--distinct", "--recipient", "luong van dat"))
    assert [(r["award"], r["tellings"]) for r in rows] == [("Bằng khen của Thủ tướng Chính phủ", 2)]


def test_the_facts_keep_the_words_of_the_document(kb):
    lines = [json.loads(x) for x in run_cli("export", "facts", "--db", kb).splitlines()]
    short = next(x for x in lines if x["document"] == "tin_ngan.txt")
    assert [a["award"] for a in short["awards"]] == ["Bằng khen của Thủ tướng"]

"""A Bằng khen or Giấy khen given by a body is one award with the same certificate given by its head: the law gives
them by the head (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 72-74: the minister, the chairman of the people's
committee), the press writes either, and a newcomer, session 38, found "… của UBND tỉnh Đồng Nai" and "… của Chủ tịch
UBND tỉnh Đồng Nai" counted as two awards by ``awards --award`` and ``--distinct``.  The facts keep the words of the
document.  Text of our own wording; names worked out by hand."""
from __future__ import annotations

import json

import pytest

from extractors.canonical import canonical_award, full_office
from tests.cli import kb_of, run_cli


@pytest.mark.parametrize("written, named", [
    ("Bằng khen của UBND tỉnh Lai Châu", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"),
    ("Bằng khen của Chủ tịch UBND tỉnh Lai Châu", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"),
    ("Bằng khen của chủ tịch UBND tỉnh Lai Châu", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"),
    ("Bằng khen của tỉnh Lai Châu", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"),
    ("Bằng khen của Chủ tịch tỉnh Lai Châu", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"),
    ("Giấy khen của UBND huyện Phong Thổ", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Phong Thổ"),
    ("Bằng khen của Bộ Giáo dục và Đào tạo", "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo"),
    ("Bằng khen của Bộ trưởng Giáo dục và Đào tạo", "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo"),
    ("Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo", "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo"),
    # left alone: a flag, which the law gives by the body (Điều 71); a youth union of the province, no committee;
    # a committee with no place; a foreign ministry; a provincial military command, no ministry
    ("Cờ thi đua của UBND tỉnh Lai Châu", "Cờ thi đua của Ủy ban nhân dân tỉnh Lai Châu"),
    ("Bằng khen của Tỉnh đoàn Lai Châu", "Bằng khen của Tỉnh đoàn Lai Châu"),
    # a reviewer, session 38: bodies whose name opens with a level word, in capitals too, and two conferrers
    ("Bằng khen của Tỉnh Đoàn Lai Châu", "Bằng khen của Tỉnh Đoàn Lai Châu"),
    ("Giấy khen của Huyện Đoàn Phong Thổ", "Giấy khen của Huyện Đoàn Phong Thổ"),
    ("Bằng khen của Huyện Ủy Phong Thổ", "Bằng khen của Huyện Ủy Phong Thổ"),
    ("Bằng khen của Tỉnh Hội Nông dân Lai Châu", "Bằng khen của Tỉnh Hội Nông dân Lai Châu"),
    ("Bằng khen của UBND tỉnh Lai Châu và Bộ Y tế", "Bằng khen của Ủy ban nhân dân tỉnh Lai Châu và Bộ Y tế"),
    ("Bằng khen của Ủy ban nhân dân tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh"),
    ("Bằng khen của Bộ Tư pháp Mỹ", "Bằng khen của Bộ Tư pháp Mỹ"),
    ("Bằng khen của Bộ Chỉ huy Quân sự tỉnh Lai Châu", "Bằng khen của Bộ Chỉ huy Quân sự tỉnh Lai Châu"),
])
def test_a_certificate_of_a_body_is_named_by_its_head(written, named):
    assert full_office(canonical_award(written)).name == named


BODY = ("Ngày 3/4/2025, tại thành phố Lai Châu, bà Vàng Thị Mỷ, giáo viên Trường Tiểu học Sin Suối Hồ, được tặng "
        "Bằng khen của UBND tỉnh Lai Châu vì thành tích xuất sắc trong công tác dạy học.\n")
HEAD = ("Chủ tịch UBND tỉnh Lai Châu đã tặng Bằng khen của Chủ tịch UBND tỉnh Lai Châu cho bà Vàng Thị Mỷ, giáo viên "
        "Trường Tiểu học Sin Suối Hồ, vì thành tích xuất sắc trong năm học 2024-2025.\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("heads"), {"tin_ubnd.txt": BODY, "tin_chu_tich.txt": HEAD})[0]


def test_distinct_counts_the_certificate_told_both_ways_once(kb):
    rows = json.loads(run_cli("awards", "--db", kb, "--format", "json", "--distinct", "--recipient", "vang thi my"))
    assert [(r["award"], r["tellings"]) for r in rows] == [
        ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu", 2)]


def test_the_facts_keep_the_words_of_the_document(kb):
    lines = {x["document"]: x for x in map(json.loads, run_cli("export", "facts", "--db", kb).splitlines())}
    assert [a["award"] for a in lines["tin_ubnd.txt"]["awards"]] == ["Bằng khen của UBND tỉnh Lai Châu"]

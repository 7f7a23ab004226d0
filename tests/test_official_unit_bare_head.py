"""An official's unit written as a bare head ("bà A, Phó Giám đốc Trung tâm") links the person to the one unit of
that head the document names, so staff asking for a centre's awards find its deputy director's too; the export keeps
the words as written (a newcomer, session 36: the unit stood as a unit "Trung tâm" of its own, and ``awards --unit``
left the person out).  A story of our own wording."""
from __future__ import annotations

import json

from extractors.canonical import head_referent
from tests.cli import kb_of, query_json, run_cli

STORY = ("Trung tâm Văn hóa huyện Kỳ Sơn đón nhận Bằng khen\n\n"
         "Ngày 3/5/2024, Trung tâm Văn hóa huyện Kỳ Sơn tổ chức lễ đón nhận Bằng khen của Chủ tịch UBND tỉnh Nghệ An.\n\n"
         "Dịp này, bà Hà Thị Lụa, Phó Giám đốc Trung tâm, được Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen vì thành "
         "tích xuất sắc trong công tác bảo tồn văn hóa.\n")


def test_the_head_refers_to_the_one_unit_of_that_head():
    assert head_referent("Trung tâm", ["Trung tâm Văn hóa huyện Kỳ Sơn", "UBND tỉnh Nghệ An"]) == \
        "Trung tâm Văn hóa huyện Kỳ Sơn"
    assert head_referent("Trung tâm", ["Trung tâm Văn hóa huyện Kỳ Sơn", "Trung tâm Y tế huyện Kỳ Sơn"]) is None
    assert head_referent("Trung tâm", ["UBND tỉnh Nghệ An"]) is None
    assert head_referent("Trung tâm Văn hóa", ["Trung tâm Văn hóa huyện Kỳ Sơn"]) is None  # no bare head
    assert head_referent("Sở", ["Sở Tư pháp tỉnh Nghệ An"]) == "Sở Tư pháp tỉnh Nghệ An"
    assert head_referent("Hội", ["Hội đồng nhân dân tỉnh Nghệ An", "Hội Nông dân huyện Kỳ Sơn"]) == \
        "Hội Nông dân huyện Kỳ Sơn"  # a unit of the longer head "Hội đồng" is not one of "Hội"
    assert head_referent("phòng", ["Phòng Nội vụ huyện Kỳ Sơn"]) is None  # a word in lower case is no head


def test_awards_of_a_unit_include_its_official_named_with_the_bare_head(tmp_path):
    db, _ = kb_of(tmp_path, {"le_don_nhan.txt": STORY})
    rows = query_json("awards", "--db", db, "--unit", "trung tam van hoa huyen ky son", "--format", "json")
    assert sorted(r["recipient"] for r in rows) == ["Hà Thị Lụa", "Trung tâm Văn hóa huyện Kỳ Sơn"]
    record = query_json("who", "ha thi lua", "--db", db, "--json")
    assert [p[1] for p in record[0]["positions"]] == ["Trung tâm Văn hóa huyện Kỳ Sơn"]  # (position, unit, date, path)
    facts = json.loads(run_cli("export", "facts", "--db", db).splitlines()[0])
    assert facts["officials"] == [{"name": "Hà Thị Lụa", "position": "Phó Giám đốc", "unit": "Trung tâm"}]

"""A newcomer's findings (session 16 mend round), text of our own wording:

* a table's name cell that writes the person's job after a comma ("Bà Đinh Thị Lựu, kế toán") beside a separate
  "Đơn vị" column gave the job inside the recipient's name and a second official; the name is the person, the
  job the position, the unit the row's "Đơn vị" cell, so ``who`` lists the award and a revocation naming the
  person alone reaches the table's conferral;
* a signature's body written in capitals by its level alone ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") under a province's
  letterhead kept no place (the level word was read in lower case only)."""
from __future__ import annotations

import json

from extractors import extract
from extractors.resolve import complete_place
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes
from tests.cli import kb_of, run_cli

HEAD = ["UBND TỈNH QUẢNG BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: {n}/QĐ-UBND\tĐộc lập - Tự do - Hạnh phúc", "", "QUYẾT ĐỊNH"]
SIGN = ["", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "",
        "Hồ Quang Thiện", ""]
TABLE = "\n".join([*(h.format(n=45) for h in HEAD), "Về việc tặng Bằng khen", "",
                   "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 02 cá nhân sau:", "",
                   "STT\tHọ và tên\tĐơn vị\tHình thức",
                   "1\tBà Đinh Thị Lựu, kế toán\tTrường Tiểu học Quảng Hòa\tBằng khen",
                   "2\tÔng Cao Văn Thịnh, Phó Hiệu trưởng\tTrường THCS Quảng Lộc\tBằng khen", *SIGN])
REVOKE = "\n".join([*(h.format(n=77) for h in HEAD), "Về việc thu hồi Bằng khen", "",
                    "Điều 1. Thu hồi Bằng khen của Chủ tịch UBND tỉnh đã tặng cho bà Đinh Thị Lựu tại Quyết định "
                    "số 45/QĐ-UBND.", *SIGN])


def _facts(text: str):
    return extract(normalize_document(read_bytes(text.encode("utf-8"), "qd.txt")))


def test_a_name_cell_with_its_job_after_a_comma_gives_the_person_and_one_official():
    facts = _facts(TABLE)
    assert {c.recipient.text for c in facts.conferrals} == {"Đinh Thị Lựu", "Cao Văn Thịnh"}
    officials = [(o.name.text, o.position, o.unit) for o in facts.officials if o.name.text != "Hồ Quang Thiện"]
    assert sorted(officials) == [("Cao Văn Thịnh", "Phó Hiệu trưởng", "Trường THCS Quảng Lộc"),
                                 ("Đinh Thị Lựu", "kế toán", "Trường Tiểu học Quảng Hòa")]


def test_the_person_has_the_award_and_a_revocation_reaches_it(tmp_path):
    db, _ = kb_of(tmp_path, {"qd45.txt": TABLE, "qd77.txt": REVOKE})
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình" in run_cli("who", "dinh thi luu", "--db", db)
    rows = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    table = {r["recipient"]: r["revoked"] for r in rows if r["document"] == "qd45.txt"}
    assert table == {"Đinh Thị Lựu": 1, "Cao Văn Thịnh": 0}


def test_a_signature_body_in_capitals_takes_the_letterhead_province():
    assert complete_place("ỦY BAN NHÂN DÂN TỈNH", {}, "", "tỉnh Quảng Bình") == "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH"
    assert complete_place("ỦY BAN NHÂN DÂN HUYỆN", {}, "", "tỉnh Quảng Bình") == "ỦY BAN NHÂN DÂN HUYỆN"
    units = {u.text for u in _facts(TABLE).units}
    assert "ỦY BAN NHÂN DÂN TỈNH" not in units
    assert "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH" in units

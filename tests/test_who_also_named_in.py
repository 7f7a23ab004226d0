"""``sovang who`` names the documents that name a person but give it no position or award ("also named in: …"):
before, a person read only in a story that gives neither showed "awards: none recorded" and no document at all, so
staff could not tell where it came from (a newcomer, session 38). Documents of our own wording; the expected lines
worked out by hand."""
from __future__ import annotations

import json

import pytest

from outputs.queries import ALSO_NAMED_SHOWN, Record, format_record
from tests.cli import kb_of, run_cli

DECISION = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "Số: 318/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
    "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ông Hà Quang Vinh, Hiệu trưởng Trường THCS Âu Lâu, "
    "đã có thành tích xuất sắc trong năm học 2022-2023.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])
STORY = ("Chiều qua, đông đảo phụ huynh đã đến dự buổi khai giảng của nhà trường.\n"
         "\"Các em hãy chăm chỉ học tập\", ông Hà Quang Vinh nói với học sinh.\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("named"), {"qd318.txt": DECISION, "tin_khai_giang.txt": STORY})[0]


def test_who_names_the_document_that_gives_no_position_or_award(kb):
    shown = run_cli("who", "ha quang vinh", "--db", kb)
    assert "  also named in: tin_khai_giang.txt" in shown
    assert "(qd318.txt)" in shown  # the decision stays on its position line, not repeated
    assert "also named in: qd318.txt" not in shown and "qd318.txt; " not in shown


def test_json_gives_the_documents_too(kb):
    [person] = [r for r in json.loads(run_cli("who", "ha quang vinh", "--db", kb, "--json")) if r["kind"] == "person"]
    assert person["info"]["also_named_in"] == ["tin_khai_giang.txt"]


def test_a_long_list_is_cut_on_the_terminal_only():
    rec = Record("person", "P1", "Hà Quang Vinh")
    paths = [f"tin_{i:02}.txt" for i in range(ALSO_NAMED_SHOWN + 2)]
    rec.info = {"also_named_in": paths}
    line = next(x for x in format_record(rec).splitlines() if x.startswith("  also named in:"))
    assert line == ("  also named in: " + "; ".join(paths[:ALSO_NAMED_SHOWN])
                    + "; … and 2 more ('--json' lists them all)")


def test_a_document_revoking_an_award_is_shown_on_its_row_not_among_the_others(tmp_path):
    # the revoking decision names the person; the award row shows it, so "also named in" does not list it again
    # (a reviewer, session 38)
    grant = ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSố: 61/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen\n"
             "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ông Vàng A Sùng, Trưởng thôn Nậm Cười, "
             "đã có thành tích xuất sắc.\n")
    revoke = ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSố: 905/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc thu hồi Bằng khen\n"
              "Điều 1. Thu hồi Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh đã tặng cho ông Vàng A Sùng tại Quyết "
              "định số 61/QĐ-UBND.\n")
    db, _ = kb_of(tmp_path, {"qd61.txt": grant, "qd905.txt": revoke})
    [person] = [r for r in json.loads(run_cli("who", "vang a sung", "--db", db, "--json")) if r["kind"] == "person"]
    assert [(a["document"], a["revocation_document"], a["revoked"]) for a in person["awards"]] == [
        ("qd61.txt", "qd905.txt", True)]
    assert person["info"]["also_named_in"] == []

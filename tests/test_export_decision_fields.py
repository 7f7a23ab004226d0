"""``export facts --canonical`` answers "by which decision": each award carries the conferring decision's number,
its ISO date and the conferring body, as ``sovang awards`` shows them, and ``None`` where the document gives no
decision (found by a newcomer: the README promises awards "with … decision number").  Documents of our own
wording ingested with the real CLI."""
from __future__ import annotations

import json

from tests.cli import run_cli

DECISION = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 1452/QĐ-UBND", "Quảng Trị, ngày 14 tháng 6 năm 2024", "QUYẾT ĐỊNH",
    "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho Trường Tiểu học Gio Linh đã có thành tích "
    "xuất sắc trong năm học 2023-2024.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])

NEWS = ("Chiều 3/5/2024, Trường THCS Triệu Phong vinh dự đón nhận Cờ thi đua của Ủy ban nhân dân tỉnh Quảng Trị "
        "vì thành tích dẫn đầu phong trào thi đua.")


def test_each_award_carries_its_decision_number_date_and_conferrer(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qd1452.txt").write_text(DECISION, encoding="utf-8")
    (tmp_path / "docs" / "tin.txt").write_text(NEWS, encoding="utf-8")
    db, out = tmp_path / "kb.sqlite", tmp_path / "facts.jsonl"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    run_cli("export", "facts", "--canonical", "--db", db, "-o", out)
    lines = {o["document"]: o for o in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    (award,) = lines["qd1452.txt"]["awards"]
    assert award["recipient"] == "Trường Tiểu học Gio Linh"
    assert (award["decision"], award["decision_date"]) == ("1452/QĐ-UBND", "2024-06-14")
    # the Bằng khen is the Chủ tịch's (Luật Thi đua, khen thưởng 2022, Điều 76), so its conferrer is the office
    assert award["conferrer"] == "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị"
    (news,) = lines["tin.txt"]["awards"]
    assert news["recipient"] == "Trường THCS Triệu Phong"
    assert (news["decision"], news["decision_date"]) == (None, None)
    # without --canonical the line keeps the five fields of GUIDELINES.md
    run_cli("export", "facts", "--db", db, "-o", out)
    plain = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert set(plain["awards"][0]) == {"recipient", "recipient_type", "award", "year", "status"}


def test_one_file_name_ingested_from_two_folders_gives_two_lines_told_apart_by_root(tmp_path):
    """Found by a newcomer: two identical ``"document": "qd.txt"`` lines, one per folder, could not be told apart."""
    for folder, recipient in (("a", "Trường Tiểu học Gio Linh"), ("b", "Trường THCS Triệu Phong")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "qd.txt").write_text(DECISION.replace("Trường Tiểu học Gio Linh", recipient),
                                                  encoding="utf-8")
    (tmp_path / "a" / "only.txt").write_text(NEWS, encoding="utf-8")
    db, out = tmp_path / "kb.sqlite", tmp_path / "facts.jsonl"
    for folder in ("a", "b"):
        run_cli("ingest", tmp_path / folder, "--db", db, "--workers", "1", "--quiet")
    run_cli("export", "facts", "--db", db, "-o", out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_root = {(o["document"], o.get("root")): o["awards"][0]["recipient"] for o in lines}
    assert by_root == {("qd.txt", str((tmp_path / "a").resolve())): "Trường Tiểu học Gio Linh",
                       ("qd.txt", str((tmp_path / "b").resolve())): "Trường THCS Triệu Phong",
                       ("only.txt", None): "Trường THCS Triệu Phong"}

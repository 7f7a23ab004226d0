"""The CLI end to end on the bundled sample corpus (corpora/samples/docs), with expected facts.

The expected facts below are computed by hand from the sample sources in
corpora/samples/src/; the sample gold (corpora/samples/gold.jsonl) is scored
too and guarded like the dev set.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from outputs.scoring import load_jsonl, score
from tests.conftest import REPO

SAMPLES = REPO / "corpora" / "samples" / "docs"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("samples")
    db = tmp / "samples.sqlite"
    cmd = [sys.executable, "-m", "pipeline.cli"]
    first = subprocess.run(cmd + ["ingest", str(SAMPLES), "--db", str(db)], capture_output=True, text=True,
                           check=True)
    again = subprocess.run(cmd + ["ingest", str(SAMPLES), "--db", str(db)], capture_output=True, text=True,
                           check=True)
    out = tmp / "facts.jsonl"
    subprocess.run(cmd + ["export", "facts", "--db", str(db), "-o", str(out)], check=True, capture_output=True)
    return first.stdout, again.stdout, load_jsonl(out), db


def test_every_sample_is_stored_once(exported):
    first, again, facts, db = exported
    n = len([p for p in SAMPLES.rglob("*") if p.is_file()])
    assert n >= 10
    assert f"documents stored: {n}" in first and "failed: 0" in first and "partial: 0" in first
    assert "documents stored: 0" in again and f"skipped, already known: {n}" in again
    assert len(facts) == n


def test_encodings_are_detected_and_stored(exported):
    import sqlite3

    *_, db = exported
    rows = dict(sqlite3.connect(db).execute(
        "SELECT p.path, d.encoding FROM document_paths p JOIN documents d ON d.sha256 = p.sha256"))
    assert rows["decisions/qd-2145-qd-ubnd-ha-tinh.txt"] == "cp1258"
    assert rows["news/truy-tang-huan-chuong-dung-cam-quang-binh.txt"] == "utf-16"
    assert rows["news/bv-da-khoa-thai-binh-don-nhan-co-thi-dua-chinh-phu.txt"] == "utf-8-sig"
    assert rows["reports/bao-cao-tong-ket-tdkt-2024-cum-thi-dua-so-4.txt"] == "utf-8"
    assert rows["news/bv-da-khoa-nga-son-don-nhan-huan-chuong-tcvn3.txt"] == "tcvn3"
    assert rows["reports/ds-tap-the-khen-thuong-2024-son-duong.csv"] == "utf-8-sig"


def test_xlsx_list_shares_a_merged_unit_cell(exported):
    """The .xlsx list merges its Đơn vị cell over rows 2 and 3: the third person (a chief accountant) works in the
    finance department written once, beside the second."""
    *_, facts, _ = exported
    doc = facts["decisions/ds-bang-khen-qd-1187-ubnd-quang-tri.xlsx"]
    units = {o["name"]: o["unit"] for o in doc["officials"]}
    assert units["Trương Quang Vĩnh"] == units["Lê Thị Mỹ Duyên"] == "Sở Tài chính tỉnh Quảng Trị"
    assert sorted(a["recipient"] for a in doc["awards"]) == [
        "Hồ Văn Thạnh", "Lê Thị Mỹ Duyên", "Nguyễn Thị Thu Sương", "Trương Quang Vĩnh"]
    assert {(a["award"], a["year"]) for a in doc["awards"]} == {("Bằng khen của Chủ tịch UBND tỉnh", 2024)}


def test_csv_table_of_collective_awards(exported):
    """A semicolon-separated .csv with a byte order mark: four collectives, three Giấy khen and one emulation
    title, dated by the title row's year."""
    *_, facts, _ = exported
    doc = "reports/ds-tap-the-khen-thuong-2024-son-duong.csv"
    award = "Giấy khen của Chủ tịch UBND huyện"
    for unit in ("Trường Tiểu học Sơn Nam", "Trạm Y tế xã Tú Thịnh", "Hợp tác xã Chè Vân Sơn"):
        assert _has_award(facts, doc, unit, award, 2024), unit
    assert _has_award(facts, doc, "Phòng Văn hóa và Thông tin huyện Sơn Dương", "Tập thể lao động tiên tiến", 2024)
    assert facts[doc]["officials"] == []


def test_tcvn3_news_reads_as_unicode(exported):
    """The TCVN3 (.VnTime) news item: its letters come back as Unicode, names and campaign included."""
    *_, facts, _ = exported
    doc = "news/bv-da-khoa-nga-son-don-nhan-huan-chuong-tcvn3.txt"
    assert {o["name"] for o in facts[doc]["officials"]} == {"Lê Đình Toản", "Mai Thị Hằng", "Phạm Văn Quyết"}
    assert _has_award(facts, doc, "Bệnh viện Đa khoa huyện Nga Sơn", "Huân chương Lao động hạng Ba", 2024)
    assert facts[doc]["campaigns"] == ["Nga Sơn chung tay chăm sóc sức khỏe nhân dân"]


def _has_award(facts, doc, recipient, award, year=None, status="conferred"):
    from outputs.scoring import name_key, unit_key

    for a in facts[doc]["awards"]:
        same_recipient = (name_key(a["recipient"]) == name_key(recipient)
                          or unit_key(a["recipient"]) == unit_key(recipient))
        if same_recipient and unit_key(a["award"]) == unit_key(award):
            return a["year"] == year and a["status"] == status
    return False


def test_list_recipients_of_the_cp1258_decision(exported):
    """Điều 1 of QĐ 2145/QĐ-UBND lists six recipients, separated by semicolons, after "cho:"."""
    *_, facts, _ = exported
    doc = "decisions/qd-2145-qd-ubnd-ha-tinh.txt"
    award = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
    for person in ("Trần Đức Khải", "Lê Thị Nguyệt", "Phan Văn Lục"):
        assert _has_award(facts, doc, person, award, 2024), person
    names = {o["name"] for o in facts[doc]["officials"]}
    assert {"Trần Đức Khải", "Lê Thị Nguyệt", "Phan Văn Lục", "Thái Văn Luận"} <= names


def test_campaigns_of_the_report(exported):
    *_, facts, _ = exported
    gold = load_jsonl(REPO / "corpora" / "samples" / "gold.jsonl")
    doc = "reports/bao-cao-tong-ket-tdkt-2024-cum-thi-dua-so-4.txt"
    result = score({doc: gold[doc]}, {doc: facts[doc]})
    assert result["campaigns"]["f1"] == 1.0


def test_new_style_and_nfd_documents_give_old_style_names(exported):
    *_, facts, _ = exported
    text = json.dumps(facts["news/trung-tam-y-te-lac-thuy-kieu-dau-moi.txt"], ensure_ascii=False)
    assert "Thuỷ" not in text and "Hoà" not in text
    nfd = json.dumps(facts["news/vksnd-quang-ninh-don-nhan-co-thi-dua-nfd.txt"], ensure_ascii=False)
    import unicodedata
    assert nfd == unicodedata.normalize("NFC", nfd)


def test_sample_scores_do_not_drop(exported):
    *_, facts, _ = exported
    result = score(load_jsonl(REPO / "corpora" / "samples" / "gold.jsonl"), facts)
    baseline = json.loads((REPO / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))["samples"]
    for kind, recorded in baseline["f1"].items():
        assert result[kind]["f1"] >= recorded - 0.01, (kind, result[kind]["f1"], recorded)

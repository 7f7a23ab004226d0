"""A place written with its level word capitalised (a table cell's or a sentence's first word, "Phường Đông Lương")
and in running text ("phường Đông Lương") is one award fact, written as running text writes it, the level in
lower case (text of our own wording)."""
from __future__ import annotations

import json

import pytest

from extractors import extract
from extractors.facts import award_recipient
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes
from tests.cli import run_cli

NEWS = "\n".join([
    "Thị xã Quảng Trị đón nhận Huân chương Lao động hạng Ba",
    "Dịp này, phường Đông Lương được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
    "Danh sách các tập thể được khen thưởng:",
    "STT\tTập thể, cá nhân\tHình thức khen thưởng",
    "1\tPhường Đông Lương\tHuân chương Lao động hạng Ba",
    "2\tTrường Tiểu học Cam Thủy\tBằng khen của Thủ tướng Chính phủ"])


@pytest.mark.parametrize("written, fact", [
    ("Phường Đông Lương", "phường Đông Lương"), ("Thị Xã Quảng Trị", "thị xã Quảng Trị"),
    ("Thành phố Đông Hà", "thành phố Đông Hà"), ("Huyện Ân Thi", "huyện Ân Thi"),
    ("xã Cam Hiếu", "xã Cam Hiếu"),
    # a body named after its level, a name in capitals, a numbered ward: as written
    ("Tỉnh ủy Quảng Trị", "Tỉnh ủy Quảng Trị"), ("Huyện đoàn Cam Lộ", "Huyện đoàn Cam Lộ"),
    ("XÃ CAM HIẾU", "XÃ CAM HIẾU"), ("Phường 5", "Phường 5")])
def test_award_recipient(written, fact):
    assert award_recipient(written, "collective") == fact


def test_a_person_is_written_as_written():
    assert award_recipient("Xã Văn Đội", "person") == "Xã Văn Đội"


def test_the_table_and_the_paragraph_give_one_award_in_the_export(tmp_path):
    facts = extract(normalize_document(read_bytes(NEWS.encode("utf-8"), "tin.txt"))).to_guidelines("tin.txt")
    third = [a["recipient"] for a in facts["awards"] if a["award"] == "Huân chương Lao động hạng Ba"]
    assert third.count("phường Đông Lương") == 1 and "Phường Đông Lương" not in third
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "tin.txt").write_text(NEWS, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    out = tmp_path / "facts.jsonl"
    run_cli("export", "facts", "--db", db, "-o", out)
    (exported,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert exported["awards"] == facts["awards"]

"""A name typed with diacritics prefers the names that carry them: ``sovang awards --recipient "ĐỨC"`` lists Trần
Minh Đức's award, not the Phòng Giáo dục's ("dục" folds to "duc" as "Đức" does).  Found by a newcomer in session 14.
Typed without diacritics, a name still matches both; a mark typed wrong still finds the name.  Document of our own
wording; rows worked out by hand."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from outputs.queries import diacritics_agree, marked_words
from pipeline.cli import cli

QD = """ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ
Số: 12/QĐ-UBND
QUYẾT ĐỊNH
Về việc khen thưởng năm học 2023-2024
Điều 1. Tặng Giấy khen cho Phòng Giáo dục và Đào tạo huyện Đức Thọ đã có thành tích xuất sắc.
Điều 2. Tặng Giấy khen cho ông Trần Minh Đức, giáo viên Trường Tiểu học Tùng Ảnh.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    root = tmp_path_factory.mktemp("marks")
    (root / "docs").mkdir()
    (root / "docs" / "qd.txt").write_text(QD, encoding="utf-8")
    db = root / "kb.sqlite"
    result = CliRunner().invoke(cli, ["ingest", str(root / "docs"), "--db", str(db), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return str(db)


def recipients(db, *args):
    result = CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return sorted(r["recipient"] for r in json.loads(result.output))


BOTH = ["Phòng Giáo dục và Đào tạo huyện Đức Thọ", "Trần Minh Đức"]


def test_typed_without_marks_matches_both(kb):
    assert recipients(kb, "--recipient", "duc") == BOTH


def test_typed_with_marks_prefers_the_name_that_carries_them(kb):
    assert recipients(kb, "--recipient", "ĐỨC") == BOTH  # the office's name holds "Đức" (Đức Thọ) too
    assert recipients(kb, "--recipient", "dục") == ["Phòng Giáo dục và Đào tạo huyện Đức Thọ"]
    assert recipients(kb, "--recipient", "Minh Đức") == ["Trần Minh Đức"]


def test_a_mark_typed_wrong_still_finds_the_name(kb):
    assert recipients(kb, "--recipient", "Trần Minh Đực") == ["Trần Minh Đức"]


def test_who_prefers_the_marked_name(kb):
    out = CliRunner().invoke(cli, ["who", "--db", kb, "dục"]).output
    assert "Phòng Giáo dục" in out and "Trần Minh Đức" not in out
    out = CliRunner().invoke(cli, ["who", "--db", kb, "duc"]).output
    assert "Phòng Giáo dục" in out and "Trần Minh Đức" in out


@pytest.mark.parametrize("typed, words", [
    ("Nguyen Văn ĐỨC", ["văn", "đức"]),
    ("HĐND tỉnh Nghệ An", ["tỉnh", "nghệ"]),  # HĐND is written out in the knowledge base: no constraint
    ("tran minh duc", []),
])
def test_marked_words(typed, words):
    assert marked_words(typed) == words


def test_diacritics_agree_reads_one_tone_placement():
    assert diacritics_agree("Lê Thị Hoà", "Hòa") and not diacritics_agree("Lê Thị Hóa", "Hòa")


def test_who_with_marks_and_no_match_is_empty(kb):
    out = CliRunner().invoke(cli, ["who", "--db", kb, "Đặng Văn Lâm"])
    assert out.exit_code == 1 and "no person or unit matches 'Đặng Văn Lâm'" in out.output, out.output
    assert "Trần Minh Đức" not in out.output and "Phòng Giáo dục" not in out.output


def test_a_name_stored_without_marks_agrees_with_marks_typed():
    # a scan or a file that lost its marks: no mark conflicts, so the name is kept beside the marked one
    assert diacritics_agree("Tran Minh Duc", "Đức") and not diacritics_agree("Sở Giáo dục", "Đức")


def test_the_agreeing_names_are_found_past_the_first_rows(tmp_path):
    # eleven persons whose names hold "Dục" come before the one "Đức" (shorter names first): with a limit of 10
    # per kind, "Đức" must still be found, and the others dropped as disagreeing
    from outputs.queries import find
    import sqlite_utils
    db = sqlite_utils.Database(tmp_path / "kb.sqlite")
    db["persons"].insert_all([{"id": f"P{i}", "canonical_name": f"Hà Dục {chr(65 + i)}", "folded": f"ha duc {chr(97 + i)}"}
                              for i in range(11)] +
                             [{"id": "PD", "canonical_name": "Nguyễn Văn Minh Đức", "folded": "nguyen van minh duc"}])
    db["units"].create({"id": str, "canonical_name": str, "folded": str})
    db["entities"].create({"id": int, "kind": str, "folded": str})  # no merged names
    db["person_documents"].create({"entity": int, "document": str, "person": str})
    assert find(db, "Đức") == [("person", "PD")]
    assert len(find(db, "duc")) == 10  # typed without marks: the first 10, shortest names first

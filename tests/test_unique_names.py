"""One unit, written several ways in one document, is listed once by ``export facts`` and by the extractor's
facts: in another letter case ("UBND HUYỆN ĐỨC THỌ" in the letterhead) or with its abbreviation written out
("Ủy ban nhân dân huyện Đức Thọ").  The name kept is the first written as running text writes a name (newcomer's
finding, session 15: the letterhead's form and the spelled-out form were exported as two units).  Text of our
own wording; the expected lists written by hand."""
from __future__ import annotations

import json

from extractors.facts import unique_names
from tests.cli import run_cli


def test_a_letterhead_form_and_a_spelled_out_form_are_one_unit():
    assert unique_names(["UBND HUYỆN ĐỨC THỌ", "Trường Tiểu học Tùng Ảnh", "Ủy ban nhân dân huyện Đức Thọ",
                         "UBND huyện Đức Thọ"]) == ["Ủy ban nhân dân huyện Đức Thọ", "Trường Tiểu học Tùng Ảnh"]


def test_a_name_read_out_of_a_title_gives_way_to_the_capitalised_form():
    # "Trưởng phòng Nội vụ" gives "phòng Nội vụ …"; the text writes the office "Phòng Nội vụ …" later
    assert unique_names(["phòng Nội vụ huyện Đức Thọ", "PHÒNG NỘI VỤ HUYỆN ĐỨC THỌ",
                         "Phòng Nội vụ huyện Đức Thọ"]) == ["Phòng Nội vụ huyện Đức Thọ"]
    assert unique_names(["PHÒNG NỘI VỤ HUYỆN ĐỨC THỌ", "phòng Nội vụ huyện Đức Thọ"]) == [
        "phòng Nội vụ huyện Đức Thọ"]


def test_different_units_stay_apart():
    assert unique_names(["UBND huyện Đức Thọ", "HĐND huyện Đức Thọ", "UBND xã Tùng Ảnh"]) == [
        "UBND huyện Đức Thọ", "HĐND huyện Đức Thọ", "UBND xã Tùng Ảnh"]


def test_export_facts_lists_the_letterhead_body_once(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "qd.txt").write_text(
        "UBND HUYỆN ĐỨC THỌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQUYẾT ĐỊNH\n"
        "Điều 1. Ủy ban nhân dân huyện Đức Thọ tặng Giấy khen cho Trường Tiểu học Tùng Ảnh.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", docs, "--db", db, "--workers", "1")
    units = json.loads(run_cli("export", "facts", "--db", db).splitlines()[0])["units"]
    assert units == ["Ủy ban nhân dân huyện Đức Thọ", "Trường Tiểu học Tùng Ảnh"]


def test_every_listed_abbreviation_is_seen_by_the_quick_check():
    # _MAY_ABBREVIATE must hold for every abbreviation of both lists, or its names would not be written out
    from extractors.canonical import _rows
    from extractors.facts import _MAY_ABBREVIATE
    abbreviations = [row[0].strip() for name in ("unit_abbreviations.tsv", "abbreviations.tsv") for row in _rows(name)]
    assert len(abbreviations) > 40
    assert [a for a in abbreviations if not _MAY_ABBREVIATE.search(a)] == []

"""Queries and canonical names (session 10): the real ``sovang`` CLI on real SQLite files for the awards' unit
filter; the canonical-name helpers it rests on (unshout's abbreviations, the one table of level words)."""
from __future__ import annotations

import re
import sqlite3

from click.testing import CliRunner

from extractors import canonical
from extractors.canonical import Issuer, canonical_unit, unshout
from extractors.canonical import with_province as _with_province
from pipeline.cli import NOTHING_FOUND, cli
from tests.test_reingest_marks import ingest

DECISION = """UBND TỈNH NGHỆ AN
SỞ Y TẾ
Số: 215/QĐ-SYT
Nghệ An, ngày 12 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc tặng Giấy khen
GIÁM ĐỐC SỞ Y TẾ
Căn cứ Luật Thi đua, khen thưởng năm 2022;
QUYẾT ĐỊNH:
Điều 1. Tặng Giấy khen của Giám đốc Sở Y tế cho bà Lê Thị Hoa, Điều dưỡng trưởng Khoa Nội, Bệnh viện Đa khoa \
huyện Yên Thành, đã có thành tích xuất sắc trong năm 2023.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""


def awards(db, *args) -> list[str]:
    """The lines ``sovang awards`` prints for ``args`` (the count goes to stderr; exit status 0, or NOTHING_FOUND
    when it prints none)."""
    result = CliRunner().invoke(cli, ["awards", "--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == (0 if result.stdout.strip() else NOTHING_FOUND), result.output
    return [line for line in result.stdout.splitlines() if line.strip()]


def test_unit_filter_finds_an_award_a_provincial_department_confers(tmp_path):
    """A Giấy khen of the Director of a Sở, in a decision headed 'UBND TỈNH NGHỆ AN / SỞ Y TẾ', to a nurse of a
    district hospital (her unit names no province): the conferrer lies in Nghệ An, so --unit 'Nghệ An' finds it
    (it found nothing: the conferrer was 'Giám đốc Sở Y tế', the recipient's unit 'Bệnh viện Đa khoa huyện Yên
    Thành')."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(DECISION, encoding="utf-8")
    db = tmp_path / "x.db"
    ingest(folder, db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT conferrer FROM conferrals_resolved").fetchall() == [("Giám đốc Sở Y tế tỉnh Nghệ An",)]
    for typed in ("Nghệ An", "nghe an", "tỉnh Nghệ An"):
        found = awards(db, "--unit", typed)
        assert len(found) == 1 and "Lê Thị Hoa" in found[0] and "Giấy khen của Giám đốc Sở Y tế" in found[0], typed
    assert awards(db, "--unit", "Hà Tĩnh") == []


def test_awards_counts_its_conferrals_in_words_a_reader_reads(tmp_path):
    """The count ``sovang awards`` writes to stderr: '1 conferral' for one, '0 conferrals' for none (a newcomer
    read '1 conferrals' in session 20)."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(DECISION, encoding="utf-8")
    db = tmp_path / "x.db"
    ingest(folder, db)
    one = CliRunner().invoke(cli, ["awards", "--db", str(db)], catch_exceptions=False)
    none = CliRunner().invoke(cli, ["awards", "--db", str(db), "--unit", "Hà Tĩnh"], catch_exceptions=False)
    assert one.stderr.strip() == "1 conferral"
    assert none.stderr.strip() == "0 conferrals"


def test_a_conferrer_takes_its_documents_province_only_when_it_lies_below_or_in_one_and_names_none():
    nghe_an = Issuer(places={"tinh": "Nghệ An"})
    assert _with_province("Giám đốc Sở Y tế", nghe_an) == "Giám đốc Sở Y tế tỉnh Nghệ An"
    assert _with_province("Sở Tư pháp", nghe_an) == "Sở Tư pháp tỉnh Nghệ An"
    assert _with_province("Chủ tịch Ủy ban nhân dân huyện Yên Thành", nghe_an) == \
        "Chủ tịch Ủy ban nhân dân huyện Yên Thành, tỉnh Nghệ An"
    assert _with_province("Giám đốc Sở Y tế tỉnh Hà Tĩnh", nghe_an) == "Giám đốc Sở Y tế tỉnh Hà Tĩnh"  # names one
    assert _with_province("Bộ trưởng Bộ Y tế", nghe_an) == "Bộ trưởng Bộ Y tế"  # a ministry lies in no province
    assert _with_province("Chủ tịch Ủy ban nhân dân tỉnh", nghe_an) == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert _with_province("Giám đốc Sở Y tế", Issuer()) == "Giám đốc Sở Y tế"  # the document names no province


def test_a_short_known_abbreviation_in_capitals_is_kept_as_written():
    """'TƯ' (Trung ương, short_abbreviations.tsv) has a vowel, so it read as a word in capitals: 'Tư'.  It is kept
    where it stands in capitals in a name in running case; in a heading all in capitals it is the syllable."""
    assert unshout("Ban Thi đua – Khen thưởng TƯ") == "Ban Thi đua – Khen thưởng TƯ"
    assert unshout("Đảng ủy Khối các cơ quan TƯ") == "Đảng ủy Khối các cơ quan TƯ"
    assert canonical_unit("Ban Thi đua – Khen thưởng TƯ").name == "Ban Thi đua – Khen thưởng TƯ"
    assert unshout("SỞ TƯ PHÁP TỈNH NAM ĐỊNH") == "Sở Tư pháp tỉnh Nam Định"
    assert unshout("CÔNG TY TƯ VẤN") == "Công ty Tư vấn"
    assert unshout("BAN THI ĐUA – KHEN THƯỞNG TƯ") == "Ban Thi đua – Khen thưởng tư"  # all capitals: undecidable
    assert unshout("QUÂN ỦY TW") == "Quân ủy TW"  # no vowel: an acronym, as before
    # unchanged beside it (the cache per word gives the same words)
    assert unshout("SỞ Y TẾ TỈNH NGHỆ AN") == "Sở Y tế tỉnh Nghệ An"
    assert unshout("UBND HUYỆN YÊN THÀNH") == "UBND huyện Yên Thành"
    assert unshout("SỞ Y TẾ TỈNH NGHỆ AN") == "Sở Y tế tỉnh Nghệ An"
    assert canonical._shouted.cache_info().hits > 0


def test_level_words_come_from_one_table():
    """administrative_levels.tsv gives the sets that were typed by hand (values copied from the code it replaces)."""
    assert canonical.level_words() == {"tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "thị trấn", "xã",
                                       "phường"}
    assert canonical.LEVEL_NAMES == {"tinh": "tỉnh", "thanh pho": "thành phố", "huyen": "huyện", "quan": "quận",
                                     "thi xa": "thị xã", "thi tran": "thị trấn", "xa": "xã", "phuong": "phường"}
    # units.PLACE_LEVEL_WORDS and units.SHARED_LEVELS, as typed in extractors/components/units.py
    assert canonical.level_syllables(("province", "district")) == {"tỉnh", "thành", "phố", "TP", "Tp", "huyện",
                                                                   "quận", "thị", "xã"}
    assert canonical.level_syllables(first=True) == {"tỉnh", "thành", "TP", "Tp", "huyện", "quận", "thị", "xã",
                                                     "phường"}
    # engine._LEVEL_WORD as typed in extractors/engine.py finds the same level words
    typed = re.compile(r"(?<= )(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường) (?=\w)")
    built = re.compile(r"(?<= )(?:" + canonical.level_pattern() + r") (?=\w)")
    for text in ("Sở Y tế tỉnh Nghệ An", "UBND tp. Vinh", "Trường Tiểu học thị trấn Diễn Châu",
                 "Phòng Nội vụ thị xã Hoàng Mai", "Đoàn phường Bến Thủy", "Ban xã hội"):
        assert [m.span() for m in typed.finditer(text)] == [m.span() for m in built.finditer(text)], text
    assert canonical.committee_level("Chủ tịch UBND TP. Vinh") == "thanh pho"


def test_unit_filter_takes_the_words_in_order_with_others_between(tmp_path):
    """--unit and --recipient match the typed words whole and in order, other words allowed between them, as
    `who` finds units (newcomer's finding: "so y te nghe an" found nothing, "so y te tinh nghe an" the award)."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(DECISION, encoding="utf-8")
    db = tmp_path / "x.db"
    ingest(folder, db)
    for typed in ("so y te nghe an", "benh vien yen thanh", "Bệnh viện Đa khoa huyện Yên Thành"):
        assert len(awards(db, "--unit", typed)) == 1, typed
    assert len(awards(db, "--recipient", "le hoa")) == 1
    # whole words: "an" is no prefix of "anh", and the order counts
    assert awards(db, "--unit", "nghe anh") == []
    assert awards(db, "--unit", "yen thanh benh vien") == []


def test_words_in_order_by_hand():
    from outputs.queries import _has_words

    assert _has_words("vien kiem sat nhan dan tinh quang ninh", "vien kiem sat nhan dan quang ninh") == 1
    assert _has_words("chu tich uy ban nhan dan tinh thanh hoa", "ha tinh") == 0
    assert _has_words("so y te tinh ha tinh", "ha tinh") == 1
    assert _has_words(None, "ha tinh") == 0 and _has_words("ha tinh", "") == 0

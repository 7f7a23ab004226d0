"""A knowledge base whose canonical layer was built by an older sovang, which wrote fewer abbreviations out
(text of our own wording): its units are stored folded as written ("phong gd&dt huyen yen thanh"), and the
queries of this version still find them by the key with nothing expanded; its next ingest rebuilds the layer
(``canonical_version`` in meta), after which the names are stored written out."""
from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from outputs.canonical import LAYER_VERSION, layer_outdated
from outputs.queries import awards, query_keys, who
from pipeline.ingest import canonical_stale
from tests.cli import run_cli

DOC = "\n".join(["UBND HUYỆN YÊN THÀNH", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
                 "Điều 1. Tặng Giấy khen cho Phòng GD&ĐT huyện Yên Thành vì thành tích trong năm học 2022-2023.",
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])
UNIT = "phong giao duc va dao tao huyen yen thanh"


def test_the_last_key_expands_nothing():
    assert query_keys("Phòng GD&ĐT huyện Yên Thành")[-1] == "phong gd&dt huyen yen thanh"
    assert query_keys("Sở GD-ĐT Hà Tĩnh")[-1] == "so gd dt ha tinh"
    assert query_keys("Sở GD-ĐT Hà Tĩnh")[0] == "so giao duc va dao tao ha tinh"


def _age(db_path) -> None:
    """Make the layer look as an older sovang left it: the unit folded as written, no version stamp."""
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE units SET canonical_name = 'Phòng GD&ĐT huyện Yên Thành', "
                 "folded = 'phong gd&dt huyen yen thanh' WHERE folded = ?", [UNIT])
    conn.execute("DELETE FROM meta WHERE key = 'canonical_version'")
    conn.commit()
    conn.close()


@pytest.fixture()
def old_kb(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qd.txt").write_text(DOC, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    _age(db)
    return tmp_path, db


@pytest.mark.parametrize("typed", ["Phòng GD&ĐT huyện Yên Thành", "phong gd&dt huyen yen thanh"])
def test_an_old_layer_answers(old_kb, typed):
    _, db = old_kb
    kb = sqlite_utils.Database(db)
    assert [r["award"] for r in awards(kb, unit=typed)] == ["Giấy khen"]
    assert [r.name for r in who(kb, typed)] == ["Phòng GD&ĐT huyện Yên Thành"]


def test_the_next_ingest_rebuilds_an_old_layer(old_kb):
    root, db = old_kb
    kb = sqlite_utils.Database(db)
    assert layer_outdated(kb) and canonical_stale(kb)
    run_cli("ingest", root / "docs", "--db", db, "--workers", "1", "--quiet")  # nothing new to read
    kb = sqlite_utils.Database(db)
    assert kb.execute("SELECT value FROM meta WHERE key = 'canonical_version'").fetchone()[0] == LAYER_VERSION
    assert not layer_outdated(kb) and not canonical_stale(kb)
    assert kb.execute("SELECT folded FROM units WHERE folded LIKE 'phong%'").fetchall() == [(UNIT,)]


PLACE_DOC = "Liên đoàn Lao động (LĐLĐ) TP.HCM được tặng Bằng khen của Thủ tướng Chính phủ vì thành tích chăm lo cho công nhân."


@pytest.mark.parametrize("typed", ["LDLD TP.HCM", "ldld tp.hcm", "Liên đoàn Lao động TP.HCM"])
def test_an_old_layer_with_the_place_written_short_answers(tmp_path, typed):
    """A layer built before place_abbreviations.tsv stored the place as written ("… thành phố HCM"), with no
    province; read-only queries reach it by the key with the place left short (before: 0 rows)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "tin.txt").write_text(PLACE_DOC, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    conn = sqlite3.connect(db)
    assert conn.execute("UPDATE units SET canonical_name = 'Liên đoàn Lao động thành phố HCM', "
                        "folded = 'lien doan lao dong thanh pho hcm', province = NULL, successor = NULL "
                        "WHERE folded = 'lien doan lao dong thanh pho ho chi minh'").rowcount == 1
    conn.execute("DELETE FROM meta WHERE key = 'canonical_version'")
    conn.commit()
    conn.close()
    kb = sqlite_utils.Database(db)
    assert [r["award"] for r in awards(kb, unit=typed)] == ["Bằng khen của Thủ tướng Chính phủ"]
    assert [r.name for r in who(kb, typed)] == ["Liên đoàn Lao động thành phố HCM"]
    assert query_keys(typed)[-2:][0] == "lien doan lao dong thanh pho hcm"


AWARD_DOC = "Công ty Điện lực Cẩm Lệ đón nhận Bằng khen của Liên đoàn Lao động TP HCM vì thành tích năm 2024."


def test_a_layer_of_version_2_is_rebuilt_with_award_names_written_out(tmp_path):
    """Version 2 stored an award's conferrer with its place half written out ("… thành phố HCM") and kept a second
    revocation of an award apart; a layer stamped "2" is outdated, and the next ingest (nothing new to read) writes
    the award's name out whole (review 21, finding 3: the version was not raised; before, the old name stayed)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "tin.txt").write_text(AWARD_DOC, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    full = "Bằng khen của Liên đoàn Lao động thành phố Hồ Chí Minh"
    conn = sqlite3.connect(db)
    assert conn.execute("UPDATE awards SET canonical_name = 'Bằng khen của Liên đoàn Lao động thành phố HCM', "
                        "folded = 'bang khen cua lien doan lao dong thanh pho hcm' WHERE canonical_name = ?",
                        [full]).rowcount == 1
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'canonical_version'")
    conn.commit()
    conn.close()
    assert layer_outdated(sqlite_utils.Database(db))
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    kb = sqlite_utils.Database(db)
    assert not layer_outdated(kb)
    assert [r[0] for r in kb.execute("SELECT canonical_name FROM awards")] == [full]

"""A unit whose place a document writes short ("LĐLĐ TP.HCM", "Công an TP HCM") is stored with the place written
out whole ("Liên đoàn Lao động thành phố Hồ Chí Minh"), and ``who`` and ``awards --unit`` find it by every
spelling a user types: with the full stop or a space or nothing between "TP" and "HCM", "Đ" or "D" in the
initialism, any letter case, no diacritics, or the place written out (text of our own wording)."""
from __future__ import annotations

import json

import pytest

from extractors.canonical import canonical_unit, expand_places
from outputs.queries import query_key
from tests.cli import kb_of, run_cli

NEWS = ("Liên đoàn Lao động (LĐLĐ) TP.HCM vừa đón nhận Huân chương Lao động hạng Nhất vì thành tích xuất sắc "
        "trong giai đoạn 2018-2023.\n")
WHOLE = "lien doan lao dong thanh pho ho chi minh"
TYPED = ["LĐLĐ TP.HCM", "LDLD TP.HCM", "ldld tp.hcm", "lđlđ tp.hcm", "ldld tp hcm", "LĐLĐ TP HCM", "ldld tphcm",
         "lien doan lao dong tp.hcm", "Liên đoàn Lao động thành phố Hồ Chí Minh", "Liên đoàn Lao động TP. HCM"]


@pytest.mark.parametrize("typed", TYPED)
def test_every_spelling_folds_to_the_place_written_out(typed):
    assert query_key(typed) == WHOLE


def test_the_canonical_name_writes_the_place_out_whole():
    unit = canonical_unit("LĐLĐ TP.HCM")
    assert unit.name == "Liên đoàn Lao động thành phố Hồ Chí Minh"
    assert unit.province == "Thành phố Hồ Chí Minh"
    assert canonical_unit("Công an TPHCM").name == "Công an thành phố Hồ Chí Minh"


def test_a_short_form_inside_a_word_stays():
    assert expand_places("Trường HCMUTE") == "Trường HCMUTE"
    assert query_key("nguyen v. an") == "nguyen v an"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("kb"), {"tin.txt": NEWS})[0]


@pytest.mark.parametrize("typed", TYPED)
def test_who_and_awards_by_unit_find_the_unit_by_every_spelling(kb, typed):
    assert "unit: Liên đoàn Lao động thành phố Hồ Chí Minh" in run_cli("who", typed, "--db", kb)
    listed = json.loads(run_cli("awards", "--db", kb, "--format", "json", "--unit", typed))
    assert [(r["recipient"], r["award"]) for r in listed] == [
        ("Liên đoàn Lao động thành phố Hồ Chí Minh", "Huân chương Lao động hạng Nhất")]


CONFERRED_BY = "\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TP.HCM", "Số: 214/QĐ-LĐLĐ", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
    "Điều 1. Tặng Bằng khen của Liên đoàn Lao động TP.HCM cho Công đoàn Công ty Cổ phần Dệt may Gia Định vì đã có "
    "thành tích xuất sắc trong phong trào thi đua năm 2024.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])


@pytest.mark.parametrize("typed", ["ldld tp.hcm", "LĐLĐ TP.HCM", "Liên đoàn Lao động thành phố Hồ Chí Minh"])
def test_awards_by_unit_find_what_the_unit_confers_by_every_spelling(tmp_path, typed):
    """The conferrer as the award's name states it ("… Liên đoàn Lao động thành phố HCM") is read with its place
    written out, as the unit's name is."""
    db, _ = kb_of(tmp_path, {"qd214.txt": CONFERRED_BY})
    listed = json.loads(run_cli("awards", "--db", db, "--format", "json", "--unit", typed))
    assert [r["recipient"] for r in listed] == ["Công đoàn Công ty Cổ phần Dệt may Gia Định"]


@pytest.fixture(scope="module")
def conferred_kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("kb"), {"qd214.txt": CONFERRED_BY})[0]


@pytest.mark.parametrize("typed", ["Bằng khen của LĐLĐ TP HCM", "bang khen ldld tp.hcm", "Bằng khen của LĐLĐ TPHCM",
                                   "Bằng khen của Liên đoàn Lao động thành phố Hồ Chí Minh", "bang khen lien doan"])
def test_awards_by_award_find_its_name_written_out_by_every_spelling(conferred_kb, typed):
    """``awards --award`` looks up the keys of --unit and --recipient (query_keys), abbreviations written out as the
    stored names are; before, it folded the typed text alone and "Bằng khen của LĐLĐ TP HCM" found nothing
    (review 21, finding 8)."""
    listed = json.loads(run_cli("awards", "--db", conferred_kb, "--format", "json", "--award", typed))
    assert [(r["recipient"], r["award"]) for r in listed] == [
        ("Công đoàn Công ty Cổ phần Dệt may Gia Định", "Bằng khen của Liên đoàn Lao động thành phố Hồ Chí Minh")]

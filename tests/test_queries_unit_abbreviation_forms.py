"""``who`` and ``awards --unit`` find a department typed short in any way users write it (text of our own
wording): with "&" or "-" or neither between the parts of its abbreviation, with "Đ" or "D", in any letter case
and without diacritics ("so gd-dt quang tri", "SO GDDT QUANG TRI", "sở gd&đt quảng trị"), as the written-out
name ("so giao duc quang tri") was found."""
from __future__ import annotations

import json

import pytest

from outputs.queries import query_key
from tests.cli import kb_of, run_cli

DOC = "\n".join(["UBND TỈNH QUẢNG TRỊ", "Số: 31/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
                 "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể và cá nhân sau:",
                 "STT\tTên tập thể, cá nhân\tĐơn vị\tHình thức",
                 "1\tTrường THPT Cồn Tiên\tSở GD&ĐT Quảng Trị\tBằng khen",
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])
FORMS = ["Sở GD&ĐT Quảng Trị", "so gd&dt quang tri", "SO GD&DT QUANG TRI", "sở gd&đt quảng trị", "so gddt quang tri",
         "so gd-dt quang tri", "Sở GD-ĐT Quảng Trị", "so giao duc quang tri"]


@pytest.mark.parametrize("typed", FORMS)
def test_query_key_writes_the_abbreviation_out(typed):
    assert query_key(typed) in ("so giao duc va dao tao quang tri", "so giao duc quang tri")


def test_a_word_alone_is_no_abbreviation():
    assert query_key("so 12") == "so 12"
    assert query_key("gd-dt") == "gd dt"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("kb"), {"qd31.txt": DOC})[0]


@pytest.mark.parametrize("typed", FORMS)
def test_who_and_awards_by_unit_find_the_department(kb, typed):
    assert "sub units: Trường Trung học phổ thông Cồn Tiên" in run_cli("who", typed, "--db", kb)
    listed = json.loads(run_cli("awards", "--db", kb, "--format", "json", "--unit", typed))
    assert [r["recipient"] for r in listed] == ["Trường Trung học phổ thông Cồn Tiên"]


@pytest.mark.parametrize("typed", ["Sở GD-ĐT Hà Tĩnh", "so gd-dt ha tinh", "so gd&dt ha tinh", "SO GDDT HA TINH",
                                   "so giao duc va dao tao ha tinh"])
def test_a_department_a_document_abbreviates_with_a_dash_is_found_by_every_spelling(tmp_path, typed):
    """A unit a document writes "Sở GD-ĐT Hà Tĩnh" is stored written out, as "Sở GD&ĐT" is (an "&" or "-" between
    the parts of an abbreviation read either way or left out, extractors.canonical._joined_parts), its name as
    written kept: "so gd&dt" finds it as "so gd-dt" does."""
    db, _ = kb_of(tmp_path, {"tin.txt": "Sở GD-ĐT Hà Tĩnh vừa được Bộ Giáo dục và Đào tạo tặng Bằng khen vì thành "
                                      "tích năm học 2023-2024.\n"})
    shown = run_cli("who", typed, "--db", db)
    assert "unit: Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh" in shown and "names used: Sở GD-ĐT Hà Tĩnh" in shown
    listed = json.loads(run_cli("awards", "--db", db, "--format", "json", "--unit", typed))
    assert [r["recipient"] for r in listed] == ["Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"]


DISTRICT = "\n".join(["UBND HUYỆN KỲ ANH", "Số: 88/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
                      "Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho các tập thể sau:",
                      "STT\tTên tập thể\tHình thức",
                      "1\tPhòng GD&ĐT huyện Kỳ Anh\tGiấy khen",
                      "2\tPhòng TN-MT huyện Kỳ Anh\tGiấy khen",
                      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])


@pytest.fixture(scope="module")
def district_kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("district"), {"qd88.txt": DISTRICT})[0]


@pytest.mark.parametrize("typed, found", [
    ("phong gddt", "Phòng Giáo dục và Đào tạo huyện Kỳ Anh"),
    ("phong gd-dt ky anh", "Phòng Giáo dục và Đào tạo huyện Kỳ Anh"),
    ("Phòng GD&ĐT huyện Kỳ Anh", "Phòng Giáo dục và Đào tạo huyện Kỳ Anh"),
    ("phong giao duc ky anh", "Phòng Giáo dục và Đào tạo huyện Kỳ Anh"),
    ("phong tn&mt", "Phòng Tài nguyên và Môi trường huyện Kỳ Anh"),
    ("phong tnmt ky anh", "Phòng Tài nguyên và Môi trường huyện Kỳ Anh"),
])
def test_a_district_department_is_found_by_every_spelling(district_kb, typed, found):
    """The district departments (Nghị định 37/2014/NĐ-CP) abbreviated as the provincial ones are: "Phòng GD&ĐT"."""
    listed = json.loads(run_cli("awards", "--db", district_kb, "--format", "json", "--unit", typed))
    assert [r["recipient"] for r in listed] == [found]

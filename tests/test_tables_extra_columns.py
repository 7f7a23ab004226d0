"""Award tables with columns beside the recipients and the award (text of our own wording): a column of the
conferring decision ("Quyết định khen thưởng", which holds "khen thưởng" and was taken for the award column, so
no row named an award), a birth year ("Năm sinh", taken for the award year), a note or a sum of money; and a
column of collectives' names ("Tên tập thể", "Tên đơn vị", "Tập thể") beside a "Đơn vị" column, whose unit is
the collective's managing unit (the knowledge base's link, ``awards --unit``)."""
from __future__ import annotations

import json

import pytest

from extractors import extract
from extractors.tables import _decision_cell, _header
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes
from tests.cli import run_cli

HEAD = ["UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ", "Số: 45/TTr-SNV", "TỜ TRÌNH", "Về việc đề nghị thu hồi khen thưởng"]


def _facts(lines, name="doc.txt"):
    return extract(normalize_document(read_bytes("\n".join(lines).encode("utf-8"), name)))


def _rows(facts):
    return sorted((c.recipient.text, c.status, c.revoked, c.decision, c.decision_date, c.year)
                  for c in facts.conferrals)


def test_a_decision_column_keeps_a_proposal_to_revoke():
    facts = _facts([*HEAD, "Sở Nội vụ đề nghị thu hồi Bằng khen của Chủ tịch UBND tỉnh đối với các cá nhân sau:",
                    "TT\tHọ và tên\tChức vụ, đơn vị\tQuyết định khen thưởng",
                    "1\tÔng Trương Văn Khoa\tPhó Giám đốc Ban Quản lý dự án huyện Cam Lộ\t"
                    "Quyết định số 318/QĐ-UBND ngày 7/6/2022",
                    "2\tBà Đặng Thị Hạnh\tVăn thư Trường Tiểu học Cam Thủy\tQĐ số 318/QĐ-UBND ngày 7/6/2022",
                    "Sở Nội vụ kính trình./."])
    # a proposal to revoke: the awards stay conferred, cited by the decision that conferred them
    assert _rows(facts) == [("Trương Văn Khoa", "conferred", False, "318/QĐ-UBND", "2022-06-07", 2022),
                            ("Đặng Thị Hạnh", "conferred", False, "318/QĐ-UBND", "2022-06-07", 2022)]


@pytest.mark.parametrize("column, cells", [("Năm sinh", ("1969", "1990")), ("Ghi chú", ("Lần thứ hai", "")),
                                           ("Số tiền (đồng)", ("1.500.000", "1.500.000"))])
def test_an_extra_column_loses_no_row_and_gives_no_year(column, cells):
    facts = _facts(["UBND TỈNH QUẢNG TRỊ", "Số: 77/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
                    "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho các cá nhân sau đây đã có thành tích "
                    "xuất sắc năm 2024:",
                    f"TT\tHọ và tên\t{column}\tChức vụ, đơn vị",
                    f"1\tÔng Trương Văn Khoa\t{cells[0]}\tTrưởng phòng Nội vụ huyện Cam Lộ",
                    f"2\tBà Đặng Thị Hạnh\t{cells[1]}\tKế toán Trường Tiểu học Cam Thủy",
                    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])
    assert [(c.recipient.text, c.year) for c in facts.conferrals] == [("Trương Văn Khoa", 2024),
                                                                       ("Đặng Thị Hạnh", 2024)]


def test_header_columns():
    assert _header(["STT", "Họ và tên", "Chức vụ, đơn vị", "Quyết định khen thưởng"], True) == {
        "name": 1, "position_unit": 2, "decision": 3}
    assert _header(["STT", "Họ và tên", "Năm sinh", "Ghi chú", "Hình thức khen thưởng"]) == {"name": 1, "award": 4}
    assert _header(["STT", "Tên tập thể", "Đơn vị", "Hình thức"]) == {"collective": 1, "unit": 2, "award": 3}
    assert _header(["STT", "Tên đơn vị", "Hình thức khen thưởng"]) == {"collective": 1, "award": 2}
    # beside a column of persons a collectives' column stays the persons' unit
    assert _header(["STT", "Họ và tên", "Tập thể", "Hình thức"]) == {"name": 1, "unit": 2, "award": 3}


def test_decision_cell():
    assert _decision_cell("Quyết định số 52/QĐ-CT ngày 03/01/2020") == ("52/QĐ-CT", "2020-01-03")
    assert _decision_cell("52/QĐ-CT ngày 3 tháng 1 năm 2020") == ("52/QĐ-CT", "2020-01-03")
    assert _decision_cell("52/QĐ-CT") == ("52/QĐ-CT", None)
    assert _decision_cell("Năm 2020") == (None, None)


@pytest.mark.parametrize("heading", ["Tên tập thể", "Tên đơn vị", "Tập thể"])
def test_a_collectives_column_beside_a_unit_column_links_the_managing_unit(tmp_path, heading):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qd.txt").write_text("\n".join([
        "UBND TỈNH QUẢNG TRỊ", "Số: 90/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen",
        "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể sau:",
        f"STT\t{heading}\tĐơn vị\tHình thức",
        "1\tTrường Tiểu học Cam Thủy\tPhòng Giáo dục và Đào tạo huyện Cam Lộ\tBằng khen",
        "2\tTrạm Y tế xã Cam Hiếu\tTrung tâm Y tế huyện Cam Lộ\tBằng khen",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    listed = json.loads(run_cli("awards", "--db", db, "--format", "json", "--unit", "Trung tâm Y tế huyện Cam Lộ"))
    assert [r["recipient"] for r in listed] == ["Trạm Y tế xã Cam Hiếu"]

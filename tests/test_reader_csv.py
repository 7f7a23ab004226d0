"""A .csv file (an archive's table exported as text) was refused as an unsupported type (session 34's fixer); it is
read as the .xlsx reader reads a sheet: one table row per row with content. Rows written for this test."""
from __future__ import annotations

from pipeline.readers import read_bytes

SEMICOLONS = ('BẢNG TỔNG HỢP THÀNH TÍCH;;\n'
              'TT;Tên tập thể;Hình thức\n'
              '1;"Phòng Kế hoạch; Tài chính";Giấy khen\n'
              '\n'
              '2;Trạm Y tế xã Đông Sơn;Bằng khen\n')


def test_semicolon_separated_rows_with_a_quoted_cell_and_a_title():
    doc = read_bytes(SEMICOLONS.encode("utf-8-sig"), "tong_hop.csv")
    assert (doc.status, doc.format, doc.title) == ("ok", "csv", "BẢNG TỔNG HỢP THÀNH TÍCH")
    assert [(b.kind, b.row, b.cells) for b in doc.blocks] == [
        ("table_row", 0, ["BẢNG TỔNG HỢP THÀNH TÍCH", "", ""]),
        ("table_row", 1, ["TT", "Tên tập thể", "Hình thức"]),
        ("table_row", 2, ["1", "Phòng Kế hoạch; Tài chính", "Giấy khen"]),
        ("table_row", 4, ["2", "Trạm Y tế xã Đông Sơn", "Bằng khen"])]
    assert doc.blocks[2].text == "1 | Phòng Kế hoạch; Tài chính | Giấy khen"


def test_a_comma_table_in_utf16_and_a_csv_of_no_text():
    doc = read_bytes("Họ tên,Năm\nĐào Thị Yến,2023\nMai Văn Tú,2024\n".encode("utf-16"), "danh_sach.csv")
    assert [b.cells for b in doc.blocks] == [["Họ tên", "Năm"], ["Đào Thị Yến", "2023"], ["Mai Văn Tú", "2024"]]
    assert doc.title is None  # the sheet opens with its table
    junk = read_bytes(b"\x00\x01\x02" * 40, "hong.csv")
    assert junk.status == "failed" and junk.error.startswith("binary content")

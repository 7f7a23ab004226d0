"""Decisions a newcomer wrote on a clean install (Nghị định 30/2020/NĐ-CP, Phụ lục I layout), ingested with the real
CLI: a type line typed "Quyết định" (not in capitals) still makes the document a decision, with its number, date,
title and type; a "Chức vụ, đơn vị" cell whose job is no listed position is split at its first comma before a
unit's head; a body of the letterhead written bare in the text ("Sở Y tế") is the letterhead's body with its
place.  Every expected value is written by hand from the document the test writes."""
from __future__ import annotations

import sqlite3

import docx

from extractors.engine import _bare_bodies, document_decision
from extractors.lexicon import lexicon
from extractors.tables import _split_position, lexicon_tables
from pipeline.letterhead import type_line
from pipeline.model import Block, Document
from tests.test_letterhead_units import DECISION_BODY, ingest, ingest_folder, units_table

LETTERHEAD = ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 125/QĐ-SYT\tNghệ An, ngày 15 tháng 3 năm 2024\n")

#: the decision of test_letterhead_units with its type line typed in mixed case, not in capitals
MIXED_CASE_BODY = DECISION_BODY.replace("\nQUYẾT ĐỊNH\n", "\nQuyết định\n", 1)


def _yen_thanh_docx(number: str, date_line: str):
    """A .docx decision of UBND huyện Yên Thành whose letterhead is a 2×2 table (issuing body | national motto,
    number | place and date), as offices type them; the caller adds the body's paragraphs."""
    d = docx.Document()
    head = d.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THÀNH"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = number
    head.cell(1, 1).text = date_line
    return d


def _rows(db, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _decision_facts(db) -> tuple[list, list, list]:
    """(conferrals' (recipient, decision, decision date), documents' titles, document types) of the KB ``db``."""
    return (_rows(db, "SELECT recipient_name, decision, decision_date FROM conferrals"),
            _rows(db, "SELECT title FROM documents"), _rows(db, "SELECT document_type FROM document_types"))


# --- 1. the type line in any case ------------------------------------------------------------------------------

def test_type_line_is_read_in_any_case_only_alone_on_its_line():
    assert type_line("Quyết định") == "QUYẾT ĐỊNH"
    assert type_line("  Quyết   Định ") == "QUYẾT ĐỊNH"
    assert type_line("QUYẾT ĐỊNH") == "QUYẾT ĐỊNH"
    assert type_line("Báo cáo") == "BÁO CÁO"
    assert type_line("QUYẾT ĐỊNH:") is None  # the line opening the articles
    assert type_line("Chủ tịch UBND tỉnh quyết định tặng Bằng khen") is None  # running text
    assert type_line("Sở Y tế") is None


def _document(*lines: str) -> Document:
    return Document(path="x.txt", sha256="0", format="txt", blocks=[Block(text=t, kind="paragraph") for t in lines])


def test_decision_number_with_a_type_line_in_any_case_not_from_running_text():
    header = ("Số: 125/QĐ-SYT", "Nghệ An, ngày 15 tháng 3 năm 2024")
    assert document_decision(_document(*header, "Quyết định", "Về việc tặng Giấy khen")) == \
        ("125/QĐ-SYT", "2024-03-15")
    assert document_decision(_document(*header, "Quyết Định")) == ("125/QĐ-SYT", "2024-03-15")
    # "quyết định" inside a sentence is no type line, whatever number stands above it
    assert document_decision(_document(*header, "Giám đốc Sở quyết định tặng Giấy khen cho bà Lan.")) == (None, None)


def test_a_decision_without_a_date_line_takes_no_date_from_its_legal_basis():
    # newcomer's finding: the date of the law cited in "Căn cứ …" became the decision's date
    lines = ("SỞ Y TẾ", "Số: 12/QĐ-SYT", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
             "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "QUYẾT ĐỊNH:")
    assert document_decision(_document(*lines)) == ("12/QĐ-SYT", None)
    dated = ("SỞ Y TẾ", "Số: 12/QĐ-SYT", "Hà Giang, ngày 3 tháng 2 năm 2025", "QUYẾT ĐỊNH",
             "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
    assert document_decision(_document(*dated)) == ("12/QĐ-SYT", "2025-02-03")


def test_mixed_case_type_line_keeps_the_decision_number_title_and_type(tmp_path):
    """.txt: the type line "Quyết định" under a letterhead in capitals: the award of Điều 1 was conferred by
    decision 125/QĐ-SYT of 15 March 2024, the title is the type (in capitals, as ND 30/2020 sets it) and the
    subject, and the KB's document type is "Quyết định"."""
    db, facts = ingest(tmp_path, "qd.txt", LETTERHEAD + MIXED_CASE_BODY)
    conferrals, titles, types = _decision_facts(db)
    assert conferrals == [("Nguyễn Thị Lan", "125/QĐ-SYT", "2024-03-15")]
    assert titles == [("QUYẾT ĐỊNH Về việc tặng Giấy khen",)]
    assert types == [("Quyết định",)]
    assert [(a["recipient"], a["award"], a["year"]) for a in facts["awards"]] == [("Nguyễn Thị Lan", "Giấy khen", 2024)]


def test_title_case_type_line_in_a_docx(tmp_path):
    """.docx, letterhead as a table and the type line typed "Quyết Định": the same reading."""
    folder = tmp_path / "docs"
    folder.mkdir()
    d = _yen_thanh_docx("Số: 318/QĐ-UBND", "Yên Thành, ngày 4 tháng 9 năm 2024")
    for line in ("Quyết Định", "Về việc tặng Giấy khen", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                 "QUYẾT ĐỊNH:", "Điều 1. Tặng Giấy khen cho ông Phan Văn Tài, đã có thành tích xuất sắc.",
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "CHỦ TỊCH", "Hồ Văn Bình"):
        d.add_paragraph(line)
    d.save(folder / "qd318.docx")
    db, _ = ingest_folder(tmp_path, folder)
    conferrals, titles, types = _decision_facts(db)
    assert conferrals == [("Phan Văn Tài", "318/QĐ-UBND", "2024-09-04")]
    assert titles == [("QUYẾT ĐỊNH Về việc tặng Giấy khen",)]
    assert types == [("Quyết định",)]


# --- 2. "Chức vụ, đơn vị": a job outside the positions list ---------------------------------------------------

def test_position_unit_cell_split_at_the_comma_before_a_unit_head():
    ordered = lexicon_tables(lexicon())
    assert _split_position("Kế toán, Trường Tiểu học Hòa Bình", ordered) == ("Kế toán", "Trường Tiểu học Hòa Bình")
    assert _split_position("Thủ quỹ, Bệnh viện Đa khoa huyện Quỳnh Lưu", ordered) == \
        ("Thủ quỹ", "Bệnh viện Đa khoa huyện Quỳnh Lưu")
    # a listed title first, as before ("Trưởng phòng" of positions.txt)
    assert _split_position("Trưởng phòng, Sở Tài chính", ordered) == ("Trưởng phòng", "Sở Tài chính")
    # a unit before the comma is a sub-unit written with its parent: one unit, no position
    assert _split_position("Phòng Tài chính, UBND huyện Yên Thành", ordered) == \
        ("", "Phòng Tài chính, UBND huyện Yên Thành")
    # no unit head after the comma: no split
    assert _split_position("Kế toán, xã Hòa Bình", ordered) == ("", "Kế toán, xã Hòa Bình")
    # no comma: a short job right before a unit's head splits too (tables._job_before_head; newcomer of session 17)
    assert _split_position("Kế toán Trường Tiểu học Hòa Bình", ordered) == ("Kế toán", "Trường Tiểu học Hòa Bình")


def test_lexicon_orderings_are_made_once_per_lexicon():
    lex = lexicon()
    first = lexicon_tables(lex)
    assert lexicon_tables(lex) is first and first["lexicon"] is lex
    lengths = [len(t) for t in first["titles"]]
    assert lengths == sorted(lengths, reverse=True) and len(first["titles"]) == len(lex.positions)


def test_attached_list_splits_a_job_outside_the_positions_list(tmp_path):
    """A .docx decision whose attached list (STT | Họ và tên | Chức vụ, đơn vị) holds jobs that positions.txt
    does not list: each row is split at its first comma into job and unit."""
    folder = tmp_path / "docs"
    folder.mkdir()
    d = _yen_thanh_docx("Số: 320/QĐ-UBND", "Yên Thành, ngày 6 tháng 9 năm 2024")
    for line in ("QUYẾT ĐỊNH", "Về việc tặng Giấy khen", "QUYẾT ĐỊNH:",
                 "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 02 cá nhân (có danh sách kèm theo), "
                 "đã có thành tích xuất sắc trong năm học 2023-2024.",
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "CHỦ TỊCH", "Hồ Văn Bình",
                 "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN"):
        d.add_paragraph(line)
    rows = [("STT", "Họ và tên", "Chức vụ, đơn vị"), ("1", "Bà Nguyễn Thị Mai", "Kế toán, Trường Tiểu học Hòa Bình"),
            ("2", "Ông Lê Văn Tâm", "Thủ quỹ, Trường Trung học cơ sở Lê Lợi")]
    table = d.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    d.save(folder / "qd320.docx")
    db, facts = ingest_folder(tmp_path, folder)
    officials = {o["name"]: (o["position"], o["unit"]) for o in facts["officials"]}
    assert officials["Nguyễn Thị Mai"] == ("Kế toán", "Trường Tiểu học Hòa Bình")
    assert officials["Lê Văn Tâm"] == ("Thủ quỹ", "Trường Trung học cơ sở Lê Lợi")
    assert {"Trường Tiểu học Hòa Bình", "Trường Trung học cơ sở Lê Lợi"} <= units_table(db)
    assert not [u for u in units_table(db) if u.startswith(("Kế toán", "Thủ quỹ"))]


# --- 3. a body of the letterhead written bare in the text ------------------------------------------------------

BARE_BODY = """
QUYẾT ĐỊNH
Về việc tặng Giấy khen

GIÁM ĐỐC SỞ Y TẾ

Căn cứ Quyết định số 12/2021/QĐ-UBND của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ của Sở Y tế;

QUYẾT ĐỊNH:
Điều 1. Tặng Giấy khen cho Văn phòng Sở Y tế đã có thành tích xuất sắc trong công tác năm 2023.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Sở Y tế và bà Nguyễn Thị Lan chịu trách nhiệm thi hành.

GIÁM ĐỐC
Trần Văn Hùng
"""


def test_bare_body_of_the_letterhead_is_that_body_with_its_place(tmp_path):
    """"SỞ Y TẾ" under "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN": "Sở Y tế" in the text is "Sở Y tế tỉnh Nghệ An", and its
    office "Văn phòng Sở Y tế" (a recipient) is "Văn phòng Sở Y tế tỉnh Nghệ An": one unit each, no bare "Sở Y
    tế" beside them."""
    db, facts = ingest(tmp_path, "qd.txt", LETTERHEAD + BARE_BODY)
    assert "Sở Y tế tỉnh Nghệ An" in facts["units"] and "Sở Y tế" not in facts["units"]
    assert [(a["recipient"], a["recipient_type"]) for a in facts["awards"]] == \
        [("Văn phòng Sở Y tế tỉnh Nghệ An", "collective")]
    table = units_table(db)
    assert {"Sở Y tế tỉnh Nghệ An", "Văn phòng Sở Y tế tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"} <= table
    assert "Sở Y tế" not in table and "Văn phòng Sở Y tế" not in table


def test_bare_bodies_of_a_letterhead():
    """The managing body is a head with its place ("Ủy ban nhân dân"): no bare name of its own; the issuing body
    keeps its place as computed and as written in the letterhead; a body without a place gives nothing."""
    heads = [(0, "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Ủy ban nhân dân tỉnh Nghệ An"),
             (1, "SỞ Y TẾ TỈNH NGHỆ AN", "Sở Y tế tỉnh Nghệ An")]
    assert _bare_bodies(heads) == {"so y te": ("tỉnh Nghệ An", "TỈNH NGHỆ AN")}
    assert _bare_bodies([(0, "BỘ NỘI VỤ", "Bộ Nội vụ")]) == {}

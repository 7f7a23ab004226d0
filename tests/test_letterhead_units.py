"""A newcomer's decisions (Nghị định 30/2020/NĐ-CP, Phụ lục I layout), ingested with the real CLI: the letterhead's
bodies are units, the lower body is the issuing body and the signer's unit, the motto is never part of a unit, a
list attached to a decision's article receives the article's award, and the letterhead reads the one list of
document types.  Every expected value is written by hand from the document the test writes."""
from __future__ import annotations

import json
import sqlite3

import docx
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.letterhead import doc_types, is_doc_type
from tests.conftest import REPO


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def ingest(tmp_path, name: str, text: str) -> tuple:
    """Write ``text`` to ``tmp_path/docs/name``, ingest the folder into ``tmp_path/x.db``; (db, exported facts)."""
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return ingest_folder(tmp_path, folder)


def ingest_folder(tmp_path, folder) -> tuple:
    db = tmp_path / "x.db"
    out = run("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert "failed: 0" in out
    facts = [json.loads(line) for line in run("export", "facts", "--db", db).splitlines()]
    return db, facts[0]


def units_table(db) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {name for (name,) in conn.execute("SELECT canonical_name FROM units")}
    finally:
        conn.close()


DECISION_BODY = """
QUYẾT ĐỊNH
Về việc tặng Giấy khen

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

QUYẾT ĐỊNH:
Điều 1. Tặng Giấy khen cho bà Nguyễn Thị Lan, Điều dưỡng trưởng, đã có thành tích xuất sắc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

GIÁM ĐỐC
Trần Văn Hùng
"""


def test_two_line_letterhead_the_lower_body_issues_and_signs(tmp_path):
    """ND 30/2020, Phụ lục I: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" (managing body) over "SỞ Y TẾ" (issuing body): both
    are units (exported as written, stored under their canonical names), the Sở named with the province of the
    body above it, and the signer's unit is the Sở."""
    db, facts = ingest(tmp_path, "qd.txt",
                       "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 125/QĐ-SYT\tNghệ An, ngày 15 tháng 3 năm 2024\n" + DECISION_BODY)
    assert "SỞ Y TẾ TỈNH NGHỆ AN" in facts["units"] and "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" in facts["units"]
    signer = next(o for o in facts["officials"] if o["name"] == "Trần Văn Hùng")
    assert (signer["position"], signer["unit"]) == ("Giám đốc", "Sở Y tế tỉnh Nghệ An")
    assert {"Sở Y tế tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"} <= units_table(db)
    who = run("who", "Trần Văn Hùng", "--db", db)
    assert "Giám đốc, Sở Y tế tỉnh Nghệ An" in who and "Ủy ban nhân dân tỉnh Nghệ An" not in who


def test_one_line_letterhead_body_is_a_unit(tmp_path):
    """A body alone ("BỘ NỘI VỤ", named nowhere else in the text) is the issuing body: a unit, the signer's unit."""
    db, facts = ingest(tmp_path, "qd.txt",
                       "BỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "\tĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 88/QĐ-BNV\tHà Nội, ngày 10 tháng 5 năm 2024\n" + DECISION_BODY)
    assert "BỘ NỘI VỤ" in facts["units"]
    assert "Bộ Nội vụ" in units_table(db)
    signer = next(o for o in facts["officials"] if o["name"] == "Trần Văn Hùng")
    assert signer["unit"] == "Bộ Nội vụ"


def test_mixed_case_letterhead_keeps_the_motto_out_of_its_body(tmp_path):
    """A letterhead typed in lower and mixed case, its columns run together on one line by single spaces: the
    body is "Sở nội vụ" (as written; the signer's unit written as a body's name, "Sở Nội vụ"), never "Sở nội vụ
    Cộng hòa …" nor "… Độc lập – Tự do – Hạnh phúc"."""
    db, facts = ingest(tmp_path, "qd.txt",
                       "Sở nội vụ Cộng hòa xã hội chủ nghĩa Việt Nam\n"
                       "Số: 12/QĐ-SNV Độc lập – Tự do – Hạnh phúc\n"
                       "Hà Tĩnh, ngày 2 tháng 4 năm 2024\n" + DECISION_BODY)
    assert "Sở nội vụ" in facts["units"]
    names = units_table(db) | set(facts["units"])
    for name in names:
        low = name.lower()
        assert "độc lập" not in low and "hạnh phúc" not in low and "cộng hòa" not in low, name
    signer = next(o for o in facts["officials"] if o["name"] == "Trần Văn Hùng")
    assert signer["unit"] == "Sở Nội vụ"


def test_mixed_case_two_line_letterhead_in_a_docx_table(tmp_path):
    """A .docx letterhead table typed in mixed case ("Ủy ban nhân dân tỉnh Đắk Lắk" over "Sở Y tế"; a capital
    outside a-z first, Đ): the lower body is the issuing body, with the place of the one above it."""
    folder = tmp_path / "docs"
    folder.mkdir()
    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "Ủy ban nhân dân tỉnh Đắk Lắk\nSở Y tế\nSố: 12/QĐ-SYT"
    head.cell(0, 1).text = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nĐắk Lắk, ngày 1 tháng 3 năm 2024"
    for line in DECISION_BODY.strip().splitlines():
        if line.strip():
            d.add_paragraph(line)
    d.save(folder / "qd.docx")
    db, facts = ingest_folder(tmp_path, folder)
    assert {"Ủy ban nhân dân tỉnh Đắk Lắk", "Sở Y tế tỉnh Đắk Lắk"} <= set(facts["units"])
    signer = next(o for o in facts["officials"] if o["name"] == "Trần Văn Hùng")
    assert signer["unit"] == "Sở Y tế tỉnh Đắk Lắk"


def test_motto_glued_to_a_body_without_the_national_title(tmp_path):
    """Only the motto beside the body, one space between them: the body alone is the unit."""
    _, facts = ingest(tmp_path, "qd.txt",
                      "Sở nội vụ Độc lập – Tự do – Hạnh phúc\n"
                      "Điều 1. Tặng Giấy khen cho ông Hồ Văn Nam, Chuyên viên Phòng Công chức.\n")
    assert "Sở nội vụ" in facts["units"]
    assert not [u for u in facts["units"] if "Độc lập" in u]


def test_a_list_without_award_column_takes_the_articles_award(tmp_path):
    """A .docx decision: "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 cá nhân (có danh sách kèm
    theo)" and, attached, a table STT | Họ và tên | Chức vụ, đơn vị: each of the three rows receives that Bằng
    khen (for 2023, the year the article gives), and its "Chức vụ, đơn vị" cell is split into position and unit."""
    folder = tmp_path / "docs"
    folder.mkdir()
    d = docx.Document()
    head = d.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 45/QĐ-UBND"
    head.cell(1, 1).text = "Nghệ An, ngày 20 tháng 5 năm 2024"
    for line in ("QUYẾT ĐỊNH", "Về việc tặng Bằng khen", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
                 "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "QUYẾT ĐỊNH:",
                 "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 cá nhân (có danh sách kèm theo), "
                 "đã có thành tích xuất sắc trong công tác năm 2023.",
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "CHỦ TỊCH", "Nguyễn Đức Trung",
                 "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN",
                 "(Kèm theo Quyết định số 45/QĐ-UBND ngày 20/5/2024 của Chủ tịch UBND tỉnh)"):
        d.add_paragraph(line)
    rows = [("STT", "Họ và tên", "Chức vụ, đơn vị"), ("1", "Ông Trần Văn An", "Trưởng phòng, Sở Tài chính"),
            ("2", "Bà Lê Thị Hoa", "Phó Giám đốc Sở Xây dựng"), ("3", "Ông Phạm Minh Đức", "Chuyên viên Sở Nội vụ")]
    table = d.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    d.save(folder / "qd45.docx")
    db, facts = ingest_folder(tmp_path, folder)
    got = {(a["recipient"], a["recipient_type"], a["award"], a["year"], a["status"]) for a in facts["awards"]}
    award = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
    assert {(n, "person", award, 2023, "conferred") for n in ("Trần Văn An", "Lê Thị Hoa", "Phạm Minh Đức")} <= got
    officials = {o["name"]: (o["position"], o["unit"]) for o in facts["officials"]}
    # (a department of the province the letterhead names: session 11, tests/test_units_department_fields.py)
    assert officials["Trần Văn An"] == ("Trưởng phòng", "Sở Tài chính tỉnh Nghệ An")
    assert officials["Lê Thị Hoa"] == ("Phó Giám đốc", "Sở Xây dựng tỉnh Nghệ An")
    listed = run("awards", "--db", db, "--award", "bang khen")
    assert all(n in listed for n in ("Trần Văn An", "Lê Thị Hoa", "Phạm Minh Đức")) and "45/QĐ-UBND" in listed


def test_a_list_without_an_article_naming_it_gives_no_award(tmp_path):
    """The same table under a report that attaches no list to an award: no award fact (a table of names is not
    a list of recipients by itself)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    d = docx.Document()
    d.add_paragraph("Báo cáo kết quả tập huấn năm 2023")
    d.add_paragraph("Đơn vị đã cử cán bộ tham dự lớp tập huấn nghiệp vụ thi đua, khen thưởng.")
    table = d.add_table(rows=2, cols=3)
    for j, cell in enumerate(("STT", "Họ và tên", "Chức vụ, đơn vị")):
        table.cell(0, j).text = cell
    for j, cell in enumerate(("1", "Ông Trần Văn An", "Trưởng phòng, Sở Tài chính")):
        table.cell(1, j).text = cell
    d.save(folder / "bc.docx")
    _, facts = ingest_folder(tmp_path, folder)
    assert facts["awards"] == []


def test_letterhead_reads_the_one_list_of_document_types():
    """pipeline.letterhead has no list of its own: every entry of corpora/gazetteers/document_types.txt, in
    capitals, is a type line, in either tone placement."""
    path = REPO / "corpora" / "gazetteers" / "document_types.txt"
    entries = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    assert len(doc_types()) == len(set(entries)) == 37
    assert all(is_doc_type(e.upper()) for e in entries)
    assert is_doc_type("BẢN THOẢ THUẬN") and is_doc_type("GIẤY UỶ QUYỀN") and is_doc_type("QUYẾT ĐỊNH SỐ 5", whole=False)
    assert not is_doc_type("SỞ Y TẾ") and not is_doc_type("LUẬT SƯ")
    assert not hasattr(__import__("pipeline.letterhead", fromlist=["DOC_TYPES"]), "DOC_TYPES")


def test_uneven_spaces_inside_a_body_do_not_cut_its_name(tmp_path):
    """Two or three blanks between the words of one body's name ("SỞ  NỘI   VỤ", typed unevenly) are not a column
    gap: the whole name is the unit and the signer's unit; the other column after a wide run of blanks is cut off."""
    db, facts = ingest(tmp_path, "qd.txt",
                       "ỦY BAN NHÂN DÂN  TỈNH   NGHỆ AN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "SỞ  NỘI   VỤ          Độc lập - Tự do - Hạnh phúc\n"
                       "Số: 126/QĐ-SNV          Nghệ An, ngày 16 tháng 3 năm 2024\n" + DECISION_BODY)
    assert "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" in facts["units"]
    assert "ỦY BAN NHÂN DÂN TỈNH" not in facts["units"] and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in facts["units"]
    signer = next(o for o in facts["officials"] if o["name"] == "Trần Văn Hùng")
    assert signer["unit"] == "Sở Nội vụ tỉnh Nghệ An"

"""Section rows of a recipients table ("I | Tập thể", "A. KHỐI XÃ" in one merged cell) head the rows below: the
columns of the header hold after them (newcomer's finding, session 13)."""
import docx

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document
from tests.test_decisions_newcomer_layouts import _yen_thanh_docx
from tests.test_letterhead_units import ingest_folder

ARTICLE = ("Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 01 tập thể và 02 cá nhân "
           "(có danh sách kèm theo), đã có thành tích xuất sắc năm 2025.")


def listed_doc(rows):
    blocks = [Block(text=ARTICLE), Block(text="DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN")]
    for i, cells in enumerate(rows):
        blocks.append(Block(text=" | ".join(c for c in cells if c), kind="table_row", table=0, row=i,
                            cells=list(cells)))
    return normalize_document(Document(path="t.docx", sha256="t", format="docx", blocks=blocks))


def test_section_rows_keep_the_position_unit_column():
    doc = listed_doc([
        ["STT", "Họ và tên", "Chức vụ, đơn vị"],
        ["II", "Cá nhân"],
        ["1", "Bà Vũ Thị Hạnh", "Kế toán, Trường Tiểu học Quang Trung"],
        ["B. CÁ NHÂN KHỐI XÃ"],
        ["2", "Ông Đinh Văn Lộc", "Thủ quỹ, Trường Mầm non Hoa Sen"],
    ])
    got = [(o.name.text, o.position, o.unit) for o in extract(doc).officials]
    assert got == [("Vũ Thị Hạnh", "Kế toán", "Trường Tiểu học Quang Trung"),
                   ("Đinh Văn Lộc", "Thủ quỹ", "Trường Mầm non Hoa Sen")]


def test_a_numbered_person_row_without_position_is_no_section():
    doc = listed_doc([
        ["STT", "Họ và tên", "Chức vụ, đơn vị"],
        ["1", "Bà Vũ Thị Hạnh", ""],
        ["2", "Ông Đinh Văn Lộc", "Thủ quỹ, Trường Mầm non Hoa Sen"],
    ])
    got = [o.name.text for o in extract(doc).officials]
    assert got == ["Vũ Thị Hạnh", "Đinh Văn Lộc"]


def test_section_rows_in_a_docx_decision(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    d = _yen_thanh_docx("Số: 411/QĐ-UBND", "Yên Thành, ngày 3 tháng 12 năm 2025")
    for line in ("QUYẾT ĐỊNH", "Về việc tặng Giấy khen", "QUYẾT ĐỊNH:", ARTICLE,
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "CHỦ TỊCH", "Hồ Văn Bình",
                 "DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN"):
        d.add_paragraph(line)
    rows = [("STT", "Họ và tên", "Chức vụ, đơn vị"), ("I", "Cá nhân", ""),
            ("1", "Bà Vũ Thị Hạnh", "Kế toán, Trường Tiểu học Quang Trung"),
            ("2", "Ông Đinh Văn Lộc", "Thủ quỹ, Trường Mầm non Hoa Sen")]
    table = d.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    table.cell(1, 1).merge(table.cell(1, 2))
    d.save(folder / "qd411.docx")
    _, facts = ingest_folder(tmp_path, folder)
    officials = {o["name"]: (o["position"], o["unit"]) for o in facts["officials"]}
    assert officials["Vũ Thị Hạnh"] == ("Kế toán", "Trường Tiểu học Quang Trung")
    assert officials["Đinh Văn Lộc"] == ("Thủ quỹ", "Trường Mầm non Hoa Sen")


def test_a_row_of_a_sub_heading_label_alone_is_a_section_and_no_recipient():
    """"| Cá nhân |" and "3 | Tập thể: |" (a label of list_introducers.txt's sub-headings alone in a cell, beside no
    mark or a number) head the rows below as "II | Cá nhân" does: no recipient "Cá nhân" or "Tập thể"."""
    from extractors.tables import opens_section

    doc = listed_doc([
        ["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"],
        ["", "Cá nhân", "", ""],
        ["1", "Bà Vũ Thị Hạnh", "Kế toán, Trường Tiểu học Quang Trung", "Giấy khen"],
        ["3", "Tập thể:", "", ""],
        ["1", "Trường Mầm non Hoa Sen", "", "Giấy khen"],
    ])
    got = sorted(c.recipient.text for c in extract(doc).conferrals)
    assert got == ["Trường Mầm non Hoa Sen", "Vũ Thị Hạnh"]
    assert opens_section(["II.", "CÁ NHÂN", "", ""]) and opens_section(["b)", "Hộ gia đình", ""])
    assert not opens_section(["1.", "Tập thể Tổ Bảo vệ", "", ""])  # a recipient, no label
    assert not opens_section(["", "Cá nhân", "Kế toán", ""])  # two cells with text

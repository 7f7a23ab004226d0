"""Award tables: statistics tables (counts, column numbers) give no conferral; recipient tables do."""
from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def table_doc(rows):
    blocks = [Block(text="Báo cáo kết quả khen thưởng năm 2022")]
    for i, cells in enumerate(rows):
        blocks.append(Block(text=" | ".join(cells), kind="table_row", table=0, row=i, cells=list(cells)))
    return normalize_document(Document(path="t.docx", sha256="t", format="docx", blocks=blocks))


def test_statistics_table_gives_no_conferral():
    doc = table_doc([
        ["STT", "Hình thức khen thưởng", "Đơn vị", "Cá nhân"],
        ["1", "2", "3", "4"],
        ["1", "Huân chương Lao động hạng Nhất", "3", "05"],
        ["2", "Bằng khen của Thủ tướng Chính phủ", "12", "40"],
    ])
    assert extract(doc).conferrals == []


def test_recipient_table_gives_one_conferral_a_row():
    doc = table_doc([
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
        ["1", "Phạm Thị Thu", "Kế toán trưởng", "Sở Tài chính tỉnh Yên Bái", "Bằng khen của Chủ tịch UBND tỉnh"],
        ["2", "Đỗ Minh Quân", "Chuyên viên", "", "Bằng khen của Chủ tịch UBND tỉnh"],
    ])
    got = [(c.recipient.text, c.award.text) for c in extract(doc).conferrals]
    assert got == [("Phạm Thị Thu", "Bằng khen của Chủ tịch UBND tỉnh"),
                   ("Đỗ Minh Quân", "Bằng khen của Chủ tịch UBND tỉnh")]

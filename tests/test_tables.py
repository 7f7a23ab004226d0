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


def test_count_columns_name_no_recipient_column():
    """Found by a newcomer on a real provincial summary: count columns that mention "tập thể, cá nhân" made the
    table look like a recipient list, and its header cells became recipients and awards."""
    doc = table_doc([
        ["Số TT", "Hình thức khen thưởng", "Tổng số tập thể, cá nhân đã được trình đề nghị khen thưởng",
         "SL tập thể", "Số cá nhân"],
        ["1", "Huân chương Lao động hạng Ba", "5", "", "04"],
    ])
    assert extract(doc).conferrals == []


def test_a_fund_table_names_no_award():
    """A cell of the award column that opens like no award of the catalogue ("Chi khen thưởng cấp tỉnh", a fund's
    spending line) gives no conferral, whatever the columns are called."""
    doc = table_doc([
        ["STT", "Đơn vị", "Hình thức khen thưởng"],
        ["1", "Sở Tài chính", "Chi khen thưởng cấp tỉnh"],
        ["2", "Sở Tư pháp", "Cờ thi đua của UBND tỉnh"],
    ])
    got = [(c.recipient.text, c.award.text) for c in extract(doc).conferrals]
    assert got == [("Sở Tư pháp", "Cờ thi đua của UBND tỉnh")]


def test_a_commune_civil_servants_title_opens_the_position_unit_cell():
    # newcomer's finding (session 11): the whole cell was stored as a unit; the titles of Nghị định 33/2023/NĐ-CP
    doc = table_doc([
        ["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"],
        ["1", "Lò Thị Xuân", "Công chức Văn phòng - Thống kê UBND xã Mường Lói, huyện Điện Biên", "Bằng khen"],
        ["2", "Quàng Văn Pết", "Công chức Tư pháp - Hộ tịch UBND xã Na Ư", "Bằng khen"],
    ])
    got = [(o.name.text, o.position, o.unit) for o in extract(doc).officials]
    assert got == [("Lò Thị Xuân", "Công chức Văn phòng – Thống kê", "UBND xã Mường Lói, huyện Điện Biên"),
                   ("Quàng Văn Pết", "Công chức Tư pháp – Hộ tịch", "UBND xã Na Ư")]

"""Award years of a span of years (session 11, newcomer's finding): an award for "giai đoạn 2021 - 2024" or for
"từ năm 2019 đến năm 2023" is for the span's end, in a sentence and in a decision's table alike (the engine
already read "2017-2018" so). Sentences written for these tests; the years worked out by hand."""
from __future__ import annotations

from extractors.engine import sentence_years
from tests.test_extractors import facts_of


def test_a_span_with_den_nam_is_read_as_its_end_year():
    text = "vì đã có thành tích xuất sắc trong công tác từ năm 2019 đến năm 2023, góp phần"
    assert [y.group(1) for y in sentence_years(text)] == ["2023", "2023"]  # (the span at its start, then its end)


def test_an_award_for_a_span_of_years_takes_the_end_year():
    f = facts_of("Ngày 20/8/2024, Chủ tịch UBND tỉnh Hà Tĩnh tặng Bằng khen cho ông Trương Văn Lộc vì đã có thành "
                 "tích xuất sắc trong công tác từ năm 2019 đến năm 2023.")
    assert [(a["recipient"], a["year"]) for a in f["awards"]] == [("Trương Văn Lộc", 2023)]


def test_a_decision_table_for_a_span_of_years_takes_the_end_year():
    from extractors import extract
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document

    blocks = [Block(text="Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 cá nhân đã có thành tích "
                         "xuất sắc trong phong trào thi đua giai đoạn 2020 - 2025 (có danh sách kèm theo)."),
              Block(text="DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH")]
    rows = [["STT", "Họ và tên", "Chức vụ, đơn vị"],
            ["1", "Mai Văn Quý", "Trưởng phòng Phòng Kinh tế huyện Lộc Hà"],
            ["2", "Hà Thị Nhung", "Kế toán Trường Tiểu học Thạch Kim"]]
    for i, cells in enumerate(rows):
        blocks.append(Block(text=" | ".join(cells), kind="table_row", table=0, row=i, cells=list(cells)))
    doc = normalize_document(Document(path="qd.docx", sha256="qd", format="docx", blocks=blocks))
    got = sorted((c.recipient.text, c.year) for c in extract(doc).conferrals)
    assert got == [("Hà Thị Nhung", 2025), ("Mai Văn Quý", 2025)]

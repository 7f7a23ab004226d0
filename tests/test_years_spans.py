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


def _decision(date_line: str, verb: str) -> list[tuple[str, int | None, str]]:
    """The (recipient, year, status) of a decision of our own wording whose award is for a movement's span of
    years 2021 - 2025, dated by ``date_line`` (or not dated when it is empty)."""
    from extractors import extract
    from pipeline.dates import document_date
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document

    texts = ["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", date_line, "QUYẾT ĐỊNH",
             f"Điều 1. {verb} Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho bà Lê Thị Hoa, Trưởng phòng Phòng "
             "Văn hóa huyện Yên Thành, đã có thành tích xuất sắc trong phong trào thi đua giai đoạn 2021 - 2025."]
    doc = normalize_document(Document(path="qd.txt", sha256="qd-" + date_line, format="txt",
                                      blocks=[Block(text=t) for t in texts if t]))
    doc.date = document_date([b.text for b in doc.blocks])  # as pipeline.work dates a document read
    return [(c.recipient.text, c.year, c.status) for c in extract(doc).conferrals]


def test_a_span_running_past_the_documents_own_date_gives_the_documents_year():
    # (session 13, newcomer's finding) dated 25/12/2024, the span's end 2025 had not come: the award is of 2024
    assert _decision("Nghệ An, ngày 25 tháng 12 năm 2024", "Tặng") == [("Lê Thị Hoa", 2024, "conferred")]


def test_a_span_past_no_date_or_a_proposal_keeps_the_end_year():
    assert _decision("", "Tặng") == [("Lê Thị Hoa", 2025, "conferred")]  # not dated: nothing to bound it
    assert _decision("Nghệ An, ngày 25 tháng 12 năm 2024", "Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng") == \
        [("Lê Thị Hoa", 2025, "proposed")]  # a proposal keeps the year it is proposed for

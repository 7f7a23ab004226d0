"""A document number typed with spaces around its slash (session 11, newcomer's finding on a typewritten-style
file: "Số :  318 / QĐ-UBND" linked no decision). Texts written for these tests; values worked out by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document, normalize_text


def test_the_spaces_around_a_document_numbers_slash_go():
    assert normalize_text("Số :  318 / QĐ-UBND") == "Số : 318/QĐ-UBND"
    assert normalize_text("theo Quyết định 27 /QĐ-BYT") == "theo Quyết định 27/QĐ-BYT"
    # (no capital code after the slash: a fraction and a date stay as written)
    assert normalize_text("đạt 3 / 4 chỉ tiêu ngày 25 / 5 / 2022") == "đạt 3 / 4 chỉ tiêu ngày 25 / 5 / 2022"


def test_a_decision_typed_with_spaces_is_linked_to_its_awards():
    lines = ["UỶ BAN NHÂN DÂN HUYỆN YÊN MÔ", "Số :  77 / QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
             "Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho bà Quách Thị Hằng, giáo viên Trường Mầm non "
             "Yên Thắng, đã có thành tích xuất sắc trong năm học 2021 - 2022."]
    doc = normalize_document(Document(path="qd77.txt", sha256="qd77", format="txt",
                                      blocks=[Block(text=t) for t in lines]))
    got = [(c.recipient.text, c.decision, c.year) for c in extract(doc).conferrals]
    assert got == [("Quách Thị Hằng", "77/QĐ-UBND", 2022)]

"""The walk from an award to its recipients asks for the award's conferrer ("… của Trung ương Đoàn cho em A") only
where it can open, right after the award, and for a photo credit only on its word ("Ảnh", "Nguồn"): 29,569 method
calls a pass of dev and real/news became 1,105 (session 28, speed), the recipients the same.  Sentences written
for these tests; the facts worked out by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document


def _conferrals(*lines: str) -> list[tuple]:
    facts = extract(Document(path="t.txt", sha256="t", format="txt", blocks=[Block(x) for x in lines]))
    return [(c.recipient.text, c.award.text, c.year) for c in facts.conferrals]


def test_the_conferrer_after_the_award_is_passed_over():
    assert _conferrals("Năm 2021, Tỉnh đoàn trao Bằng khen của Trung ương Đoàn cho em Lê Văn Tâm.") == \
        [("Lê Văn Tâm", "Bằng khen của Trung ương Đoàn", 2021)]


def test_a_list_of_recipients_and_a_credit_line():
    assert _conferrals("Năm 2022, UBND huyện tặng Giấy khen cho ông Phan Văn Lộc và bà Đỗ Thị Mai.",
                       "Ảnh: Hoàng Hà") == [("Phan Văn Lộc", "Giấy khen của UBND huyện", 2022),
                                             ("Đỗ Thị Mai", "Giấy khen của UBND huyện", 2022)]

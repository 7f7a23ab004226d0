"""A sentence opening on a give verb with no subject of its own ("Trao … cho A, Bộ trưởng B ghi nhận …") names its
giver after the comma: the titled name followed by its own verb is no recipient of the list after "cho"
(extractors.components.fronted_givers).  Sentences of our own wording; the expected facts read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*lines: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=t) for t in lines]))
    return [(a["recipient"], a["award"], a["year"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_the_titled_speaker_after_a_fronted_give_clause_receives_nothing():
    # the province is no unit the finder names: the order goes to no one, not to the President who gave it
    assert awards_of("Phát biểu và trao Huân chương Lao động hạng Nhất cho tỉnh Bình Định, Chủ tịch nước Trần Văn "
                     "Bình đánh giá cao những thành tích của tỉnh.") == []


def test_the_list_before_the_giver_keeps_its_recipients():
    assert awards_of("Trao Bằng khen cho ông Lê Văn An, Bộ trưởng Trần Văn Bình ghi nhận nỗ lực của ngành.") == \
        [("Lê Văn An", "Bằng khen", None)]
    # a titled name going on the list ("và", "cùng") is a recipient still
    assert awards_of("Trao Bằng khen cho Công ty ABC, Giám đốc Lê Văn Bình và bà Trần Thị Hoa.") == \
        [("Công ty ABC", "Bằng khen", None), ("Lê Văn Bình", "Bằng khen", None), ("Trần Thị Hoa", "Bằng khen", None)]


def test_a_titled_recipient_before_the_merit_of_the_list_is_a_recipient_still():
    # "vì đã có thành tích …" (achievement_clauses.txt) is the merit said of the list, no clause of the name's own:
    # the director is the second recipient (session 46's review, rvb)
    assert awards_of("Trao Bằng khen cho ông Lê Văn An, Giám đốc Trần Văn Bình vì đã có thành tích xuất sắc.") == \
        [("Lê Văn An", "Bằng khen", None), ("Trần Văn Bình", "Bằng khen", None)]

"""A photo credit in brackets closing a caption ("… (ảnh: Bộ Y tế)"), its label in lower case, opens no list of
recipients after the award (conferral_recipients.CREDIT_OPENERS: the one-word labels of
corpora/gazetteers/credit_labels.txt in either case of their first letter and in capitals; before, only "Ảnh",
"ẢNH" and "Nguồn" ended the walk, and the colon of "(ảnh:" opened a list: the photographer's body got the award, as in
a bulk story of session 47). Sentences of our own wording; the expected facts read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*lines: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", date=None,
                                      blocks=[Block(text=t) for t in lines]))
    return [(a["recipient"], a["award"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_lower_case_credit_in_brackets_gives_no_recipient():
    # the caption names no recipient of its own ("Các học sinh" is a count); the credit's body is no recipient
    assert awards_of("Các học sinh nhận bằng khen của Trung ương Đoàn (ảnh: Bộ Y tế) Hội thi là sự kiện lớn.") == []


def test_capitalised_credit_still_ends_the_walk():
    assert awards_of("Các học sinh nhận bằng khen của Trung ương Đoàn – Ảnh: Bộ Y tế") == []


def test_a_list_after_a_colon_still_names_its_recipients():
    # the colon of a list (no credit label before it) still opens the recipients
    assert awards_of("Trung ương Đoàn tặng bằng khen cho: Trường Tiểu học Hòa Bình và Trường Tiểu học Hòa Lạc.") == \
        [("Trường Tiểu học Hòa Bình", "Bằng khen của Trung ương Đoàn"),
         ("Trường Tiểu học Hòa Lạc", "Bằng khen của Trung ương Đoàn")]


def test_a_work_noun_before_a_colon_in_running_text_is_no_credit():
    # fails after 3c2599f, before the bracket-or-dash guard: "bài:" and "ảnh:" in running text name the work before
    # its quoted title, and the walk stopped there: the author lost the prize
    assert awards_of("Ban tổ chức trao giải Nhất cho bài: “Mùa lúa mới” của tác giả Nguyễn Văn An.") == \
        [("Nguyễn Văn An", "giải Nhất")]
    assert awards_of("Ban tổ chức trao giải Nhất cho tác phẩm ảnh: “Mùa lúa mới” của tác giả Nguyễn Văn An.") == \
        [("Nguyễn Văn An", "giải Nhất")]


def test_lower_case_credit_after_a_dash_ends_the_walk():
    assert awards_of("Các học sinh nhận bằng khen của Trung ương Đoàn – ảnh: Bộ Y tế") == []

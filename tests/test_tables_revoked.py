"""A table (or an attached list) under an article that revokes or negates its award: the rows take the article's
verb as its paragraph would (review of session 16: "Thu hồi … sau:" over a table gave every row the award, not
revoked).  Text of our own wording."""
from __future__ import annotations

from extractors import extract
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes

ROWS = ["STT\tHọ và tên\tChức vụ, đơn vị",
        "1\tÔng Trịnh Quốc Bảo\tPhó Giám đốc Trung tâm Khuyến nông tỉnh Hà Tĩnh",
        "2\tBà Đoàn Thị Hạnh\tChuyên viên Phòng Kinh tế huyện Can Lộc"]


def _facts(*lines: str):
    text = "\n".join(["UBND TỈNH HÀ TĨNH", "Số: 88/QĐ-UBND", "QUYẾT ĐỊNH", *lines])
    return extract(normalize_document(read_bytes(text.encode("utf-8"), "qd.txt")))


def _rows(facts):
    return sorted((c.recipient.text, c.status, c.revoked, c.decision, c.revoked_by) for c in facts.conferrals)


def test_a_table_under_thu_hoi_is_revoked_by_the_document_from_the_decision_named():
    facts = _facts("Điều 1. Thu hồi Giấy khen của Giám đốc Sở Nông nghiệp đã tặng tại Quyết định số 41/QĐ-SNN "
                   "ngày 9/4/2022 cho những người có tên dưới đây:", *ROWS)
    assert _rows(facts) == [("Trịnh Quốc Bảo", "conferred", True, "41/QĐ-SNN", "88/QĐ-UBND"),
                            ("Đoàn Thị Hạnh", "conferred", True, "41/QĐ-SNN", "88/QĐ-UBND")]


def test_a_table_under_huy_bo_viec_tang_is_revoked():
    facts = _facts("Điều 1. Hủy bỏ việc tặng Giấy khen của Giám đốc Sở Nông nghiệp cho những người như sau:", *ROWS)
    assert [(r[0], r[2]) for r in _rows(facts)] == [("Trịnh Quốc Bảo", True), ("Đoàn Thị Hạnh", True)]


def test_a_table_under_khong_de_nghi_gives_nothing():
    facts = _facts("Điều 1. Không đề nghị tặng Bằng khen của Bộ trưởng Bộ Nông nghiệp cho những người sau đây:",
                   *ROWS)
    assert facts.conferrals == []


def test_an_attached_list_of_a_revoking_article_is_revoked():
    facts = _facts("Điều 1. Thu hồi Giấy khen của Giám đốc Sở Nông nghiệp đối với 02 người (có danh sách kèm "
                   "theo) do vi phạm quy định.", "Điều 2. Quyết định này có hiệu lực từ ngày ký.",
                   "DANH SÁCH NGƯỜI BỊ THU HỒI GIẤY KHEN", *ROWS)
    assert [(r[0], r[1], r[2]) for r in _rows(facts)] == [("Trịnh Quốc Bảo", "conferred", True),
                                                          ("Đoàn Thị Hạnh", "conferred", True)]


def test_an_attached_list_of_a_negating_article_gives_nothing():
    facts = _facts("Điều 1. Chưa xét tặng Giấy khen của Giám đốc Sở Nông nghiệp cho 02 người (có danh sách kèm "
                   "theo) vì hồ sơ còn thiếu.", "Điều 2. Quyết định này có hiệu lực từ ngày ký.",
                   "DANH SÁCH", *ROWS)
    assert facts.conferrals == []


def test_a_table_under_a_giving_article_is_not_revoked():
    facts = _facts("Điều 1. Tặng Giấy khen của Giám đốc Sở Nông nghiệp cho những người có tên sau:", *ROWS)
    assert _rows(facts) == [("Trịnh Quốc Bảo", "conferred", False, "88/QĐ-UBND", None),
                            ("Đoàn Thị Hạnh", "conferred", False, "88/QĐ-UBND", None)]

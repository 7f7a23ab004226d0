"""A decision's table of recipients without an award column takes the award of the article right above it when
that article introduces it (``tables._introduces``, sections of ``list_introducers.txt``), also when the article
goes on after "sau đây", ends "…, gồm:" or counts its recipients ("cho 03 cá nhân … :"); a newcomer's finding of
session 17 (before, only an article ending on "sau:" / "sau đây:" was read, and the counted form gave nothing
since the counted groups stopped reading table rows).  Text of our own wording; values worked out by hand."""
from __future__ import annotations

import pytest

from extractors import extract
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes

ROWS = ["TT\tHọ và tên\tChức vụ, đơn vị",
        "1\tÔng Lương Đình Khải\tTrưởng phòng Phòng Nội vụ huyện Kỳ Anh",
        "2\tBà Cao Thị Mận\tKế toán trưởng Ban Quản lý dự án huyện Kỳ Anh"]
AWARD = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh"
BOTH = [("Cao Thị Mận", AWARD, "conferred"), ("Lương Đình Khải", AWARD, "conferred")]


def _awards(article: str):
    text = "\n".join(["ỦY BAN NHÂN DÂN HUYỆN KỲ ANH", "Số: 215/QĐ-UBND", "QUYẾT ĐỊNH", article, *ROWS,
                      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])
    facts = extract(normalize_document(read_bytes(text.encode("utf-8"), "qd215.txt")))
    return sorted((c.recipient.text, c.award.text, c.status) for c in facts.conferrals)


@pytest.mark.parametrize("article", [
    # an introducing word inside the article, which goes on to its colon
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh cho các cá nhân sau đây đã hoàn thành "
    "xuất sắc nhiệm vụ năm 2025:",
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh cho các cá nhân sau, đã hoàn thành xuất "
    "sắc nhiệm vụ năm 2025:",
    # "gồm" before the colon
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh cho các cá nhân đã hoàn thành xuất sắc "
    "nhiệm vụ năm 2025, gồm:",
    # a counted or plural class of recipients after "cho" / "đối với"
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh cho 02 cá nhân đã hoàn thành xuất sắc "
    "nhiệm vụ năm 2025:",
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh đối với các đồng chí đã hoàn thành xuất "
    "sắc nhiệm vụ năm 2025:",
    # as before: the introducing word right before the colon
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh cho các cá nhân có tên sau đây:",
])
def test_an_introducing_article_gives_its_award_to_the_rows(article):
    assert _awards(article) == BOTH


@pytest.mark.parametrize("article", [
    # a colon, but no word points at the list and no class of recipients is given the award
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh năm 2025 theo kết quả bình xét:",
    # "gồm:", "cho các đồng chí …:" or "cho N tập thể …:" in a line whose article does not open on its verb of
    # giving, proposing or revoking: a council's members, a task's assignees, a report's figures (review, session 17)
    "Điều 1. Thành lập Hội đồng xét tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh năm 2025, gồm:",
    "Điều 2. Giao nhiệm vụ thẩm định hồ sơ đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh cho "
    "các đồng chí:",
    "Năm 2025, Chủ tịch Ủy ban nhân dân huyện đã tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh cho 45 "
    "tập thể và 120 cá nhân, cụ thể:",
    # the introducing words stand in an earlier article, not in the line right above the table
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kỳ Anh cho các cá nhân sau đây.\nKết quả chấm "
    "điểm năm 2025:",
])
def test_a_line_that_does_not_introduce_the_table_gives_the_rows_nothing(article):
    assert [r for r in _awards(article) if r[0] in ("Cao Thị Mận", "Lương Đình Khải")] == []

"""A request to revoke that names the decision asked for ("đề nghị Giám đốc Sở xem xét, quyết định thu hồi …",
"trình Bộ trưởng xem xét, quyết định hủy bỏ …": the closing formula of a proposal) was read as a revocation done:
"quyết định" after an asking verb ended the request (revocation_roles.tsv ``done``).  Now it is part of the request;
a request ends at a "done" word, at a comma or "và" before a new capitalised subject, and, when the asking verb
opens a preamble ("Theo kiến nghị …,"), at its comma.  Review of session 24, H1; sentences of our own wording."""
from __future__ import annotations

import pytest

from extractors.revocation import revocation_kind


@pytest.mark.parametrize("sentence", [
    "Kính đề nghị Giám đốc Sở Giáo dục xem xét, quyết định thu hồi Giấy khen đã tặng bà Đỗ Thị Nga.",
    "Phòng Nội vụ đề nghị UBND huyện Kim Bảng quyết định thu hồi Giấy khen của bà Đỗ Thị Nga.",
    "Ban Thi đua trình Chủ tịch UBND tỉnh xem xét, quyết định hủy bỏ Quyết định khen thưởng bà Đỗ Thị Nga.",
    "Nhiều cử tri kiến nghị Bộ trưởng Bộ Y tế xem xét và quyết định tước danh hiệu của bà Đỗ Thị Nga.",
    "Hội đồng tổng hợp hồ sơ, trình Hiệu trưởng xem xét, quyết định thu hồi Giấy khen của bà Đỗ Thị Nga.",
    # two addressees, each with its body (the second reader, session 25: past the word limit of one, read as done)
    "Sở Nội vụ đề nghị Chủ tịch UBND tỉnh, Giám đốc Sở Y tế xem xét, quyết định thu hồi Giấy khen của bà Đỗ Thị Nga.",
    "Thanh tra đề nghị Chủ tịch UBND huyện Kim Bảng, Trưởng phòng Giáo dục huyện xem xét, quyết định hủy bỏ "
    "Giấy khen của bà Đỗ Thị Nga.",
])
def test_a_decision_asked_for_is_asked(sentence):
    assert revocation_kind(sentence) == "asked"


@pytest.mark.parametrize("sentence", [
    "Giám đốc Sở Giáo dục xem xét và quyết định thu hồi Giấy khen của bà Đỗ Thị Nga.",
    "Sau khi xem xét, Hiệu trưởng quyết định thu hồi Giấy khen của bà Đỗ Thị Nga.",
    "Theo đề nghị của Phòng Nội vụ, UBND huyện quyết định thu hồi Giấy khen của bà Đỗ Thị Nga.",
    "Phòng Nội vụ đề nghị, UBND huyện Kim Bảng đã quyết định thu hồi Giấy khen của bà Đỗ Thị Nga.",
    "Phòng Nội vụ đề nghị và Chủ tịch UBND huyện quyết định thu hồi Giấy khen của bà Đỗ Thị Nga.",
    "Theo kiến nghị Thanh tra huyện, Chủ tịch UBND huyện quyết định thu hồi Giấy khen của bà Đỗ Thị Nga.",
    "Theo đề xuất Thanh tra huyện, Chủ tịch UBND huyện thu hồi Giấy khen của bà Đỗ Thị Nga.",
])
def test_a_decision_made_is_revoked(sentence):
    assert revocation_kind(sentence) == "revoked"


def test_the_award_asked_to_be_revoked_keeps_its_flag_off():
    from extractors import extract
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[
        Block(text="Tờ trình"),
        Block(text="Kính đề nghị Chủ tịch UBND tỉnh xem xét, quyết định thu hồi Bằng khen đã tặng ông Vũ Văn Hải.")]))
    assert [(c.recipient.text, c.revoked) for c in extract(doc).conferrals] == [("Vũ Văn Hải", False)]

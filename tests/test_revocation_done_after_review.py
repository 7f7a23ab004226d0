"""A revocation the decider did after reviewing ("Sau khi xem xét, Chủ tịch tỉnh quyết định thu hồi …", "Căn cứ hồ
sơ, UBND tỉnh thu hồi …", "X xem xét và quyết định hủy bỏ …") was read as one asked for, so the award lost its
revoked flag: "xem xét" asked any revocation after it and the noun "hồ sơ" (a propose cue) asked too.  Now "xem
xét" asks only the revocation right after it ("đang xem xét thu hồi"), "hồ sơ" asks nothing, and the decider's
"quyết định" or a comma before a new capitalised subject ends a request (revocation_roles.tsv: consider, noask,
done, issue).  Review of session 23, finding 2; sentences of our own wording."""
from __future__ import annotations

import pytest

from extractors.revocation import asks_revocation, revocation_kind


@pytest.mark.parametrize("sentence", [
    "Sau khi xem xét, Chủ tịch UBND tỉnh Hà Nam quyết định thu hồi Giấy khen của bà Lê Thị Hoa.",
    "Qua xem xét hồ sơ, UBND huyện Lý Nhân thu hồi Giấy khen của bà Lê Thị Hoa.",
    "Căn cứ hồ sơ, Giám đốc Sở Y tế quyết định thu hồi Giấy khen của bà Lê Thị Hoa.",
    "Thủ tướng Chính phủ xem xét và quyết định hủy bỏ Bằng khen của bà Lê Thị Hoa.",
    "Sau khi Thanh tra tỉnh kiến nghị, Chủ tịch UBND tỉnh Hà Nam thu hồi Giấy khen của bà Lê Thị Hoa.",
])
def test_a_revocation_done_after_a_review_is_revoked(sentence):
    assert revocation_kind(sentence) == "revoked"


@pytest.mark.parametrize("sentence", [
    "Bộ Nội vụ đang xem xét thu hồi Bằng khen của bà Lê Thị Hoa.",
    "Thanh tra tỉnh đề nghị UBND tỉnh Hà Nam ra quyết định thu hồi Giấy khen của bà Lê Thị Hoa.",
    "Thanh tra tỉnh kiến nghị Chủ tịch UBND tỉnh, Giám đốc Sở Y tế xem xét thu hồi Giấy khen của bà Lê Thị Hoa.",
])
def test_a_revocation_under_review_or_asked_for_is_asked(sentence):
    assert revocation_kind(sentence) == "asked"


def test_the_stretch_tests():
    assert not asks_revocation("xem xét , Chủ tịch UBND tỉnh quyết định")
    assert not asks_revocation("hồ sơ , UBND tỉnh")
    assert asks_revocation("xem xét")
    assert asks_revocation("kiến nghị Chủ tịch UBND tỉnh xem xét ,")


def test_the_award_of_a_reviewed_revocation_is_conferred_and_revoked():
    from extractors import extract
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[
        Block(text="Tin thi đua"),
        Block(text="Căn cứ hồ sơ, UBND tỉnh Hà Nam quyết định thu hồi Bằng khen đã tặng cho bà Lê Thị Hoa.")]))
    found = extract(doc)
    assert [(c.recipient.text, c.revoked) for c in found.conferrals] == [("Lê Thị Hoa", True)]
    assert [(a["recipient"], a["status"]) for a in found.to_guidelines("t.txt")["awards"]] == [
        ("Lê Thị Hoa", "conferred")]

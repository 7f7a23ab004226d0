"""A denied conferral or proposal ("đề nghị không trao …", "không đề nghị tặng …", "chưa được trao …") gives no
fact (newcomer's finding, session 22).  Sentences written for these tests."""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_a_proposal_not_to_give_gives_no_fact():
    g = facts_of("Hội đồng thi đua đã đề nghị không trao Huân chương Lao động hạng Ba cho ông Trần Quốc Khải "
                 "vì ông vi phạm quy định.")
    assert g["awards"] == []


def test_no_proposal_gives_no_fact():
    g = facts_of("Sở Nội vụ tỉnh Lào Cai không đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho bà Lò Thị Mai.")
    assert g["awards"] == []


def test_a_conferral_not_yet_made_gives_no_fact():
    g = facts_of("Bà Hoàng Thị Yến chưa được trao Kỷ niệm chương vì hồ sơ còn thiếu.")
    assert g["awards"] == []


def test_not_only_is_no_negation():
    g = facts_of("Năm 2030, ông Vũ Đức Thắng không chỉ được tặng Bằng khen của Bộ Công Thương mà còn được bầu "
                 "làm chiến sĩ thi đua.")
    assert ("Vũ Đức Thắng", "conferred") in {(a["recipient"], a["status"]) for a in g["awards"]}

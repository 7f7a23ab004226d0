"""Award status (session 14): a proposal round (the same title proposed elsewhere in the document, conferred here
without a year, a ceremony or a past) is read from other sentences only; in the conferral's own sentence its ";"
clauses are read apart ("trình tặng Huân chương cho A; tặng … Huân chương cho B": B's is conferred, as the dev
gold has it). Sentences written for these tests; the statuses worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _statuses(*lines):
    return sorted((a["recipient"], a["award"], a["status"]) for a in facts_of(*lines)["awards"])


def test_a_proposal_in_an_earlier_clause_leaves_the_next_clause_conferred():
    assert _statuses("Vụ Thi đua trình tặng Huân chương cho Công ty Alpha; tặng Bằng khen của Thủ tướng và "
                     "Huân chương cho ông Lê Văn Tâm.") == [
        ("Công ty Alpha", "Huân chương", "proposed"),
        ("Lê Văn Tâm", "Bằng khen của Thủ tướng", "conferred"),
        ("Lê Văn Tâm", "Huân chương", "conferred")]


def test_a_proposal_of_another_sentence_still_makes_a_round():
    got = _statuses("Hội đồng cấp Nhà nước đồng ý đề nghị xét tặng danh hiệu Nhà giáo Ưu tú cho 60 cá nhân.",
                    "Các nhà giáo được tặng danh hiệu Nhà giáo Ưu tú gồm: Lê Văn Tâm, Trần Thị Hoa.")
    assert [s for _, _, s in got] == ["proposed", "proposed"]


def test_a_proposal_to_a_named_giver_reaches_the_next_give_clause():
    # session 37: "trình <giver> tặng A cho X; tặng B cho Y" asks the giver for both: Y's award is proposed too
    assert _statuses("Bộ trưởng đã trình Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Công ty Beta; "
                     "tặng Huân chương Lao động hạng Ba cho bà Đỗ Thị Mai.") == [
        ("Công ty Beta", "Huân chương Lao động hạng Nhì", "proposed"),
        ("Đỗ Thị Mai", "Huân chương Lao động hạng Ba", "proposed")]


def test_a_giver_who_gives_in_the_next_clause_is_not_asked():
    # "<giver> tặng …; trình …" : the proposal comes after, the first clause stays conferred
    assert _statuses("Thủ tướng tặng Bằng khen cho bà Đỗ Thị Mai; trình Chủ tịch nước tặng Huân chương Lao động "
                     "hạng Ba cho Công ty Beta.") == [
        ("Công ty Beta", "Huân chương Lao động hạng Ba", "proposed"),
        ("Đỗ Thị Mai", "Bằng khen của Thủ tướng", "conferred")]

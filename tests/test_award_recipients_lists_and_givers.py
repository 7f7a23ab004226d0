"""Session 7 of award recall and names (awards.py, conferrals.py): kinds of missed award facts on unseen news.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_subject_list_with_a_calling_after_each_name():
    """"A, <calling>, ông B, <calling> và ông C, <calling>, được … tặng": every name of the list before the
    passive verb is a recipient; a name inside a calling ("tàu Hàn Giang 2") is not."""
    g = facts_of("Anh Lê Văn Dũng, chủ tàu kiêm thuyền trưởng tàu Biển Xanh, ông Trần Văn Hậu, thuyền trưởng "
                 "tàu Hàn Giang 2 và ông Phạm Ngọc Tú, thuyền viên tàu Sông Hàn 1, được Thủ tướng tặng Bằng khen.")
    got = {(r, a) for r, a in people(g)}
    assert got == {("Lê Văn Dũng", "Bằng khen của Thủ tướng"), ("Trần Văn Hậu", "Bằng khen của Thủ tướng"),
                   ("Phạm Ngọc Tú", "Bằng khen của Thủ tướng")}


def test_a_name_describing_the_first_is_no_recipient():
    """"A, con trai của ông B, được tặng": B describes A (an owner after "của"), the list does not go on."""
    g = facts_of("Ông Nguyễn Văn An, con trai của ông Lê Văn Bình, được tặng Bằng khen của Thủ tướng.")
    assert people(g) == {("Nguyễn Văn An", "Bằng khen của Thủ tướng")}


def test_decision_preamble_names_proposers_not_givers():
    """"Xét đề nghị của A, B, Thủ tướng truy tặng bằng khen cho X" (a decision's preamble): A and B propose, the
    Prime Minister gives; the award is conferred, not proposed."""
    g = facts_of("Xét đề nghị của Tổng giám đốc Thông tấn xã Việt Nam, Trưởng ban Thi đua khen thưởng Trung ương, "
                 "Thủ tướng truy tặng bằng khen cho ông Đinh Văn Hòa.")
    assert {(a["recipient"], a["award"], a["status"]) for a in g["awards"]} == {
        ("Đinh Văn Hòa", "Bằng khen của Thủ tướng", "conferred")}


def test_coordinated_givers_without_preamble_each_give():
    g = facts_of("Bộ Y tế, Công an tỉnh Nam Định tặng bằng khen cho ông Lê Văn An.")
    assert people(g) == {("Lê Văn An", "Bằng khen của Bộ Y tế"), ("Lê Văn An", "Bằng khen của Công an tỉnh Nam Định")}


def test_object_of_a_fail_verb_failed_the_title():
    """"Hội đồng đánh trượt ông khỏi danh hiệu NSND": the pronoun object stands for the person named before; a
    title failed in review is a proposal (eval GUIDELINES: status proposed), and "đánh trượt" (a dictionary
    compound, so its "trượt" alone is no cue) is a fail cue of triggers.tsv."""
    g = facts_of("Năm 2018, NSƯT Trần Văn Lộc gửi đơn khiếu nại vì Hội đồng cấp Bộ đã đánh trượt ông khỏi danh "
                 "hiệu NSND.")
    assert {(a["recipient"], a["award"], a["status"]) for a in g["awards"]} == {
        ("Trần Văn Lộc", "Nghệ sĩ Nhân dân", "proposed")}
    g = facts_of("NSƯT Trần Văn Lộc bị đánh trượt khỏi danh hiệu NSND.")
    assert {(a["recipient"], a["award"], a["status"]) for a in g["awards"]} == {
        ("Trần Văn Lộc", "Nghệ sĩ Nhân dân", "proposed")}


def test_list_after_cho_goes_on_past_a_long_calling():
    """"cho ông A, <a calling of more than six lower-case words> và ông B, …": the calling ends where list glue and
    an address word open the next name."""
    g = facts_of("Ngày 5/3, Chủ tịch UBND tỉnh Nam Định tặng Bằng khen cho ông Trần Văn Hậu, thuyền trưởng tàu cá "
                 "mang số hiệu NĐ 90983 của hợp tác xã đánh bắt hải sản xã Giao Hải và ông Phạm Ngọc Tú, thuyền "
                 "viên tàu cá NĐ 1234.")
    assert people(g) == {("Trần Văn Hậu", "Bằng khen của Chủ tịch UBND tỉnh Nam Định"),
                         ("Phạm Ngọc Tú", "Bằng khen của Chủ tịch UBND tỉnh Nam Định")}


def test_certificate_followed_by_a_department_names_its_conferrer():
    """"Giấy khen Tổng cục Hải quan" (no "của"): a general department confers certificates (Luật 06/2022/QH15
    Art. 74), written like "Bằng khen Bộ Tài chính" → "Bằng khen của Bộ Tài chính"."""
    g = facts_of("Anh Nguyễn Minh Tuấn được tặng Giấy khen Tổng cục Hải quan, Bằng khen Bộ Tài chính.")
    assert people(g) == {("Nguyễn Minh Tuấn", "Giấy khen của Tổng cục Hải quan"),
                         ("Nguyễn Minh Tuấn", "Bằng khen của Bộ Tài chính")}

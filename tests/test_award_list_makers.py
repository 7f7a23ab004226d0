"""Award recipients (session 37): a body named after "là" / "như" and followed by a verb of making or laying a list
(``list_making_verbs.txt``: "tổng hợp", "tập hợp", "trình" …) made the list of proposals; it is no recipient.
Sentences written for these tests; the facts worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _awards(*lines):
    return sorted((a["recipient"], a["award"], a["status"]) for a in facts_of(*lines)["awards"])


def test_the_body_that_compiled_the_proposals_is_no_recipient():
    assert _awards("Danh sách 12 tập thể đề nghị tặng Huân chương Lao động hạng Ba năm 2019 đều là hồ sơ "
                   "Sở Nội vụ tỉnh Bình Định tổng hợp từ các huyện.") == []


def test_a_name_after_la_without_a_list_verb_still_heads_the_list():
    assert _awards("Người được đề nghị tặng Huân chương Lao động hạng Ba năm 2019 là ông Đặng Văn Lực.") == [
        ("Đặng Văn Lực", "Huân chương Lao động hạng Ba", "proposed")]

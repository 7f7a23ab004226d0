"""Session 43's speed changes give the same answers as before (sentences of our own, values worked out by hand).

- the revoke cues' case-blind search of a conferral's sentence (``revocation.first_revoke_cue``,
  ``revocation.revocation_kind``) is made only where a gate of the cues (``cue_gates.cue_gates``: a piece of each cue
  matched case-blind by its lower case alone) stands in the sentence lower-cased.
"""
from __future__ import annotations

from extractors import revocation
from extractors.cue_gates import cue_gates, may_hold


def test_a_cues_gate_is_its_longest_run_of_letters_with_one_lower_case():
    # "i" is also matched case-blind by a dotless "ı" (and "İ" lower-cases to two characters): no gate holds it;
    # "hủy bỏ" holds "hủy", so a text holding it holds "hủy"
    assert cue_gates(["thu hồi", "hủy", "hủy bỏ", "tước"]) == ("thu hồ", "hủy", "tước")
    assert cue_gates(["THU HỒI"]) == ("thu hồ",)  # (lower-cased)
    assert cue_gates(["hủy", "is"]) is None  # ("i" and "s", "ſ": no safe letter, every text may hold "is")
    assert may_hold("đề nghị thu hồi bằng khen", ("thu hồ", "tước")) is True
    assert may_hold("tặng bằng khen cho ông a", ("thu hồ", "tước")) is False
    assert may_hold("tặng bằng khen cho ông a", None) is True


def test_the_revoke_search_is_skipped_only_where_no_cue_can_stand():
    assert revocation.revoke_gates() == ("thu hồ", "tước", "hủy")  # (triggers.tsv's revoke cues)
    assert revocation.may_revoke("Bà Đỗ Thị Nụ nhận Giấy khen của huyện.") is False
    assert revocation.first_revoke_cue("Bà Đỗ Thị Nụ nhận Giấy khen của huyện.") is None
    cue = revocation.first_revoke_cue("UBND tỉnh THU HỒI Bằng khen đã tặng ông A.")
    assert revocation.may_revoke("UBND tỉnh THU HỒI Bằng khen đã tặng ông A.") is True
    assert (cue.start(), cue.group()) == (10, "THU HỒI")
    # a dotless "ı" is matched case-blind by the pattern's "i": the gate, without the "i", lets the search run
    cue = revocation.first_revoke_cue("UBND tỉnh thu hồı Bằng khen.")
    assert (cue.start(), cue.group()) == (10, "thu hồı")
    assert revocation.revocation_kind("Đề nghị thu hồi Bằng khen đã tặng ông A.") == "asked"
    assert revocation.revocation_kind("Tước danh hiệu của ông A.") == "revoked"
    assert revocation.revocation_kind("Ông A nhận Bằng khen.") is None

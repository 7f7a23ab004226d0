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


def _opens_on_letters(pattern) -> bool:
    """The regex engine has a first character to skip ahead to: the set of letters ``re``'s compiler reads off the
    pattern's opening (its literal prefix or its first characters)."""
    import re._compiler as compiler
    import re._parser as parser
    parsed = parser.parse(pattern.pattern, pattern.flags)
    return bool(compiler._get_literal_prefix(parsed, pattern.flags)[0] or
                compiler._get_charset_prefix(parsed, pattern.flags))


def test_the_decision_and_lead_date_patterns_open_on_letters_and_find_the_same():
    from extractors.engine import LEAD_DATE, _lead_day, document_decision
    from extractors.lexicon import DECISION
    from pipeline.model import Block, Document
    assert _opens_on_letters(DECISION) and _opens_on_letters(LEAD_DATE)
    for text, number in (("theo Quyết định số 12/QĐ-UBND ngày 3/4/2019 của", "12/QĐ-UBND"),
                         ("tại quyết Định số 7/QĐ-CTN,", "7/QĐ-CTN"), ("QĐ 45/QĐ-BNV", "45/QĐ-BNV"),
                         ("quyết định khen thưởng", None)):
        m = DECISION.search(text)
        assert (m.group(1) if m else None) == number
    doc = Document(path="t.txt", sha256="t", format="txt",
                   blocks=[Block("Tin tức"), Block("Chiều 23/6, UBND tỉnh tổ chức lễ."), Block("Ngày 1/7, …")])
    assert _lead_day(doc) == (6, 23)
    # the decision's header, and an appendix's caption: the words each pattern holds are looked for first
    head = Document(path="t.txt", sha256="t", format="txt",
                    blocks=[Block("Số: 210/QĐ-UBND"), Block("Hà Tĩnh, ngày 20 tháng 12 năm 2024"), Block("QUYẾT ĐỊNH")])
    assert document_decision(head) == ("210/QĐ-UBND", "2024-12-20")
    caption = Document(path="t.txt", sha256="t", format="txt",
                       blocks=[Block("(Kèm theo Quyết định số 99/QĐ-UBND ngày 05/01/2025 của UBND tỉnh)")])
    assert document_decision(caption) == ("99/QĐ-UBND", "2025-01-05")
    assert document_decision(Document(path="t.txt", sha256="t", format="txt",
                                      blocks=[Block("Quyết định khen thưởng năm 2024")])) == (None, None)

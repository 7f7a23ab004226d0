"""Session 41's speed changes give the same answers as before (sentences of our own, values worked out by hand).

- the engine dates each conferral of a sentence and reads its decision: the sentence's first revoke cue
  (``revocation.first_revoke_cue``) and its first decision (``revocation.sentence_decision``) are now found once per
  sentence, not once per conferral (about 1,000 case-blind searches a pass over dev and real/news for about 570
  sentences);
"""
from __future__ import annotations

from extractors import extract, revocation
from extractors.lexicon import DECISION
from pipeline.model import Block, Document


def _doc(*lines: str) -> Document:
    return Document(path="t.txt", sha256="t", format="txt", blocks=[Block(x) for x in lines])


def test_first_revoke_cue_and_decision_are_the_searches_they_keep():
    text = "Hội đồng đề nghị thu hồi Bằng khen tặng ông Phạm Quang Lộc tại Quyết định số 31/QĐ-UBND ngày 7/2/2019."
    cue = revocation.first_revoke_cue(text)
    assert (cue.start(), cue.group()) == (17, "thu hồi")
    assert revocation.first_revoke_cue("Bà Đỗ Thị Nụ nhận Giấy khen của huyện.") is None
    assert revocation.sentence_decision(text) == ("31/QĐ-UBND", "2019-02-07")
    assert revocation.sentence_decision(text) == revocation.decision_of(DECISION.search(text))
    assert revocation.sentence_decision("Bà Đỗ Thị Nụ nhận Giấy khen của huyện.") == (None, None)


def test_a_sentence_of_three_conferrals_is_searched_once():
    revocation.first_revoke_cue.cache_clear()
    revocation.sentence_decision.cache_clear()
    facts = extract(_doc("Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho ông Phạm Quang Lộc, bà Đỗ Thị Nụ và ông Vũ "
                         "Văn Khải theo Quyết định số 31/QĐ-UBND ngày 7/2/2019."))
    assert sorted((c.recipient.text, c.decision, c.decision_date, c.year) for c in facts.conferrals) == [
        ("Phạm Quang Lộc", "31/QĐ-UBND", "2019-02-07", 2019), ("Vũ Văn Khải", "31/QĐ-UBND", "2019-02-07", 2019),
        ("Đỗ Thị Nụ", "31/QĐ-UBND", "2019-02-07", 2019)]
    # one search of the sentence each, read again for the two other conferrals
    assert revocation.sentence_decision.cache_info()[:2] == (2, 1)  # (hits, misses)
    assert revocation.first_revoke_cue.cache_info().misses == 1

"""Session 41's speed changes give the same answers as before (sentences of our own, values worked out by hand).

- the engine dates each conferral of a sentence and reads its decision: the sentence's first revoke cue
  (``revocation.first_revoke_cue``) and its first decision (``revocation.sentence_decision``) are now found once per
  sentence, not once per conferral (about 1,000 case-blind searches a pass over dev and real/news for about 570
  sentences);
- a document's whole text is lower-cased once (``extractors.lowered.lowered_text``, kept on its record store) and
  read by ``won_by``, ``championships`` and the sports gate (``sports.sports_story``), which lower-cased it two to
  four times a document (kept in the Doc's ``user_data``, released with the rest).
"""
from __future__ import annotations

from extractors import extract, lowered, revocation, sports
from extractors.components.base import toks
from extractors.nlp import get_nlp
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


def test_the_lowered_text_is_made_once_per_document_and_read_by_the_sports_gate(monkeypatch):
    nlp = get_nlp()
    d = toks(nlp.make_doc("Cầu thủ Lê Văn Tâm ghi bàn ở phút 90, HLV và CLB Sông Lam vô địch."))
    low = lowered.lowered_text(d)
    assert low == "cầu thủ lê văn tâm ghi bàn ở phút 90, hlv và clb sông lam vô địch."
    assert lowered.lowered_text(d) is low and d.doc.user_data[lowered.KEY] is low  # (kept, not made again)
    assert lowered.lowered_text(d.doc) is low  # (the Doc's and its Toks' one copy)
    made = []
    monkeypatch.setattr(lowered, "lowered_text", lambda x: made.append(1) or low)
    monkeypatch.setattr(sports, "lowered_text", lowered.lowered_text)
    assert sports.sports_story(d) is True and made == [1]  # "cầu thủ", "ghi bàn", "hlv", "clb": read from the copy
    assert sports.is_sports_text("Cầu thủ Lê Văn Tâm ghi bàn ở phút 90, HLV và CLB Sông Lam vô địch.") is True
    assert sports.is_sports_text("UBND huyện tặng Bằng khen cho CLB dưỡng sinh của phường.") is False


def test_won_by_reads_the_documents_one_lowered_text(monkeypatch):
    # (championships reads its cues from the shared phrase walk since session 47, no lower-cased text)
    calls = []
    real = lowered.lowered_text
    from extractors.components import won_by
    monkeypatch.setattr(won_by, "lowered_text", lambda d: calls.append(real(d)) or calls[-1])
    extract(_doc("Ông Trần Đức Mạnh nhận Bằng khen của UBND tỉnh Yên Bái."))
    assert calls == ["ông trần đức mạnh nhận bằng khen của ubnd tỉnh yên bái."]  # once for the document

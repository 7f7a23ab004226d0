"""Session 45's speed changes give the same answers as before (names and sentences of our own, values worked out by
hand).

- ``base.phrase_matcher``'s sets on ORTH share the PhraseMatcher of the sets on LOWER (one walk of a document): a set
  on ORTH keeps the LOWER matches whose words are one of its phrases as written, what a PhraseMatcher of it on ORTH
  returns.
"""
from __future__ import annotations


def _blank():
    import spacy

    from extractors.nlp import make_tokenizer

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = make_tokenizer(nlp)
    return nlp


def test_a_set_on_orth_is_walked_with_the_sets_on_lower_and_keeps_its_matches_as_written():
    from extractors.components.base import phrase_matcher

    nlp = _blank()
    written = phrase_matcher(nlp, ["ông", "Chủ tịch"])  # (ORTH, with the first letter's case variants)
    exact = phrase_matcher(nlp, ["Chủ tịch"], case_variants=False)
    lower = phrase_matcher(nlp, ["ông", "chủ tịch"], attr="LOWER", case_variants=False)
    assert written.shared is exact.shared is lower.shared  # (one PhraseMatcher, one walk of a Doc)
    doc = nlp.make_doc("Ông An gặp ông Bình, ÔNG Chí và Chủ tịch Dũng, chủ tịch Lan, CHỦ TỊCH Nam, Chủ Tịch Hà")
    # tokens: Ông 0, An 1, gặp 2, ông 3, Bình 4, "," 5, ÔNG 6, Chí 7, và 8, Chủ 9, tịch 10, Dũng 11, "," 12,
    # chủ 13, tịch 14, Lan 15, "," 16, CHỦ 17, TỊCH 18, Nam 19, "," 20, Chủ 21, Tịch 22, Hà 23
    label = nlp.vocab.strings["P"]
    assert [(s, e) for _, s, e in written(doc)] == [(0, 1), (3, 4), (9, 11), (13, 15)]
    assert [(s, e) for _, s, e in exact(doc)] == [(9, 11)]
    assert [(s, e) for _, s, e in lower(doc)] == [(0, 1), (3, 4), (6, 7), (9, 11), (13, 15), (17, 19), (21, 23)]
    for p in (written, exact, lower):
        assert p(doc) == p.alone(doc) and all(k == label for k, _, _ in p(doc))  # (as each set alone, on its attr)

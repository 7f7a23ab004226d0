"""The generic-tool baseline: underthesea's bundled NER (PER → officials, ORG → units).

Used only by ``sovang evaluate`` to show the gap between a generic Vietnamese NER
and sovang's domain extractors on the same documents.  underthesea's NER runs at
about 500–1,100 syllables/s, so this is for evaluation, never for ingest.
"""
from __future__ import annotations

from pipeline.model import Document


def _spans(tagged: list[tuple]) -> list[tuple[str, str]]:
    """(label, text) spans from underthesea's BIO-tagged tokens (word, pos, chunk, ner)."""
    spans, label, words = [], None, []
    for token in tagged:
        word, tag = token[0], token[-1]
        if tag.startswith("B-") or (tag.startswith("I-") and label != tag[2:]):
            if label:
                spans.append((label, " ".join(words)))
            label, words = tag[2:], [word]
        elif tag.startswith("I-"):
            words.append(word)
        else:
            if label:
                spans.append((label, " ".join(words)))
            label, words = None, []
    if label:
        spans.append((label, " ".join(words)))
    return spans


def baseline_facts(doc: Document, document: str) -> dict:
    """GUIDELINES.md facts for ``doc`` from underthesea's NER: persons and organisations only."""
    from underthesea import ner, sent_tokenize

    persons, orgs = [], []
    for block in doc.blocks:
        for sentence in sent_tokenize(block.text):
            for label, text in _spans(ner(sentence)):
                if label == "PER" and text not in persons:
                    persons.append(text)
                elif label == "ORG" and text not in orgs:
                    orgs.append(text)
    return {"document": document, "units": orgs,
            "officials": [{"name": p, "position": "", "unit": ""} for p in persons],
            "campaigns": [], "awards": []}

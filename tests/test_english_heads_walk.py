"""The heads of English bodies' names (english_body_heads.txt) as the collectives component reads them: from the shared
phrase walk (``CollectiveRecognizer.english_heads``) instead of a scan of every word, at the same tokens
(``english_bodies.head_positions``), so the bodies found are the same.  Sentences and names of our own; indices by
hand."""
from __future__ import annotations

from extractors.components.collectives import CollectiveRecognizer
from extractors.components.english_bodies import head_positions
from extractors.nlp import get_nlp


def _walked(text: str) -> tuple[list[int], list[int]]:
    nlp = get_nlp()
    recognizer = next(p for _, p in nlp.pipeline if isinstance(p, CollectiveRecognizer))
    doc = nlp.make_doc(text)
    return [s for _, s, _ in recognizer.english_heads(doc)], head_positions([t.text for t in doc])


def test_the_walk_finds_each_head_as_written_where_the_scan_does():
    # tokens: Theo(0) Zorvex(1) Lab(2) và(3) Bank(4) of(5) Norwell(6) ,(7) nhóm(8) group(9) GROUP(10) Group(11) .(12)
    walked, scanned = _walked("Theo Zorvex Lab và Bank of Norwell, nhóm group GROUP Group.")
    assert walked == [2, 4, 11]  # (not "group" nor "GROUP": the heads are matched as written)
    assert walked == scanned


def test_a_head_opening_the_text_and_none_at_all():
    assert _walked("Group Korvan phát triển.") == ([0], [0])
    assert _walked("Không có tên nào ở đây.") == ([], [])

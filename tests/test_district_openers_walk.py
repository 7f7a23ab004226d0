"""The districts' first two words (districts.tsv) as the persons component reads them: from the shared phrase walk
(``PersonRecognizer.district_openers``, the pairs as written) instead of a scan of the capitalised words, at the
same tokens (what ``_districts_of`` scanned for), so the districts found are the same.  Sentences and names of our
own; indices by hand."""
from __future__ import annotations

from itertools import compress

from extractors.components.persons import _UPPER_FIRST, PersonRecognizer
from extractors.nlp import get_nlp


def _walked(text: str) -> tuple[list[int], list[int]]:
    nlp = get_nlp()
    recognizer = next(p for _, p in nlp.pipeline if isinstance(p, PersonRecognizer))
    doc = nlp.make_doc(text)
    words = [t.text for t in doc]
    starts = [i for i in compress(range(len(words) - 1), map(_UPPER_FIRST.__getitem__, words))]
    scanned = [i for i in starts if (words[i], words[i + 1]) in recognizer.district_pairs]
    return [s for _, s, _ in recognizer.district_openers(doc)], scanned


def test_the_walk_finds_each_district_opening_as_written_where_the_scan_does():
    # tokens: Ông(0) Hà(1) Văn(2) Tuấn(3) ở(4) quận(5) Tây(6) Hồ(7) và(8) Ba(9) Đình(10) ,(11) không(12) phải(13)
    # tây(14) hồ(15) .(16)
    walked, scanned = _walked("Ông Hà Văn Tuấn ở quận Tây Hồ và Ba Đình, không phải tây hồ.")
    assert walked == [6, 9]  # (not "tây hồ" in lower case: the pairs are matched as written)
    assert walked == scanned


def test_a_district_closing_the_text_and_none_at_all():
    assert _walked("Quận Ba Đình") == ([1], [1])
    assert _walked("Không có quận nào ở đây.") == ([], [])

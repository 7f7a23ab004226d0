"""A sentence opening on a place anaphor ("Tại đây, …", "Ở đó, …": same_year_openers.txt) tells an award at the event
the sentence before names, so the award, writing no year of its own, takes that sentence's year, not the story's
(extractors.engine.SAME_YEAR, _relative_year). Sentences of our own wording; the expected facts read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*lines: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", date=None,
                                      blocks=[Block(text=t) for t in lines]))
    return [(a["recipient"], a["award"], a["year"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_an_award_told_there_is_of_the_event_before():
    # fails before: the award took 2017, the story's year
    assert awards_of("Tháng 7/2017, cuộc thi Hoa hậu Quý bà Việt Nam 2017 khai mạc.",
                     "Tại Hoa hậu Quý bà Thế giới 2016, Nguyễn Thị Lan lọt vào Top 5.",
                     "Tại đây, Nguyễn Thị Lan giành giải Trang phục dân tộc đẹp nhất.") == \
        [("Nguyễn Thị Lan", "giải Trang phục dân tộc đẹp nhất", 2016)]


def test_the_anaphor_closing_a_sentence_opens_nothing():
    assert awards_of("Tháng 7/2017, cuộc thi Hoa hậu Quý bà Việt Nam 2017 khai mạc.",
                     "Tại Hoa hậu Quý bà Thế giới 2016, Nguyễn Thị Lan lọt vào Top 5.",
                     "Nguyễn Thị Lan giành giải Trang phục dân tộc đẹp nhất tại đây.") == \
        [("Nguyễn Thị Lan", "giải Trang phục dân tộc đẹp nhất", 2017)]

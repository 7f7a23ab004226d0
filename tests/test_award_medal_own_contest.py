"""A medal abbreviation followed by the contest it was won at ("HCB tại Giải …") keeps no other event's name
(extractors.components.awards._contest_follows, read by AwardRecognizer._complete_metal): neither the document's
one competition nor the event another medal of the same metal is written with.  Text of our own wording; the
expected names read off by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*blocks: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=b) for b in blocks]))
    return [(a["recipient"], a["award"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_a_medal_won_at_a_contest_of_its_own_keeps_no_other_events_name():
    got = awards_of(
        "Ba vận động viên của tỉnh sẽ lên đường dự SEA Games 31 vào tuần tới.",
        "Vận động viên Lê Thị Mai từng giành HCB tại Giải Vovinam quốc tế mở rộng.",
        "Vận động viên Phan Văn Hùng từng đoạt HCV Giải bơi lội trẻ toàn quốc.",
        "Vận động viên Đào Thị Hoa từng giành HCV tại Giải Vovinam các câu lạc bộ.")
    # the medals won at a contest of their own stay bare (no SEA Games, no other HCV's event); the medal written
    # with its event keeps it
    assert got == [("Lê Thị Mai", "HCB"), ("Phan Văn Hùng", "HCV Giải bơi lội trẻ toàn quốc"), ("Đào Thị Hoa", "HCV")]


def test_a_bare_medal_in_a_document_about_one_competition_still_takes_its_name():
    # no contest written after the medal: it is the competition the document is about
    got = awards_of("Đoàn thể thao tỉnh dự SEA Games 31 với 20 vận động viên.",
                    "Tại SEA Games 31, vận động viên Lê Thị Mai đã giành HCB.")
    assert ("Lê Thị Mai", "HCB SEA Games 31") in got

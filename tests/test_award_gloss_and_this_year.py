"""A name in brackets right after another name glosses it and receives nothing
(extractors.components.conferral_recipients._gloss), and a sentence saying "năm nay" dates its award to the latest
year the story writes when that is later than the document's year (extractors.engine._this_year).  Sentences of our
own wording; the expected facts read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*lines: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=t) for t in lines]))
    return [(a["recipient"], a["award"], a["year"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_a_ministry_in_brackets_after_its_department_is_no_recipient():
    # "Bộ GD-ĐT" glossed "Cục Quản lý chất lượng" and was read as the medal's recipient, the pupil left out
    assert awards_of("Theo Cục Quản lý chất lượng (Bộ GD-ĐT), em Trần Văn Bình giành được huy chương vàng.") == \
        [("Trần Văn Bình", "huy chương vàng", None)]


def test_this_year_is_the_latest_year_the_story_writes():
    # the story recalls 2016 three times and writes 2017 twice: "năm nay" is 2017, not the most written 2016
    got = awards_of("Em Trần Văn Bình đạt điểm cao tại kỳ thi năm 2016 ở Hà Nội.",
                    "Kỳ thi năm 2016 có 200 thí sinh; đội tuyển năm 2016 có 4 em.",
                    "Đội tuyển năm 2017 gồm 4 em và được tập huấn trong năm 2017.",
                    "Tại kỳ thi Olympic Vật lý quốc tế năm nay, em Trần Văn Bình giành được huy chương vàng.")
    assert got == [("Trần Văn Bình", "huy chương vàng Olympic Vật lý quốc tế", 2017)]


def test_this_year_never_takes_a_year_earlier_than_the_documents():
    # the document is dated 2018; the only year its text writes (1999) is older: "năm nay" stays 2018
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", date="2018-06-02", blocks=[
        Block(text="Năm nay, Lê Thị Hoa được tặng Bằng khen của Chủ tịch UBND tỉnh."),
        Block(text="Chị vào ngành giáo dục năm 1999.")]))
    got = [(a["recipient"], a["award"], a["year"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]
    assert got == [("Lê Thị Hoa", "Bằng khen của Chủ tịch UBND tỉnh", 2018)]

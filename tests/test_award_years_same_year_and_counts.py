"""Award years of a sentence writing none of its own (extractors.engine): one opening in the year the sentence
before tells ("Cùng năm, …", "Cũng trong năm đó, …": SAME_YEAR, corpora/gazetteers/same_year_openers.txt) takes
that year, not the story's; an award won a count of times ("vô địch X 2 lần": TIMES_AFTER) is a record, of no one
year; a story writing several years once each and a later bare one ("Oscar 2021") is of the later one
(document_year).  Sentences and names of our own; the expected facts read off each by hand."""
from __future__ import annotations

from extractors.engine import document_year
from pipeline.model import Block, Document
from tests.test_extractors import facts_of


def _years(*lines: str) -> dict:
    return {(a["recipient"], a["award"]): a["year"] for a in facts_of(*lines)["awards"]}


STORY = "Năm 2017, hợp tác xã Tân Phong đạt doanh thu 20 tỷ đồng."


def test_same_year_opener_takes_the_year_of_the_sentence_before_not_a_birth_year():
    got = _years("Chị Trần Thị Mai sinh năm 1975, đoạt danh hiệu Á hậu tại cuộc thi Hoa hậu Việt Nam 1994.",
                 "Cùng năm, Trần Thị Mai giành giải Người đẹp ăn ảnh tại cuộc thi Hoa hậu Quốc tế.",
                 "Năm 2014, chị mở công ty.")
    assert got == {("Trần Thị Mai", "giải Người đẹp ăn ảnh"): 1994}


def test_also_in_that_year_after_a_dated_award():
    got = _years(STORY, "Năm 2009, ông Lê Văn Tâm được tặng Bằng khen của Thủ tướng.",
                 "Cũng trong năm đó, ông Lê Văn Tâm nhận Huân chương Lao động hạng Ba.")
    assert got == {("Lê Văn Tâm", "Bằng khen của Thủ tướng"): 2009,
                   ("Lê Văn Tâm", "Huân chương Lao động hạng Ba"): 2009}


def test_a_title_won_a_count_of_times_takes_no_year_from_the_story():
    assert _years(STORY, "Ông Lê Văn Tâm đã vô địch giải cờ vua châu Á 2 lần trong 3 mùa giải trước.") == {
        ("Lê Văn Tâm", "vô địch giải cờ vua châu Á"): None}


def _doc(*lines):
    return Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=line) for line in lines])


def test_years_written_once_each_yield_to_a_later_bare_year():
    d = _doc("Sao Hollywood dự lễ trao giải Oscar 2021 tại Los Angeles",
             "Nữ diễn viên Trần Thị Mai được đề cử vào năm 2018 và 2020.",
             "Năm 1986, một diễn viên khác giành giải khi mới 21 tuổi.",
             "Mai cũng có mặt trên thảm đỏ Oscar 2021.")
    assert document_year(d) == 2021

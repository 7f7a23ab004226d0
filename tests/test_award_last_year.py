"""A sentence saying "năm ngoái" (last year) and writing no year of its own dates its award to the year before the
story's present, the year "năm nay" reads (extractors.engine._last_year, corpora/gazetteers/last_year_words.txt).
Sentences of our own wording; the expected facts read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*lines: str, date: str | None = None) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", date=date,
                                      blocks=[Block(text=t) for t in lines]))
    return [(a["recipient"], a["award"], a["year"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_last_year_is_the_year_before_the_story():
    # the story writes 2018 only; the medal was won "năm ngoái": 2017, not the story's 2018
    assert awards_of("Năm ngoái, em Trần Văn Bình giành huy chương vàng Olympic Toán.",
                     "Đội tuyển năm 2018 có 6 em.") == [("Trần Văn Bình", "huy chương vàng Olympic Toán", 2017)]


def test_last_year_counts_from_the_documents_date():
    # a document dated 2019 writing no year: the title "năm ngoái" is of 2018
    assert awards_of("Câu lạc bộ Sông Lam đã giành chức vô địch V-League năm ngoái.", date="2019-03-02") == \
        [("Câu lạc bộ Sông Lam", "chức vô địch V-League", 2018)]


def test_a_capitalised_last_year_run_on_after_a_word_opens_the_next_sentence():
    # a caption lost its full stop: "Năm ngoái" opens the next sentence, the title keeps the story's 2018 (fails
    # with the rule read without engine.RUN_ON, as bulk news's "… Halle Open lần thứ 9 Năm ngoái Federer thua …")
    assert awards_of("Trần Văn Bình vô địch giải quần vợt Hà Nội Open lần thứ 3 Năm ngoái Bình thua ở bán kết.",
                     "Giải năm 2018 có 32 tay vợt.") == [("Trần Văn Bình", "vô địch giải quần vợt Hà Nội Open", 2018)]



def test_last_year_in_another_clause_dates_that_clause_not_the_award():
    # "năm ngoái" of an apposition (the coach's taking over) and of a clause after a comma (a lost final): the title
    # keeps the story's 2019 (session 46's review: the rule read the whole sentence)
    assert awards_of("Ông Trần Văn Bình, người nắm đội từ năm ngoái, đã giúp Câu lạc bộ Sông Lam giành chức vô địch "
                     "V-League.", "Mùa giải 2019 khép lại.") == [("Câu lạc bộ Sông Lam", "chức vô địch V-League", 2019)]
    assert awards_of("Câu lạc bộ Sông Lam giành chức vô địch V-League, sau khi thua ở chung kết năm ngoái.",
                     "Mùa giải 2019 khép lại.") == [("Câu lạc bộ Sông Lam", "chức vô địch V-League", 2019)]


def test_last_year_of_one_award_of_two_clauses_dates_that_one_only():
    # the gold medal before the comma is the story's 2018; the silver "năm ngoái" in its own clause is 2017
    assert awards_of("Em Trần Văn Bình giành huy chương vàng Olympic Toán, cao hơn thành tích huy chương bạc năm ngoái.",
                     "Đội tuyển năm 2018 có 6 em.") == [("Trần Văn Bình", "huy chương vàng Olympic Toán", 2018),
                                                       ("Trần Văn Bình", "huy chương bạc Olympic Toán", 2017)]


def test_this_year_nearer_the_award_or_a_comparison_keeps_the_story_year():
    # "năm nay" stands between the title and "năm ngoái": the title is this year's (2019); "so với năm ngoái" fronts
    # a comparison, not the time of the win
    assert awards_of("Câu lạc bộ Sông Lam giành chức vô địch V-League năm nay sau khi về nhì năm ngoái.",
                     "Mùa giải 2019 khép lại.") == [("Câu lạc bộ Sông Lam", "chức vô địch V-League", 2019)]
    assert awards_of("So với năm ngoái, Câu lạc bộ Sông Lam đã giành chức vô địch V-League thuyết phục hơn.",
                     "Mùa giải 2019 khép lại.") == [("Câu lạc bộ Sông Lam", "chức vô địch V-League", 2019)]

"""Past a document's first blocks, only a date of its own dates it (pipeline.dates.document_date, own_date_at): a
date line; a date of an event the story tells is not the story's date (session 40's newcomer: a
news story without a date line was dated by a hospital's opening, years before it). Sentences are the test's own."""
from pipeline.dates import document_date

STORY = ["Cụ Tư được tặng Kỷ niệm chương", "Hội Cựu chiến binh xã vừa trao Kỷ niệm chương cho cụ Tư.",
         "Cụ năm nay 92 tuổi, sống cùng con cháu.", "Buổi trao có đông đủ bà con lối xóm."]


def test_an_event_told_past_the_first_blocks_is_not_the_documents_date():
    blocks = STORY + ["Ngày 3/2/1972, cụ bị thương ở mặt trận Quảng Trị.", "Cụ về quê năm 1976."]
    assert document_date(blocks) is None


def test_a_date_line_past_the_first_blocks_dates_the_document():
    blocks = STORY + ["Ngày 3/2/1972, cụ bị thương.", "Xã Tân Lộc, ngày 9 tháng 10 năm 2023"]
    assert document_date(blocks) == "2023-10-09"


def test_a_signing_or_a_sentence_opened_like_a_date_line_is_told():
    # a decision signed years before the story, and "Trước đó, ngày …" opening a sentence as a place would
    blocks = STORY + ["Quyết định do Chủ tịch xã ký ngày 12/10/2019.", "Trước đó, ngày 2/3/2020 xã họp bình xét."]
    assert document_date(blocks) is None


def test_the_first_blocks_still_give_a_told_date():
    assert document_date(["Tin xã", "Ngày 7/9/2023, xã trao Giấy khen cho ông Ba."]) == "2023-09-07"

"""A plan opens on what it carries out ("Thực hiện …", "Triển khai …"): the date there is the cited document's,
not the plan's. An OCR scan whose date line was lost took it as its own (session 34's fixer: "Thực hiện Quyết định
số … ngày …" with the number misread, so no in-line citation was seen). Sentences written for this test."""
from __future__ import annotations

from pipeline.dates import citation_opener, document_date


def test_a_line_carrying_out_another_document_gives_no_date():
    blocks = ["UBND XÃ HÒA PHONG", "KẾ HOẠCH",
              "Thực hiện Công văn hướng dẫn của Sở Nội vụ ngày 14/02/2024 về công tác thi đua,",
              "TRIỂN KHAI chỉ đạo ban hành ngày 20/02/2024, Ủy ban xã xây dựng kế hoạch như sau.",
              "Xã tổ chức hội nghị ngày 08/3/2024 tại hội trường.",
              "Hòa Phong, ngày 01 tháng 3 năm 2024"]
    # the meeting's date is an event the plan tells (session 40: no date of the document's own), its date line is
    assert document_date(blocks) == "2024-03-01"
    # without the date line no date at all: neither the cited documents' nor the meeting's (review of session 40:
    # the case of the plan without its date line, kept beside the one with it)
    assert document_date(blocks[:-1]) is None


def test_the_openers_are_whole_words_at_the_start():
    opener = citation_opener()
    assert opener.match("  căn cứ Luật Thi đua, khen thưởng")
    assert opener.match("Thực hiện Kế hoạch của Huyện ủy")
    assert not opener.match("Thực hiệnx")
    assert not opener.match("Ngày 3/5/2024, đoàn thực hiện chuyến thăm")

"""The document's own date (pipeline/dates.py); lines written for these tests."""
from pipeline.dates import document_date


def test_a_date_line_typed_without_spaces_is_read():
    """Found by a newcomer on a real decision: "ngày 14 tháng5 năm 2008" was missed."""
    assert document_date(["ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC",
                          "Số: 991/QĐ-UBND Đồng Xoài, ngày 14 tháng5 năm 2008", "QUYẾT ĐỊNH"]) == "2008-05-14"


def test_dates_of_cited_documents_do_not_date_the_document():
    """The legal basis ("Căn cứ Luật … ngày 26/11/2003") and the proposal ("Xét đề nghị … ngày …") cite other
    documents' dates; the first date outside them dates the document."""
    blocks = ["ỦY BAN NHÂN DÂN", "TỈNH X", "QUYẾT ĐỊNH", "Về việc khen thưởng",
              "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;",
              "Xét đề nghị của Sở Nội vụ tại Tờ trình số 66/TTr-SNV ngày 29/4/2008,",
              "Điều 1. Tặng Bằng khen cho ông A, đã có thành tích.", "Tỉnh X, ngày 5 tháng 6 năm 2008"]
    assert document_date(blocks) == "2008-06-05"


def test_a_signing_told_in_a_decisions_body_is_no_date_line():
    """The same decision with its date told only inside an article's sentence ("… quyết định ký ngày 5/6/2008"), no
    date line: past the first blocks only a date line of its own dates the document (dates.own_date_at), so the
    cited dates stay out and the body's date is none either (review of session 40: 133e936 rewrote this case
    into a date line instead of keeping it)."""
    blocks = ["ỦY BAN NHÂN DÂN", "TỈNH Y", "QUYẾT ĐỊNH", "Về việc tặng giấy khen",
              "Căn cứ Luật Thi đua, khen thưởng ngày 26/11/2003;",
              "Xét đề nghị của Phòng Nội vụ tại Tờ trình số 12/TTr-PNV ngày 3/4/2009,",
              "Điều 1. Tặng Giấy khen cho bà B, đã có thành tích; quyết định ký ngày 7/5/2009."]
    assert document_date(blocks) is None


def test_no_date_outside_citations_gives_none():
    assert document_date(["QUYẾT ĐỊNH", "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;"]) is None

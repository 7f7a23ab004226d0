"""Titles of administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I: the type alone on its line, the subject
below): an OCR'd type line that lost its circumflex or horn ("KÉ HOẠCH") was no type, and a first line naming the
issuing authority in lower case (a TCVN3 decree's "Chính phủ", converted from a font whose capitals were its own)
stayed the title (session 34's fixer). Lines written for this test."""
from __future__ import annotations

from pipeline.letterhead import administrative_title, type_line
from pipeline.model import Block


def _blocks(*texts: str) -> list[Block]:
    return [Block(text=t, kind="paragraph") for t in texts]


def test_a_type_line_read_without_its_circumflex_or_horn_is_that_type():
    assert type_line("KÉ HOẠCH") == "KẾ HOẠCH"
    assert type_line("QUYÉT ĐỊNH") == "QUYẾT ĐỊNH"
    assert type_line("Tò trình") == "TỜ TRÌNH"
    assert type_line("KÉ HOẠCH NĂM") is None  # the whole line only
    assert type_line("BAO CAO") is None  # its tones lost too: no type


def test_an_ocr_plan_is_titled_by_its_type_and_subject():
    blocks = _blocks("ỦY BAN NHÂN DÂN PHƯỜNG TÂN MAI", "KÉ HOẠCH", "Phát động thi đua chào mừng ngày Nhà giáo 2025",
                     "Thực hiện chỉ đạo của cấp trên, …")
    assert administrative_title(blocks, "ỦY BAN NHÂN DÂN PHƯỜNG TÂN MAI", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN MAI") == \
        "KẾ HOẠCH Phát động thi đua chào mừng ngày Nhà giáo 2025"


def test_a_first_line_naming_the_issuing_body_in_lower_case_is_no_title():
    blocks = _blocks("Chính phủ", "Số: 7/2026/NĐ-CP", "Nghị định", "Sửa đổi quy định về danh hiệu thi đua",
                     "Căn cứ Luật Tổ chức Chính phủ;")
    assert administrative_title(blocks, "Chính phủ", "Chính phủ") == "NGHỊ ĐỊNH Sửa đổi quy định về danh hiệu thi đua"
    news = _blocks("Hội nghị tổng kết thi đua của tỉnh", "Sáng 3/1, tỉnh tổ chức hội nghị.")
    assert administrative_title(news, news[0].text, news[0].text) == "Hội nghị tổng kết thi đua của tỉnh"

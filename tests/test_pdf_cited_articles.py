"""A PDF line that wraps before a cited article ("… theo quy định tại" / "Điều 74 Luật Thi đua, khen thưởng …")
goes on in its sentence: only an article's heading ("Điều 2.", with its stop or colon), a chapter's numeral or
"Nơi nhận:" starts a block whatever the line above (pipeline.wrap.starts_part).  Text of our own wording."""
from __future__ import annotations

from pipeline.wrap import starts_part
from tests.test_pdf_block_openers import _pdf_of


def test_a_cited_article_after_an_unfinished_line_goes_on():
    assert not starts_part("Khen thưởng cho tập thể có thành tích theo quy định tại",
                           "Điều 74 Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn.")
    assert starts_part("Về việc tặng Bằng khen", "Điều 1. Tặng Bằng khen cho Trường Tiểu học Hòa An.")
    assert starts_part("Về việc tặng Bằng khen", "Điều 3a: Hiệu lực thi hành")
    assert starts_part("của Ủy ban nhân dân tỉnh", "Chương III")
    assert starts_part("của Ủy ban nhân dân tỉnh", "Nơi nhận:")
    assert starts_part("đã xong việc này.", "Khoản 2 Điều 5 quy định như sau")  # after a finished sentence


LINES = ["Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho Trường Tiểu học Hòa An đã có thành",
         "tích xuất sắc trong phong trào thi đua năm học 2024-2025, theo quy định tại khoản 1 của",
         "Điều 74 Luật Thi đua, khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP của Chính phủ.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]


def test_a_pdf_line_wrapped_before_a_cited_article_is_one_paragraph(tmp_path):
    from pipeline.readers import read_bytes
    doc = read_bytes(_pdf_of(tmp_path / "qd61.pdf", LINES), "qd61.pdf")
    assert [b.text for b in doc.blocks] == [" ".join(LINES[:3]), LINES[3]]

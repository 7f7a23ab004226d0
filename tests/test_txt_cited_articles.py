"""A plain-text line wrapped before a cited article ("… theo quy định tại" / "Điều 74 Luật Thi đua, khen thưởng …")
goes on in its sentence, as a PDF line does (tests/test_pdf_cited_articles.py): only an article's heading ("Điều
2.", with its stop or colon), a chapter's or section's numeral, "Nơi nhận:", an item or a table row opens a block
after an unfinished line (pipeline.wrap.cites_part).  Found by a newcomer: the .txt split in two blocks.  Text of our
own wording, hard-wrapped near 60 characters."""
from __future__ import annotations

from pipeline.readers import txt
from pipeline.wrap import cites_part, join_wrapped

LINES = ["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
         "Xét thành tích của các tập thể, cá nhân trong phong trào thi",
         "đua năm 2025 và đủ điều kiện khen thưởng theo quy định tại",
         "Điều 74 Luật Thi đua, khen thưởng năm 2022 và Nghị định số",
         "98/2023/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật;",
         "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho",
         "ông Vũ Đình Tuấn, Trưởng Công an xã Gia Vân.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]


def test_a_cited_part_is_no_heading():
    assert cites_part("Điều 74 Luật Thi đua, khen thưởng")
    assert cites_part("Khoản 2 Điều 5 Nghị định số 98/2023/NĐ-CP")
    assert not cites_part("Điều 2. Quyết định này có hiệu lực")
    assert not cites_part("Điều 3: Chánh Văn phòng")
    assert not cites_part("Chương II")
    assert not cites_part("Nơi nhận:")
    assert not cites_part("Ông Vũ Đình Tuấn")  # no part's word


def test_a_text_line_wrapped_before_a_cited_article_goes_on():
    assert join_wrapped(LINES) == [
        LINES[0],
        " ".join(LINES[1:5]),  # one ground, the cited article inside it
        " ".join(LINES[5:7]),
        LINES[7]]


def test_the_txt_reader_keeps_the_ground_whole():
    doc = txt.read("\n".join(LINES).encode("utf-8"), "qd.txt")
    texts = [" ".join(b.text.split()) for b in doc.blocks]
    assert " ".join(LINES[1:5]) in texts
    assert not any(t.startswith("Điều 74") for t in texts)


def test_after_a_finished_line_a_part_opens_its_block():
    lines = ["Xét thành tích của các tập thể, cá nhân trong phong trào thi",
             "đua năm 2025 và đủ điều kiện khen thưởng theo quy định;",
             "Điều 74 Luật Thi đua, khen thưởng năm 2022 quy định thẩm"]
    assert join_wrapped(lines) == [" ".join(lines[:2]), lines[2]]

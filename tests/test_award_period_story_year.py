"""An undated story writing a period of years ("giai đoạn 2017 - 2022", "nhiệm kỳ 2019 - 2024") is told no earlier
than the year before the period's first: its most written older year, of another event, does not date its awards
(extractors.engine.document_year, _latest_period_start, corpora/gazetteers/period_nouns.txt).  Sentences of our own
wording; the expected facts read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*lines: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=t) for t in lines]))
    return [(a["recipient"], a["award"], a["year"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_a_period_begun_in_the_story_dates_it_not_an_older_year():
    # the only year written apart from the period is 2012, the channel's launch: the congress of "nhiệm kỳ 2019 -
    # 2024" is of 2019 (written nowhere else), not of 2012
    assert awards_of("Chiều 15/8, Hội Luật gia tỉnh Hòa Bình tổ chức Đại hội nhiệm kỳ 2019 - 2024.",
                     "Tại Đại hội, Hội Luật gia tỉnh Hòa Bình được tặng Cờ thi đua của Hội Luật gia Việt Nam.",
                     "Kênh truyền hình của Hội ra mắt vào tháng 5/2012.") == \
        [("Hội Luật gia tỉnh Hòa Bình", "Cờ thi đua của Hội Luật gia Việt Nam", 2019)]


def test_the_year_written_most_from_the_year_before_the_period_on_dates_it():
    # the story writes 2020 twice and 2005 once, but its 2005 is dated in the lead: the period 2021 - 2025 is
    # launched in 2020, written from 2020 on twice
    assert awards_of("Ngày 1/11/2005, Bộ Chính trị ban hành Nghị quyết số 48.",
                     "Ngành tư pháp phát động phong trào thi đua giai đoạn 2021 - 2025.",
                     "Các chỉ tiêu năm 2020 và kế hoạch năm 2020 đều đạt.",
                     "Chủ tịch Quốc hội trao Huân chương Lao động hạng Nhất cho Sở Tư pháp tỉnh Hòa Bình.") == \
        [("Sở Tư pháp tỉnh Hòa Bình", "Huân chương Lao động hạng Nhất", 2020)]


def test_a_planned_period_does_not_date_the_story():
    # the story writes 2023 twice; the period 2026 - 2030 is a plan's ("kế hoạch …", "mục tiêu …"), no period begun:
    # the order stays of 2023, not of 2026, three years after the story (session 46's review, rvb)
    assert awards_of("Năm 2023, huyện Kim Sơn đạt nhiều kết quả. Các chỉ tiêu năm 2023 đều vượt.",
                     "Huyện xây dựng kế hoạch phát triển kinh tế giai đoạn 2026 - 2030.",
                     "Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Sở Tư pháp tỉnh Hòa Bình.") == \
        [("Sở Tư pháp tỉnh Hòa Bình", "Huân chương Lao động hạng Nhất", 2023)]
    assert awards_of("Năm 2023, huyện Kim Sơn đạt nhiều kết quả. Các chỉ tiêu năm 2023 đều vượt.",
                     "Huyện dự kiến hoàn thành đường vành đai giai đoạn 2026 - 2030.",
                     "Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Sở Tư pháp tỉnh Hòa Bình.") == \
        [("Sở Tư pháp tỉnh Hòa Bình", "Huân chương Lao động hạng Nhất", 2023)]

"""A full date after the words of another event (a founding, a birth: other_event_dates.txt) is not the
document's own date (pipeline.dates.document_date), so a position or award is not dated by it. Wording is the
test's own."""
from pipeline.dates import document_date


def test_a_founding_date_is_not_the_documents():
    blocks = ["Nhà máy Z mừng sinh nhật", "Sáng 3/9, nhà máy Z đón Bằng khen của Bộ trưởng.",
              "Nhà máy Z được thành lập ngày 7/8/1981 tại Hải Phòng."]
    assert document_date(blocks) is None


def test_a_birth_date_gives_way_to_the_story_date():
    blocks = ["Tấm gương người thầy", "Thầy K sinh ngày 4/5/1962, quê ở Nam Định.",
              "Ngày 20/11/2023, thầy K nhận danh hiệu Nhà giáo ưu tú."]
    assert document_date(blocks) == "2023-11-20"


def test_a_learner_date_is_still_a_date():
    # "học sinh" is a word of its own: no birth
    assert document_date(["Sáng nay, học sinh ngày 5/9/2024 tựu trường."]) == "2024-09-05"

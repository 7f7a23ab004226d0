"""Faults mined from unlabelled award news (session 6, helper hg): person names (the persons component)."""
from extractors.components.base import state
from extractors.nlp import get_nlp


def persons(text):
    return [p.text for p in state(get_nlp()(text))["person"]]


def test_a_vietnamese_word_after_a_foreign_name_opens_the_next_sentence():
    # a scraped caption lost its full stop: the next sentence's first word is no part of the name
    assert persons("Bức ảnh do Peter Hammond Nhiều người xem cho là đẹp nhất.") == ["Peter Hammond"]
    assert persons("Ông gặp John Smith Trong buổi chiều hôm ấy trời mưa.") == ["John Smith"]


def test_a_dash_joined_foreign_name_stays_whole():
    assert persons("Tướng Thomas - Alexandre Dumas chỉ huy kỵ binh.") == ["Thomas - Alexandre Dumas"]


def test_wards_and_districts_of_an_address_in_brackets_are_no_persons():
    assert persons("Hồi chưa lấy vợ, anh Vũ Huy (Bạch Đằng, Hải Châu, Đà Nẵng) luôn được khen.") == ["Vũ Huy"]
    # full names in brackets stay persons
    assert persons("Ba người (Nguyễn Văn An, Trần Thị Bình, Hà Nội) được khen.") == ["Nguyễn Văn An", "Trần Thị Bình"]

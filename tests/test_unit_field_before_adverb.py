"""A field of lower-case words after a unit's head, closed by a tense adverb, stops before a two-word adverb of time
or manner, which opens the body's predicate (``unit_words.PREDICATE_ADVERBS``, ``predicate_adverbs.txt``): "Khoa Sản
gần đây đã …" was read as the unit "Khoa Sản gần đây" (b5ac3c9's sentence-case fields; "Phòng Công tác gần đây" before
it), not words of real names' fields ("Trung tâm Giáo dục thường xuyên", "khoa Hồi sức tích cực").  Review of
session 43; invented wordings, values worked out by hand."""
from __future__ import annotations

from tests.test_extractors import unit_names as _units


def test_an_adverb_right_after_the_head_is_no_field():
    assert _units("Khoa Sản gần đây đã đón nhiều sản phụ.") == ["Khoa Sản"]
    assert _units("Khoa Nhi kịp thời đã cấp cứu bé.") == ["Khoa Nhi"]
    assert _units("Phòng Công tác gần đây đã tổ chức hội thảo.") == ["Phòng Công tác"]


def test_a_field_closes_before_the_adverb():
    assert _units("Hội Người cao tuổi gần đây đã trao quà.") == ["Hội Người cao tuổi"]
    assert _units("Phòng Công tác sinh viên lúc này đang tổ chức hội thảo.") == ["Phòng Công tác sinh viên"]


def test_fields_of_real_names_that_end_on_an_adverb_like_word_stay_whole():
    assert _units("Trung tâm Giáo dục thường xuyên đã khai giảng lớp học.") == ["Trung tâm Giáo dục thường xuyên"]
    assert _units("Khoa Hồi sức tích cực đã cứu sống bệnh nhân.") == ["Khoa Hồi sức tích cực"]

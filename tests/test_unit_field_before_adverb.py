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


def test_a_field_adverb_after_another_word_opens_the_predicate():
    """``field_adverbs.tsv``: "thường xuyên", "liên tục", "tích cực" close a name only right after the field they
    close ("Giáo dục", "Đào tạo", "Hồi sức", "Điều trị"); after any other word they open the body's predicate."""
    assert _units("Khoa Sản thường xuyên đã tổ chức tập huấn.") == ["Khoa Sản"]
    assert _units("Khoa Ngoại liên tục tiếp nhận bệnh nhân.") == ["Khoa Ngoại"]
    assert _units("Đội CSGT Phố Mới thường xuyên tuần tra.") == ["Đội CSGT Phố Mới"]
    assert _units("Trung tâm Đào tạo liên tục đã khai giảng lớp học.") == ["Trung tâm Đào tạo liên tục"]
    assert _units("Khoa Điều trị tích cực nội khoa đã cứu sống bệnh nhân.") == ["Khoa Điều trị tích cực nội khoa"]


def test_a_predicate_adverb_before_any_verb_ends_the_name():
    """An adverb of ``predicate_adverbs.txt`` right after a name ends it before a verb too, and before a full stop;
    not a syllable that closes a capitalised word with the one before ("Cộng đồng | thời gian …")."""
    assert _units("Khoa Sản gần đây tiếp nhận nhiều sản phụ.") == ["Khoa Sản"]
    assert _units("Công ty Phú Hưng nhanh chóng hỗ trợ người dân.") == ["Công ty Phú Hưng"]
    assert _units("Trung tâm Phát triển Cộng đồng thời gian qua đã giúp nhiều hộ.") == \
        ["Trung tâm Phát triển Cộng đồng"]

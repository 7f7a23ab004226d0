"""A company's classifier, a business field of company_fields.txt, then a foreign firm's name: one unit written whole
(unit_words.collective_classifiers; collectives.CollectiveRecognizer._after_classifier, takes "foreign"); a word of
mixed case glued to its sentence's full stop closes a name (collectives._glued_full_stop). Sentences and firms of our
own; units by hand."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_field_between_the_classifier_and_a_foreign_name():
    # were no unit: the lower-case field kept the name from its classifier
    assert unit_names("Chuyên gia Tom Hale làm việc cho công ty an ninh mạng Grendix từ năm ngoái.") == \
        ["công ty an ninh mạng Grendix"]
    assert unit_names("Cô ký hợp đồng với công ty người mẫu Velmora Models năm 15 tuổi.") == \
        ["công ty người mẫu Velmora Models"]
    assert sorted(unit_names("Tập đoàn bán lẻ Quorvex và hãng bảo mật Sentrali cùng công bố số liệu.")) == \
        ["Tập đoàn bán lẻ Quorvex", "hãng bảo mật Sentrali"]


def test_no_firm_without_a_foreign_name_after_the_field():
    # a Vietnamese name, a person or a country after the field: not read by this rule
    assert unit_names("Ông Bình làm việc cho công ty xây dựng Hòa Lộc nhiều năm.") == []
    assert unit_names("Hãng điện tử Trung Quốc cho biết giá linh kiện tăng.") == []


def test_a_name_stops_at_a_word_glued_to_its_full_stop():
    # "SpaceX." is one token: the name ran on into the next sentence ("… SpaceX. Elon Musk")
    assert unit_names("Ông là CEO của tập đoàn hàng không vũ trụ NovaX. Tom Hale tốt nghiệp năm 1997.") == []

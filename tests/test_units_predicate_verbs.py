"""Session 15 (unit boundaries): a lower-case verb of care or speech right after a unit's own name opens the
sentence's predicate, not the name (sentences of our own)."""
from __future__ import annotations

from extractors.components.unit_extent import NameExtent
from tests.test_extractors import unit_names


def test_a_hospital_s_name_stops_before_the_care_it_gives():
    """Before: "bệnh viện Q điều trị", "Bệnh viện Minh Tâm cấp cứu kịp thời", "bệnh viện Nhi Trung ương chăm sóc"."""
    assert unit_names("Ba công nhân bị thương vẫn đang được bệnh viện Q điều trị.") == ["bệnh viện Q"]
    assert unit_names("Cậu bé được người dân đưa tới Bệnh viện Minh Tâm cấp cứu kịp thời.") == \
        ["Bệnh viện Minh Tâm"]
    assert unit_names("Hai cháu nhỏ hiện được bệnh viện Nhi Trung ương chăm sóc.") == ["bệnh viện Nhi Trung ương"]
    assert unit_names("Nạn nhân được chuyển lên BV Quân y 7 phẫu thuật.") == ["BV Quân y 7"]


def test_the_verbs_stay_in_a_field_and_open_a_capitalised_name():
    assert unit_names("Anh Tùng trực đêm ở khoa Hồi sức cấp cứu, Bệnh viện Minh Tâm.") == \
        ["khoa Hồi sức cấp cứu, Bệnh viện Minh Tâm"]
    assert unit_names("Ông Lê Văn Tư là Phó Cục trưởng Cục Khám chữa bệnh.") == ["Cục Khám chữa bệnh"]
    assert unit_names("Chị công tác tại Trung tâm chăm sóc sức khỏe sinh sản tỉnh Bắc Ninh.") == \
        ["Trung tâm chăm sóc sức khỏe sinh sản tỉnh Bắc Ninh"]


def test_opens_predicate_reads_the_word_before_the_verb():
    words = ["bệnh", "viện", "Q", "điều", "trị", ".", "khoa", "Hồi", "sức", "cấp", "cứu", "."]
    assert NameExtent._opens_predicate(words, 3)  # after the name's capitalised letter
    assert not NameExtent._opens_predicate(words, 9)  # after the field's lower-case syllable
    assert not NameExtent._opens_predicate(words, 1)  # no verb of name_predicates.txt

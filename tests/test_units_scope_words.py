"""A body's scope written in lower case after its capitalised name closes the name ("quốc gia", "quốc tế", "thế
giới"; unit_extent.SCOPES), but not as a verb ("quốc tế hóa") (sentences written for these tests; values computed
by hand)."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_world_scope_after_a_one_word_capitalised_name():
    assert unit_names("Liên đoàn Cờ vua thế giới vừa công bố bảng xếp hạng mới.") == ["Liên đoàn Cờ vua thế giới"]
    assert unit_names("Hiệp hội Golf quốc tế đã gửi thư chúc mừng.") == ["Hiệp hội Golf quốc tế"]


def test_national_scope_after_a_two_word_field_is_kept():
    assert unit_names("Trung tâm Vũ trụ quốc gia được thành lập năm 2006.") == ["Trung tâm Vũ trụ quốc gia"]


def test_scope_made_a_verb_opens_the_clause():
    assert unit_names("Tập đoàn Viettel quốc tế hóa thương hiệu của mình.") == ["Tập đoàn Viettel"]

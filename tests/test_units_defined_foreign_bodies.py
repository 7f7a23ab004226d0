"""Foreign names defined as a body by the noun after them ("X, một công ty …", "X là công ty …", "X, tổ chức …":
collectives.CollectiveRecognizer._defined, collective_definitions.txt). Sentences of our own; units by hand."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_apposition_with_mot_after_a_preposition():
    assert unit_names("Anh đang làm việc cho Zentrix Labs, một công ty an ninh mạng.") == ["Zentrix Labs"]


def test_copula_defines_the_name():
    assert unit_names("Được biết, Norvolt là công ty pin lớn nhất châu Âu.") == ["Norvolt"]


def test_apposition_opening_the_sentence_with_a_joined_name():
    assert unit_names("QA-Bench, tổ chức kiểm định độc lập, vừa công bố kết quả.") == ["QA-Bench"]


def test_a_fronted_phrase_ending_in_a_comma_defines_nothing():
    assert "Ronaldo" not in unit_names("Với Ronaldo, đội bóng Hoàng gia được tô điểm.")


def test_a_venue_of_the_word_before_defines_nothing():
    assert unit_names("Đội chủ sân Westfield Park là câu lạc bộ mới nhất gia nhập giải.") == []


def test_an_acronym_alone_is_no_foreign_body():
    # (a Vietnamese body's acronym is often part of a longer name, or a short form of one named in full)
    assert unit_names("Theo nhận định, EVNX là tập đoàn lớn nhất.") == []


def test_a_vietnamese_name_is_no_foreign_body():
    assert unit_names("Minh Long là công ty gốm sứ lớn.") == []


def test_the_verb_to_organise_defines_nothing():
    assert unit_names("Comey tổ chức một cuộc họp báo vào tháng 7.") == []

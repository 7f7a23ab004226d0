"""Persons, session 39: a capitalised run whose first word the document writes elsewhere in lower case before the
same words is a common noun heading a place's, a body's or a season's name (a lake, a delegation, a trade), not a
surname and a given name (``extractors/components/persons.py``, ``_without_common_heads``). Every sentence here was
written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import official_names


def test_a_lake_written_with_its_common_noun_elsewhere_is_no_person():
    # "Hồ" is a surname of surnames.txt; "hồ Kellsee" names the lake
    names = official_names("Người ta tìm thấy xác tàu dưới đáy hồ Kellsee.", "Hồ Kellsee rộng chừng 5 km2.")
    assert names == []


def test_a_delegation_opening_a_sentence_is_no_person():
    # "Đoàn" is a surname; "đoàn Việt Nam" is the country's delegation
    names = official_names("Các vận động viên của đoàn Việt Nam đã về nước.",
                           "Đoàn Việt Nam giành 12 huy chương vàng.")
    assert names == []


def test_a_surname_never_written_in_lower_case_so_is_kept():
    # "hồ" is written as a noun here, but never before "Văn Nam"
    names = official_names("Ông Hồ Văn Nam cho biết mực nước hồ đang xuống thấp.")
    assert names == ["Hồ Văn Nam"]


def test_a_foreign_particle_in_lower_case_is_no_common_noun():
    # "van" opens "van Gaal" in lower case inside a sentence: a particle of the surname, no noun
    names = official_names("HLV Van Gaal ngồi yên trên băng ghế.", "Đội bóng của van Gaal thua trận thứ ba.")
    assert "Van Gaal" in names

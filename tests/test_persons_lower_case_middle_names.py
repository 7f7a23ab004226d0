"""A middle name written in lower case between a surname and a given name (session 13). Sentences written for these
tests; the expected names and positions worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_a_lower_case_middle_name_is_part_of_the_name():
    # middle_names.txt: "thị", "văn" after a surname and before a capitalised syllable
    g = facts_of("Chủ tịch nước sẽ hội kiến Thủ tướng Trần Văn Phúc, Chủ tịch Quốc hội Nguyễn thị Kim Liên và "
                 "thăm Huế.")
    p = {o["name"]: (o["position"], o["unit"]) for o in g["officials"]}
    assert p == {"Trần Văn Phúc": ("Thủ tướng", ""), "Nguyễn thị Kim Liên": ("Chủ tịch Quốc hội", "Quốc hội")}


def test_a_lower_case_middle_name_in_a_street_or_a_school_name_opens_no_person():
    g = facts_of("Xe tải chạy trên đường Lê văn Lương, gần Trường THCS Trần văn Ơn.")
    assert g["officials"] == []


def test_a_lower_case_common_word_after_a_surname_is_no_middle_name():
    g = facts_of("Ông Nguyễn văn hóa cho biết như vậy.")
    assert g["officials"] == []

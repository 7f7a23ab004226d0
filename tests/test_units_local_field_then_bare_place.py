"""A local body's head, a capitalised field word, then two more lower-case dictionary words and the body's place
written with no level ("Chi cục An toàn | vệ sinh thực phẩm | Long An"): one name, place included (GUIDELINES: the
fullest name with its place qualifier); before, the four lower-case syllables were cut to three and the name to its
first field word.  Sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_two_dictionary_words_then_a_province_close_a_local_body():
    assert unit_names("Bà Yến làm ở Chi cục An toàn vệ sinh thực phẩm Long An từ năm ngoái.") == \
        ["Chi cục An toàn vệ sinh thực phẩm Long An"]
    # before: no unit ("Ban Quản lý" alone is a generic board)
    assert unit_names("Ông Khoa là trưởng Ban Quản lý đường sắt đô thị Hà Nội từ năm ngoái.") == \
        ["Ban Quản lý đường sắt đô thị Hà Nội"]


def test_a_verb_in_the_run_keeps_the_place_out():
    # "kiểm tra" is a verb of the units' verb list (units.VERBISH): the run is a clause, the place is its object
    assert "Ban Quản lý đường sắt kiểm tra Hà Nội" not in \
        unit_names("Ban Quản lý đường sắt kiểm tra Hà Nội hôm qua.")

"""A surname spelled like an honorific ("Ông") right after an honorific of address ("ông Ông Văn Ích") was taken as
a second honorific and cut off the name ("Văn Ích").  It is the surname (honorific_surnames.txt), unless another
surname follows (the honorific written twice: "ông Ông Trần …").  Found by a newcomer; 2 stories of the bulk news
write such a name ("anh Ông …").  Sentences of our own wording."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _names(g: dict) -> set:
    return {o["name"] for o in g["officials"]} | {a["recipient"] for a in g["awards"]}


def test_the_surname_after_the_honorific_is_kept():
    g = facts_of("Chiều qua, ông Ông Văn Ích, Phó Chủ tịch UBND xã Tân Lập, được tặng Bằng khen.")
    assert _names(g) == {"Ông Văn Ích"}


def test_after_a_capitalised_honorific_too():
    g = facts_of("Bà Ông Thị Lụa được tặng Giấy khen. Anh Ông Tiến cũng được khen.")
    assert "Ông Thị Lụa" in _names(g) and "Thị Lụa" not in _names(g)


def test_a_doubled_honorific_before_a_surname_is_no_surname():
    g = facts_of("Ông Ông Phạm Đức Hòa được tặng Bằng khen.")
    assert _names(g) == {"Phạm Đức Hòa"}

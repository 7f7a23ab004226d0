"""A body glued between a title and a foreign holder's name is the title's unit, not part of the name: a body the
document names bare after "của", "tại" or "hãng" (``body_cues.txt``: persons.written_bodies), or a collective of
``collectives_named.txt``; "CEO" (english_body_heads.txt, "# Titles") is a title.  Sentences and names invented for
these tests; expected values worked out by hand from GUIDELINES.md (position as written, its unit apart)."""
from __future__ import annotations

from extractors.components.persons import written_bodies
from tests.test_extractors import facts_of, positions_and_units


def test_a_body_named_after_cua_is_the_titles_unit():
    assert positions_and_units("Nhân viên của Zorvex phản đối. Giám đốc điều hành Zorvex Travis Kellan nói.") == {
        "Travis Kellan": ("Giám đốc điều hành", "Zorvex")}


def test_a_listed_collective_glued_after_ceo():
    assert positions_and_units("CEO Apple Martin Kellow cho biết.") == {"Martin Kellow": ("CEO", "Apple")}


def test_the_glued_body_is_no_unit_fact_of_its_own():
    assert facts_of("Nhân viên của Zorvex phản đối. Giám đốc điều hành Zorvex Travis Kellan nói.")["units"] == []


def test_a_word_written_alone_after_a_title_is_a_name():
    words = "Học trò của Parvik rất vui . HLV Parvik nói .".split()
    assert written_bodies(words, {"hlv"}) == frozenset()
    words = "Nhân viên của Zorvex phản đối . CEO Zorvex Travis Kellan nói .".split()
    assert written_bodies(words, {"ceo"}) == frozenset({("Zorvex",)})


def test_a_word_opening_a_name_elsewhere_is_no_body():
    words = "Rita Olen , Lady Mary Charvis đến . Trang phục của Lady đẹp .".split()
    assert written_bodies(words, set()) == frozenset()


def test_a_body_then_the_next_sentence_is_no_person():
    assert facts_of("Giám đốc điều hành Walmart Chiếc xe này đắt.")["officials"] == []

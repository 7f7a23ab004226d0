"""Session 31: a bare "Anh hùng" closing its clause right after a verb of conferring or honouring of triggers.tsv is
the title conferred, its kind left out (the rule read "tuyên dương" only, one wording). Sentences written for these
tests; the expected facts worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_bare_hero_after_honouring_and_conferring_verbs():
    assert people(facts_of("Năm 1999, xã Tân Phước được tuyên dương Anh hùng.")) == {("xã Tân Phước", "Anh hùng")}
    assert people(facts_of("Năm 2005, xã Tân Phước được phong tặng Anh hùng.")) == {("xã Tân Phước", "Anh hùng")}


def test_hero_of_a_heroic_mother_or_without_a_verb_is_no_title():
    assert people(facts_of("Huyện thăm hỏi các Mẹ Việt Nam Anh hùng, thương binh.")) == set()
    assert people(facts_of("Xã Tân Phước gặp mặt Anh hùng.")) == set()

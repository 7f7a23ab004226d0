"""A person known by a name without a surname (a stage name after a title) named again bare is a person there too
(extractors/components/named_again.py): the award given at the bare mention has its recipient, and the bare mention
adds no title of its own (names and wordings invented for these tests)."""
from __future__ import annotations

from extractors.components.base import Ent
from extractors.components.named_again import named_again
from tests.test_extractors import facts_of


def test_award_at_a_bare_stage_name_goes_to_the_person():
    g = facts_of("Hoa hậu Ngọc Yên Chi dự lễ trao giải.", "Hiện tại, chồng Ngọc Yên Chi là Chủ tịch một công ty nông dược ở TP HCM.",
                 "Tại đây, Ngọc Yên Chi nhận Bằng khen của UBND tỉnh.")
    assert [(a["recipient"], a["award"], a["recipient_type"]) for a in g["awards"]] == \
        [("Ngọc Yên Chi", "Bằng khen của UBND tỉnh", "person")]
    # the title is the titled mention's, not the husband's read after the bare one
    assert [(o["name"], o["position"]) for o in g["officials"]] == [("Ngọc Yên Chi", "Hoa hậu")]


def test_a_street_named_so_is_no_person():
    g = facts_of("Hoa hậu Ngọc Yên Chi dự lễ trao giải.", "Khách sạn trên đường Ngọc Yên Chi nhận Bằng khen của UBND tỉnh.")
    assert g["awards"] == []


def test_spans_only_where_the_name_stands_alone():
    words = ["Hoa", "hậu", "Yên", "Khuê", ".", "Yên", "Khuê", "hát", ",", "Trần", "Yên", "Khuê", "và", "phố",
             "Yên", "Khuê", ",", "Yên", "Khuê", "Hotel"]
    found = [Ent("person", 2, 4, "Yên Khuê")]
    assert named_again(words, found, {"Trần"}, {"phố"}) == [(5, 7)]
    # a name opening on a surname is found bare by persons.py already: not looked for again
    assert named_again(["Trần", "Khuê", ".", "Trần", "Khuê"], [Ent("person", 0, 2, "Trần Khuê")], {"Trần"}, set()) == []

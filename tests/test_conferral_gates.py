"""The cheap necessary conditions the conferral fallbacks ask first (session 29, speed: the same facts as before):
a place subject after the words for its people (conferral_subjects._past_community, place_at), a fronted phrase
naming other recipients (RecipientLists._fronted_recipients), a list item opening on a collective noun
(RecipientLists._collective_items), a counted group named in another sentence (CountedRecipients._named_groups).
Sentences of our own wording; the values worked out by hand."""
from __future__ import annotations

from extractors.components.conferral_subjects import _past_community, place_at
from tests.test_extractors import facts_of, people


def test_past_community_reads_only_the_phrase_at_the_start():
    words = "Đảng bộ , chính quyền và Nhân dân xã Tân Phú huyện Đông Hòa đã được tặng Huân chương".split()
    assert _past_community(words, 0, len(words)) == 8  # past "Đảng bộ , chính quyền và Nhân dân"
    assert _past_community(words, 6, len(words)) == 8  # past "Nhân dân" alone
    assert _past_community(words, 8, len(words)) == 8  # "xã Tân Phú …": no such words
    assert _past_community(words, 0, 3) == 0  # the verb right after "Đảng bộ ,": the phrase is cut short


def test_place_at_with_and_without_its_level():
    words = "Thị xã Sông Cầu được tặng".split()
    place = place_at(words, 0, 4)
    assert (place.start, place.end, place.text) == (0, 4, "thị xã Sông Cầu")
    assert place_at("Ông Sông Cầu được tặng".split(), 0, 3) is None  # "Ông": no level, "Ông Sông Cầu" no province
    assert place_at([], 0, 0) is None


def test_community_before_a_commune_receives_as_the_commune():
    g = facts_of("Đảng bộ, chính quyền và Nhân dân xã Tân Phú đã vinh dự được tặng Huân chương Lao động hạng Ba.")
    assert people(g) == {("xã Tân Phú", "Huân chương Lao động hạng Ba")}


def test_fronted_collectives_receive_the_same_award():
    g = facts_of("Ngoài 2 tập thể là Trường Tiểu học Kim Đồng và Trường THCS Lê Lợi, UBND huyện Yên Mô cũng đã "
                 "trao giấy khen cho ông Trần Văn Bình.")
    assert {r for r, _ in people(g)} == {"Trần Văn Bình", "Trường Tiểu học Kim Đồng", "Trường THCS Lê Lợi"}


def test_an_item_opening_on_a_collective_noun_is_a_recipient():
    g = facts_of("UBND tỉnh Quảng Trị tặng bằng khen cho ban liên lạc cựu chiến binh Trường Sơn.")
    assert {r for r, _ in people(g)} == {"ban liên lạc cựu chiến binh Trường Sơn"}

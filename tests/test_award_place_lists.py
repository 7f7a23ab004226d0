"""Places listed as the subject of a conferral ("huyện A và xã B được tặng …").

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import awards, facts_of


def test_two_places_of_different_levels_each_receive_the_award():
    """"huyện A và xã B được tặng …": two place recipients, each with its own level (before: none at all, the
    single-place subject reading only one place right before the verb)."""
    g = facts_of("Năm 2001, huyện Tân Phước và xã Mỹ Lợi được tặng Huân chương Chiến công hạng Nhì.")
    assert awards(g) == {("huyện Tân Phước", "Huân chương Chiến công hạng Nhì", "conferred"),
                         ("xã Mỹ Lợi", "Huân chương Chiến công hạng Nhì", "conferred")}


def test_a_counted_level_is_shared_by_the_names_after_it():
    """"Hai tỉnh A và B": both are provinces (tỉnh A, tỉnh B); a province must be one of provinces_2025.tsv."""
    g = facts_of("Hai tỉnh Kon Tum và Gia Lai đã vinh dự được tặng Cờ thi đua của Chính phủ.")
    assert awards(g) == {("tỉnh Kon Tum", "Cờ thi đua của Chính phủ", "conferred"),
                         ("tỉnh Gia Lai", "Cờ thi đua của Chính phủ", "conferred")}


def test_an_unnamed_rest_after_the_places_is_left_out():
    """"Ba huyện A, B và C và nhiều xã, đơn vị được tặng …": three districts get the award; the unnamed rest in lower
    case gives no fact (before: none)."""
    g = facts_of("Trong kháng chiến, ba huyện Cầu Kè, Tiểu Cần và Duyên Hải và nhiều xã, đơn vị được tặng Huân "
                 "chương Quân công hạng Ba.")
    assert awards(g) == {(f"huyện {n}", "Huân chương Quân công hạng Ba", "conferred")
                         for n in ("Cầu Kè", "Tiểu Cần", "Duyên Hải")}


def test_a_list_not_all_of_places_is_not_read_as_places():
    """"huyện A và ông B": the second item is no place, so the list of places gives nothing (the person is the
    recipient, as before); a single place still reads as before."""
    g = facts_of("Năm 2001, huyện Tân Phước và ông Lê Văn Tám được tặng Huân chương Chiến công hạng Nhì.")
    assert awards(g) == {("Lê Văn Tám", "Huân chương Chiến công hạng Nhì", "conferred")}
    g = facts_of("Năm 1985, huyện Tân Phước được tuyên dương Anh hùng Lao động.")
    assert awards(g) == {("huyện Tân Phước", "Anh hùng Lao động", "conferred")}


def test_hero_title_named_without_its_kind_after_tuyen_duong():
    """"… được tuyên dương Anh hùng." names the title "Anh hùng" without its kind (before: no award); a kind after
    it keeps the full title, and a lower-case "anh hùng" describing a deed is no award."""
    g = facts_of("Trong kháng chiến, hai huyện Cầu Kè và Tiểu Cần được tuyên dương Anh hùng.")
    assert awards(g) == {("huyện Cầu Kè", "Anh hùng", "conferred"), ("huyện Tiểu Cần", "Anh hùng", "conferred")}
    g = facts_of("Năm 1985, ông Lê Văn Tám được tuyên dương Anh hùng Lao động.")
    assert awards(g) == {("Lê Văn Tám", "Anh hùng Lao động", "conferred")}
    g = facts_of("Ông Lê Văn Tám được tặng Bằng khen vì hành động anh hùng.")
    assert ("Lê Văn Tám", "Anh hùng", "conferred") not in awards(g)


def test_each_place_span_opens_at_its_written_level_word():
    """Each place's span opens at the level word written before it, or at its name when it takes the level before
    it: "tỉnh Huế" (Huế is a "thành phố" in provinces_2025.tsv) opened at "Huế", one word late, when the level put
    in its name was longer than the one written (reviewer, session 30)."""
    from extractors.components.conferral_subjects import places_at

    words = "tỉnh Huế và tỉnh Quảng Trị được tặng".split()
    assert [(e.start, e.end, e.text) for e in places_at(words, 0, 6)] == [(0, 2, "thành phố Huế"),
                                                                         (3, 6, "tỉnh Quảng Trị")]
    words = "Ba huyện Mường Tè , Sìn Hồ và Phong Thổ được tặng".split()
    assert [(e.start, e.end) for e in places_at(words, 0, 10)] == [(1, 4), (5, 7), (8, 10)]

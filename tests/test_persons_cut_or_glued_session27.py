"""Persons, session 27: names run on past a dash into the next clause, glued to a nationality that is also a
surname, or cut at a family name written with an apostrophe (``extractors/components/persons.py``); and the role
nouns of a team's captain and a weightlifter (``corpora/gazetteers/role_nouns.txt``). Every sentence here was
written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import positions as officials


def test_a_function_word_after_a_spaced_dash_opens_the_next_clause():
    # "trong" (clause_openers.txt) is no romanised last syllable of the name, as "sim" is in "Rim Jong - sim"
    p = officials("Đêm diễn có nghệ sĩ Hồng Đào - trong vai bà mẹ chồng.",
                  "Cùng hát có ca sĩ Thanh Lam - theo lời mời của ban tổ chức.")
    assert "Hồng Đào" in p and "Thanh Lam" in p
    assert not any("trong" in n or "theo" in n for n in p)


def test_a_romanised_syllable_after_a_spaced_dash_still_closes_the_name():
    p = officials("Lực sĩ Triều Tiên Pak Jong - sim giành huy chương vàng.")
    assert [n.replace("–", "-") for n in p] == ["Pak Jong - sim"]  # (the text's dash is normalised to "–")


def test_a_short_country_name_after_goc_is_a_nationality_not_a_surname():
    # "Hàn" is a surname of surnames.txt and the short name of Hàn Quốc (country_short_names.tsv)
    p = officials("Nhà hàng của đầu bếp gốc Hàn Peter Lim mở cửa hôm qua.")
    assert "Peter Lim" in p
    assert "Hàn Peter Lim" not in p


def test_a_vietnamese_name_with_that_surname_stays_whole():
    p = officials("Ông Hàn Văn Sơn, Chủ tịch UBND xã, dự lễ.")
    assert "Hàn Văn Sơn" in p


def test_a_family_name_with_an_apostrophe_goes_on_the_given_name():
    p = officials("Người mẫu Sarah O'Hara và MC Tom Baker cùng dự buổi tiệc.")
    assert p.get("Sarah O'Hara") == "Người mẫu"
    assert "Sarah" not in p


def test_captain_and_weightlifter_are_positions():
    p = officials("Trước trận đấu, thủ quân Pedro Alvarez nhận cờ lưu niệm.",
                  "Hôm qua lực sĩ Mario Rossi phá kỷ lục thế giới.")
    assert p["Pedro Alvarez"] == "thủ quân"
    assert p["Mario Rossi"] == "lực sĩ"


def test_rim_opens_a_korean_name_after_the_country():
    # "Rim" (romanised_surnames.txt) is shaped like a Vietnamese syllable, so it is no foreign word by itself
    p = officials("Nữ lực sĩ Triều Tiên Rim Jong - hui phá kỷ lục châu Á.")
    assert [n.replace("–", "-") for n in p] == ["Rim Jong - hui"]


def test_a_counted_occupation_then_la_or_gom_cues_the_names_of_its_list():
    # "2 hậu vệ là …", "ba tiền đạo gồm …": the names of two syllables, with no surname, follow the count's cue
    p = officials("Hàng thủ của đội có 2 trung vệ là Minh Khôi và Gia Huy.",
                  "Hàng công có ba tiền đạo gồm Bảo Lâm, Quốc Việt và Trọng Nhân.")
    assert {n: p.get(n) for n in ("Minh Khôi", "Gia Huy")} == {"Minh Khôi": "trung vệ", "Gia Huy": "trung vệ"}
    assert {p.get(n) for n in ("Bảo Lâm", "Quốc Việt", "Trọng Nhân")} == {"tiền đạo"}


def test_without_a_count_la_opens_no_list_of_names():
    # "Anh là …" is a predicate of the person before it, not a list of the title's holders
    p = officials("Ông Lê Văn Khải, thủ môn của đội, là Quán quân giải đấu năm nay.")
    assert set(p) == {"Lê Văn Khải"}

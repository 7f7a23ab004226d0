"""Word lists the extractors once wrote in code and now load from corpora/gazetteers/ (tidy of session 24): each
rule reads every entry of its gazetteer section, as written by hand here, so a dropped or mistyped entry (or an
edited section heading) fails."""
from __future__ import annotations


def test_contrast_openers_load_from_their_gazetteer():
    from extractors.components import conferral_recipients as r

    assert r.CONTRAST_OPENERS == {"còn", "riêng"}
    assert r.CONTRAST_NAMED == {"nhưng"}


def test_fronted_openers_load_longest_first():
    from extractors.components import conferral_recipients as r

    assert r.FRONTED_OPENERS == ("sau khi", "vượt qua", "mặc dù", "sau", "khi", "nhờ", "với", "dù", "tuy")
    assert r._opening(["sau", "khi", "ông"], r.FRONTED_OPENERS) == "sau khi"  # not the shorter "sau"


def test_time_front_loads_with_nhieu():
    from extractors.components.conferral_words import TIME_FRONT

    assert TIME_FRONT == {"ngày", "sáng", "chiều", "tối", "trưa", "hôm", "năm", "tháng", "nhờ", "với", "tại", "trong",
                          "dịp", "nhân", "nhiều"}


def test_subject_adverbs_and_pairs_load():
    from extractors.components.conferral_words import ADVERB_PAIRS, ADVERBS, adverbs_start

    assert ADVERBS == {"đã", "vừa", "mới", "cũng", "vinh", "dự", "chỉ", "lại", "đều", "từng", "sẽ", "còn", "lần", "thứ",
                       "hai", "ba", "tiếp", "tục"}
    assert ADVERB_PAIRS == {("liên", "tục"), ("liên", "tiếp")}
    words = ["Xưởng", "A", "liên", "tục", "đã", "nhận"]
    assert adverbs_start(words, 0, 5) == 2  # back over "đã" and the pair "liên tục"
    # a capitalised "Liên" is a name's syllable: only the lone adverb "tục" is stepped over, not the pair
    assert adverbs_start(["bà", "Liên", "tục", "nhận"], 0, 3) == 2


def test_list_noun_openers_are_the_plural_quantifiers():
    from extractors.components.campaigns import LIST_NOUN_OPENERS
    from extractors.components.conferral_counts import PLURAL_QUANTIFIERS

    assert LIST_NOUN_OPENERS == {"các", "những", "nhiều"} == PLURAL_QUANTIFIERS


def test_won_title_nouns_load_as_word_tuples():
    from extractors.components.awards import WON_TITLE_NOUN_LENGTHS, WON_TITLE_NOUNS

    assert WON_TITLE_NOUNS == {("ngôi", "vị"), ("danh", "hiệu"), ("vương", "miện"), ("chiếc", "vương", "miện"),
                               ("cuộc", "thi")}
    assert WON_TITLE_NOUN_LENGTHS == [3, 2]


def test_clause_openers_load_with_their_phrase():
    from extractors.components.conferral_references import SHORT_NAME_FRONTS
    from extractors.components.conferral_words import FRONTING

    assert FRONTING == {"sau", "khi", "chia", "từng", "được", "vừa", "với", "nhờ", "trước", "ngay", "cũng", "về",
                        "sau khi"}
    assert SHORT_NAME_FRONTS == FRONTING | {"tại", "trong"}


def test_fronting_sections_stay_apart():
    """The three sections of fronted_openers.txt are read as three lists (one merged list changes facts): the
    passive "được" opens a clause of FRONTING but no adverbial clause, "ngày" only a time phrase."""
    from extractors.components.conferral_recipients import FRONTED_OPENERS
    from extractors.components.conferral_words import FRONTING, TIME_FRONT

    assert "được" in FRONTING and "được" not in FRONTED_OPENERS and "được" not in TIME_FRONT
    assert "ngày" in TIME_FRONT and "ngày" not in FRONTING and "ngày" not in FRONTED_OPENERS


def test_address_words_pronouns_and_day_words_load():
    from extractors.components.conferral_words import ADDRESS, DAY_WORDS, PRONOUNS

    assert ADDRESS == {"ông", "bà", "anh", "chị", "em", "đồng", "chí", "cô", "thầy", "tập", "thể", "cá", "nhân", "cháu",
                       "cụ"}
    assert PRONOUNS == {"Em", "Anh", "Chị", "Ông", "Bà", "Cô", "Thầy", "em", "anh", "chị", "ông", "bà", "cô"}
    assert DAY_WORDS == {"ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm"}


def test_joiners_of_persons_and_co_subjects_read_one_coordinators_list():
    # review of session 23's change, finding 13: the joiners of a list of persons and of a group co-subject were two
    # lists written apart; both now read coordinators.txt and share its coordinators
    from extractors.components.conferral_counts import CO_SUBJECT_JOINERS
    from extractors.components.foreign_single import JOINERS, LEFT_JOINERS, LIST_GOES_ON

    assert JOINERS == {"và", "cùng", ",", "hay"}
    assert CO_SUBJECT_JOINERS == {"và", "cùng", ",", "với"}
    assert LEFT_JOINERS == {"và", "hay"}
    assert LIST_GOES_ON == {"và", "cùng", ",", "hay", "với", ".", ";", "…"}
    assert JOINERS & CO_SUBJECT_JOINERS == {"và", "cùng", ","}


def test_place_prepositions_deceased_and_island_levels_load():
    from extractors.components.officials import DECEASED
    from extractors.components.persons import LOCATIVE_PREPOSITIONS, NOT_PERSON_BEFORE, PLACE_PREPOSITIONS
    from extractors.components.unit_words import ISLAND_LEVELS
    from extractors.engine import _LATE

    assert PLACE_PREPOSITIONS == {"tại", "ở", "thuộc", "đến", "tới", "từ"} and PLACE_PREPOSITIONS <= NOT_PERSON_BEFORE
    assert LOCATIVE_PREPOSITIONS == {"tại", "ở", "thuộc"}
    assert DECEASED == {"cố", "Cố"}
    assert _LATE.match("Cố Bí thư") and not _LATE.match("cố vấn")
    assert ISLAND_LEVELS == {"huyện", "xã"}


def test_link_qualifiers_are_the_locative_prepositions_among_the_qualifiers():
    # review of session 24, finding L2: unit_extent.LINK_QUALIFIERS repeated place_prepositions.txt's locatives
    from extractors.components.unit_extent import LINK_QUALIFIERS

    assert LINK_QUALIFIERS == {"tại", "thuộc"}

"""Foreign person names and lunar-year names (extractors.foreign, the persons component)."""
import pytest

from extractors.components.base import state
from extractors.foreign import is_foreign_word, is_vietnamese_syllable
from extractors.nlp import get_nlp


@pytest.mark.parametrize("word", ["Nguyễn", "Nghiêng", "Quỳnh", "Khuyến", "Thích", "Giữ", "Hu", "Seo"])
def test_vietnamese_syllables(word):
    assert is_vietnamese_syllable(word)
    assert not is_foreign_word(word)


@pytest.mark.parametrize("word", ["Masami", "Iijima", "Duterte", "Kuhn", "Putin", "Trump", "Zoran", "Jong"])
def test_foreign_words(word):
    assert is_foreign_word(word)


def test_an_initial_is_no_foreign_word():
    assert not is_foreign_word("Nh")


def persons(text):
    return [p.text for p in state(get_nlp()(text))["person"]]


def test_foreign_name_without_a_title():
    assert persons("Maurice Greenberg, cựu giám đốc điều hành công ty bảo hiểm AIG, cũng được nhận huân chương.") \
        == ["Maurice Greenberg"]


def test_foreign_name_of_one_word_after_a_title_and_a_country():
    assert persons("Tổng thống Philippines Duterte trao Huân chương cho ông.") == ["Duterte"]


def test_name_particles_and_a_joining_dash():
    assert persons("Phát biểu tại buổi lễ, ông Arnoud van den Berg cho biết.") == ["Arnoud van den Berg"]
    assert persons("Bộ trưởng Anna Kopacz - Mrak phát biểu.") == ["Anna Kopacz - Mrak"]


def test_regnal_number_and_given_name_short_form():
    assert persons("Huân chương được trao cho ông Elizabeth II.") == ["Elizabeth II"]
    assert persons("Cựu Thủ tướng Thaksin Shinawatra nhận huân chương. Ông Thaksin cho biết.") == \
        ["Thaksin Shinawatra", "Thaksin Shinawatra"]


def test_not_persons_places_companies_titles_and_english_phrases():
    assert persons("Ông đến thăm Điện Kremlin tại Kaliningrad.") == []
    assert persons("Công ty FrieslandCampina và tập đoàn Panasonic Corporation được vinh danh.") == []
    assert persons("Em giành huy chương đồng World Robot Olympiad.") == []
    assert persons("Bộ phim “Parasite Story” đoạt giải.") == []
    assert persons("Chứng chỉ (Cambridge Tests) được cấp.") == []


def test_lunar_year_is_no_person():
    assert persons("Tết Đinh Dậu, ông Đinh Văn Dậu về quê.") == ["Đinh Văn Dậu"]


def test_a_country_after_a_title_before_the_name_is_no_person():
    assert persons("Có cựu Thủ tướng Australia, ông John Howard và nhạc sĩ Trần Văn Khê.") == \
        ["John Howard", "Trần Văn Khê"]


def test_clergy_and_royal_titles_open_a_name():
    assert persons("Thủ tướng tặng bằng khen cho Đại đức Thích Phước Ngọc.") == ["Thích Phước Ngọc"]
    assert persons("Bộ trưởng trao Huân chương cho Hoàng tử Andrew, Công tước xứ York.") == ["Andrew"]
    assert persons("Em rất thích Hà Nội.") == []


def test_a_dash_joined_word_counts_as_one_syllable_of_the_name():
    assert persons("trao Huân chương cho ông Miguel Mario Diaz – Canel Bermudez, Chủ tịch Cuba.") == \
        ["Miguel Mario Diaz – Canel Bermudez"]
    assert persons("Chủ tịch Kassym - Zhomart Tokayev phát biểu.") == ["Kassym - Zhomart Tokayev"]


def test_toneless_keeps_the_vowel_marks_and_drops_the_tones():
    from pipeline.normalize import toneless as _toneless
    assert _toneless("Hưởng") == "hương"
    assert _toneless("ĐẶNG") == "đăng"
    assert _toneless("Tom") == "tom"


def test_a_title_completed_by_a_code_word():
    from extractors.components.officials import CODE_WORD
    assert CODE_WORD["9C"] and CODE_WORD["11/3"]
    assert not CODE_WORD["lớp"] and not CODE_WORD["9-3"] and not CODE_WORD["/"]

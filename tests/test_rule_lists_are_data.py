"""Word lists that lived inline in the extractors beside the corpora (the function words ending an enterprise's trade,
the demonstratives that are no place's syllable, the openers of a narrowing sentence) are read from
corpora/gazetteers/, each with its source in the README (review 21, finding 6)."""
from __future__ import annotations

from extractors.gazetteer import section, word_list


def test_the_trade_stops_are_read_from_their_file():
    from extractors.components.persons import TRADE_STOPS
    assert {"được", "nhưng"} <= set(section("trade_stops.txt", "# Function words")) <= TRADE_STOPS


def test_the_demonstratives_are_read_from_their_file():
    from extractors.components.unit_places import DEMONSTRATIVES
    assert DEMONSTRATIVES == set(word_list("demonstratives.txt")) and "Đó" in DEMONSTRATIVES


def test_the_narrowing_openers_are_read_from_their_file():
    from extractors.components.counted_groups import NARROWING
    assert NARROWING == word_list("narrowing_openers.txt") and "trong số đó" in NARROWING


def test_the_described_person_cues_are_read_from_their_file():
    # session 34: role_anaphora wrote its cue words in code
    from extractors.components import role_anaphora
    from extractors.gazetteer import section_word

    cues = "described_person_cues.txt"
    assert (role_anaphora.NATIONALITY_WORD, role_anaphora.AGE_WORD, role_anaphora.JOINED_NATIONALITY) == \
        (section_word(cues, "# Nationality"), section_word(cues, "# Age"), section_word(cues, "# Joined nationality")) \
        == ("người", "tuổi", "và")
    assert (role_anaphora.PAST_WORDS, role_anaphora.NAME_WORDS) == (section(cues, "# Past"), section(cues, "# Name")) \
        == (("từng",), ("tên",))


def test_a_one_word_section_of_several_words_is_refused(tmp_path, monkeypatch):
    import pytest

    from extractors import gazetteer

    (tmp_path / "cues.txt").write_text("# source: written for this test\n# One\nmột\nhai\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "GAZETTEER_DIR", tmp_path)
    assert gazetteer.section("cues.txt", "# One") == ("một", "hai")
    with pytest.raises(ValueError, match=r"cues.txt: section '# One' has 2 entries, one is read"):
        gazetteer.section_word("cues.txt", "# One")
    gazetteer.section.cache_clear()  # the file of this test is no gazetteer of the project


def test_the_sex_words_are_read_from_their_file():
    # session 34 added the male sex to officials in code beside the female one; both are sex_words.txt's now, each
    # in lower case and capitalised (a sentence's first word), the female one also a title prefix
    from extractors.components import officials

    assert section("sex_words.txt", "# Female") == ("nữ",) and section("sex_words.txt", "# Male") == ("nam",)
    assert (officials.GENDER, officials.MALE) == ({"nữ", "Nữ"}, {"nam", "Nam"})
    assert officials.SEX_WORDS == {"nữ", "Nữ", "nam", "Nam"} and officials.GENDER <= officials.PREFIX
    assert not officials.MALE & officials.PREFIX  # ("Việt Nam" before a title: no prefix)


def test_the_title_cues_are_read_from_their_file():
    # session 34 wrote the cues of praise that take a copula in code, beside the title cues; title_cues.txt holds all
    from extractors.components import awards

    assert set(awards.TITLE_CUES) == {"danh hiệu", "hạng mục", "tuyên dương", "vinh danh", "tôn vinh"}
    assert awards.TITLE_COPULA_CUES == section("title_cues.txt", "# Praise") == ("tuyên dương", "vinh danh", "tôn vinh")
    assert awards.TITLE_COPULA == "là" and "danh hiệu" not in awards.TITLE_COPULA_CUES

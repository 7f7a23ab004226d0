"""Speed changes of session 12 keep what they replace (values worked out by hand)."""
from types import SimpleNamespace


def _units():
    from extractors.nlp import get_nlp

    return get_nlp().get_pipe("sovang_units")


def test_opening_phrase_split_once():
    """conferrals._opening: the phrases' words are split once (cached), the first phrase opening the words wins."""
    from extractors.components.conferral_words import _opening, _words_of

    phrases = ("đội tuyển", "đoàn", "đội tuyển bóng đá")
    assert _opening(["đội", "tuyển", "bóng", "đá", "nữ"], phrases) == "đội tuyển"
    assert _opening(["đoàn", "công", "tác"], phrases) == "đoàn"
    assert _opening(["đội", "bay"], phrases) is None
    assert _opening([], phrases) is None
    assert _words_of("đội tuyển bóng đá") == ["đội", "tuyển", "bóng", "đá"]
    assert _opening(["đội", "tuyển"], phrases) == "đội tuyển"  # the cached split gives the same answer again


def test_school_short_forms_by_level_prefix():
    """units._school_short_forms: a key opening with a school level and a space ("cao đẳng y tế …") takes the
    spelling with "Trường"; a key that only begins with the letters of a level ("cao đẳngx") does not."""
    from extractors.components.unit_variants import SCHOOL_LEVEL_PREFIXES
    from extractors.components.units import UnitRecognizer

    assert "cao đẳng " in SCHOOL_LEVEL_PREFIXES and all(p.endswith(" ") for p in SCHOOL_LEVEL_PREFIXES)
    fullest = {"cao đẳng y tế hà giang": "Cao đẳng Y tế Hà Giang",
               "trường cao đẳng y tế hà giang": "Trường Cao đẳng Y tế Hà Giang",
               "đh mỏ": "ĐH Mỏ", "trường đh mỏ": "Trường ĐH Mỏ",
               "cao đẳngx": "Cao đẳngX", "trường cao đẳngx": "Trường Cao đẳngX",
               "sở y tế": "Sở Y tế"}
    UnitRecognizer._school_short_forms(fullest)
    assert fullest == {"cao đẳng y tế hà giang": "Trường Cao đẳng Y tế Hà Giang",
                       "trường cao đẳng y tế hà giang": "Trường Cao đẳng Y tế Hà Giang",
                       "đh mỏ": "Trường ĐH Mỏ", "trường đh mỏ": "Trường ĐH Mỏ",
                       "cao đẳngx": "Cao đẳngX", "trường cao đẳngx": "Trường Cao đẳngX",
                       "sở y tế": "Sở Y tế"}


def test_acronym_variants_cut_ends_computed_for_matching_heads():
    """units._acronym_variants: the ends a name may be cut at are worked out only for names with the same first
    words; the acronym of the middle syllables still finds the full name."""
    units = _units()
    short, long = "Hội LHTNVN TP. HCM", "Hội Liên hiệp thanh niên Việt Nam TP. HCM"
    fullest = {"hội lhtnvn tp. hcm": short, "hội liên hiệp thanh niên việt nam tp. hcm": long,
               "sở gd": "Sở GDĐT Nam Định"}
    units._acronym_variants(fullest)
    assert fullest == {"hội lhtnvn tp. hcm": long, "hội liên hiệp thanh niên việt nam tp. hcm": long,
                       "sở gd": "Sở GDĐT Nam Định"}


def test_bylines_near_the_end_counted_from_the_last_line_breaks():
    """persons._without_bylines: a name alone on its line is a byline only among the last BYLINE_LINES (8)
    line breaks; the breaks are counted back from the end of the text."""
    from extractors.components.persons import BYLINE_LINES, PersonRecognizer

    assert BYLINE_LINES == 8
    # token 0-1: a name alone on the first line, then 9 lines of one word each, then a name alone on the last line
    words = ["Lê", "Ba", "\n"] + [w for k in range(9) for w in (f"dòng{k}", "\n")] + ["Trần", "Cư"]
    first = SimpleNamespace(text="Lê Ba", start=0, end=2)
    last = SimpleNamespace(text="Trần Cư", start=len(words) - 2, end=len(words))
    kept = PersonRecognizer._without_bylines(words, [first, last])
    assert kept == [first]  # 10 line breaks after "Lê Ba" (kept); none after "Trần Cư" (a byline)
    # with 8 lines after it, the first name is near the end too
    words8 = ["Lê", "Ba", "\n"] + [w for k in range(7) for w in (f"dòng{k}", "\n")] + ["Trần", "Cư"]
    last8 = SimpleNamespace(text="Trần Cư", start=len(words8) - 2, end=len(words8))
    assert PersonRecognizer._without_bylines(words8, [first, last8]) == []
    # a text of fewer line breaks than BYLINE_LINES: every line is near the end
    assert PersonRecognizer._without_bylines(["Lê", "Ba", "\n", "x"], [first]) == []

"""Speed changes of session 13 keep what they replace (values worked out by hand)."""
from itertools import compress


def test_word_test_caches_and_is_bounded():
    """base.WordTest: the test's answer per word, computed once, the table emptied when full."""
    from extractors.components.base import WordTest

    calls = []

    def upper_first(w):
        calls.append(w)
        return w[:1].isupper()

    t = WordTest(upper_first, limit=3)
    words = ["Ông", "ba", "Ông", "", "Hà"]
    assert list(compress(range(len(words)), map(t.__getitem__, words))) == [0, 2, 4]
    assert calls == ["Ông", "ba", "", "Hà"]  # "Ông" asked twice, tested once
    assert t == {"Hà": True}  # full at three words: emptied before the fourth was kept
    assert t["ba"] is False and t["Hà"] is True


def test_year_regex_checks_the_character_before_after_the_digits():
    """lexicon.YEAR: a year 1940-2049 alone, not after a digit, "/", "." or "-", nor before a digit; the same
    matches (spans and group 1) as the look-behind written first."""
    import re

    from extractors.lexicon import YEAR

    first = re.compile(r"(?<![\d/.-])(19[4-9]\d|20[0-4]\d)(?![\d])")
    text = "năm 2018, 12019, QĐ số 15/2017, ngày 3-2016, 1.2015 và 2049 (1939, 1940) 20455 x2021"
    found = [(m.start(), m.group(1)) for m in YEAR.finditer(text)]
    assert found == [(4, "2018"), (55, "2049"), (67, "1940"), (80, "2021")]
    assert found == [(m.start(), m.group(1)) for m in first.finditer(text)]
    assert YEAR.search("2020") and not YEAR.search("/2020") and not YEAR.search("20201")
    assert [m.group(1) for m in YEAR.finditer(text, 5)] == ["2049", "1940", "2021"]  # (the digit before pos 5 is read)


def test_written_years_needs_nam_and_a_year():
    """engine._written_years: "năm YYYY" (not "sinh năm"), full dates and "tháng M/YYYY" of a text; a text without
    "ăm 19"/"ăm 20" skips the "năm YYYY" regex and gives only its dates."""
    from extractors.engine import _written_years

    assert list(_written_years("Năm 2019 và năm 2020, ông (sinh năm 1990) nhận 2 giải")) == [2019, 2020]
    assert list(_written_years("ngày 12/5/2018 tổng kết tháng 6/2018")) == [2018, 2018]
    assert list(_written_years("năm học mới, năm  2018")) == []  # (two spaces: no "năm YYYY")


def test_person_scans_of_capitalised_and_foreign_words():
    """persons: the capitalised tokens (first character upper-case, not only letters: "Ⅳ") and the foreign words
    that can open a name (one capital, first: "Masami", not "TTr", "Hà")."""
    from extractors.components.persons import _FOREIGN_OPENER, _UPPER_FIRST

    words = ["ông", "Masami", "TTr", "Ⅳ", "(", "Hà", "Smith", ""]
    starts = list(compress(range(len(words)), map(_UPPER_FIRST.__getitem__, words)))
    assert starts == [1, 2, 3, 5, 6]
    assert list(compress(starts, map(_FOREIGN_OPENER.__getitem__, map(words.__getitem__, starts)))) == [1, 6]

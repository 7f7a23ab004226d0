"""Session 35's speed change: single words are lower-cased through base.LOWERED (a per-word table) instead of a
``str.lower`` call each time; the answers are those of ``str.lower`` (values worked out by hand)."""


def test_lowered_is_str_lower_kept_per_word():
    """LOWERED[w] is w.lower(), Vietnamese capitals included, computed once per distinct word."""
    from extractors.components.base import LOWERED

    words = ["ĐOÀN", "Ủy", "bạn", "Ông", "TP.HCM", ""]
    assert [LOWERED[w] for w in words] == ["đoàn", "ủy", "bạn", "ông", "tp.hcm", ""]
    first = LOWERED["Sở"]
    assert first == "sở" and LOWERED["Sở"] is first  # (the stored answer, not a new string)
    assert "Sở" in LOWERED


def test_classifier_read_in_any_case_through_the_table():
    """units._classifier_then_place (its classifier words lower-cased through LOWERED): "Hãng xe Nhật" opening a
    headline in capitals, a country after the classifier and no name after it, is no body; with a name after it it may be."""
    from extractors.components.base import toks
    from extractors.components.units import UnitRecognizer
    from extractors.nlp import get_nlp

    d = toks(get_nlp().make_doc("HÃNG XE Nhật giảm giá"))  # (a headline in capitals)
    assert UnitRecognizer._classifier_then_place(d, 0, {2: 3}) is True  # "Nhật" is tokens [2, 3)
    d = toks(get_nlp().make_doc("Hãng xe Nhật Toyota giảm giá"))
    assert UnitRecognizer._classifier_then_place(d, 0, {2: 3}) is False  # a capitalised name follows the place



def test_affix_search_of_a_word_of_letters_is_none_and_the_rest_as_the_regex():
    """nlp._ByEdge.search (a word of letters answered before any other test): the tokenizer's prefix and suffix
    searches give what their whole regexes give: nothing on letters alone, the mark at the edge otherwise."""
    from extractors.nlp import get_nlp

    tokenizer = get_nlp().tokenizer
    prefix, suffix = tokenizer.prefix_search.__self__, tokenizer.suffix_search.__self__
    spans = {"Đà": (None, None), "": (None, None), "[Huế": ((0, 1), None), "Huế]": (None, (3, 4)),
             "1975.": (None, (4, 5)), "Vinh\n": (None, None)}
    for word, (before, after) in spans.items():
        for search, want in ((prefix, before), (suffix, after)):
            got = search.search(word)
            full = search.regex.search(word)
            assert (got and got.span()) == want == (full and full.span()), word

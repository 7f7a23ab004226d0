"""Speed changes of session 25 keep what they replace (values worked out by hand)."""


def test_opening_compares_only_phrases_of_the_same_first_word():
    """conferral_words._opening: indexed by first word, the first phrase in the given order still wins, for a tuple
    and for a list; a phrase of no words (which opens anything) makes every phrase compared in order."""
    from extractors.components.conferral_words import _opening

    phrases = ("tổ bay", "đội tuyển", "đội", "đội tuyển quốc gia")
    assert _opening(["đội", "tuyển", "quốc", "gia"], phrases) == "đội tuyển"  # listed before the longer one
    assert _opening(["đội", "bay"], phrases) == "đội"
    assert _opening(["tổ", "công", "tác"], phrases) is None
    assert _opening(["kíp", "bay"], phrases) is None  # no phrase opens with "kíp"
    assert _opening([], phrases) is None
    listed = ["ngoài", "bên cạnh"]
    assert _opening(["bên", "cạnh", "đó"], listed) == "bên cạnh"
    assert _opening(["xa", "hơn"], ("ngoài", "", "xa")) == ""  # the blank phrase stands before "xa"


def _officials_and_toks(text):
    from extractors.components.base import toks
    from extractors.nlp import get_nlp

    nlp = get_nlp()
    return nlp.get_pipe("sovang_officials"), toks(nlp.make_doc(text))


def test_occupation_end_first_word_test():
    """officials._occupation_end answers -1 at once for a word opening no occupation, and finds the occupations
    as before: a role noun in any case ("ngư dân", role_nouns.txt), an occupation after the prefix "Nữ"
    ("diễn viên", honorifics.tsv kind role)."""
    linker, d = _officials_and_toks("Sau đó ngư dân trẻ về bến . NGƯ DÂN ấy . Nữ diễn viên Mỹ đến")
    # tokens: 0 Sau, 1 đó, 2 ngư, 3 dân, 4 trẻ, 5 về, 6 bến, 7 ., 8 NGƯ, 9 DÂN, 10 ấy, 11 ., 12 Nữ, 13 diễn,
    # 14 viên, 15 Mỹ, 16 đến
    assert d.words[12:15] == ["Nữ", "diễn", "viên"]
    assert linker._occupation_end(d, 0) == -1
    assert linker._occupation_end(d, 4) == -1
    assert linker._occupation_end(d, 2) == 4
    assert linker._occupation_end(d, 8) == 10
    assert linker._occupation_end(d, 12) == 15
    assert linker._occupation_end(d, 17) == -1  # past the last token

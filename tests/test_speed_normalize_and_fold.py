"""The speed-ups of round 3 give the same results as the plain code they replace.

Each fast path is checked against the straightforward definition it stands for, on sentences of our own
wording and on every letter of Unicode (the tokenizer's affix regexes skipped on letters alone).
"""
from __future__ import annotations

import random
import re

import pytest

from pipeline import normalize as N

#: the definition of normalize_text before round 3 (one regex pass per step and per line)
_OLD_NEW_STYLE = re.compile(r"[^\W\d_]*(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])[^\W\d_]*")


def plain_normalize(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    text = N._ZERO_WIDTH.sub("", text)
    text = N._DASHES.sub("-", text)
    text = re.sub(r"(?<=\s)-(?=\s)", "–", text)
    if not text.isascii():
        text = _OLD_NEW_STYLE.sub(N._place_tone_match, text)
    lines = [N._SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


OWN_TEXTS = [
    "Ông Lê Văn Hoà nhận bằng khen của Uỷ ban nhân dân huyện Thuỷ Nguyên.",
    "  Chị  khoẻ\u00a0mạnh,\tem thuỷ thủ  -  quý   khách  \r\n  dòng hai \u200b ",
    "Đội bóng  Hoà Bình — thắng 2–1; tàu ngầm Kilo‐636 xuất phát\u2212sớm",
    "x-y - z\n-\n - ",
    "HOÀ THUỶ KHOẺ quý Quý QUÝ oà uỳ",
    "plain ascii  text\twith   spaces",
    "",
    "a\u00adb\ufeffc",
]


@pytest.mark.parametrize("text", OWN_TEXTS)
def test_normalize_text_as_plain_definition(text):
    assert N.normalize_text(text) == plain_normalize(text)


def test_normalize_text_random_strings():
    rng = random.Random(3)
    alphabet = list("aoOuUyàáèẹỳýỴqQgGiI đĐ-–—\u2212 \t\u00a0\u2003\u3000\u200b\ufeff\u00ad\r\n1_.²Σ中\u0301\u0323") + \
        ["uỷ", "oà", "Hoà", "thuỷ", "quý"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert N.normalize_text(text) == plain_normalize(text), repr(text)


def test_new_style_words_by_hand():
    # the whole word around a tone on the second vowel of oa, oe, uy is rewritten; other words stay
    assert N.normalize_text("Thuỷ hoà khoẻ, quý") == "Thủy hòa khỏe, quý"


def test_fold_as_plain_definition():
    texts = ["Đặng Thị HẠNH", "ΟΔΟΣ ΣΑΣ Σ.", "İstanbul ıı", "e\u0301 a\u0323", "hai  dòng\nmới\tở đây",
             "ΑΣ\u0301 Σ", " lead and trail ", "ascii ONLY"]
    for text in texts:
        assert N.fold(text) == text.translate(N._FOLD).lower(), text
    assert N.fold("Đặng Thị HẠNH") == "dang thi hanh"


def test_fold_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(N, "FOLD_CACHE_WORDS", 3)
    N._FOLDED.clear()
    for w in ["Một", "Hai", "Ba", "Bốn", "Năm"]:
        assert N.fold(w) == w.translate(N._FOLD).lower()
    assert len(N._FOLDED) <= 3
    N._FOLDED.clear()


def test_affix_regexes_find_nothing_in_letters():
    """The tokenizer skips its prefix, suffix and infix regexes on strings of letters alone
    (extractors.nlp._NotOnLetters): true for every letter of the Basic Multilingual Plane alone and for
    random words of letters."""
    import spacy

    from extractors.nlp import make_tokenizer

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    tok = make_tokenizer(nlp)
    regexes = [tok.prefix_search.__self__.regex, tok.suffix_search.__self__.regex]
    infix = tok.infix_finditer.__self__.regex
    letters = [chr(c) for c in range(0x10000) if chr(c).isalpha()]
    for c in letters:
        assert not any(r.search(c) for r in regexes) and next(infix.finditer(c), None) is None, hex(ord(c))
    rng = random.Random(5)
    for _ in range(5000):
        w = "".join(rng.choice(letters) for _ in range(rng.randint(2, 5)))
        assert not any(r.search(w) for r in regexes) and next(infix.finditer(w), None) is None, w
    # and the wrapped search still finds what the regex finds elsewhere
    assert tok.suffix_search("Hạnh,").group() == ","
    assert [m.group() for m in tok.infix_finditer("GD-ĐT")] == ["-"]


def test_tokens_and_lower_as_before():
    from extractors.nlp import get_nlp

    nlp = get_nlp()
    doc = nlp.make_doc("Ông Trần Văn Bình (UBND tỉnh) nhận 5km, “Bằng khen” năm 2020.")
    assert [t.text for t in doc] == ["Ông", "Trần", "Văn", "Bình", "(", "UBND", "tỉnh", ")", "nhận", "5", "km", ",",
                                     "“", "Bằng", "khen", "”", "năm", "2020", "."]
    assert [t.lower_ for t in doc][:6] == ["ông", "trần", "văn", "bình", "(", "ubnd"]


def test_shared_phrase_sets_match_as_alone():
    """phrase_matcher sets sharing one PhraseMatcher give, on a Doc, what each set alone gives: also where
    one set's phrase begins another's or overlaps it, and where a set is added after a Doc was matched."""
    import spacy

    from extractors.components.base import phrase_matcher
    from extractors.nlp import make_tokenizer

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = make_tokenizer(nlp)
    sets = [phrase_matcher(nlp, ["Ủy ban", "ủy ban nhân dân tỉnh"], attr="LOWER", case_variants=False),
            phrase_matcher(nlp, ["Ủy ban nhân dân", "nhân dân"], attr="LOWER", case_variants=False),
            phrase_matcher(nlp, ["Hội Nông dân", "Nông dân"]),
            phrase_matcher(nlp, ["dân tỉnh Bình Định"])]
    doc = nlp.make_doc("ỦY BAN NHÂN DÂN TỈNH Bình Định và Hội Nông dân, Ủy ban nhân dân tỉnh Bình Định, nhân dân")
    for s in sets:
        assert s(doc) == s.alone(doc)
    label = nlp.vocab.strings["P"]
    assert [(s_, e) for k, s_, e in sets[0](doc) if k == label] == [(0, 2), (0, 5), (12, 14), (12, 17)]
    late = phrase_matcher(nlp, ["Bình Định"], attr="LOWER", case_variants=False)
    assert late(doc) == late.alone(doc) == [(label, 5, 7), (label, 17, 19)]
    span = doc[10:18]
    assert sets[1](span) == sets[1].alone(span)


def test_shared_phrases_not_taken_from_copied_user_data():
    import spacy

    from extractors.components.base import phrase_matcher

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    heads = phrase_matcher(nlp, ["Sở Y tế"], case_variants=False)
    first = nlp.make_doc("Sở Y tế tỉnh")
    assert heads(first) == [(nlp.vocab.strings["P"], 0, 3)]
    second = nlp.make_doc("Giám đốc Sở Y tế")
    second.user_data.update(first.user_data)  # as Span.as_doc(copy_user_data=True) would
    assert heads(second) == heads.alone(second) == [(nlp.vocab.strings["P"], 2, 5)]


def test_fold_through_the_charmap_codec_as_plain_definition():
    # session 21: a text of ASCII, Vietnamese letters and common punctuation is folded by a charmap codec, one
    # character to one; each of those characters folds to exactly one character
    assert all(len(c.translate(N._FOLD).lower()) == 1 for c in N._FOLD_CHARS) and len(N._FOLD_CHARS) <= 256
    texts = ["Ông Nguyễn Văn Ất – “Chiến sĩ thi đua” … năm 2020", "ƯỚC VỌNG ĐƯỜNG XA\tở Huế\n", "Ỷ Ỹ ỵ ỳ Ý"]
    for text in texts:
        assert N.fold(text) == text.translate(N._FOLD).lower(), text
    assert N.fold("ƯỚC VỌNG – “Đất”") == "uoc vong – “dat”"
    assert N.fold("Ngọc Σ ở Huế") == "ngoc σ o hue"  # (a character outside: folded word by word)

"""Session 39's speed changes give the same answers as before (values worked out by hand, words of our own).

- ``revocation._at`` compares only the phrases opening on the word it is asked at (``_request_words`` holds each
  role's phrases by their first word), and answers 0 past the last word; ``_asked_before`` visits only the words
  that open an asking phrase (``_opening_words``);
- ``pipeline.normalize.toneless`` (``foreign._toneless`` then; moved in session 40) strips tones by one
  ``str.translate`` table for ASCII and precomposed Vietnamese letters, and by Unicode's two normalisations for
  anything else: the same text as ``pipeline.normalize._toneless_slow``;
- ``units._acronym_variants`` tests the one end a long name would be cut at for an acronym (the qualifier after it
  last), not every end of every name opening on the same words.
"""
from __future__ import annotations

from extractors import foreign, revocation
from extractors.nlp import get_nlp
from pipeline import normalize


def test_request_phrases_are_kept_by_their_first_word():
    words = revocation._request_words()
    for role in ("ask", "consider", "done"):
        for first, phrases in words[role].items():
            assert phrases and all(p[0] == first for p in phrases)
            assert [len(p) for p in phrases] == sorted((len(p) for p in phrases), reverse=True)  # longest first
    # "đề nghị" (to propose) is an asking phrase of two words; "xin" alone opens none
    assert revocation._at(["đề", "nghị", "thu", "hồi"], 0, words["ask"]) == 2
    assert revocation._at(["xin", "thu", "hồi"], 0, words["ask"]) == 0


def test_asking_phrases_are_looked_for_only_at_their_first_words(monkeypatch):
    opening = revocation._opening_words()
    words = revocation._request_words()
    assert opening == frozenset(words["ask"]) | frozenset(words["consider"])
    visited = []
    at = revocation._at
    monkeypatch.setattr(revocation, "_at", lambda low, k, phrases: visited.append(low[k]) or at(low, k, phrases))
    text = "Hội đồng xã Tân Hòa đã xem lại hồ sơ của ông Vũ Văn Khải và"  # words of our own, "xem" asks nothing here
    assert not revocation._asked_before(text)
    assert visited and set(visited) == {"xem"}  # the one word opening an asking phrase (every word was, before)
    assert len(visited) <= 2 * sum(w.lower() in opening for w in text.split())


def test_at_finds_the_longest_phrase_opening_on_the_word():
    index = {"xin": (("xin", "phép", "cho"), ("xin",)), "nhờ": (("nhờ", "xem"),)}  # (longest first, as built)
    low = ["chúng", "tôi", "xin", "phép", "cho", "nhờ", "xem"]
    assert revocation._at(low, 2, index) == 3  # "xin phép cho" beats "xin"
    assert revocation._at(low, 5, index) == 2
    assert revocation._at(low, 0, index) == 0  # no phrase opens on "chúng"
    assert revocation._at(low, 6, index) == 0  # "xem" opens none; "nhờ xem" starts a word before
    assert revocation._at(low, 7, index) == 0  # past the last word
    assert revocation._at([], 0, index) == 0


def test_revocation_kinds_still_read_asking_verbs():
    # a proposal to revoke leaves the award in force; a revoke cue on its own revokes (sentences of our own)
    assert revocation.revocation_kind("Hội đồng đề nghị thu hồi Bằng khen đã trao cho ông Phạm Quang Lộc.") == "asked"
    assert revocation.revocation_kind("UBND huyện quyết định thu hồi Giấy khen của bà Đỗ Thị Nụ.") == "revoked"
    assert revocation.revocation_kind("Bà Đỗ Thị Nụ nhận Giấy khen của huyện.") is None
    assert revocation.asks_revocation("") is False


def test_toneless_by_table_is_the_normalised_text():
    cases = {
        "Nguyễn": "nguyên", "Diệu": "diêu", "ĐẶNG": "đăng", "Ưởng": "ương", "Quỳnh": "quynh",  # Vietnamese letters
        "Kuhn": "kuhn", "Duterte": "duterte",  # ASCII: its lower case
        "Garçon": "garçon", "Müller": "müller",  # marks that are no tone stay (by the normalisations)
        "Ne\u0301t": "net",  # a tone written apart as a combining mark: removed by the normalisations
    }
    for word, bare in cases.items():
        assert normalize.toneless(word) == bare, word
        assert normalize._toneless_slow(word) == bare, word
    # every character below U+3000, alone and beside a toned vowel, gives the normalisations' text
    for cp in range(0x3000):
        for word in (chr(cp), "ạ" + chr(cp), chr(cp) + "ể"):
            assert normalize.toneless(word) == normalize._toneless_slow(word), hex(cp)


def test_foreign_word_test_unchanged():
    assert foreign.is_foreign_word("Masami") and foreign.is_foreign_word("Kuhn")
    assert not foreign.is_foreign_word("Nguyễn") and not foreign.is_foreign_word("Quỳnh")
    assert foreign.is_vietnamese_syllable("Thượng") and not foreign.is_vietnamese_syllable("Müller")


def test_acronym_variant_tests_one_end_per_name(monkeypatch):
    units = get_nlp().get_pipe("sovang_units")
    short = "Đội KTLN số 5"
    long = "Đội Kiểm tra liên ngành số 5, tỉnh Hòa Bình"  # the acronym's four words, then "số 5", then a place
    others = ["Đội Cảnh sát giao thông số 1 huyện Mai Châu", "Đội Thanh niên xung kích phường Tân Lập",
              "Đội Kiểm tra liên ngành số 6, tỉnh Sơn La"]  # the same first word; the last one's number differs
    fullest = {n.lower(): n for n in [short, long] + others}
    calls = []
    qualifier = units._qualifier
    monkeypatch.setattr(units, "_qualifier", lambda text, n: calls.append((text, n)) or qualifier(text, n))
    units._acronym_variants(fullest)
    assert fullest[short.lower()] == long  # "KTLN" = "Kiểm tra liên ngành", "số 5" after it, the province qualifying it
    assert {k: v for k, v in fullest.items() if k != short.lower()} == {n.lower(): n for n in [long] + others}
    assert calls == [(long, 7)]  # one end tested: 1 head word + 4 initials + 2 tail words (each end of each before)

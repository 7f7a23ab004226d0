"""An acronym written in capitals inside an award's name in running case ("vô địch AFF Cup") lost its capitals in
the canonical name ("Vô địch Aff Cup"): a word in capitals that no Vietnamese syllable spells is an acronym there,
kept as written.  Found by a newcomer; names of our own making."""
from __future__ import annotations

from extractors.canonical import canonical_award, unshout


def test_an_acronym_in_running_text_keeps_its_capitals():
    assert canonical_award("vô địch AFF Cup").name == "Vô địch AFF Cup"
    assert unshout("Cúp vàng UEFA dành cho đội trẻ") == "Cúp vàng UEFA dành cho đội trẻ"


def test_words_in_capitals_that_spell_syllables_are_still_written_in_running_case():
    assert unshout("Bằng khen của CHỦ TỊCH UBND TỈNH QUẢNG NAM") == "Bằng khen của Chủ tịch UBND tỉnh Quảng Nam"


def test_a_competition_the_gazetteer_writes_with_capitals_keeps_them_though_a_word_has_a_syllables_shape():
    # "SEA" has the shape of a syllable (s + ea) yet competitions.txt writes it in capitals (newcomer's finding,
    # session 22: "Huy chương vàng Sea Games 32"); in a text all in capitals the listed phrase gives the case
    assert canonical_award("Huy chương vàng SEA Games 32").name == "Huy chương vàng SEA Games 32"
    assert canonical_award("huy chương bạc ASEAN Para Games 12").name == "Huy chương bạc ASEAN Para Games 12"
    assert unshout("HUY CHƯƠNG ĐỒNG SEA GAMES 31") == "Huy chương đồng SEA Games 31"


def test_a_roman_numeral_keeps_its_capitals():
    """Newcomer, session 45: "Tổng Cục II" was shown "Tổng Cục Ii"; a numeral that spells a syllable ("VI PHẠM", "XI
    MĂNG") is still a word in capitals."""
    assert unshout("Tổng Cục II") == "Tổng Cục II"
    assert unshout("BỘ TƯ LỆNH QUÂN KHU VII") == "Bộ Tư lệnh Quân khu VII"
    assert unshout("ĐẠI HỘI XIII CỦA ĐẢNG") == "Đại hội XIII của Đảng"
    assert unshout("CÔNG TY XI MĂNG HÀ TIÊN") == "Công ty Xi măng Hà Tiên"

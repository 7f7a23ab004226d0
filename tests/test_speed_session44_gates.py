"""Session 44's speed changes give the same answers as before (names and sentences of our own, values worked out by
hand).

- ``canonical.expand_abbreviations_raw`` searches a name for an abbreviation only where the abbreviation's text up to
  its first "&" or "-" stands in it (each pattern matches that text as written); ``canonical._province_of`` searches
  a folded name for a province only where the province's folded short name stands in it.
- ``resolve.resolve`` searches an award's sentence for a proposal for a count of recipients (``PROPOSAL_FOR_COUNT``)
  only where one of its two cues stands in the sentence lower-cased (``resolve.PROPOSAL_GATES``).
- a word of letters alone is not matched against a pattern that needs a digit or a mark: ``unit_words.is_code``
  (``CODE``), ``initialisms._units`` and ``resolve``'s initialism test (``INITIALISM`` with a mark).
"""
from __future__ import annotations

import itertools

from extractors import canonical


def test_each_abbreviation_is_searched_only_where_its_opening_piece_stands():
    pieces = {pattern.pattern: piece for piece, pattern, _ in canonical._abbreviations()}
    assert pieces[r"(?<!\w)Sở\ LĐ[&-]?TB[&-]?XH(?!\w)"] == "Sở LĐ"
    assert pieces[r"(?<!\w)Sở\ LĐTBXH(?!\w)"] == "Sở LĐTBXH"
    assert pieces[r"(?<!\w)TP\.\s*"] == "TP."  # (closing on a dot: the whole of it)
    # every writing of every abbreviation ("&", "-" or nothing between its parts) that its pattern matches holds its
    # piece
    rows = canonical._rows("unit_abbreviations.tsv") + canonical._rows("abbreviations.tsv")
    writings = set()
    for row in rows:
        parts = row[0].strip().replace("&", "-").split("-")
        for joins in itertools.product(("&", "-", ""), repeat=len(parts) - 1):
            writings.add(parts[0] + "".join(j + p for j, p in zip(joins, parts[1:])))
    assert "Sở LĐ-TBXH" in writings and "Sở VHTT&DL" in writings
    found = 0
    for piece, pattern, _ in canonical._abbreviations():
        for w in writings:
            if pattern.search(f"({w} x)"):
                found += 1
                assert piece in w, (piece, w)
    assert found >= len(rows)  # (each row matches at least its own writing)
    assert canonical.expand_abbreviations_raw("Sở LĐTB&XH TP.Hồ Chí Minh") == \
        "Sở Lao động - Thương binh và Xã hội thành phố Hồ Chí Minh"
    assert canonical.expand_abbreviations_raw("UBND xã  An Bình") == "Ủy ban nhân dân xã An Bình"
    assert canonical.expand_abbreviations_raw("Hội Nông dân xã An Bình") == "Hội Nông dân xã An Bình"


def test_a_province_is_searched_only_where_its_short_name_stands():
    by_key = {short: (at_end, after) for short, at_end, after, _ in canonical._province_patterns()}
    assert by_key["quang ninh"][0].pattern == "(^| )quang\\ ninh$"
    assert canonical._province_of("Sở Y tế tỉnh Quảng Ninh") == ("Tỉnh Quảng Ninh", "Tỉnh Quảng Ninh", "")
    assert canonical._province_of("Công an Bà Rịa - Vũng Tàu") == \
        ("Tỉnh Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh", "2025-06-30")
    assert canonical._province_of("Bộ Công an") is None


def test_a_proposal_for_a_count_is_searched_only_where_a_cue_stands():
    from extractors.cue_gates import may_hold
    from extractors.resolve import PROPOSAL_FOR_COUNT, PROPOSAL_GATES
    assert PROPOSAL_GATES == ("đề nghị", "trình")
    asked = "UBND tỉnh ĐỀ NGHỊ tặng Bằng khen cho 12 cá nhân."
    assert may_hold(asked.lower(), PROPOSAL_GATES) is True
    assert PROPOSAL_FOR_COUNT.search(asked).group(0) == "ĐỀ NGHỊ tặng Bằng khen cho 12 cá nhân"
    given = "UBND tỉnh tặng Bằng khen cho 12 cá nhân."
    assert may_hold(given.lower(), PROPOSAL_GATES) is False
    assert PROPOSAL_FOR_COUNT.search(given) is None


def test_a_word_of_letters_alone_is_no_code_and_no_joined_initialism():
    from extractors.components.unit_words import CODE, is_code
    for word, code in (("4", True), ("1A", True), ("PC02", True), ("Vụ", False), ("PC", False), ("2024", False),
                       ("A1B", False), ("", False)):
        assert is_code(word) is code, word
        assert (CODE.fullmatch(word) is not None) is code, word  # (the pattern alone agrees)
    from extractors.initialisms import INITIALISM, abbreviates
    assert INITIALISM.match("GD-ĐT") and not "GD-ĐT".isalpha()  # (a joined initialism holds a mark: still asked)
    words = ["Giáo", "dục", "Đào", "tạo"]
    assert abbreviates(["GD-ĐT"], words) is True and abbreviates(["GDĐT"], words) is True
    assert abbreviates(["Gd-Đt"], words) is False and abbreviates(["GD-ĐX"], words) is False

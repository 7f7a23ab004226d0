"""Clubs' short names that neither open nor end their full names (``club_aliases.tsv``): written under the full name
the document gives, else as written (sentences written for these tests; values computed by hand from
club_aliases.tsv and collectives_named.txt)."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_short_names_take_the_full_name_written_with_a_classifier():
    # "Man United" and "MU" are Manchester United's short names; the document names the club "CLB Manchester United"
    assert unit_names("CLB Manchester United trao giải cho tiền vệ xuất sắc nhất mùa.",
                      "Anh gia nhập Man United năm 2014, khi MU trả 30 triệu bảng cho đội cũ.") == \
        ["CLB Manchester United"] * 3


def test_short_name_written_bare_beside_the_bare_full_name():
    # "Barca" is Barcelona's short name (no words of "Barcelona" open or end it); both are written bare
    assert unit_names("Tại La Liga, Barca đánh bại Real Madrid 3-1 trên sân nhà, Barcelona dẫn đầu bảng xếp hạng sau "
                      "vòng đấu, HLV của đội bóng hài lòng với các cầu thủ.") == \
        ["Barcelona", "Real Madrid", "Barcelona"]


def test_short_names_stay_as_written_without_the_full_name():
    # no full name of either club in the document: "Man United" (now listed in collectives_named.txt) and "Barca"
    assert unit_names("Ronaldo vào chung kết với Man United nhưng thua Barca.") == ["Man United", "Barca"]


def test_fullest_ending_does_not_hang_on_the_order_of_its_names():
    # two names of the same length end with "Arsenal": the answer is the first in alphabetical order, whichever
    # order the set of the document's names gives (it changes with the string hash from one process to the next)
    from extractors.components.collectives import _fullest_ending
    names = ["Đội Arsenal", "CLB Arsenal", "Arsenal"]
    assert _fullest_ending(names, "Arsenal") == "CLB Arsenal"
    assert _fullest_ending(list(reversed(names)), "Arsenal") == "CLB Arsenal"
    assert _fullest_ending(["Arsenal"], "Arsenal") == "Arsenal"
    assert _fullest_ending(["Chelsea"], "Arsenal") is None


def test_short_forms_do_not_hang_on_the_order_of_their_names():
    # "Bayern" opens two longer names of the same length found bare: the first in alphabetical order, in
    # whichever order the names were found
    from extractors.components.base import toks
    from extractors.components.collectives import CollectiveRecognizer
    from extractors.nlp import get_nlp
    d = toks(get_nlp().make_doc("Bayern Mannheim , Bayern Augsburg và Bayern ."))
    found = [(0, 2, "collective", None), (3, 5, "collective", None), (6, 7, "collective", None)]
    want = {"Bayern": "Bayern Augsburg"}
    assert CollectiveRecognizer._short_forms(d, found) == want
    assert CollectiveRecognizer._short_forms(d, list(reversed(found))) == want

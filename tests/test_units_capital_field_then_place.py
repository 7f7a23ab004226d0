"""A field written with its first capital only ("Xây dựng", "Bảo vệ") may go on in lower-case dictionary words up to
the body's place, as a field right after the head does (unit_extent._capital_field).  Sentences written for these
tests; values worked out by hand: before the rule the names stopped after the capitalised word ("Công ty Xây dựng",
"Hội Bảo vệ")."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_capitalised_field_runs_on_to_the_place():
    assert unit_names("Công ty Xây dựng công trình thủy lợi Nghệ An vừa trúng thầu.") == \
        ["Công ty Xây dựng công trình thủy lợi Nghệ An"]
    assert unit_names("Ông Khoa là hội viên Hội Bảo vệ thiên nhiên và môi trường Quảng Trị.") == \
        ["Hội Bảo vệ thiên nhiên và môi trường Quảng Trị"]
    assert unit_names("Công ty Tư vấn công trình giao thông Hà Tĩnh vừa trúng thầu.") == \
        ["Công ty Tư vấn công trình giao thông Hà Tĩnh"]


def test_no_run_on_after_a_proper_name_or_to_a_word_that_is_no_place():
    # "Hòa Phát" is a proper name, each syllable capitalised: the words after it are no field
    assert unit_names("Tập đoàn Hòa Phát của ông Long ở Hải Dương đã báo lãi.") == ["Tập đoàn Hòa Phát"]
    # a lower-case run opening on a function syllable ("dự án") bridges only to a place, not to a capitalised word
    assert "Công ty Xây dựng dự án Đầu tư" not in \
        unit_names("Công ty Xây dựng dự án Đầu tư mới ở Nghệ An vừa trúng thầu.")


def test_the_capital_field_is_asked_once_for_a_place_after_it(monkeypatch):
    """The name's extent asks whether "Thiết kế" is a capital field once, though two of its tests need the answer
    (the run of lower-case words opening on "công", then the place it bridges to)."""
    from collections import Counter

    from extractors.components.unit_extent import NameExtent

    asked = Counter()
    field = NameExtent._capital_field

    def counted(self, doc, end, i):
        asked[doc.text, end, i] += 1
        return field(self, doc, end, i)

    monkeypatch.setattr(NameExtent, "_capital_field", counted)
    assert unit_names("Công ty Thiết kế công trình thủy điện Lào Cai đã ký hợp đồng.") == \
        ["Công ty Thiết kế công trình thủy điện Lào Cai"]
    assert asked and max(asked.values()) == 1

"""Session 42's per-document token work gives the same answers as before (sentences of our own, values worked out
by hand).

- a span's lower case (``base.lower_span``) is sliced from the document's text lower-cased once
  (``Toks.lower_text``, the one copy of ``extractors.lowered.lowered_text``) where the components lower-cased each
  span anew (``span_text(d, s, e).lower()``); where a slice of that copy is not the span lower-cased ("İ", whose
  lower case is two characters, or a capital sigma, whose lower case depends on the letters around it) the span is
  lower-cased alone, as before;
- the tokenizer's infix regex is not run over a new chunk of letters and digits alone ("U23", "2020"), where no infix
  can begin (``nlp._Infixes``: every infix begins on a punctuation mark, symbol or hyphen).
"""
from __future__ import annotations

from extractors import lowered
from extractors.components.base import lower_span, span_text, toks
from extractors.nlp import _begins_apart, get_nlp


def _toks(text: str):
    return toks(get_nlp().make_doc(text))


def test_a_span_lower_cased_is_a_slice_of_the_documents_lower_cased_text():
    d = _toks("Ủy ban nhân dân tỉnh Quảng Nam tặng Bằng khen")
    assert d.lower_text is lowered.lowered_text(d)  # (the document's one copy)
    assert lower_span(d, 0, 4) == "ủy ban nhân dân"
    assert lower_span(d, 5, 7) == "quảng nam"
    assert lower_span(d, 8, 10) == "bằng khen"
    assert lower_span(d, 3, 3) == "" and lower_span(d, 4, 2) == ""
    assert lower_span(d.doc, 5, 7) == "quảng nam"  # (a Doc: its Toks)


def test_a_dotted_capital_i_or_a_capital_sigma_lower_cases_the_span_alone():
    d = _toks("İzmir và Ủy ban Nhân dân")  # "İ".lower() is "i̇", two characters: the copy is one longer
    assert d.lower_text is None
    assert lower_span(d, 2, 4) == "ủy ban"  # (a slice of the copy would be "̇ủy ba")
    assert lower_span(d, 0, 1) == "i\u0307zmir"
    d = _toks("ΑΣ.Β và Hà Nội")  # the whole text lower-cased reads "ασ.β", the word alone "ας" (a final sigma)
    assert d.lower_text is None
    assert lower_span(d, 0, 1) == "ας" == span_text(d, 0, 1).lower()
    assert lower_span(d, 4, 6) == "hà nội"


def test_no_infix_begins_on_a_letter_or_digit_so_a_chunk_of_them_is_not_searched():
    finditer = get_nlp().tokenizer.infix_finditer
    assert finditer.__self__.alnum_free is True
    assert list(finditer("U23")) == [] and list(finditer("2020")) == []
    assert [m.group() for m in finditer("GD-ĐT")] == ["-"]  # (not letters and digits alone: searched)
    assert _begins_apart(r"[/&]") and _begins_apart(r"(?<=[0-9])[+\-](?=[0-9])")
    assert not _begins_apart(r"(?<=[0-9])[a-z]")  # (an infix of letters: every chunk but letters alone searched)
    assert not _begins_apart(r"\W?")  # (one that can match nothing)
    words = [t.text for t in get_nlp().make_doc("Đội U23 (Việt Nam) thắng 2-1 ngày 20/11/2020, H5N1 GD-ĐT.")]
    assert words == ["Đội", "U23", "(", "Việt", "Nam", ")", "thắng", "2", "-", "1", "ngày", "20", "/", "11", "/", "2020",
                     ",", "H5N1", "GD", "-", "ĐT", "."]


"""Session 22's speed change gives the same tokens as before (values worked out by hand, a sentence of our own).

``base.Toks`` is a list of the document's words with its attributes in slots, so that ``len(d)`` is a C call;
reading it item by item, by a slice, forwards or backwards still gives light tokens (``W``), equality and hashing
are by identity, and a component may keep a memo on it.
"""
from __future__ import annotations

from extractors.components.base import W, Toks, toks
from extractors.nlp import get_nlp


def _doc():
    return toks(get_nlp().make_doc("Bộ Y tế tặng cờ."))


def test_length_is_a_c_call():
    d = _doc()
    assert type(d).__len__ is list.__len__  # (a method of Python code before)
    assert len(d) == 6 and bool(d)


def test_items_are_light_tokens():
    d = _doc()
    assert [(t.text, t.idx, t.i) for t in d] == [("Bộ", 0, 0), ("Y", 3, 1), ("tế", 5, 2), ("tặng", 8, 3),
                                                  ("cờ", 13, 4), (".", 15, 5)]
    assert isinstance(d[1], W) and (d[1].text, d[1].idx) == ("Y", 3)
    assert (d[-1].text, d[-1].i) == (".", 5)
    assert [t.text for t in d[3:5]] == ["tặng", "cờ"]
    assert [(t.text, t.i) for t in reversed(d)][:2] == [(".", 5), ("cờ", 4)]
    assert d.words == ["Bộ", "Y", "tế", "tặng", "cờ", "."]


def test_identity_equality_and_memos():
    a, b = _doc(), _doc()
    assert isinstance(a, Toks) and a != b and a == a
    assert len({a, b, a}) == 2  # hashable, by identity
    a.__dict__.setdefault("_memo", {})["x"] = 1
    assert a._memo == {"x": 1}

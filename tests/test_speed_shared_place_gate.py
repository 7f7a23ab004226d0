"""The bodies listed before one written with its place share that place ("Đảng ủy, HĐND, UBND xã X"): the pass is
made only where a bare body stands before a "," or "và" (session 28, speed).  Sentences written for these tests;
every expected value worked out by hand."""
from __future__ import annotations

from extractors import extract
from extractors.components.base import toks
from extractors.nlp import get_nlp
from pipeline.model import Block, Document


def _doc(*lines: str) -> Document:
    return Document(path="t.txt", sha256="t", format="txt", blocks=[Block(x) for x in lines])


def test_a_shared_place_needs_a_bare_body_before_a_joiner():
    nlp = get_nlp()
    units = nlp.get_pipe("sovang_units")
    listed = toks(nlp.make_doc("Đảng ủy, HĐND, UBND xã Tân Hòa họp bàn."))
    assert units._shared_head_listed(listed)
    plain = toks(nlp.make_doc("Công ty Sông Đà, Công ty Hòa Phát và UBND xã Tân Hòa ký kết."))
    assert not units._shared_head_listed(plain)  # "Đà ," and "Phát và": no bare body before them
    lower = toks(nlp.make_doc("các cơ quan như công an, ủy ban nhân dân xã Tân Hòa"))
    assert units._shared_head_listed(lower)  # in any letter case, as the list's loop reads them
    facts = extract(_doc("Đảng ủy, HĐND, UBND xã Tân Hòa họp bàn."))
    assert {"Đảng ủy xã Tân Hòa", "HĐND xã Tân Hòa", "UBND xã Tân Hòa"} <= {u.text for u in facts.units}

"""Document-level values read only where a fact needs them (session 28, speed): the document's places (resolve),
its year and its normative head (engine).  The facts stay the same.  Sentences written for these tests; every
expected value worked out by hand."""
from __future__ import annotations

from extractors import engine, extract, resolve
from pipeline.model import Block, Document


def _doc(*lines: str) -> Document:
    return Document(path="t.txt", sha256="t", format="txt", blocks=[Block(x) for x in lines])


def test_document_places_read_only_where_a_name_needs_them(monkeypatch):
    asked = []
    real = resolve.document_places
    monkeypatch.setattr(resolve, "document_places", lambda texts: asked.append(1) or real(texts))
    places = resolve._DocumentPlaces(["Đoàn công tác đến tỉnh Yên Bái.", "Tại tỉnh Yên Bái, tỉnh Lào Cai có mưa."])
    assert resolve.complete_place("Sở Nội vụ Yên Bái", places) == "Sở Nội vụ Yên Bái"  # no level to complete
    assert asked == []
    assert places.get("tỉnh") == "Yên Bái" and places.get("huyện", "-") == "-"  # named twice, against once
    assert resolve.complete_place("UBND tỉnh", places) == "UBND tỉnh Yên Bái"
    assert len(asked) == 1  # found once for the whole document
    # a document whose units need no place of the document does not scan its blocks for them
    asked.clear()
    extract(_doc("Ông Hà Văn Toàn làm việc tại Công ty Cổ phần Sông Đà."))
    assert asked == []


def test_the_documents_year_for_the_conferral_that_needs_it():
    facts = extract(_doc("Ngày 9/10/2017, xã Tân Hòa họp tổng kết.", "UBND xã tặng Giấy khen cho ông Đặng Văn Lực."))
    assert [(c.recipient.text, c.year) for c in facts.conferrals] == [("Đặng Văn Lực", 2017)]


def test_a_normative_head_is_read_only_with_conferrals_to_drop(monkeypatch):
    asked = []
    monkeypatch.setattr(engine, "is_normative", lambda blocks: asked.append(1) or False)
    extract(_doc("Sáng nay trời mưa to ở thị trấn."))
    assert asked == []
    extract(_doc("Năm 2020, UBND tỉnh tặng Bằng khen cho bà Vũ Thị Hoa."))
    assert asked == [1]

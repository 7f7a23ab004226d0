"""Session 13 mend: a plant ("Nhà máy" + its name) given an award is a unit and the award's recipient; the same plant
as a site, and "nhà máy" as a plain noun, are none (sentences of our own wording)."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def _facts(*lines: str) -> dict:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=x) for x in lines]))
    return extract(doc).to_guidelines("t.txt")


def _pairs(g: dict) -> set:
    return {(a["recipient"], a["award"]) for a in g["awards"]}


def test_a_plant_after_cho_receives_the_award():
    g = _facts("Ngày 5/3, Chủ tịch nước trao Huân chương Lao động hạng Ba cho Nhà máy Thủy điện Sông Lam.")
    assert g["units"] == ["Nhà máy Thủy điện Sông Lam"]
    assert _pairs(g) == {("Nhà máy Thủy điện Sông Lam", "Huân chương Lao động hạng Ba")}


def test_a_plant_listed_with_a_company_receives_the_award_too():
    g = _facts("Bộ trưởng tặng Bằng khen cho Nhà máy Thủy điện Nậm Mơ, Công ty cổ phần Thủy điện Sông Lam.")
    assert set(g["units"]) == {"Nhà máy Thủy điện Nậm Mơ", "Công ty cổ phần Thủy điện Sông Lam"}
    assert {r for r, _ in _pairs(g)} == {"Nhà máy Thủy điện Nậm Mơ", "Công ty cổ phần Thủy điện Sông Lam"}


def test_a_plant_as_the_subject_of_duoc_tang():
    g = _facts("Nhà máy Thủy điện Nậm Mơ được Chủ tịch nước tặng Huân chương Lao động hạng Nhì.")
    assert _pairs(g) == {("Nhà máy Thủy điện Nậm Mơ", "Huân chương Lao động hạng Nhì")}
    g = _facts("Công ty Sữa Xanh đón nhận Bằng khen cho nhà máy Bắc Ninh.")
    assert "nhà máy Bắc Ninh" in g["units"]


def test_a_plant_as_a_site_or_a_plain_noun_is_no_unit():
    assert _facts("Nhà máy Thủy điện Nậm Mơ được khởi công năm 2015.")["units"] == []
    assert _facts("Công ty cấp nước cho Nhà máy Thủy điện Nậm Mơ.")["units"] == []
    g = _facts("Tỉnh trao Bằng khen cho nhà máy xi măng của tỉnh.")
    assert g["units"] == [] and g["awards"] == []
    assert _facts("Ông Lê Văn Hùng thăm nhà máy xi măng của tỉnh Hà Nam.")["units"] == []

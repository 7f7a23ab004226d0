"""Unit, person and position noise kinds (sentences written for these tests; facts computed by hand)."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def facts(*lines: str) -> dict:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines]))
    return extract(doc).to_guidelines("t.txt")


def names(g: dict) -> set:
    return {o["name"] for o in g["officials"]}


def test_country_is_not_glued_to_a_foreign_name():
    g = facts("Tổng thống Mỹ Donald Trump gặp Tổng thống Nga Vladimir Putin và Thủ tướng Anh Theresa May.")
    assert names(g) == {"Donald Trump", "Vladimir Putin", "Theresa May"}
    pos = {o["name"]: o["position"] for o in g["officials"]}
    assert pos["Theresa May"] == "Thủ tướng Anh"


def test_place_before_a_vietnamese_name_is_not_part_of_it():
    g = facts("Bí thư tỉnh ủy tỉnh Thái Nguyên Trần Quốc Tô dự lễ.")
    assert names(g) == {"Trần Quốc Tô"}


def test_lower_case_party_committee_with_its_place():
    g = facts("Bí thư thành ủy Hà Nội Hoàng Trung Hải nhắc đến việc này.")
    assert names(g) == {"Hoàng Trung Hải"}
    assert g["units"] == ["thành ủy Hà Nội"]
    assert g["officials"][0]["unit"] == "thành ủy Hà Nội"


def test_one_syllable_names_only_as_short_forms():
    g = facts("Ông Hai đi chợ. Tổ trưởng Thường nói Thanh về.")
    assert names(g) == set()
    g = facts("Ông Nguyễn Phong Quang dự lễ. Ông Quang phát biểu.")
    assert names(g) == {"Nguyễn Phong Quang"}


def test_delegation_with_a_country_is_not_a_unit():
    g = facts("Chiều qua, đoàn Việt Nam đã tới thăm đại sứ quán Syria.")
    assert g["units"] == []

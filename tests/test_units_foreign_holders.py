"""A foreign holder's full name written right after the body of his title ends the body's name
(extractors/components/unit_holders.py; sentences and names invented for these tests, facts computed by hand)."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def facts(*lines: str) -> dict:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines]))
    return extract(doc).to_guidelines("t.txt")


def test_holder_after_a_named_body_is_an_official_of_it():
    g = facts("Reuters dẫn lời Chủ tịch Ủy ban Tình báo Thượng viện Harold Venning nói rằng cuộc điều tra sẽ tiếp tục.")
    assert g["units"] == ["Reuters", "Ủy ban Tình báo Thượng viện"]
    assert g["officials"] == [{"name": "Harold Venning", "position": "Chủ tịch", "unit": "Ủy ban Tình báo Thượng viện"}]


def test_holder_after_a_bare_chamber():
    g = facts("Phát biểu hôm qua, Chủ tịch Hạ viện Doreen Whitcombe cho biết dự luật sẽ được thông qua.")
    assert g["units"] == []
    assert g["officials"] == [{"name": "Doreen Whitcombe", "position": "Chủ tịch", "unit": "Hạ viện"}]


def test_holder_name_is_taken_whole_after_lower_case_words():
    g = facts("Bộ trưởng Bộ Tài chính Teng Hwee Lok cho biết ngân sách sẽ tăng.")
    assert g["units"] == ["Bộ Tài chính"]
    assert g["officials"] == [{"name": "Teng Hwee Lok", "position": "Bộ trưởng", "unit": "Bộ Tài chính"}]


def test_name_going_on_into_a_lower_case_word_is_the_body_s():
    g = facts("Chủ tịch Ủy ban Quốc phòng Duma Quốc gia Pavel Sorokov cho biết.")
    assert g["units"] == ["Ủy ban Quốc phòng Duma Quốc gia"]
    assert g["officials"] == [{"name": "Pavel Sorokov", "position": "Chủ tịch",
                               "unit": "Ủy ban Quốc phòng Duma Quốc gia"}]


def test_company_named_by_persons_after_its_field_stays_whole():
    g = facts("Giám đốc Công ty dịch vụ năng lượng Corwin Blatt cho biết giá dầu sẽ tăng.")
    assert g["units"] == ["Công ty dịch vụ năng lượng Corwin Blatt"]
    assert g["officials"] == []


def test_a_state_of_the_diplomatic_list_after_the_body_is_no_part_of_the_holder():
    # "Haiti", "Benin" (places.txt, the states Viet Nam has relations with): the state closes the body or the
    # title, the holder's name opens after it (bulk news, session 42: "Haiti <Given Surname>" read as one person)
    g = facts("Chủ tịch Thượng viện Haiti Marcel Duvieux phát biểu tại phiên họp.")
    assert g["units"] == ["Thượng viện Haiti"]
    assert g["officials"] == [{"name": "Marcel Duvieux", "position": "Chủ tịch", "unit": "Thượng viện Haiti"}]
    g = facts("Tổng thống Benin Roch Adjovi nói rằng hai nước sẽ hợp tác.")
    assert g["officials"] == [{"name": "Roch Adjovi", "position": "Tổng thống Benin", "unit": ""}]

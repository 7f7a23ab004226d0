"""Session 13: unit names completed with the place their document or sentence gives (sentences of our own)."""
from __future__ import annotations

from extractors.resolve import complete_place, document_places


def test_lower_case_department_takes_the_province_of_its_sentence():
    sentence = "Đại diện sở Tài chính và UBND tỉnh Cao Bằng đã dự buổi lễ."
    assert complete_place("sở Tài chính", {}, sentence) == "sở Tài chính tỉnh Cao Bằng"
    assert complete_place("sở NN & PTNT", {}, "Ông A, lãnh đạo sở NN & PTNT, thay mặt UBND tỉnh Bến Tre.") == \
        "sở NN & PTNT tỉnh Bến Tre"
    # a lower-case field after "sở" is no department's name; a name already placed stays as written
    assert complete_place("sở tài chính", {}, sentence) == "sở tài chính"
    assert complete_place("sở Tài chính Cao Bằng", {}, sentence) == "sở Tài chính Cao Bằng"
    # the province of the letterhead, when the sentence names none
    assert complete_place("sở Tài chính", {}, "Đại diện sở Tài chính phát biểu.", "tỉnh Cao Bằng") == \
        "sở Tài chính tỉnh Cao Bằng"


def test_level_written_with_a_capital_is_the_same_level():
    texts = ["Sáng nay, Liên đoàn Lao động Thành phố Đà Nẵng tổ chức hội nghị.",
             "Đại diện UBND Thành phố trao giấy khen."]
    places = document_places(texts)
    assert places["city"] == "Đà Nẵng"
    assert complete_place("UBND Thành phố", places, texts[1]) == "UBND Thành phố Đà Nẵng"
    assert complete_place("Hội Nông dân Thị xã", document_places(["Thị xã Sơn Tây có nhiều hội viên."])) == \
        "Hội Nông dân Thị xã Sơn Tây"
    # no place of that level in the document: unchanged
    assert complete_place("Công an Thành phố", {}, "Giám đốc Công an Thành phố trao giấy khen.") == "Công an Thành phố"

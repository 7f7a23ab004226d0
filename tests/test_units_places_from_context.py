"""Session 13: unit names completed with the place their document or sentence gives (sentences of our own)."""
from __future__ import annotations

from extractors.resolve import complete_place, document_places
from tests.test_extractors import unit_names as _unit_names


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


def test_a_source_credit_line_names_no_unit():
    # a byline crediting its source ("Theo …", "Nguồn: …") at the end of a story: GUIDELINES.md, no facts
    body = ("Sáng 3/4, Sở Y tế tỉnh Cao Bằng tổ chức hội nghị tổng kết.",
            "Bộ Y tế tặng Bằng khen cho 12 tập thể.")
    assert _unit_names(*body, "Theo TTXVN") == ["Sở Y tế tỉnh Cao Bằng", "Bộ Y tế"]
    assert _unit_names(*body, "Nguồn: Báo Nhân Dân") == ["Sở Y tế tỉnh Cao Bằng", "Bộ Y tế"]
    # the same body named in the story's text stays a unit
    assert "TTXVN" in _unit_names("TTXVN đã tổ chức lễ kỷ niệm.", *body)


def _units(text: str) -> list[str]:
    from extractors.components.base import state
    from extractors.nlp import get_nlp
    return [u.text for u in state(get_nlp()(text))["unit"]]


def test_a_newspaper_crediting_a_photo_or_a_story_is_no_unit():
    assert _units("Ông A nhận Bằng khen của Bộ Công an (Ảnh: báo Công Lý).") == ["Bộ Công an"]
    assert _units("Lễ khánh thành nhà văn hóa xã Tân An. Nguồn: Báo Hòa Bình") == []
    assert _units("Phóng viên chụp lại khoảnh khắc. Nguồn: VOV. Sau đó, đoàn về thăm trường.") == []
    # a newspaper the story speaks of stays a unit
    assert _units("Báo Hòa Bình vừa tổ chức lễ kỷ niệm 60 năm ngày thành lập.") == ["Báo Hòa Bình"]


def test_a_board_written_in_lower_case_before_its_body_is_one_unit():
    # "ban Chấp hành", "ban Thường vụ" (unit_types.tsv) in lower case: the board of the body written after it
    assert _units("Ông Nguyễn Văn An thay mặt ban Chấp hành Hội Luật gia tỉnh Lai Châu phát biểu.") == \
        ["Ban Chấp hành Hội Luật gia tỉnh Lai Châu"]
    assert _units("Đồng chí Lê Văn Bình được bầu vào ban Thường vụ Hội Cựu chiến binh huyện Mê Linh.") == \
        ["Ban Thường vụ Hội Cựu chiến binh huyện Mê Linh"]
    # a one-word head in lower case before another body is still no unit of its own
    assert _units("Các ban Hội Luật gia tỉnh Lai Châu đã họp.") == ["Hội Luật gia tỉnh Lai Châu"]


def test_a_police_named_by_its_level_alone_is_a_unit_and_cap_is_no_level():
    # the police exist at every level (Luật CAND 2018): "Công an tỉnh" is the province's, completed later
    assert _units("Ông A đề nghị Công an tỉnh cấp biển số cho xe.") == ["Công an tỉnh"]
    # "cấp" (to issue) after a level is a verb, no part of the name ("cấp tỉnh", "cấp cao" are levels)
    assert _units("UBND huyện cấp giấy phép cho hộ ông B.") == ["UBND huyện"]
    assert _units("VKSND cấp cao tại Hà Nội đã kháng nghị.") == ["VKSND cấp cao tại Hà Nội"]
    assert _unit_names("Năm nay, tỉnh Lai Châu có 5 đồn biên phòng.", "Ông A đề nghị Công an tỉnh cấp biển số cho xe.") == \
        ["Công an tỉnh Lai Châu"]



def test_a_bare_unit_of_a_story_about_two_provinces_takes_its_sentence_s_province():
    """Review (bareunit): a bare 'Công an tỉnh' whose sentence names its province is not unified with the one placed
    police of a story naming two provinces (before: both 'Công an tỉnh Quảng Bình')."""
    from extractors.resolve import main_places
    assert main_places(["Đoàn công tác của tỉnh Quảng Bình thăm tỉnh Quảng Trị; tỉnh Quảng Bình tặng quà."]) == {}
    assert main_places(["Tỉnh Quảng Trị có 9 huyện; UBND tỉnh Quảng Trị khen thưởng."]) == {"tỉnh": "Quảng Trị"}
    names = _unit_names("Bộ Quốc phòng tặng Bằng khen cho Công an tỉnh Quảng Bình vì thành tích giữ gìn an ninh.",
                        "Cũng dịp này, tỉnh Quảng Trị có Công an tỉnh được tặng Cờ thi đua của Bộ Quốc phòng.")
    assert "Công an tỉnh Quảng Trị" in names and names.count("Công an tỉnh Quảng Bình") == 1


def test_a_bare_unit_of_a_story_about_one_province_takes_it():
    """The document's single province still completes a bare body its sentence does not place."""
    names = _unit_names("Sáng 3/5, Công an tỉnh Quảng Trị tổ chức hội nghị điển hình tiên tiến.",
                        "Dịp này, Công an tỉnh được tặng Cờ thi đua của Bộ Công an.")
    assert names.count("Công an tỉnh Quảng Trị") == 2


def test_the_main_province_of_a_story():
    """A province named three times as often as the others together is the document's main one; two provinces
    named alike leave it open."""
    from extractors.resolve import main_places
    texts = ["Lãnh đạo tỉnh Phú Yên đón đoàn của tỉnh Gia Lai.", "Nông dân tỉnh Phú Yên thi đua sản xuất.",
             "Năm 2024, tỉnh Phú Yên có 30 xã đạt chuẩn."]
    assert main_places(texts) == {"tỉnh": "Phú Yên"}
    assert main_places(texts[:2]) == {}

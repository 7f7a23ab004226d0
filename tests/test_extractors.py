"""Unit tests of the extraction engine on short sentences written for these tests."""
from __future__ import annotations

import unicodedata

import pytest

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def make_doc(*lines: str, date: str | None = None) -> Document:
    doc = Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines], date=date)
    return normalize_document(doc)


def facts_of(*lines: str, **kw) -> dict:
    return extract(make_doc(*lines, **kw)).to_guidelines("t.txt")


def unit_names(*lines: str) -> list[str]:
    """The texts of the units extracted from a document of ``lines`` (a helper shared by the units' tests)."""
    return [u.text for u in extract(make_doc(*lines)).units]


def positions(*lines: str) -> dict:
    """name -> position of every official extracted from a document of ``lines`` (a helper shared by the officials'
    and persons' tests)."""
    return {o["name"]: o["position"] for o in facts_of(*lines)["officials"]}


def positions_and_units(*lines: str) -> dict:
    """name -> (position, unit) of every official extracted from a document of ``lines`` (a helper shared by the
    officials' tests)."""
    return {o["name"]: (o["position"], o["unit"]) for o in facts_of(*lines)["officials"]}


def official_names(*lines: str) -> list:
    """The officials' names extracted from a document of ``lines``, in order (a helper shared by the officials'
    tests)."""
    return [o["name"] for o in facts_of(*lines)["officials"]]


def awards(g: dict) -> set:
    return {(a["recipient"], a["award"], a["status"]) for a in g["awards"]}


def people(g: dict) -> set:
    """(recipient, award) of every award fact of ``g``."""
    return {(a["recipient"], a["award"]) for a in g["awards"]}


def test_list_recipients_after_cho():
    g = facts_of("Năm 2023, Chủ tịch UBND tỉnh Nam Định tặng Cờ thi đua cho: Sở Tư pháp tỉnh Nam Định; "
                 "Công an tỉnh Nam Định; Trường THPT Lê Hồng Phong.")
    recips = {a["recipient"] for a in g["awards"]}
    assert recips == {"Sở Tư pháp tỉnh Nam Định", "Công an tỉnh Nam Định", "Trường THPT Lê Hồng Phong"}
    assert all(a["recipient_type"] == "collective" and a["year"] == 2023 for a in g["awards"])
    assert all(a["award"].startswith("Cờ thi đua của") and "UBND tỉnh Nam Định" in a["award"] for a in g["awards"])


def test_count_without_names_gives_no_fact():
    g = facts_of("Bộ Tư pháp tặng Bằng khen cho 25 cá nhân có thành tích xuất sắc.")
    assert g["awards"] == []


def test_table_rows_with_merged_award_cell():
    rows = [["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
            ["1", "Trần Thị Hạnh", "Phó Giám đốc", "Sở Tư pháp tỉnh Nam Định", "Bằng khen của Thủ tướng Chính phủ"],
            ["2", "Lê Văn Nam", "Kiểm sát viên", "VKSND tỉnh Nam Định", ""]]
    blocks = [Block(text="Danh sách khen thưởng năm 2023")]
    blocks += [Block(text=" | ".join(r), kind="table_row", table=0, row=i, cells=r) for i, r in enumerate(rows)]
    doc = normalize_document(Document(path="t.docx", sha256="0", format="docx", blocks=blocks))
    f = extract(doc)
    g = f.to_guidelines("t.docx")
    assert awards(g) == {("Trần Thị Hạnh", "Bằng khen của Thủ tướng Chính phủ", "conferred"),
                         ("Lê Văn Nam", "Bằng khen của Thủ tướng Chính phủ", "conferred")}
    off = {o["name"]: (o["position"], o["unit"]) for o in g["officials"]}
    assert off["Lê Văn Nam"] == ("Kiểm sát viên", "VKSND tỉnh Nam Định")
    for m in f.mentions:
        assert doc.blocks[m.block].text[m.start:m.end] in (m.text, doc.blocks[m.block].text[m.start:m.end])


def test_presenter_is_not_recipient():
    g = facts_of("Thừa ủy quyền của Chủ tịch nước, đồng chí Hoàng Văn Thụ, Bí thư Tỉnh ủy, trao Huân chương "
                 "Lao động hạng Ba cho ông Nguyễn Văn Bình.")
    assert awards(g) == {("Nguyễn Văn Bình", "Huân chương Lao động hạng Ba", "conferred")}
    names = {o["name"] for o in g["officials"]}
    assert {"Hoàng Văn Thụ", "Nguyễn Văn Bình"} <= names


def test_receiver_before_passive_cue():
    g = facts_of("Bệnh viện Đa khoa tỉnh Phú Yên vinh dự đón nhận Huân chương Lao động hạng Nhì.")
    assert awards(g) == {("Bệnh viện Đa khoa tỉnh Phú Yên", "Huân chương Lao động hạng Nhì", "conferred")}


def test_coordinated_units():
    g = facts_of("Cụm thi đua gồm các VKSND cấp cao tại Hà Nội, Đà Nẵng và Tp. Hồ Chí Minh họp tổng kết.")
    for u in ("VKSND cấp cao tại Hà Nội", "VKSND cấp cao tại Đà Nẵng", "VKSND cấp cao tại Tp. Hồ Chí Minh"):
        assert u in g["units"]


def test_aliases_and_class_spelling():
    g = facts_of("Ông Lý Văn Hòa được tặng HCLĐ hạng Hai.", "Bà Đinh Thị Lan được tặng BKTTCP.")
    assert awards(g) == {("Lý Văn Hòa", "Huân chương Lao động hạng Nhì", "conferred"),
                         ("Đinh Thị Lan", "Bằng khen của Thủ tướng Chính phủ", "conferred")}


def test_class_list_gives_one_award_per_class():
    g = facts_of("Công ty Cổ phần Sông Đà 5 được tặng Huân chương Lao động (hạng Nhất, Nhì, Ba).")
    assert {a["award"] for a in g["awards"]} == {"Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhì",
                                                  "Huân chương Lao động hạng Ba"}


def test_proposed_vs_conferred():
    g = facts_of("UBND tỉnh Bình Định đề nghị Thủ tướng Chính phủ tặng Bằng khen cho bà Lê Thị Mai.",
                 "Ông Trương Văn Tám được truy tặng Huân chương Dũng cảm.")
    a = {x["recipient"]: x["status"] for x in g["awards"]}
    assert a == {"Lê Thị Mai": "proposed", "Trương Văn Tám": "conferred"}


def test_title_prefix_is_not_a_conferral():
    g = facts_of("NSƯT Hồng Vân phát biểu tại buổi lễ trao giải.")
    assert g["awards"] == []
    assert [o["name"] for o in g["officials"]] == ["Hồng Vân"]


def test_honorifics_and_ranks_stripped():
    g = facts_of("Thượng tá Nguyễn Văn Hùng, Phó Trưởng phòng Cảnh sát hình sự, phát biểu.",
                 "Đồng chí Phan Thị Thu nhận Giấy khen.")
    names = {o["name"] for o in g["officials"]}
    assert names == {"Nguyễn Văn Hùng", "Phan Thị Thu"}


def test_short_name_merges_into_full_name():
    g = facts_of("Ông Phạm Quốc Tuấn, Giám đốc Sở Nội vụ tỉnh Hà Nam, dự lễ.", "Ông Tuấn cho biết sẽ tiếp tục.")
    assert [o["name"] for o in g["officials"]] == ["Phạm Quốc Tuấn"]
    assert g["officials"][0]["position"] == "Giám đốc"
    assert g["officials"][0]["unit"] == "Sở Nội vụ tỉnh Hà Nam"


def test_compound_position_before_name():
    g = facts_of("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Quang Minh chủ trì hội nghị.")
    o = g["officials"][0]
    assert o["name"] == "Lê Quang Minh"
    assert o["position"].startswith("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch")


def test_campaigns_quoted_and_unquoted():
    g = facts_of("Tỉnh phát động phong trào “Dân vận khéo” trong toàn dân.",
                 "Hưởng ứng phong trào thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XX, các đơn vị đã nỗ lực.")
    assert "Dân vận khéo" in g["campaigns"]
    assert any(c.startswith("lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XX") for c in g["campaigns"])


def test_bylines_are_not_officials():
    g = facts_of("Ông Đỗ Minh Khoa, Chủ tịch Hội Nông dân tỉnh Bến Tre, phát biểu.", "Ngọc Lan")
    assert [o["name"] for o in g["officials"]] == ["Đỗ Minh Khoa"]


def test_revocation_keeps_status_conferred():
    f = extract(make_doc("Chủ tịch nước quyết định thu hồi Huân chương Lao động hạng Ba đã tặng cho ông Trần Văn Lộc."))
    assert len(f.conferrals) == 1
    c = f.conferrals[0]
    assert c.revoked is True and c.status == "conferred" and c.recipient.text == "Trần Văn Lộc"


def test_decision_number_and_date():
    f = extract(make_doc("Theo Quyết định số 38/QĐ-VKSTC ngày 24/7/2023, Viện trưởng VKSND tối cao tặng Bằng khen "
                         "cho ông Hoàng Minh Đức."))
    c = f.conferrals[0]
    assert (c.decision, c.decision_date, c.year) == ("38/QĐ-VKSTC", "2023-07-24", 2023)


def test_year_from_document_date():
    g = facts_of("Ông Vũ Đình Long được tặng Bằng khen của Bộ Y tế.", date="2022-05-03")
    assert g["awards"][0]["year"] == 2022


def test_offsets_point_into_block_text():
    doc = make_doc("Sáng 5/3, Bộ trưởng Bộ Y tế Đào Hồng Lan trao Bằng khen của Bộ Y tế cho Bệnh viện Bạch Mai.",
                   "Phong trào “Thi đua đổi mới sáng tạo” được hưởng ứng.")
    f = extract(doc)
    assert f.mentions
    kinds = {m.kind for m in f.mentions}
    assert {"unit", "person", "award", "campaign"} <= kinds
    for m in f.mentions:
        span = doc.blocks[m.block].text[m.start:m.end]
        assert span, m
        if m.kind in ("person", "campaign"):
            assert span == m.text
        assert span in m.sentence


def test_nfd_and_new_style_tones_give_same_facts():
    text = "Ông Nguyễn Văn Hoà, Giám đốc Sở Y tế tỉnh Khánh Hoà, được tặng Huân chương Lao động hạng Ba."
    nfc_old = facts_of(text.replace("Hoà", "Hòa"))
    nfd_new = facts_of(unicodedata.normalize("NFD", text))
    assert nfc_old == nfd_new
    assert nfc_old["awards"]


def test_local_chapters_named_by_place():
    g = facts_of("Chủ tịch Hội Cựu chiến binh Việt Nam tặng Cờ thi đua của Hội Cựu chiến binh Việt Nam cho "
                 "4 tập thể (Hà Giang, Tp. Cần Thơ, Ban Tuyên giáo; Báo Cựu chiến binh).")
    recips = {a["recipient"] for a in g["awards"]}
    assert {"Hội Cựu chiến binh Hà Giang", "Hội Cựu chiến binh Tp. Cần Thơ", "Báo Cựu chiến binh"} <= recips


def test_pronoun_subject_is_last_named_person():
    g = facts_of("Anh Trịnh Văn Quyết là kỹ sư cầu đường.", "Năm 2020, anh được tặng Bằng khen của Bộ Giao thông vận tải.")
    assert awards(g) == {("Trịnh Văn Quyết", "Bằng khen của Bộ Giao thông vận tải", "conferred")}
    assert g["awards"][0]["year"] == 2020


def test_foreign_title_with_country():
    g = facts_of("Tổng thống Pháp Emmanuel Macron gặp Thủ tướng Phạm Minh Chính.")
    off = {o["name"]: o["position"] for o in g["officials"]}
    assert off == {"Emmanuel Macron": "Tổng thống Pháp", "Phạm Minh Chính": "Thủ tướng"}


def test_table_of_collectives_and_signature():
    rows = [["STT", "Tên tập thể", "Hình thức khen thưởng"],
            ["1", "Sở Tài chính tỉnh Yên Bái", "Cờ thi đua của UBND tỉnh"],
            ["2", "Ông Hà Văn Tư", "Bằng khen của Chủ tịch UBND tỉnh"]]
    blocks = [Block(text="ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"), Block(text="QUYẾT ĐỊNH"),
              Block(text="Điều 1. Tặng thưởng các tập thể, cá nhân có tên sau năm 2024:")]
    blocks += [Block(text=" | ".join(r), kind="table_row", table=0, row=i, cells=r) for i, r in enumerate(rows)]
    blocks += [Block(text="KT. CHỦ TỊCH"), Block(text="PHÓ CHỦ TỊCH"), Block(text="Vũ Thị Hiền Hạnh")]
    g = extract(normalize_document(Document(path="q.docx", sha256="0", format="docx", blocks=blocks))).to_guidelines("q")
    assert ("Sở Tài chính tỉnh Yên Bái", "collective") in {(a["recipient"], a["recipient_type"]) for a in g["awards"]}
    assert ("Hà Văn Tư", "person") in {(a["recipient"], a["recipient_type"]) for a in g["awards"]}
    off = {o["name"]: (o["position"], o["unit"]) for o in g["officials"]}
    assert off["Vũ Thị Hiền Hạnh"] == ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái")


def test_compound_words_are_not_cues():
    g = facts_of("Năm 2019, Công ty Cổ phần Xây dựng Số 4 được tặng Bằng khen của Bộ Xây dựng vì hoàn thành công trình "
                 "cầu Bạch Đằng.")
    assert [(a["recipient"], a["status"]) for a in g["awards"]] == [("Công ty Cổ phần Xây dựng Số 4", "conferred")]


# --- a decision's own number and date (its header) for the awards it gives ---------------------------------

DECISION_HEADER = ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "Số: 45/QĐ-UBND", "Hà Nam, ngày 7 tháng 5 năm 2023", "QUYẾT ĐỊNH",
                   "Về việc tặng Bằng khen")


def test_awards_of_a_decision_carry_its_number_and_date():
    facts = extract(make_doc(*DECISION_HEADER, "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho ông Nguyễn Văn An, "
                                               "Giám đốc Sở Tư pháp tỉnh Hà Nam."))
    got = {(c.recipient.text, c.decision, c.decision_date) for c in facts.conferrals}
    assert got == {("Nguyễn Văn An", "45/QĐ-UBND", "2023-05-07")}


def test_a_decision_named_in_the_sentence_wins_over_the_header():
    facts = extract(make_doc(*DECISION_HEADER, "Ông Nguyễn Văn An đã được tặng Bằng khen của Chủ tịch UBND tỉnh tại "
                                               "Quyết định số 12/QĐ-UBND ngày 3/1/2020."))
    assert {(c.decision, c.decision_date) for c in facts.conferrals} == {("12/QĐ-UBND", "2020-01-03")}


def test_a_number_line_without_the_decision_type_line_gives_no_decision():
    facts = extract(make_doc("BỘ TƯ PHÁP", "Số: 45/QĐ-BTP", "Hà Nội, ngày 7 tháng 5 năm 2023", "THÔNG BÁO",
                             "Ông Nguyễn Văn An được tặng Bằng khen của Bộ trưởng Bộ Tư pháp."))
    assert [c.decision for c in facts.conferrals] == [None]

"""Award attachment, round 2: robustness at a document's end and kinds of attachment seen on other news
(``extractors/components/conferrals.py``, ``extractors/engine.py``).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations


from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)

def test_document_ending_with_cho_does_not_raise():
    g = facts_of("Ông Phạm Quốc Việt cho biết UBND xã Hòa Lạc tặng bằng khen cho")
    assert g["awards"] == []


# --- a name whose last syllable is also a receive verb ("Đạt" / "đạt") --------------------------------

def test_name_ending_in_dat_keeps_its_award():
    g = facts_of("Anh Hoàng Văn Đạt được trao Huân chương Lao động hạng Ba.")
    assert people(g) == {("Hoàng Văn Đạt", "Huân chương Lao động hạng Ba")}


def test_verb_dat_after_a_name_still_a_cue():
    g = facts_of("Chị Vũ Thị Ngân đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2022.")
    assert people(g) == {("Vũ Thị Ngân", "Chiến sĩ thi đua cơ sở")}


# --- a bare head noun as the subject stands for the document's body of that head ----------------------

def test_bare_head_subject_with_a_list_of_dated_orders():
    g = facts_of("Ngày 2/9, báo Tuổi Trẻ Thủ Đô kỷ niệm 30 năm thành lập.",
                 "Trước đó, báo đã vinh dự được Nhà nước ghi nhận với các phần thưởng như: "
                 "Huân chương Lao động hạng Ba (1999); Huân chương Lao động hạng Nhì (2009).")
    assert people(g) == {("báo Tuổi Trẻ Thủ Đô", "Huân chương Lao động hạng Ba"),
                         ("báo Tuổi Trẻ Thủ Đô", "Huân chương Lao động hạng Nhì")}
    years = {a["award"]: a["year"] for a in g["awards"]}
    assert years == {"Huân chương Lao động hạng Ba": 1999, "Huân chương Lao động hạng Nhì": 2009}


def test_bare_head_subject_after_a_fronted_year():
    g = facts_of("Trường THCS Quang Trung có 40 năm truyền thống.",
                 "Năm 2015, trường được tặng Huân chương Lao động hạng Ba.")
    assert people(g) == {("Trường THCS Quang Trung", "Huân chương Lao động hạng Ba")}


def test_bare_head_subject_needs_a_body_written_before():
    g = facts_of("Năm 2015, trường được tặng Huân chương Lao động hạng Ba.")
    assert g["awards"] == []


# --- coordinated givers; a second local body written by its level and place only -------------------------

def test_coordinated_givers_with_an_elided_body_head():
    g = facts_of("Sáng 8/5, lãnh đạo UBND huyện Đức Linh và xã Mê Pu cũng đã trao tặng giấy khen cho em Trương Văn Khải.")
    assert people(g) == {("Trương Văn Khải", "Giấy khen của UBND huyện Đức Linh"),
                         ("Trương Văn Khải", "Giấy khen của UBND xã Mê Pu")}


def test_coordinated_givers_written_whole():
    g = facts_of("UBND quận Ngô Quyền và UBND phường Lạch Tray trao giấy khen cho anh Bùi Đức Long.")
    assert people(g) == {("Bùi Đức Long", "Giấy khen của UBND quận Ngô Quyền"),
                         ("Bùi Đức Long", "Giấy khen của UBND phường Lạch Tray")}


# --- a recipient written by the short form of a full name given elsewhere --------------------------------

def test_recipient_by_surname_of_a_name_written_later():
    g = facts_of("Nữ hoàng Anh trao Huân chương Garter cho Mandela.",
                 "Cựu Tổng thống Nelson Mandela cảm ơn nữ hoàng.")
    assert people(g) == {("Nelson Mandela", "Huân chương Garter")}


def test_capitalised_word_after_cho_that_ends_no_name_is_no_recipient():
    g = facts_of("Ông Đoàn Văn Nam phát biểu.", "UBND tỉnh trao Bằng khen cho Hà Nội.")
    assert g["awards"] == []


# --- a speaker reporting a gift is not its giver; "đơn vị" after the speaker is the speaker's body ---------

def test_speakers_body_is_the_giver_named_by_don_vi():
    g = facts_of("Ông Lê Văn Tâm, Phó Chủ tịch UBND huyện Sơn Tịnh cho biết, đơn vị vừa trao tặng bằng khen "
                 "cho anh Phạm Văn Lực.")
    assert people(g) == {("Phạm Văn Lực", "Bằng khen của UBND huyện Sơn Tịnh")}


def test_speaker_without_a_named_giver_gives_no_conferrer():
    g = facts_of("Bà Đào Thu Hà, Chủ tịch UBND xã Tịnh Hà cho biết, vừa trao tặng bằng khen cho anh Phạm Văn Lực.")
    assert people(g) == {("Phạm Văn Lực", "Bằng khen")}


# --- the place of a ceremony is not a giver --------------------------------------------------------------

def test_venue_before_the_giver_gives_nothing():
    g = facts_of("Tại trụ sở Bộ Công Thương, Bộ trưởng trao Bằng khen cho ông Hà Văn Khánh.")
    assert people(g) == {("Hà Văn Khánh", "Bằng khen của Bộ trưởng")}


def test_coordinated_givers_after_a_comma_still_give():
    g = facts_of("Tỉnh ủy, UBND tỉnh Cao Bằng trao Bằng khen cho ông Hà Văn Khánh.")
    assert {a for _, a in people(g)} == {"Bằng khen của Tỉnh ủy Cao Bằng", "Bằng khen của UBND tỉnh Cao Bằng"}


# --- lists of recipients: a capitalised 'Dự' inside a name; 'là do'; a giver's order 'của X cho …' --------

def test_list_runs_over_a_parenthesis_naming_a_project_board():
    g = facts_of("Hai cá nhân được đề nghị phong tặng danh hiệu Anh hùng Lao động gồm: kỹ sư Lò Văn Páo "
                 "(Giám đốc Ban Quản lý Dự án 7, Bộ Xây dựng) và kỹ sư Vi Đức Lâm (Tổng công ty Sông Đà).")
    assert {r for r, _ in people(g)} == {"Lò Văn Páo", "Vi Đức Lâm"}
    assert all(a["status"] == "proposed" for a in g["awards"])


def test_la_do_names_who_made_the_list_not_a_recipient():
    g = facts_of("Theo ông Tú, danh sách 20 cá nhân đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc năm 2021 "
                 "là do Ban Thi đua – Khen thưởng tỉnh Hà Nam tổng hợp.")
    assert g["awards"] == []


def test_order_of_a_foreign_state_given_to_a_count_has_no_owner():
    g = facts_of("Đoàn công tác Chính phủ Lào tổ chức lễ trao Huân chương Tự do của Nhà nước Lào cho 4 tập thể.")
    assert g["awards"] == []


# --- a committee's certificate is its body's --------------------------------------------------------------

def test_standing_committee_and_its_body_give_one_certificate():
    g = facts_of("Chiều 3-2, Ban thường vụ Tỉnh đoàn Ninh Bình đã trao bằng khen, phần thưởng cho anh Lê Văn Chiến.",
                 "Anh Lê Văn Chiến nhận bằng khen của Tỉnh đoàn Ninh Bình.")
    assert people(g) == {("Lê Văn Chiến", "Bằng khen của Tỉnh đoàn Ninh Bình")}


def test_standing_committee_alone_stays_the_conferrer():
    g = facts_of("Ban thường vụ Tỉnh đoàn Ninh Bình đã trao bằng khen cho anh Lê Văn Chiến.")
    assert people(g) == {("Lê Văn Chiến", "Bằng khen của Ban thường vụ Tỉnh đoàn Ninh Bình")}


# --- a recipient's employer written before the name receives nothing ---------------------------------------

def test_employer_before_the_name_is_no_recipient():
    g = facts_of("Tại buổi lễ, GS ĐH Keio Lâm Văn Đức được Bộ Ngoại giao Nhật Bản trao tặng Huân chương Mặt trời mọc.")
    assert {r for r, _ in people(g)} == {"Lâm Văn Đức"}


# --- years: "tháng M-YYYY"; a founding date is not the document's year -----------------------------------

def test_month_year_written_with_a_hyphen():
    g = facts_of("Cuối tháng 3-2019, Chủ tịch UBND tỉnh Bình Định đã tặng bằng khen cho ngư dân Lê Văn Tám.")
    assert [a["year"] for a in g["awards"]] == [2019]


def test_founding_date_is_not_the_documents_year():
    g = facts_of("Trường THPT Phan Bội Châu được thành lập ngày 20/10/1965.",
                 "Trường vinh dự được tặng Huân chương Lao động hạng Nhất.")
    assert [(a["recipient"], a["year"]) for a in g["awards"]] == [("Trường THPT Phan Bội Châu", None)]


# --- givers: acting for a body; a union of a school; a generic item among givers; a body's own ceremony --

def test_presenter_acting_for_a_body_gives_the_bodys_certificate():
    g = facts_of("Thay mặt UBND xã Lộc Sơn, ông Trịnh Quốc Bảo trao giấy khen cho anh Lý Văn Hòa.")
    assert people(g) == {("Lý Văn Hòa", "Giấy khen của UBND xã Lộc Sơn")}


def test_givers_with_a_generic_item_and_a_school_union():
    g = facts_of("Thị đoàn Hương Trà, nhà trường và Đoàn trường THPT Hương Vinh cũng tặng giấy khen cho em Lê Văn Phúc.")
    assert people(g) == {("Lê Văn Phúc", "Giấy khen của Thị đoàn Hương Trà"),
                         ("Lê Văn Phúc", "Giấy khen của Đoàn trường THPT Hương Vinh")}


def test_body_receiving_at_its_own_ceremony():
    g = facts_of("Phó Thủ tướng Lê Văn Hải dự lễ khánh thành nhà máy và đón nhận Huân chương Lao động hạng Ba "
                 "của Công ty Cổ phần Xi măng Hà Tiên.")
    assert people(g) == {("Công ty Cổ phần Xi măng Hà Tiên", "Huân chương Lao động hạng Ba")}


def test_giver_before_a_longer_verb_phrase():
    g = facts_of("Giám đốc Công an tỉnh Nghệ An đã khen thưởng đột xuất và tặng giấy khen cho anh Hồ Văn Lĩnh.")
    assert people(g) == {("Hồ Văn Lĩnh", "Giấy khen của Giám đốc Công an tỉnh Nghệ An")}


# --- two receiving clauses in one sentence, each with its own subject -------------------------------------

def test_second_receiving_clause_has_its_own_subject():
    g = facts_of("Trường Tiểu học Hòa Bình được tặng Cờ thi đua và cô Lê Thị Mơ nhận bằng khen của Bộ GD-ĐT.")
    assert people(g) == {("Trường Tiểu học Hòa Bình", "Cờ thi đua"), ("Lê Thị Mơ", "Bằng khen của Bộ GD-ĐT")}


def test_contrasted_clause_with_con():
    g = facts_of("Trường Tiểu học Hòa Bình được UBND tỉnh Đắk Lắk tặng Cờ thi đua, còn thầy Y Sơn Niê nhận bằng khen.")
    assert ("Trường Tiểu học Hòa Bình", "Bằng khen") not in people(g)


def test_one_subject_receiving_twice():
    g = facts_of("Ông Hà Văn Sỹ được tặng bằng khen và nhận Huy chương Vì thế hệ trẻ.")
    assert {r for r, _ in people(g)} == {"Hà Văn Sỹ"} and len(g["awards"]) == 2


def test_birth_year_written_sn_is_not_the_awards_year():
    g = facts_of("Tỉnh Đoàn Quảng Bình vừa trao tặng Huy hiệu Tuổi trẻ dũng cảm cho em Đinh Văn Tiến (SN 2006, trú xã Hóa Sơn).")
    assert [a["year"] for a in g["awards"]] == [None]

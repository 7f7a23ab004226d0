"""Round 3 of award extraction: one test per kind fixed or generalised (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import awards, facts_of, people  # noqa: F401  (shared helpers)


# --- a counted subject named by a nearby sentence, with the giver between "được" and the verb -----------

def test_counted_subject_with_an_agent_before_the_give_verb():
    g = facts_of("Hai học sinh trên được Giám đốc Sở Giáo dục tỉnh Yên Bái tặng giấy khen.",
                 "Theo đó, 2 học sinh được khen thưởng gồm: Lò Văn Phúc và Hà Thị Nguyệt.")
    assert people(g) == {("Lò Văn Phúc", "Giấy khen của Giám đốc Sở Giáo dục tỉnh Yên Bái"),
                         ("Hà Thị Nguyệt", "Giấy khen của Giám đốc Sở Giáo dục tỉnh Yên Bái")}


def test_counted_subject_needs_the_same_noun():
    g = facts_of("Hai học sinh trên được Giám đốc Sở Giáo dục tỉnh Yên Bái tặng giấy khen.",
                 "Theo đó, 2 giáo viên được khen thưởng gồm: Lò Văn Phúc và Hà Thị Nguyệt.")
    assert g["awards"] == []


# --- an award handed back -------------------------------------------------------------------------------

def test_award_handed_back_still_names_who_had_received_it():
    g = facts_of("Gia đình ông Lục Văn Tám đã trả lại huân chương Sao Bắc Cực của Thụy Điển tặng cho ông Lục Văn Tám.")
    # (the foreign state after "của" is part of a named foreign order's name: test_award_names_cut_short)
    assert people(g) == {("Lục Văn Tám", "huân chương Sao Bắc Cực của Thụy Điển")}


def test_award_handed_back_to_an_office_gives_it_no_fact():
    g = facts_of("Bà Vi Thị Đào đã nộp lại Giấy khen của Chủ tịch UBND huyện cho Phòng Nội vụ huyện Bảo Lạc.")
    assert all(r != "Phòng Nội vụ huyện Bảo Lạc" for r, _ in people(g))


# --- Latin abbreviations inside a foreign order's name (shape, not a list) ---------------------------------

def test_vowelless_latin_abbreviation_stays_inside_the_name():
    g = facts_of("Năm 2015, Nữ hoàng đã trao Huân chương St. Michael cho ông Hồ Quang Vũ.")
    assert people(g) == {("Hồ Quang Vũ", "Huân chương St. Michael")}


# --- a committee's certificate that the document says its chairman confers ----------------------------

def test_committee_certificate_is_the_chairmans_when_the_document_says_so():
    g = facts_of("UBND tỉnh Lai Châu vừa tặng bằng khen cho anh Giàng A Páo vì đã cứu hai em nhỏ.",
                 "Trước đó, anh Giàng A Páo đã được đề xuất nhận bằng khen của chủ tịch UBND tỉnh.")
    got = people(g)
    assert ("Giàng A Páo", "Bằng khen của Chủ tịch UBND tỉnh Lai Châu") in got
    assert ("Giàng A Páo", "Bằng khen của UBND tỉnh Lai Châu") not in got


def test_committee_certificate_stays_as_written_without_the_chairman():
    g = facts_of("UBND tỉnh Lai Châu vừa tặng bằng khen cho anh Giàng A Páo vì đã cứu hai em nhỏ.")
    assert people(g) == {("Giàng A Páo", "Bằng khen của UBND tỉnh Lai Châu")}


# --- honoured with a named title: "được vinh danh / tuyên dương / tôn vinh “T”" ------------------------

def test_honoured_with_a_quoted_title_is_an_award():
    g = facts_of("Nhà thiết kế Đỗ Mạnh Cường được vinh danh “Nhà thiết kế của năm” tại lễ trao giải.")
    assert people(g) == {("Đỗ Mạnh Cường", "Nhà thiết kế của năm")}


def test_honoured_as_a_quoted_title_after_a_copula_is_an_award():
    """"được vinh danh là “T”": the copula "là" between the praise cue and the quoted title (session 34)."""
    g = facts_of("Năm 2019, vận động viên Hồ Thị Lan được vinh danh là “Nữ tuyển thủ của năm” và nhận cúp.")
    assert people(g) == {("Hồ Thị Lan", "Nữ tuyển thủ của năm")}


def test_a_title_named_after_danh_hieu_la_is_no_award():
    """"danh hiệu là “T”" says what a title is; only the cues of praise take the copula."""
    g = facts_of("Năm 2019, giải thưởng có thêm danh hiệu là “Nữ tuyển thủ của năm” cho vận động viên trẻ.")
    assert g["awards"] == []


def test_title_writes_out_vn():
    g = facts_of("Kỹ sư Lương Văn Thái được tôn vinh 'Tự hào VN' năm 2020.")
    assert people(g) == {("Lương Văn Thái", "Tự hào Việt Nam")}


def test_honouring_verb_without_a_title_gives_no_fact():
    g = facts_of("Kỹ sư Lương Văn Thái được tuyên dương trước toàn trường.")
    assert g["awards"] == []


# --- a certificate's own title ---------------------------------------------------------------------------

def test_certificate_keeps_its_quoted_title_before_the_conferrer():
    g = facts_of("Anh Vàng Seo Dũng được Tỉnh đoàn Hà Giang trao tặng Bằng khen “Thanh niên tình nguyện tiêu biểu”.")
    assert people(g) == {("Vàng Seo Dũng", "Bằng khen Thanh niên tình nguyện tiêu biểu của Tỉnh đoàn Hà Giang")}


def test_certificate_keeps_its_unquoted_title():
    g = facts_of("Hội Liên hiệp Thanh niên tỉnh Hà Giang đã tặng bằng khen Gương sáng vùng cao cho chị Lù Thị Mai.")
    assert people(g) == {("Lù Thị Mai", "Bằng khen Gương sáng vùng cao của Hội Liên hiệp Thanh niên tỉnh Hà Giang")}


def test_a_conferrer_after_the_certificate_is_no_title():
    g = facts_of("Chị Lù Thị Mai được tặng bằng khen UBND tỉnh Hà Giang.")
    assert people(g) == {("Lù Thị Mai", "Bằng khen của UBND tỉnh Hà Giang")}


def test_chairmans_certificate_takes_the_place_of_the_committee_presenting_it():
    g = facts_of("Sáng 3-4, UBND huyện Mường Tè đã trao tặng giấy khen của chủ tịch UBND huyện cho anh Pờ Văn Chu.")
    assert people(g) == {("Pờ Văn Chu", "Giấy khen của Chủ tịch UBND huyện Mường Tè")}


def test_chairmans_certificate_stays_bare_beside_a_title_holder():
    g = facts_of("Chủ tịch UBND tỉnh Lai Châu vừa ký quyết định thu hồi Bằng khen của Chủ tịch UBND tỉnh "
                 "đã tặng ông Pờ Văn Chu.")
    assert people(g) == {("Pờ Văn Chu", "Bằng khen của Chủ tịch UBND tỉnh")}


# --- an order's owner after address words -----------------------------------------------------------------

def test_owner_after_address_words_in_a_revocation():
    g = facts_of("Bộ Y tế kiến nghị hủy quyết định, thu hồi Huân chương Lao động hạng Ba của cá nhân ông Lò Văn Sính.")
    assert people(g) == {("Lò Văn Sính", "Huân chương Lao động hạng Ba")}


# --- ships as collective recipients -----------------------------------------------------------------------

def test_fishing_ship_with_its_registration_number_is_a_recipient():
    g = facts_of("UBND tỉnh Bình Định đã tặng bằng khen cho tập thể tàu cá BĐ - 90123TS và ngư dân Võ Văn Lành.")
    # (the dash is normalised to an en dash, which the scorer reads as any dash)
    assert people(g) == {("tàu cá BĐ – 90123TS", "Bằng khen của UBND tỉnh Bình Định"),
                         ("Võ Văn Lành", "Bằng khen của UBND tỉnh Bình Định")}


def test_ship_names_listed_after_one_head_share_it():
    g = facts_of("UBND tỉnh Khánh Hòa đã tặng giấy khen cho các tàu du lịch Hòn Tre 3, Vân Phong 5.")
    assert people(g) == {("tàu du lịch Hòn Tre 3", "Giấy khen của UBND tỉnh Khánh Hòa"),
                         ("tàu du lịch Vân Phong 5", "Giấy khen của UBND tỉnh Khánh Hòa")}


def test_crew_on_board_a_ship_is_no_ship_recipient():
    g = facts_of("UBND tỉnh Bình Định đã tặng bằng khen cho 7 thuyền viên trên tàu cá BĐ - 90123TS.")
    assert g["awards"] == []


# --- awards counted "các loại" ----------------------------------------------------------------------------

def test_orders_of_several_classes_counted_are_no_award():
    g = facts_of("Bệnh viện Đa khoa tỉnh Sơn La đã đón nhận 5 Huân chương Lao động các loại cho 3 tập thể và 2 cá nhân.")
    assert g["awards"] == []


# --- a counted certificate after the give verb; an affiliation in apposition ---------------------------------

def test_givers_of_counted_certificates():
    g = facts_of("UBND huyện Bảo Lâm và UBND xã Lý Bôn cũng đã trao tặng thêm 2 giấy khen cho anh Nông Văn Hòa.")
    assert people(g) == {("Nông Văn Hòa", "Giấy khen của UBND huyện Bảo Lâm"),
                         ("Nông Văn Hòa", "Giấy khen của UBND xã Lý Bôn")}


def test_school_in_a_persons_apposition_is_no_recipient():
    g = facts_of("Tỉnh đoàn Cao Bằng đã trao bằng khen cho em Hoàng Văn Lâm - học sinh lớp 11A Trường THPT Bảo Lạc.")
    assert people(g) == {("Hoàng Văn Lâm", "Bằng khen của Tỉnh đoàn Cao Bằng")}


def test_units_listed_after_a_person_stay_recipients():
    g = facts_of("Tỉnh đoàn Cao Bằng đã trao bằng khen cho anh Hoàng Văn Lâm, Trường THPT Bảo Lạc và Công ty Điện lực Cao Bằng.")
    assert {r for r, _ in people(g)} == {"Hoàng Văn Lâm", "Trường THPT Bảo Lạc", "Công ty Điện lực Cao Bằng"}


# --- failing a review: proposed, not conferred ------------------------------------------------------------------

def test_failing_the_review_of_a_title_is_a_proposal():
    g = facts_of("Năm 2019, NSƯT Đinh Văn Lộc lại trượt danh hiệu NSND.")
    assert [(a["recipient"], a["award"], a["status"]) for a in g["awards"]] == \
        [("Đinh Văn Lộc", "Nghệ sĩ Nhân dân", "proposed")]

"""Units and persons, round 2: kinds of faults seen on other news (``extractors/components/units.py``,
``persons.py``). Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations


from tests.test_extractors import facts_of


def names(g: dict) -> set:
    return {o["name"] for o in g["officials"]}


# --- robustness: a document ending inside a unit's name ----------------------------------------------

def test_document_ending_after_a_school_name_does_not_raise():
    g = facts_of("Hội đồng trình Bằng khen của Đại học Quốc gia \nHiệu trưởng Đại học Quốc gia ký")
    assert "Đại học Quốc gia" in g["units"]


def test_document_ending_on_a_bare_level_does_not_raise():
    g = facts_of("Sáng 3-5, bà Trịnh Thu Hằng - chánh Văn phòng UBND huyện")
    assert "Trịnh Thu Hằng" in names(g)


def test_document_ending_on_a_generic_company_head_does_not_raise():
    facts_of("Năm 2010, Cty CP Xây dựng số 7 (COXD 7) được thành lập. Đó là niềm tự hào của Cty")


# --- a name cut to its initial is no person ---------------------------------------------------------

def test_names_cut_to_initials_are_not_persons():
    g = facts_of("Hai em gồm Trần Văn K., Đỗ Thị Ánh Ng. (cùng 15 tuổi) được cứu sống; anh Phạm Minh Tuấn đưa các em vào bờ.")
    assert names(g) == {"Phạm Minh Tuấn"}


# --- a capitalised function word after a name (a lost sentence break) --------------------------------

def test_name_stops_before_a_capitalised_clause_opener():
    g = facts_of("Buổi lễ trao huy hiệu cho ông Hoàng Văn Lộc Cùng dự có ông Vũ Đình Tâm.")
    assert names(g) == {"Hoàng Văn Lộc", "Vũ Đình Tâm"}


def test_given_name_that_is_also_a_word_is_kept():
    g = facts_of("Chị Đinh Thị Được cùng anh Mai Văn Nhận đến dự.")
    assert names(g) == {"Đinh Thị Được", "Mai Văn Nhận"}


def test_unit_stops_before_a_capitalised_clause_opener():
    g = facts_of("Hội nghị của Tổng công ty Điện lực miền Trung Tặng hoa cho các đơn vị.")
    assert "Tổng công ty Điện lực miền Trung" in g["units"]


def test_unit_keeps_a_word_opened_by_such_a_syllable():
    g = facts_of("Ông Lưu Quang Khải, Giám đốc Ban Quản lý Dự án 12 đã phát biểu.")
    assert "Ban Quản lý Dự án 12" in g["units"]


# --- a unit never closes on a joiner -----------------------------------------------------------------

def test_unit_does_not_close_on_va_before_an_award():
    g = facts_of("Tập thể được tặng Cờ thi đua của Ban Tuyên giáo Trung ương và Bằng khen của Bộ trưởng.")
    assert "Ban Tuyên giáo Trung ương" in g["units"]
    assert not any(u.endswith(" và") for u in g["units"])


# --- a unit after a title ends where the person's name begins, also after "TP. X" -------------------

def test_city_written_tp_dot_ends_the_unit_before_a_name():
    g = facts_of("Phó Bí thư Thành ủy TP. HCM Lạc Minh Toàn phát biểu tại hội nghị.")
    assert "Thành ủy TP. HCM" in g["units"]
    assert "Lạc Minh Toàn" in names(g)


# --- a hospital (or a school head written short) named after a person or a place ---------------------

def test_hospital_named_like_a_person_is_a_unit_not_a_person():
    g = facts_of("Bác sĩ BV Thanh Nhàn và Khoa Nhi, Bệnh viện Xanh Pôn đã hội chẩn.")
    assert "BV Thanh Nhàn" in g["units"]
    assert "Khoa Nhi, Bệnh viện Xanh Pôn" in g["units"]
    assert "Thanh Nhàn" not in names(g)


def test_person_after_a_short_school_name_is_a_person():
    g = facts_of("PGS ĐH Kyoto Lâm Quang Minh đã trình bày tham luận.")
    assert "ĐH Kyoto" in g["units"]
    assert "Lâm Quang Minh" in names(g)


# --- the field of a capitalised head written in lower case, then the body's place --------------------

def test_lower_case_emulation_board_with_its_province():
    g = facts_of("Bà Lò Thị Hoa - trưởng Ban thi đua khen thưởng tỉnh Lai Châu - đã trao bằng khen.")
    assert "Ban thi đua khen thưởng tỉnh Lai Châu" in g["units"]


def test_one_lower_case_field_syllable_then_a_place():
    g = facts_of("Doanh nghiệp nhận Giấy khen của Cục hải quan Bình Định.")
    assert "Cục hải quan Bình Định" in g["units"]


def test_one_lower_case_field_syllable_then_trung_uong():
    g = facts_of("Liên đội được tặng Bằng khen của Hội đồng đội Trung ương năm 2019.")
    assert "Hội đồng đội Trung ương" in g["units"]


def test_a_tier_or_a_word_after_the_place_is_no_field():
    g = facts_of("Các BV tuyến Trung ương đã hỗ trợ lực lượng Cảnh sát nhân dân Anh hùng.")
    assert not any("tuyến" in u or u.endswith("Anh hùng") for u in g["units"])


# --- party organisations of a body; the two bloc committees; a school's province after a comma ----------

def test_party_organisation_of_a_body_is_one_unit():
    g = facts_of("Đây là niềm vinh dự của Đảng bộ Bộ Tư pháp trong năm qua.")
    assert "Đảng bộ Bộ Tư pháp" in g["units"]


def test_bloc_party_committee_written_whole():
    g = facts_of("Lễ trao tặng do Đảng ủy Khối Doanh nghiệp Trung ương tổ chức.")
    assert "Đảng ủy Khối Doanh nghiệp Trung ương" in g["units"]


def test_school_with_its_province_after_a_comma():
    g = facts_of("Học sinh Trường Trung học cơ sở Lê Lợi, tỉnh Kon Tum được tuyên dương.")
    assert "Trường Trung học cơ sở Lê Lợi, tỉnh Kon Tum" in g["units"]


# --- photo and agency credits are not persons of the story -------------------------------------------

def test_photo_and_agency_credits_are_not_persons():
    g = facts_of("Bộ trưởng Hà Văn Lâm phát biểu. Ảnh: Tạ Quang Huy/TTXVN",
                 "Các đại biểu dự lễ. Phan Thị Ngọc (TTXVN)",
                 "Sau đó ông Mạc Văn Sơn (TTXVN) cho biết thêm.")
    assert names(g) == {"Hà Văn Lâm", "Mạc Văn Sơn"}


# --- a name going on after a dash or with the lower-case end of a school level ------------------------

def test_faculty_name_after_a_dash_starting_with_a_credit_word():
    g = facts_of("Sinh viên Khoa Toán - Tin học, Trường Đại học Vinh đạt giải.")
    assert "Khoa Toán – Tin học, Trường Đại học Vinh" in g["units"]


def test_vocational_school_level_ends_in_lower_case():
    g = facts_of("Học viên Trường Trung cấp nghề tỉnh Bắc Kạn được khen.")
    assert "Trường Trung cấp nghề tỉnh Bắc Kạn" in g["units"]


# --- army echelons written with their parents form one unit (rank table, Luật Sĩ quan QĐND) ------------

def test_army_echelons_chain_is_one_unit():
    g = facts_of("Thiếu tá Đoàn Văn Lực, Tiểu đoàn 2, Trung đoàn 101, Sư đoàn 325 đã hy sinh.")
    assert "Tiểu đoàn 2, Trung đoàn 101, Sư đoàn 325" in g["units"]
    assert "Tiểu đoàn 2" not in g["units"]


def test_higher_echelon_before_a_lower_one_is_a_list():
    g = facts_of("Sư đoàn 304, Trung đoàn 66 và Lữ đoàn 203 cùng tham gia diễn tập.")
    assert {"Sư đoàn 304", "Trung đoàn 66"} <= set(g["units"])


# --- one local body written once for places of two levels ---------------------------------------------

def test_local_body_coordinated_over_two_levels():
    g = facts_of("Đại diện UBND huyện Kỳ Anh và xã Kỳ Tân đã trao quà cho gia đình.")
    assert {"UBND huyện Kỳ Anh", "UBND xã Kỳ Tân"} <= set(g["units"])


def test_provincial_department_is_not_coordinated_to_a_district():
    g = facts_of("Sở Tài chính tỉnh Hà Tĩnh và huyện Kỳ Anh đã phối hợp.")
    assert not any("huyện Kỳ Anh" in u for u in g["units"])


def test_higher_place_after_a_comma_is_the_body_s_own_place():
    g = facts_of("Tại UBND xã Cẩm Bình, huyện Cẩm Xuyên, đoàn công tác đã làm việc.")
    assert "UBND huyện Cẩm Xuyên" not in g["units"]


# --- one body's name over a list of places -------------------------------------------------------------

def test_body_over_a_list_of_provinces_gives_one_unit_each():
    g = facts_of("Hội Cựu chiến binh các tỉnh Thái Bình, Hưng Yên và Hà Nam đã ký kết giao ước thi đua.")
    assert {"Hội Cựu chiến binh tỉnh Thái Bình", "Hội Cựu chiến binh tỉnh Hưng Yên",
            "Hội Cựu chiến binh tỉnh Hà Nam"} <= set(g["units"])
    assert "Hội Cựu chiến binh" not in g["units"]


def test_body_over_a_region_is_not_spread():
    g = facts_of("Hội Nông dân các tỉnh miền núi phía Bắc đã dự hội nghị.")
    assert not any(" tỉnh " in u for u in g["units"])


# --- a board of a party committee written right before it -----------------------------------------------

def test_board_of_a_party_committee_is_one_unit():
    g = facts_of("Đoàn công tác của Ban Dân vận Tỉnh ủy Quảng Trị đã đến thăm.")
    assert "Ban Dân vận Tỉnh ủy Quảng Trị" in g["units"]
    assert "Ban Dân vận" not in g["units"]


# --- an emulation cluster named by its region --------------------------------------------------------------

def test_emulation_cluster_named_by_its_region():
    g = facts_of("Năm 2022, Cụm thi đua các tỉnh Bắc Trung Bộ đã ký giao ước.",
                 "Khối thi đua Sở Tư pháp các tỉnh, thành Đồng bằng sông Hồng và miền núi phía Bắc họp.")
    assert "Cụm thi đua các tỉnh Bắc Trung Bộ" in g["units"]
    assert "Khối thi đua Sở Tư pháp các tỉnh, thành Đồng bằng sông Hồng và miền núi phía Bắc" in g["units"]

"""Units, round 3: kinds of faults seen on held-out news (``extractors/components/units.py`` and
``corpora/gazetteers/named_units.txt``). Every sentence here was written for these tests; the expected facts are
worked out by hand.
"""
from __future__ import annotations

from extractors.components.unit_variants import name_variants
from tests.test_extractors import facts_of


# --- official names of central bodies with lower-case words or punctuation inside ------------------------

def test_name_variants_drop_inner_marks_and_shorten_trung_uong():
    v = name_variants("Ban Thi đua – Khen thưởng Trung ương")
    assert v[0] == "Ban Thi đua – Khen thưởng Trung ương"
    assert "Ban Thi đua Khen thưởng Trung ương" in v
    assert "Ban Thi đua Khen thưởng TƯ" in v and "Ban Thi đua – Khen thưởng TW" in v
    assert name_variants("Bộ Y tế") == ["Bộ Y tế"]


def test_central_board_written_without_its_dash_is_whole():
    g = facts_of("Sáng nay, đại diện Ban thi đua khen thưởng Trung ương đã làm việc với tỉnh.")
    assert "Ban thi đua khen thưởng Trung ương" in g["units"]
    assert "Ban thi đua" not in g["units"]


def test_department_with_a_comma_in_its_name_and_its_ministry_right_after():
    g = facts_of("Năm nay, Cục Quản lý khám, chữa bệnh Bộ Y tế ban hành bộ tiêu chí mới.")
    assert g["units"] == ["Cục Quản lý khám, chữa bệnh Bộ Y tế"]


def test_bloc_party_committee_with_trung_uong_shortened():
    g = facts_of("Bằng khen của Đảng ủy Khối các cơ quan TƯ được trao cho ông Lê Văn Bình.")
    assert "Đảng ủy Khối các cơ quan TƯ" in g["units"]


def test_air_defence_service_with_lower_case_after_the_dash():
    g = facts_of("Anh là phi công của Trung đoàn 921, Sư đoàn 371, Quân chủng Phòng không - không quân.")
    assert g["units"] == ["Trung đoàn 921, Sư đoàn 371, Quân chủng Phòng không – không quân"]


def test_central_departments_listed_are_not_one_inside_another():
    g = facts_of("Thành viên gồm Cục Việc làm, Cục Người có công, Ban Thi đua - Khen thưởng Trung ương và Kho bạc "
                 "Nhà nước.")
    assert "Cục Người có công" in g["units"]
    assert "Ban Thi đua – Khen thưởng Trung ương" in g["units"]
    assert not any("," in u for u in g["units"])


def test_border_guard_soldiers_in_lower_case_are_no_unit():
    g = facts_of("Các chiến sĩ bộ đội biên phòng tuần tra trên biển suốt đêm.")
    assert g["units"] == []


def test_cadres_of_a_ministry_field_are_no_ministry():
    g = facts_of("Nhiều cán bộ y tế tình nguyện lên vùng cao khám bệnh.")
    assert g["units"] == []


# --- lower-case continuation: three-syllable words, i/y spellings, a school inside an association's name -----

def test_alumni_association_of_a_school_is_one_unit():
    g = facts_of("Hội Cựu học sinh Trường THPT Phan Bội Châu trao 20 suất học bổng.")
    assert g["units"] == ["Hội Cựu học sinh Trường THPT Phan Bội Châu"]


def test_veterans_association_of_a_commune():
    g = facts_of("Hội Cựu chiến binh xã Tân Phú tổ chức gặp mặt.")
    assert g["units"] == ["Hội Cựu chiến binh xã Tân Phú"]


def test_a_name_spelt_with_y_for_i_goes_on():
    g = facts_of("Chị theo học trường trung cấp Xiếc và Tạp kỹ Việt Nam từ nhỏ.")
    assert g["units"] == ["trường trung cấp Xiếc và Tạp kỹ Việt Nam"]


# --- news agencies named bare are units; credits are not --------------------------------------------------

def test_agency_cited_as_a_source_is_a_unit():
    g = facts_of("Hai nước đã ký thỏa thuận thương mại mới, theo Reuters.")
    assert g["units"] == ["Reuters"]


def test_agency_in_a_photo_credit_is_no_unit():
    g = facts_of("Quang cảnh hội nghị tổng kết. Ảnh: Minh Đức/TTXVN", "Hội nghị kết thúc lúc 11 giờ.")
    assert g["units"] == []


def test_body_in_parentheses_closing_an_address_line_is_kept():
    g = facts_of("Kính gửi: Bộ Tài chính (Cục Quản lý giá)", "Sở báo cáo như sau.")
    assert "Cục Quản lý giá" in g["units"]


# --- a name written once with its place level and once without ----------------------------------------------

def test_short_mention_without_the_level_is_the_body_with_it():
    g = facts_of("Chủ tịch UBND TP Cần Thơ Trần Văn Bảy tặng bằng khen. Sau đó UBND Cần Thơ giao Sở Nội vụ tổng kết.")
    assert "UBND TP Cần Thơ" in g["units"] and "UBND Cần Thơ" not in g["units"]


def test_short_mention_between_a_province_and_its_city_of_one_name_is_left_alone():
    g = facts_of("UBND tỉnh Hà Tĩnh và UBND thành phố Hà Tĩnh phối hợp. UBND Hà Tĩnh cho biết thêm.")
    assert {"UBND tỉnh Hà Tĩnh", "UBND thành phố Hà Tĩnh", "UBND Hà Tĩnh"} <= set(g["units"])


# --- one body over a list of provinces and centrally run cities ---------------------------------------------

def test_body_over_provinces_and_cities_takes_each_place_at_its_level():
    g = facts_of("Đến dự có đại diện Hội Nông dân các tỉnh, thành phố: Cần Thơ, Bến Tre, Vĩnh Long và nhiều khách mời.")
    assert {"Hội Nông dân thành phố Cần Thơ", "Hội Nông dân tỉnh Bến Tre", "Hội Nông dân tỉnh Vĩnh Long"} <= set(g["units"])


def test_regions_after_provinces_and_cities_are_no_list_of_bodies():
    g = facts_of("Ban Chỉ huy Phòng chống thiên tai các tỉnh, thành phố Bắc Bộ họp trực tuyến.")
    assert not any("Bắc Bộ" in u and "tỉnh Bắc Bộ" in u for u in g["units"])


# --- Youth Union committees of a district and of a school; a lower-case board of a party committee -----------

def test_district_and_school_youth_union_committees():
    g = facts_of("Thị đoàn Hương Thủy và Đoàn trường THPT Phan Đăng Lưu cùng trao quà cho em.")
    assert g["units"] == ["Thị đoàn Hương Thủy", "Đoàn trường THPT Phan Đăng Lưu"]


def test_lower_case_board_of_a_provincial_party_committee_is_one_unit():
    g = facts_of("Có ông Trần Văn Lâm, Trưởng ban Tổ chức Tỉnh ủy Quảng Trị, dự lễ.")
    assert "ban Tổ chức Tỉnh ủy Quảng Trị" in g["units"]


# --- a foreign name is not continued by Vietnamese words ------------------------------------------------------

def test_verb_after_a_foreign_company_name_is_not_part_of_it():
    g = facts_of("Máy bay của Hãng Nordic Wings rời sân bay Helsinki lúc 9 giờ sáng.")
    assert g["units"] == ["Hãng Nordic Wings"]


def test_english_words_inside_a_foreign_name_go_on():
    from extractors.components.unit_words import FOREIGN_WORD
    assert FOREIGN_WORD("Airlines") and FOREIGN_WORD("Wings")
    assert not FOREIGN_WORD("Minh") and not FOREIGN_WORD("Thanh") and not FOREIGN_WORD("BIDV")


def test_a_listed_body_blocks_only_its_own_start():
    # "Cảnh sát biển Việt Nam" is listed; "Cảnh sát PCCC" after a lower-case "phòng" still names a unit
    g = facts_of("Ông Lê Văn Tín, Phó trưởng phòng Cảnh sát PCCC huyện Đông Anh, cho biết đám cháy đã được dập tắt.")
    assert "phòng Cảnh sát PCCC huyện Đông Anh" in g["units"]


def test_general_department_written_with_a_capital_cuc_joins_its_ministry():
    g = facts_of("Chiều qua, Tổng Cục lâm nghiệp, Bộ NN&PTNT đã công bố số liệu.")
    assert g["units"] == ["Tổng Cục lâm nghiệp, Bộ NN&PTNT"]


# --- head-less kinds of organisation: publishers, "Tổ chức …", border posts with their parent --------------

def test_publisher_is_a_unit_and_a_verb_after_it_is_not_part_of_it():
    g = facts_of("Bộ truyện do Nhà xuất bản Trẻ phát hành năm ngoái.")
    assert g["units"] == ["Nhà xuất bản Trẻ"]


def test_organisation_named_to_chuc():
    g = facts_of("Tổ chức Y tế Thế giới khuyến cáo người dân tiêm phòng.")
    assert g["units"] == ["Tổ chức Y tế Thế giới"]


def test_to_chuc_as_a_verb_or_inside_another_name_is_no_organisation():
    g = facts_of("Tổ chức Lễ kỷ niệm ngày thành lập trường. Theo luật Tổ chức Quốc hội, phòng Tổ chức cán bộ "
                 "Sở Y tế tỉnh Bình Phước lập hồ sơ.")
    assert not any(u.startswith("Tổ chức") for u in g["units"])


def test_border_post_at_a_port_with_its_parent_after_thuoc():
    g = facts_of("Cán bộ Đồn Biên phòng cửa khẩu cảng Vũng Áng thuộc Bộ Chỉ huy BĐBP tỉnh Hà Tĩnh đã cứu 3 ngư dân.")
    assert g["units"] == ["Đồn Biên phòng cửa khẩu cảng Vũng Áng thuộc Bộ Chỉ huy BĐBP tỉnh Hà Tĩnh"]


def test_ministry_personnel_department_with_its_ministry():
    g = facts_of("Ông Lê Văn An, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tư pháp, đọc quyết định.")
    assert "Vụ Tổ chức cán bộ, Bộ Tư pháp" in g["units"]


def test_central_committee_of_a_national_association_without_viet_nam():
    g = facts_of("Bằng khen của Trung ương Hội Nông dân được trao cho 12 hội viên.")
    assert "Trung ương Hội Nông dân" in g["units"]


# --- boards of parents and liaison committees; a seat written "TP. HCM" ------------------------------------

def test_parents_board_of_a_school_is_one_unit():
    g = facts_of("Bà Lê Thị Mai, trưởng Ban đại diện cha mẹ học sinh Trường Lê Quý Đôn, phát biểu.")
    assert "Ban đại diện cha mẹ học sinh Trường Lê Quý Đôn" in g["units"]
    assert "Trường Lê Quý Đôn" not in g["units"]


def test_liaison_committee_with_its_seat_in_ho_chi_minh_city():
    g = facts_of("Dịp này, ban liên lạc Đồng hương Quảng Ngãi tại TP. HCM trao 30 suất quà.")
    assert "ban liên lạc Đồng hương Quảng Ngãi tại TP. HCM" in g["units"]


# --- a board of a bare party committee is completed with the document's province -----------------------------

def test_board_of_a_bare_provincial_committee_takes_the_province():
    g = facts_of("Dự lễ có ông Trần Văn Sơn, Trưởng ban Dân vận Tỉnh ủy, và lãnh đạo tỉnh Kon Tum.")
    assert "ban Dân vận Tỉnh ủy Kon Tum" in g["units"]


def test_standing_board_of_a_city_committee_takes_the_city():
    g = facts_of("Ban Thường vụ Thành ủy đã họp với lãnh đạo thành phố Cần Thơ hôm qua.")
    assert "Ban Thường vụ Thành ủy Cần Thơ" in g["units"]


# --- bare local bodies listed before one written with its place share it --------------------------------------

def test_listed_local_bodies_share_the_place_of_the_last():
    g = facts_of("Ông cảm ơn Tỉnh ủy, HĐND, UBND tỉnh Lai Châu đã quan tâm chỉ đạo.")
    assert {"Tỉnh ủy Lai Châu", "HĐND tỉnh Lai Châu", "UBND tỉnh Lai Châu"} <= set(g["units"])


def test_a_department_before_a_committee_does_not_share_its_place():
    g = facts_of("Sở Y tế, UBND tỉnh Hà Nam họp bàn về dịch bệnh.")
    assert "Sở Y tế tỉnh Hà Nam" not in g["units"]

"""Unit extraction on short sentences written for these tests (general kinds of unit mentions: bodies listed in
``named_units.txt`` and heads of ``unit_types.tsv``; see extractors/components/units.py)."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def units_of(*lines: str) -> set:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt",
                                      blocks=[Block(text=l) for l in lines]))
    return set(extract(doc).to_guidelines("t.txt")["units"])


def test_people_s_army_is_a_unit():
    u = units_of("Quân đội nhân dân Việt Nam không ngừng lớn mạnh, trưởng thành cùng đất nước.")
    assert "Quân đội nhân dân Việt Nam" in u


def test_standing_board_of_the_military_commission():
    u = units_of("Cuộc vận động được Thường vụ Quân ủy Trung ương xác định là nhiệm vụ trọng tâm.")
    assert "Thường vụ Quân ủy Trung ương" in u


def test_member_of_a_standing_board_names_the_commission():
    u = units_of("Thượng tướng Nguyễn Văn An, Ủy viên Thường vụ Quân ủy Trung ương, phát biểu tại buổi lễ.")
    assert "Quân ủy Trung ương" in u
    assert "Thường vụ Quân ủy Trung ương" not in u


def test_front_with_its_place():
    u = units_of("Ông Nguyễn Văn Hòa, Chủ tịch Mặt trận Tổ quốc tỉnh Bạc Liêu dự buổi lễ.")
    assert "Mặt trận Tổ quốc tỉnh Bạc Liêu" in u


def test_a_foreign_ministry_ends_at_its_country_before_a_name():
    u = units_of("Bộ trưởng Bộ Lao động Slovenia Anna Kopacz cũng được tặng Huân chương Hữu nghị.")
    assert "Bộ Lao động Slovenia" in u
    assert not any("Anna" in x for x in u)


def test_labour_confederation_by_its_abbreviation():
    u = units_of("Anh được Tổng LĐLĐ Việt Nam tặng Kỷ niệm chương.")
    assert "Tổng LĐLĐ Việt Nam" in u


def test_sub_unit_directly_under_its_parent():
    u = units_of("Năm 1945, Bộ trưởng công bố quyết định thành lập Phòng Tình báo trực thuộc Bộ Tổng Tham mưu.")
    assert "Phòng Tình báo trực thuộc Bộ Tổng Tham mưu" in u
    assert "Phòng Tình báo" not in u


def test_company_branch_written_with_its_company():
    u = units_of("Cạnh chùa có hồ nước của Nông trường 9, Công ty TNHH MTV Cao su Phú Riềng.")
    assert u == {"Nông trường 9, Công ty TNHH MTV Cao su Phú Riềng"}
    u = units_of("Bà Anh là nhân viên Điện lực Sơn Trà thuộc Công ty TNHH MTV Điện lực Đà Nẵng.")
    assert u == {"Điện lực Sơn Trà thuộc Công ty TNHH MTV Điện lực Đà Nẵng"}


def test_power_trade_in_lower_case_is_no_unit():
    assert units_of("Nhân dịp kỷ niệm 55 năm ngày truyền thống điện lực Hàm Rồng, ông được khen.") == set()


def test_second_field_of_a_pair_is_written_whole():
    assert units_of("Hội Nghệ nhân và Thương hiệu Việt Nam mới gửi báo cáo.") == \
        {"Hội Nghệ nhân và Thương hiệu Việt Nam"}
    u = units_of("Ông Trí, Viện trưởng Viện Huyết học và Truyền máu Trung ương, bày tỏ cảm ơn.")
    assert "Viện Huyết học và Truyền máu Trung ương" in u


def test_school_without_its_head_is_the_school_written_in_full():
    assert units_of("Hiệu trưởng Trường ĐH Y Hà Nội cho biết.", "Sáng 14-11, ĐH Y Hà Nội tổ chức lễ.") == \
        {"Trường ĐH Y Hà Nội"}


def test_funds_are_units_but_the_reward_fund_is_not():
    assert "Quỹ Tiền tệ quốc tế" in units_of("Theo dự báo của Quỹ Tiền tệ quốc tế, kinh tế sẽ tăng trưởng.")
    assert units_of("Kinh phí được chi từ Quỹ Thi đua, khen thưởng của tỉnh.") == set()


def test_national_team_named_by_its_country():
    u = units_of("Thủ tướng tặng Bằng khen cho đội tuyển U -23 Việt Nam.", "Đội tuyển U23 Việt Nam đã về nước.")
    assert u == {"đội tuyển U -23 Việt Nam"}
    assert units_of("Kỳ thi chọn đội tuyển Olympic khu vực và quốc tế năm 2021.") == set()


def test_online_newspapers_named_without_their_head():
    u = units_of("Trao đổi với PV Dân trí, chị Anh chia sẻ.", "(Tổng hợp theo báo Dân trí, Dân Việt)")
    assert u == {"báo Dân trí", "Dân Việt"}
    assert units_of("Theo Zing.vn, ca sĩ đã được phong tặng danh hiệu.") == {"Zing.vn"}
    assert units_of("Các đồng chí Tiêu Dân Trí giữ chức Phó Chủ tịch.") == set()


def test_one_name_written_with_a_dash_or_a_comma_is_one_unit():
    u = units_of("Hồ sơ đã qua Hội đồng cấp bộ VH, TT & DL.", "Danh sách do bộ VH – TT & DL trình.")
    assert len([x for x in u if "TT & DL" in x and not x.startswith("Hội")]) == 1


def test_management_board_is_no_unit():
    u = units_of("Ban Giám hiệu Trường tiểu học Thạch Văn đã báo cáo sự việc.")
    assert not any(x.startswith("Ban") for x in u)


def test_minister_title_names_the_ministry():
    assert "Bộ Nội vụ" in units_of("Bà Trần Thị Hà (Thứ trưởng Nội vụ, Trưởng ban Thi đua) dự lễ.")
    assert units_of("Chiều 4/6, Bộ trưởng Giao thông Vận tải Đinh La Thăng gặp mặt các nữ lái xe.") == \
        {"Bộ Giao thông Vận tải"}
    assert units_of("Anh được tặng Bằng khen của Bộ trưởng Công an.") == set()
    assert units_of("Bộ trưởng Quốc phòng Mỹ đến thăm.") == set()


def test_chamber_of_a_foreign_parliament():
    u = units_of("Ông Tokayev, Chủ tịch Thượng viện Quốc hội Kazakhstan, cũng được tặng Huân chương Hữu nghị.")
    assert "Thượng viện Quốc hội Kazakhstan" in u
    assert "Quốc hội Kazakhstan" not in u


def test_a_meeting_verb_after_a_body_ends_its_name():
    assert units_of("Tại Hà Nội, Tập đoàn Tân Á Đại Thành long trọng tổ chức lễ kỷ niệm.") == {"Tập đoàn Tân Á Đại Thành"}
    assert "Ban bí thư Trung ương Đoàn" in units_of("Nhân dịp này, Ban bí thư Trung ương Đoàn gặp mặt, chúc mừng các nhà giáo.")


def test_plural_head_over_a_list_of_places():
    # "các Tỉnh đoàn A, B và C": the same body in each place (the coordinated units)
    from extractors.nlp import get_nlp
    from extractors.components.base import state

    doc = get_nlp()("Đại diện các Tỉnh đoàn Đồng Nai, Đồng Tháp, Thừa Thiên Huế và Lào Cai dự họp.")
    assert [u.text for u in state(doc)["unit"]] == ["Tỉnh đoàn Đồng Nai", "Tỉnh đoàn Đồng Tháp",
                                                     "Tỉnh đoàn Thừa Thiên Huế", "Tỉnh đoàn Lào Cai"]
    doc = get_nlp()("Tỉnh đoàn Đồng Nai, Đồng Tháp dự họp.")  # no "các": no distribution
    assert [u.text for u in state(doc)["unit"]] == ["Tỉnh đoàn Đồng Nai"]


# --- session 9: a company named by its legal form, then its own name (Luật Doanh nghiệp 2020, Điều 37) -----------
def test_company_named_after_its_legal_form_and_line_of_business():
    assert "Công ty cổ phần xuất nhập khẩu và đầu tư NTC Việt Nam" in units_of(
        "Đơn vị tài trợ là Công ty cổ phần xuất nhập khẩu và đầu tư NTC Việt Nam.")
    assert "công ty Cổ phần thực phẩm dinh dưỡng NutiFood" in units_of(
        "Ông Trần Văn Bình là giám đốc công ty Cổ phần thực phẩm dinh dưỡng NutiFood tại Hà Nội.")


def test_company_named_after_a_person_keeps_the_name():
    assert "công ty TNHH Võ Việt Chung International" in units_of(
        "Anh làm việc ở công ty TNHH Võ Việt Chung International từ năm 2010.")


def test_company_name_stops_at_a_place_before_a_person_and_at_a_verb():
    assert "công ty CP mía đường Cần Thơ" in units_of("Phó TGĐ công ty CP mía đường Cần Thơ Phạm Quang Vinh, cho hay.")
    assert not any(u.startswith("Công ty cổ phần đã") for u in units_of("Công ty cổ phần đã ký với Samsung."))


def test_district_department_named_with_a_document_type_after_its_dash():
    # Nghị định 37/2014/NĐ-CP, Điều 7: "Phòng Tài chính - Kế hoạch"; "Kế hoạch" alone would end the name
    assert "Phòng Tài chính – Kế hoạch quận Tân Phú" in units_of("Phòng Tài chính - Kế hoạch quận Tân Phú đã tham mưu.")
    assert "Phòng Tài chính – Kế hoạch huyện Lệ Thủy" in units_of("Phòng Tài chính – Kế hoạch huyện Lệ Thủy đã tham mưu.")


def test_teammate_is_no_team():
    # "đồng đội" (a teammate, not_heads.txt) is no "đội" head before a player's name
    assert units_of("Anh vượt qua 2 đồng đội Ibrahimovic và Antonio Valencia để giành giải.") == set()


def test_short_name_of_a_listed_club_is_the_club_under_its_longer_name():
    assert units_of("Arsenal thắng Tottenham. Tottenham Hotspur thua.") == {"Arsenal", "Tottenham Hotspur"}


def test_region_between_a_classifier_and_the_name_is_the_body_s_place():
    # places.txt: Hong Kong, a special administrative region, is a place like a country ("tờ Anh The Sun")
    assert units_of("Cựu sao của kênh truyền hình Hong Kong TVB sắp góp mặt trong một bom tấn.") == {"TVB"}


def test_international_organisations_by_their_vietnamese_names():
    assert units_of("ASEAN và Liên minh châu Âu ký kết hiệp định.") == {"Liên minh châu Âu"}
    assert units_of("Theo Tổ chức Y tế thế giới, dịch đã lan rộng.") == {"Tổ chức Y tế thế giới"}


def test_national_team_named_by_its_sport():
    # unit_types.tsv: "Đội tuyển" + a sport is the head; "quốc gia" or a country names the team
    assert units_of("Anh được gọi vào Đội tuyển bóng đá quốc gia năm 2016.") == {"Đội tuyển bóng đá quốc gia"}
    assert units_of("Đội tuyển bóng chuyền nam Việt Nam giành huy chương bạc.") == {"Đội tuyển bóng chuyền nam Việt Nam"}
    assert units_of("Anh dẫn dắt đội tuyển bóng đá từ năm 2010.") == set()

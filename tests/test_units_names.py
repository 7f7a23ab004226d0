"""Unit names continued by lower-case words (sentences written for these tests; units computed by hand)."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def units(*lines: str) -> set:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines]))
    return set(extract(doc).to_guidelines("t.txt")["units"])


def test_two_word_name_continued_without_its_dash_before_the_parent():
    u = units("Bà Lê Thị Hoa, vụ trưởng Vụ Thi đua khen thưởng (Bộ Giáo dục và Đào tạo), ký thông báo.")
    assert "Vụ Thi đua khen thưởng" in u
    assert "Vụ Thi đua" not in u


def test_two_word_name_continued_before_its_place():
    u = units("Ban Thi đua khen thưởng tỉnh Lạng Sơn trình hồ sơ lên Trung ương.")
    assert "Ban Thi đua khen thưởng tỉnh Lạng Sơn" in u


def test_a_verb_after_a_body_is_not_part_of_its_name():
    assert units("Sở Nội vụ chủ trì cuộc họp.") == {"Sở Nội vụ"}
    assert "VKSND tỉnh Bắc Ninh" in units("Viện trưởng VKSND tỉnh Bắc Ninh trình bày báo cáo.")
    assert not any("trình bày" in x for x in units("Viện trưởng VKSND tỉnh Bắc Ninh trình bày báo cáo."))


def test_specialised_school_named_after_chuyen():
    assert "trường THPT chuyên Trần Phú" in units("Em Minh, học sinh trường THPT chuyên Trần Phú, đạt giải nhì.")
    assert "trường THPT chuyên Khoa học xã hội" in units(
        "Các em của trường THPT chuyên Khoa học xã hội đã nhận bằng khen.")


def test_adverb_after_a_school_is_not_part_of_its_name():
    u = units("Trường Cao đẳng Kỹ thuật Điện lực ngày nay được thành lập năm 1980.")
    assert not any("ngày nay" in x for x in u)


def test_online_newspaper_named_without_bao():
    assert "VnExpress" in units("Chia sẻ với VnExpress, ông Tâm cho biết sẽ nhận giải vào tháng sau.")
    assert "Tuổi Trẻ Online" in units("Như Tuổi Trẻ Online đã đưa tin, chị Lan được tặng bằng khen.")


def test_stop_syllable_closing_a_word_inside_a_name():
    u = units("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Nam được tặng Cờ thi đua.")
    assert "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Nam" in u


def test_stop_syllable_closing_a_verb_after_a_name_is_not_part_of_it():
    assert units("Theo Bộ Giáo dục và Đào tạo, Bộ Nội vụ phê chuẩn.") >= {"Bộ Nội vụ"}
    assert not any("mong muốn" in x for x in units("Bộ Công an mong muốn người dân hợp tác."))


def test_member_university_with_its_parent_after_a_dash_is_one_unit():
    u = units("Chị Mai (Đại học Kinh tế - Đại học Quốc gia Hà Nội) được tặng bằng khen.")
    assert "Đại học Kinh tế – Đại học Quốc gia Hà Nội" in u or "Đại học Kinh tế - Đại học Quốc gia Hà Nội" in u
    assert "Đại học Kinh tế" not in u


def test_schools_listed_with_commas_stay_apart():
    u = units("Trường Tiểu học Kim Đồng, Trường Tiểu học Lê Lợi được tặng Cờ thi đua.")
    assert {"Trường Tiểu học Kim Đồng", "Trường Tiểu học Lê Lợi"} <= u


def test_unit_code_and_parent_in_parentheses_are_written_with_it():
    u = units("Phòng Cảnh sát kinh tế (PC03, Công an tỉnh Thái Bình) đã khởi tố vụ án.")
    assert {"Phòng Cảnh sát kinh tế (PC03, Công an tỉnh Thái Bình)", "Công an tỉnh Thái Bình"} <= u
    assert "Phòng Cảnh sát kinh tế" not in u


def test_parent_alone_in_parentheses_still_makes_two_units():
    assert {"Binh đoàn 12", "Bộ Quốc phòng"} <= units("Binh đoàn 12 (Bộ Quốc phòng) được tặng Cờ thi đua.")


def test_newspaper_with_bao_is_kept_beside_its_online_site():
    assert "báo Tuổi Trẻ" in units("Anh từng được báo Tuổi Trẻ và nhiều cơ quan báo chí giới thiệu.")


def test_lower_case_truong_before_a_school_head_is_part_of_the_name():
    assert units("Tập thể trường Đại học Y dược Cần Thơ được tặng Huân chương.") == {"trường Đại học Y dược Cần Thơ"}


def test_school_with_truong_does_not_also_give_its_inner_name():
    assert units("Trường Cao đẳng Y tế Thanh Hóa được tặng Cờ thi đua.") == {"Trường Cao đẳng Y tế Thanh Hóa"}


def test_bare_truong_dai_hoc_is_not_a_unit():
    assert not any(x.lower() == "trường đại học" for x in units("Các em đến từ nhiều trường Đại học."))


def test_sub_unit_with_its_acronym_then_thuoc_parent_is_one_unit():
    u = units("Bà Hạnh, Cục trưởng Cục Quản lý đấu thầu (QLĐT) thuộc Bộ Kế hoạch và Đầu tư, phát biểu.")
    assert "Cục Quản lý đấu thầu (QLĐT) thuộc Bộ Kế hoạch và Đầu tư" in u
    assert "Cục Quản lý đấu thầu" not in u


def test_capitalised_generic_level_is_completed_like_the_lower_case_one():
    u = units("Ông vi phạm quy chế của Ban Thường vụ Đảng bộ Tỉnh khi đề nghị điều động cán bộ về tỉnh Sóc Trăng.")
    assert "Ban Thường vụ Đảng bộ tỉnh Sóc Trăng" in u
    assert "Ban Thường vụ Đảng bộ Tỉnh" not in u


def test_a_delegation_of_the_national_assembly_is_a_unit_with_its_province():
    from tests.test_units_noise import facts
    g = facts("Phó Trưởng đoàn Đại biểu Quốc hội tỉnh Gia Lai Nguyễn Văn Hùng phát biểu.")
    assert g["units"] == ["đoàn Đại biểu Quốc hội tỉnh Gia Lai"]
    g = facts("Đoàn ĐBQH tỉnh Bến Tre tiếp xúc cử tri.")
    assert g["units"] == ["Đoàn ĐBQH tỉnh Bến Tre"]
    g = facts("Đại hội bầu ban Thường vụ 9 đồng chí.")
    assert g["units"] == []


def test_a_numbered_sub_unit_is_written_with_the_parent_that_follows_it():
    from tests.test_units_noise import facts
    g = facts("Bà Trần Thị Lan, Phó vụ trưởng vụ 3 ban Tuyên giáo T.Ư, dự hội nghị.")
    assert g["units"] == ["vụ 3 ban Tuyên giáo T.Ư"]
    g = facts("Ông Lê Văn Tư, Vụ trưởng vụ 2B, Ủy ban Kiểm tra T.Ư phát biểu.")
    assert g["units"] == ["vụ 2B, Ủy ban Kiểm tra T.Ư"]
    g = facts("Anh mua bộ 3 cuốn sách của Hội Nhà văn Việt Nam.")
    assert g["units"] == ["Hội Nhà văn Việt Nam"]


def test_research_centres_named_in_lower_case():
    from tests.test_units_noise import facts
    g = facts("Ông từng làm việc tại Viện nghiên cứu Việt Nam học ở Tokyo.")
    assert "Viện nghiên cứu Việt Nam" in " ".join(g["units"])
    g = facts("Trung tâm nghiên cứu Đông Nam Á của trường đã xuất bản sách.")
    assert g["units"] == ["Trung tâm nghiên cứu Đông Nam Á"]


def test_spellings_of_one_unit_in_a_document_are_one_unit():
    from tests.test_units_noise import facts
    # the legal form written or left out
    g = facts("Công ty cổ phần Dược phẩm Trung ương 3 nhận cờ.", "Công ty Dược phẩm Trung ương 3 đã vượt kế hoạch.")
    assert g["units"] == ["Công ty cổ phần Dược phẩm Trung ương 3"]
    # a generic head with the acronym the document defined
    g = facts("Tổng công ty Thép miền Bắc (TMB) nhận cờ.", "Lãnh đạo Tổng công ty TMB phát biểu.")
    assert g["units"] == ["Tổng công ty Thép miền Bắc"]
    # an acronym of the syllables of the longer name
    g = facts("Ông là Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh Nghệ An.", "Hội LHTNVN tỉnh Nghệ An trao quà.")
    assert g["units"] == ["Hội Liên hiệp Thanh niên Việt Nam tỉnh Nghệ An"]
    g = facts("Ông làm việc ở Đài truyền hình VN.", "Sau đó ông về Đài truyền hình Việt Nam công tác.")
    assert g["units"] == ["Đài truyền hình Việt Nam"]


def test_a_city_acronym_completing_a_body_keeps_its_level():
    from tests.test_units_noise import facts
    g = facts("Thành đoàn tổ chức lễ tuyên dương tại TP. HCM.", "Ban Thường vụ Thành đoàn khen thưởng.")
    assert "Thành đoàn TP. HCM" in g["units"]


def test_one_plural_head_over_a_list_of_names_gives_one_unit_each():
    from tests.test_units_noise import facts
    g = facts("Dự lễ có đại diện các bộ Nội vụ, Y tế, Quốc phòng và nhiều doanh nghiệp.")
    assert set(g["units"]) == {"Bộ Nội vụ", "Bộ Y tế", "Bộ Quốc phòng"}
    g = facts("Đại diện các Sở Tư pháp, Lãnh đạo một số địa phương dự họp.")
    assert g["units"] == []


def test_a_provincial_department_bears_its_ministrys_name_in_any_case():
    from tests.test_units_noise import facts
    g = facts("Bà Lê Thu Hà, giám đốc Sở Tài nguyên và môi trường tỉnh Hà Giang, phát biểu.")
    assert g["units"] == ["Sở Tài nguyên và môi trường tỉnh Hà Giang"]


def test_a_region_closes_a_centres_or_companys_name():
    from tests.test_units_noise import facts
    g = facts("Bà từng công tác tại Viện Nghiên cứu cây ăn quả và hoa miền Nam (tỉnh Tiền Giang).")
    assert g["units"] == ["Viện Nghiên cứu cây ăn quả và hoa miền Nam"]
    g = facts("Tổng công ty Điện lực miền Bắc và Tổng công ty Điện lực miền Trung ký kết.")
    assert g["units"] == ["Tổng công ty Điện lực miền Bắc", "Tổng công ty Điện lực miền Trung"]
    g = facts("Ông phụ trách Trung tâm phát triển nông nghiệp phía Bắc từ năm 2010.")
    assert g["units"] == ["Trung tâm phát triển nông nghiệp phía Bắc"]


def test_a_branch_of_the_economy_qualifies_a_name():
    from tests.test_units_noise import facts
    g = facts("Công đoàn ngành Y tế tỉnh Lạng Sơn trao quà cho đoàn viên.")
    assert g["units"] == ["Công đoàn ngành Y tế tỉnh Lạng Sơn"]


def test_a_short_name_beside_the_national_body_and_its_chapters_is_the_national_body():
    from tests.test_units_noise import facts
    g = facts("Hội Nông dân Việt Nam và Hội Nông dân tỉnh Yên Bái ký kết.", "Hội Nông dân đã phát động phong trào.")
    assert set(g["units"]) == {"Hội Nông dân Việt Nam", "Hội Nông dân tỉnh Yên Bái"}


def test_a_school_written_with_its_level_in_lower_case():
    from tests.test_units_noise import facts
    g = facts("Em là học sinh trường tiểu học Lê Lợi, còn anh trai học trường cao đẳng Y tế Thái Bình.")
    assert g["units"] == ["trường tiểu học Lê Lợi", "trường cao đẳng Y tế Thái Bình"]
    g = facts("Cô dạy ở trường mầm non gần nhà.")
    assert g["units"] == []


def test_a_country_written_short_or_full_in_one_units_name():
    from tests.test_units_noise import facts
    g = facts("Đại sứ quán Hàn tại Việt Nam gửi thư.", "Đại sứ quán Hàn Quốc tại Việt Nam tổ chức lễ.")
    assert g["units"] == ["Đại sứ quán Hàn Quốc tại Việt Nam"]

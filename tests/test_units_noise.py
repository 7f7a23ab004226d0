"""Unit, person and position noise kinds (sentences written for these tests; facts computed by hand)."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def facts(*lines: str) -> dict:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines]))
    return extract(doc).to_guidelines("t.txt")


def names(g: dict) -> set:
    return {o["name"] for o in g["officials"]}


def test_country_is_not_glued_to_a_foreign_name():
    g = facts("Tổng thống Mỹ Donald Trump gặp Tổng thống Nga Vladimir Putin và Thủ tướng Anh Theresa May.")
    assert names(g) == {"Donald Trump", "Vladimir Putin", "Theresa May"}
    pos = {o["name"]: o["position"] for o in g["officials"]}
    assert pos["Theresa May"] == "Thủ tướng Anh"


def test_place_before_a_vietnamese_name_is_not_part_of_it():
    g = facts("Bí thư tỉnh ủy tỉnh Thái Nguyên Trần Quốc Tô dự lễ.")
    assert names(g) == {"Trần Quốc Tô"}


def test_lower_case_party_committee_with_its_place():
    g = facts("Bí thư thành ủy Hà Nội Hoàng Trung Hải nhắc đến việc này.")
    assert names(g) == {"Hoàng Trung Hải"}
    assert g["units"] == ["Thành ủy Hà Nội"]
    assert g["officials"][0]["unit"] == "Thành ủy Hà Nội"


def test_one_syllable_names_only_as_short_forms():
    g = facts("Ông Hai đi chợ. Tổ trưởng Thường nói Thanh về.")
    assert names(g) == set()
    g = facts("Ông Nguyễn Phong Quang dự lễ. Ông Quang phát biểu.")
    assert names(g) == {"Nguyễn Phong Quang"}


def test_delegation_with_a_country_is_not_a_unit():
    g = facts("Chiều qua, đoàn Việt Nam đã tới thăm đại sứ quán Syria.")
    assert g["units"] == []


def test_unit_head_inside_a_place_name():
    g = facts("Đội tuyển Tây Ban Nha thắng đậm Bồ Đào Nha.")
    # "Ban" inside "Tây Ban Nha" opens no unit; the national team named by its country is one (units.py
    # PLACE_NAMED_HEADS)
    assert g["units"] == ["Đội tuyển Tây Ban Nha"]
    assert facts("Người hâm mộ Tây Ban Nha thắng cược.")["units"] == []


def test_trường_with_one_syllable_is_a_person_or_place():
    g = facts("Đường Trường Chinh bị ngập, bộ đội Trường Sơn đã hành quân.")
    assert g["units"] == []
    g = facts("Học sinh Trường THPT Trường Chinh và sinh viên khoa Điện.")
    assert set(g["units"]) == {"Trường THPT Trường Chinh", "khoa Điện"}


def test_unit_head_inside_a_person_name():
    g = facts("Thứ trưởng Bộ Y tế Nguyễn Trường Sơn dự lễ.")
    assert g["units"] == ["Bộ Y tế"]
    assert g["officials"] == [{"name": "Nguyễn Trường Sơn", "position": "Thứ trưởng", "unit": "Bộ Y tế"}]


def test_unit_name_ends_after_its_place():
    g = facts("Bộ trưởng Bộ Ngoại giao Nhật Bản Kono Taro tặng quà.")
    assert g["units"] == ["Bộ Ngoại giao Nhật Bản"]
    assert g["officials"] == [{"name": "Kono Taro", "position": "Bộ trưởng", "unit": "Bộ Ngoại giao Nhật Bản"}]
    g = facts("Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội Nguyễn")
    assert g["units"] == ["Ủy ban nhân dân thành phố Hà Nội"]


def test_place_names_inside_unit_names_are_kept():
    g = facts("Báo Hà Nội Mới đưa tin về Hội Cựu chiến binh huyện Mỹ Xuyên và Hiệp hội Luật gia Châu Á Thái Bình Dương.")
    assert set(g["units"]) == {"Báo Hà Nội Mới", "Hội Cựu chiến binh huyện Mỹ Xuyên",
                               "Hiệp hội Luật gia Châu Á Thái Bình Dương"}


def test_factories_and_venues_are_not_units():
    g = facts("Lễ tổ chức tại Trung tâm Hội nghị tỉnh Phú Thọ, Nhà máy Xi măng Hoàng Thạch và Công ty CP Licogi 14.")
    assert g["units"] == ["Công ty CP Licogi 14"]


def test_long_official_names_in_any_letter_case():
    g = facts("Bộ Kế hoạch và đầu tư cùng Bộ Văn hoá - thể thao và du lịch họp.")
    assert set(g["units"]) == {"Bộ Kế hoạch và đầu tư", "Bộ Văn hóa – thể thao và du lịch"}
    g = facts("Ban thi đua - khen thưởng thành phố Đà Nẵng đề nghị.")
    assert g["units"] == ["Ban thi đua – khen thưởng thành phố Đà Nẵng"]


def test_long_lower_case_department_names():
    g = facts("Phòng Thực hành quyền công tố và kiểm sát xét xử sơ thẩm án hình sự, VKSND tỉnh Nghệ An đã họp.")
    assert set(g["units"]) == {"Phòng Thực hành quyền công tố và kiểm sát xét xử sơ thẩm án hình sự, VKSND tỉnh Nghệ An"}
    g = facts("Ông A, nguyên cục trưởng Cục Đầu tư nước ngoài thuộc Bộ Kế hoạch và đầu tư cho biết.")
    assert set(g["units"]) == {"Cục Đầu tư nước ngoài thuộc Bộ Kế hoạch và đầu tư"}


def test_a_clause_after_a_unit_is_not_its_name():
    g = facts("Đội Cảnh sát Tân Sơn Nhất trao tặng bằng khen.")
    assert g["units"] == ["Đội Cảnh sát Tân Sơn Nhất"]
    g = facts("Sở Khoa học và công nghệ phối hợp Sở Nội vụ khẩn trương thu hồi hiện vật khen thưởng.")
    assert "Sở Nội vụ" in g["units"] and not any("thu hồi" in u or "phối hợp" in u for u in g["units"])


def test_sub_unit_with_its_parent_is_one_unit():
    g = facts("Trưởng khoa Lịch sử, Đại học Sư phạm Hà Nội dự lễ.")
    assert set(g["units"]) == {"khoa Lịch sử, Đại học Sư phạm Hà Nội"}
    g = facts("Tặng Trung tâm Y tế huyện Ba Vì, Bệnh viện Đa khoa tỉnh Thái Bình mỗi đơn vị một bức trướng.")
    assert set(g["units"]) == {"Trung tâm Y tế huyện Ba Vì", "Bệnh viện Đa khoa tỉnh Thái Bình"}
    g = facts("Ban Bí thư, Ủy ban kiểm tra Trung ương họp.")
    assert set(g["units"]) == {"Ban Bí thư", "Ủy ban kiểm tra Trung ương"}


def test_government_inside_the_prime_ministers_title_is_not_a_mention():
    g = facts("Tập thể được tặng Bằng khen của Thủ tướng Chính phủ.")
    assert "Chính phủ" not in g["units"]
    g = facts("Chính phủ đã ban hành nghị quyết; đại biểu Quốc hội tán thành.")
    assert {"Chính phủ", "Quốc hội"} <= set(g["units"])


def test_abbreviated_and_full_spellings_of_one_unit_are_one_unit():
    g = facts("Công ty CP Licogi 14 tổ chức lễ.", "Công ty cổ phần Licogi 14 là đơn vị thành viên.")
    assert g["units"] == ["Công ty cổ phần Licogi 14"]


def test_short_form_takes_the_one_longer_spelling_in_the_document():
    g = facts("Hội Luật gia Việt Nam họp.", "Hội Luật gia đề nghị tặng Bằng khen.")
    assert g["units"] == ["Hội Luật gia Việt Nam"]
    g = facts("UBND huyện Ba Vì và UBND huyện Mê Linh họp.", "UBND huyện đã báo cáo.")
    assert "UBND huyện Ba Vì" in g["units"] and "UBND huyện Mê Linh" in g["units"]


def test_a_verb_after_a_unit_is_not_part_of_its_name():
    g = facts("Bộ Công Thương yêu cầu các đơn vị báo cáo.")
    assert g["units"] == ["Bộ Công Thương"]


def test_office_of_a_body_without_its_place_takes_the_documents_place():
    g = facts("UBND tỉnh Hà Nam quyết định khen thưởng.",
              "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành.")
    assert "Văn phòng UBND tỉnh Hà Nam" in g["units"]
    g = facts("Chánh Văn phòng UBND xã Tân Lập, ông A, phát biểu.")
    assert g["units"] == ["Văn phòng UBND xã Tân Lập"]


def test_two_bodies_joined_by_và_after_a_place():
    g = facts("Tổng Liên đoàn Lao động Việt Nam và Thông tấn xã Việt Nam tổ chức lễ.")
    assert "Tổng Liên đoàn Lao động Việt Nam" in g["units"]
    assert not any("Thông tấn" in u and "Liên đoàn" in u for u in g["units"])
    g = facts("Ngân hàng Đầu tư và Phát triển Việt Nam tài trợ.")
    assert g["units"] == ["Ngân hàng Đầu tư và Phát triển Việt Nam"]


def test_a_parent_written_only_inside_a_longer_name_is_not_a_unit_of_its_own():
    g = facts("Ca sĩ Minh Thư (Nhà hát Đài Tiếng nói Việt Nam) biểu diễn.")
    assert set(g["units"]) == {"Nhà hát Đài Tiếng nói Việt Nam"}
    g = facts("Đoàn Văn công Quân khu 9 lưu diễn ở miền Tây.")
    assert set(g["units"]) == {"Đoàn Văn công Quân khu 9"}
    # a parent also written on its own elsewhere is still a unit; one in parentheses makes two units
    g = facts("Phòng Kế hoạch, Sở Y tế tỉnh Bắc Ninh họp; Sở Y tế tỉnh Bắc Ninh chủ trì.")
    assert set(g["units"]) == {"Phòng Kế hoạch, Sở Y tế tỉnh Bắc Ninh", "Sở Y tế tỉnh Bắc Ninh"}
    g = facts("Binh đoàn 12 (Bộ Quốc phòng) nhận cờ.")
    assert set(g["units"]) == {"Binh đoàn 12", "Bộ Quốc phòng"}


def test_the_prime_ministers_title_mentions_the_government_unless_it_names_an_award():
    for text in ("Trường được Thủ tướng Chính phủ tặng Cờ thi đua năm 2022.",
                 "Khen thưởng cao quý của Nhà nước, của Thủ tướng Chính phủ được trao cho đơn vị.",
                 "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"):
        assert "Chính phủ" not in facts(text)["units"], text
    g = facts("Tờ trình đề nghị tặng Bằng khen của Thủ", "tướng Chính phủ")  # a title wrapped over two lines
    assert "Chính phủ" not in g["units"]
    for text in ("Thủ tướng Chính phủ Phạm Minh Chính đã dự lễ.",
                 "Căn cứ Luật Thi đua, khen thưởng; Xét đề nghị của Thủ tướng Chính phủ tại Tờ trình số 12."):
        assert "Chính phủ" in facts(text)["units"], text


def test_bodies_after_cac_or_at_a_level_are_kinds_not_named_units():
    g = facts("Các Sở Y tế và những Hội Nông dân đã tham gia.")
    assert g["units"] == []
    g = facts("Hướng dẫn nghiệp vụ cho VKSND cấp tỉnh, cấp huyện; lãnh đạo Viện trưởng VKSND cấp cao dự.")
    assert g["units"] == []
    g = facts("Đại hội Hội Cựu chiến binh cấp tỉnh diễn ra tháng 5.")
    assert g["units"] == []
    # a list of named units after "các" stays
    g = facts("Cờ thi đua được trao cho các Tỉnh đoàn Bắc Giang, Bắc Ninh.")
    assert "Tỉnh đoàn Bắc Giang" in g["units"]
    g = facts("VKSND cấp cao tại Hà Nội tổ chức hội nghị.")
    assert g["units"] == ["VKSND cấp cao tại Hà Nội"]


def test_a_body_at_listed_levels_is_a_kind():
    g = facts("Mỗi xã được tặng Giấy khen của Chủ tịch UBND huyện, thị xã, thành phố.")
    assert g["units"] == []
    g = facts("Cờ thi đua của Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.")
    assert g["units"] == []


def test_a_lower_case_sub_unit_name_with_its_parent_next():
    g = facts("Chị Lan (Trung tâm phát triển nội dung số, Đài Tiếng nói Việt Nam) nhận giải.")
    assert g["units"] == ["Trung tâm phát triển nội dung số, Đài Tiếng nói Việt Nam"]
    g = facts("Thay mặt Ban chỉ đạo, Bộ trưởng Lê Minh Hoan phát biểu.")
    assert g["units"] == []


def test_a_place_named_like_a_unit_after_its_level_is_not_a_unit():
    g = facts("Cụ sống ở phường Sở Dầu, quận Hồng Bàng và thăm thị xã Hội An.")
    assert g["units"] == []


def test_a_capitalised_head_after_a_word_it_would_compound_with_in_lower_case():
    g = facts("Thiếu tá Lê Văn Bình, cán bộ Đội Cảnh sát kinh tế, Công an huyện Yên Thành, được khen.")
    assert g["units"] == ["Đội Cảnh sát kinh tế, Công an huyện Yên Thành"]
    g = facts("Toàn bộ cán bộ chiến sĩ đều có mặt.")
    assert g["units"] == []


def test_bien_phong_is_border_guard_not_a_department():
    g = facts("Lính biên phòng Lào tuần tra cùng Đồn Biên phòng Nậm Cắn.")
    assert g["units"] == ["Đồn Biên phòng Nậm Cắn"]


def test_a_body_is_not_the_sub_unit_of_a_lower_ranked_one_after_it():
    g = facts("Tổng cục Hải quan, Cục Hải quan tỉnh Lào Cai phối hợp kiểm tra.")
    assert set(g["units"]) == {"Tổng cục Hải quan", "Cục Hải quan tỉnh Lào Cai"}
    g = facts("Phòng Pháp chế, Sở Công Thương tỉnh Lào Cai góp ý.")
    assert g["units"] == ["Phòng Pháp chế, Sở Công Thương tỉnh Lào Cai"]


def test_a_list_item_named_wholly_in_lower_case():
    g = facts("Danh sách gồm: Phòng kế hoạch tài chính; Ban quản lý dự án; Văn phòng.")
    assert {"Phòng kế hoạch tài chính", "Ban quản lý dự án"} <= set(g["units"])
    g = facts("Ban quản lý dự án đã làm việc.")
    assert g["units"] == []

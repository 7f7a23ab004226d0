"""A title joined to its holder's name by the identifying "là" ("Chủ tịch CLB X là Y", "một tiền đạo khác là Z") is
that name's position (``naming_links.txt``, officials._naming_before, _copula_opens, _copula_title; session 42:
held-out 11 "người đại diện là “siêu cò” X", bulk news). Invented names and wordings; values worked out by hand."""
from tests.test_positions_news import officials


def test_title_before_the_copula_is_the_position_of_the_name_after_it():
    got = officials("Theo đó, Chủ tịch HĐQT là ông Lương Văn Khải, còn ông Đỗ Minh Tâm giữ chức Giám đốc.")
    assert got["Lương Văn Khải"] == ("Chủ tịch HĐQT", "")
    got = officials("Đề nghị này đã tới bàn của ông chủ tịch CLB Hải Đăng là Phan Quốc Vượng.")
    assert got["Phan Quốc Vượng"] == ("chủ tịch", "CLB Hải Đăng")


def test_words_describing_the_holder_before_the_copula_are_no_title():
    got = officials("Đội bóng đã đưa về một tiền đạo khác là Lò Văn Tiến.")
    assert got["Lò Văn Tiến"] == ("tiền đạo", "")
    got = officials("Phó trưởng ban thường trực là ông Hà Quang Lợi.")
    assert got["Hà Quang Lợi"] == ("Phó trưởng ban thường trực", "")


def test_a_possessors_title_names_no_one_after_the_copula():
    # "mẹ của ca sĩ", "vợ Tổng thống": the title is another person's
    got = officials("Mẹ của ca sĩ là bà Vương Thị Nhàn.")
    assert got["Vương Thị Nhàn"] == ("", "")


def test_a_title_written_after_the_name_wins_over_the_copula():
    got = officials("Hai cán bộ ngành điện là ông Mạc Văn Tùng - cán bộ Ban quản lý dự án Điện lực Kim Sơn và ông "
                    "Đinh Văn Lực.")
    assert got["Mạc Văn Tùng"] == ("cán bộ", "Ban quản lý dự án Điện lực Kim Sơn")

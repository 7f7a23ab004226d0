"""Positions of people in general news (session 8): occupations written before a name, titles stated later in
the sentence, and names that are no person. Expected values worked out by hand from the guidelines."""
from tests.test_extractors import facts_of


def officials(*lines: str) -> dict:
    """name -> (position, unit) of every official of the document ``lines``."""
    return {o["name"]: (o["position"], o["unit"]) for o in facts_of(*lines)["officials"]}


def test_occupation_before_name_is_the_position():
    # an occupation of honorifics.tsv (kind "role") before the name, and no other title: it is the position
    got = officials("Buổi lễ có sự góp mặt của siêu mẫu Hà Anh, thủ thành Wojciech Szczesny và Hoa hậu Đỗ Thị Hà.")
    assert got["Hà Anh"][0] == "siêu mẫu"
    assert got["Wojciech Szczesny"][0] == "thủ thành"
    assert got["Đỗ Thị Hà"][0] == "Hoa hậu"


def test_standing_in_a_case_is_no_position():
    # "bị cáo" (kind "status") names the person but is no occupation
    got = officials("Tòa án tuyên phạt bị cáo Nguyễn Văn Hùng 5 năm tù.")
    assert got["Nguyễn Văn Hùng"][0] == ""


def test_list_items_behind_asides_are_names():
    # "A (…), B (…)": a list's items each followed by an aside in brackets; a name of two syllables without a
    # surname is a list item next to a full name; "The Voice Kids" opens with a designator: a show, no person
    got = officials("Nhiều gương mặt nhí như Trịnh Nhật Minh (Quán quân The Voice Kids 2016), Bảo Ngọc (Quán quân "
                    "Got Talent 2012), Cao Lê Hà Trang (The Voice Kids 2014), Hương Thảo (Á quân Đồ Rê Mí 2015).")
    assert set(got) == {"Trịnh Nhật Minh", "Bảo Ngọc", "Cao Lê Hà Trang", "Hương Thảo"}


def test_title_in_an_aside_is_its_own_names():
    # the first item's title stands in its own brackets: the items after it do not share it
    got = officials("Nhiều NSƯT đáng chú ý như: Công Lý (diễn viên Nhà hát Kịch Hà Nội), Trung Anh (Nhà hát kịch "
                    "Việt Nam), đạo diễn Nguyễn Trọng Trinh (Đài Truyền hình Việt Nam).")
    assert got["Công Lý"][0] == "diễn viên"
    assert got["Trung Anh"][0] == ""
    assert got["Nguyễn Trọng Trinh"][0] == "đạo diễn"
    # a title written before the first name is still shared by the name coordinated with it
    got = officials("Hai nam bảo vệ Lê Gia An (21 tuổi) và Nguyễn Thanh Sang (22 tuổi) vẫn còn mệt mỏi.")
    assert got["Nguyễn Thanh Sang"][0] == "bảo vệ"


def test_title_stated_later_in_the_sentence():
    # "hiện là", "sau này là" + a title later in the name's sentence, with no other name between, is the position
    # of a name that has only a degree or an occupation
    got = officials("GS.TS Đặng Huy Huỳnh sinh năm 1933 tại Quảng Nam, hiện là Phó chủ tịch Hội bảo vệ thiên nhiên.")
    assert got["Đặng Huy Huỳnh"][0] == "Phó chủ tịch"
    got = officials("Bác sĩ Phạm Ngọc Thạch tốt nghiệp năm 1934 và sau này là bộ trưởng Bộ Y tế.")
    assert got["Phạm Ngọc Thạch"] == ("bộ trưởng", "Bộ Y tế")
    # another name between: the title is that name's, not the first one's
    got = officials("Ông Nguyễn Văn An trao quà cho bà Lê Thị Hoa, hiện là giáo viên.")
    assert got["Nguyễn Văn An"][0] == ""
    assert got["Lê Thị Hoa"][0] == "giáo viên"


def test_title_stated_behind_an_adverbial_of_that_time():
    # session 46: "khi đó là", "lúc đó là", "nay là" after the name's comma or dash gave the name no title
    got = officials("Ông Lạc Văn Tiến, khi đó là Phó giám đốc Sở Y tế tỉnh Nam Định, đã ký văn bản.")
    assert got["Lạc Văn Tiến"] == ("Phó giám đốc", "Sở Y tế tỉnh Nam Định")
    got = officials("Phó Đô đốc Henry Falden, lúc đó là giám đốc Cơ quan Hậu cần, bày tỏ lo ngại.")
    assert got["Henry Falden"] == ("giám đốc", "Cơ quan Hậu cần")
    got = officials("Chị Đinh Thị Mận - lúc này là Trưởng ban Dân vận Trung ương, nói ngay có việc cần làm.")
    assert got["Đinh Thị Mận"][0] == "Trưởng ban"
    got = officials("Tướng Oscar Delmont, nay là Bộ trưởng Quốc phòng Mỹ, đã nghỉ hưu năm 2013.")
    assert got["Oscar Delmont"][0] == "Bộ trưởng Quốc phòng Mỹ"


def test_title_with_an_unread_body_before_the_name():
    # "<title> <body not read as a unit> <name>": the title is the position, the body its unit
    got = officials('Hai công dân Nhật Bản gồm Chủ tịch Hội đồng quản trị tập đoàn "Mitsui" Masami Iijima và các '
                    'khách mời.')
    assert got["Masami Iijima"] == ("Chủ tịch Hội đồng quản trị", 'tập đoàn "Mitsui"')
    got = officials("Chủ tịch CĐCS Cty TNHH Long Sinh (KCN Suối Dầu) Võ Quang cho biết.")
    assert got["Võ Quang"] == ("Chủ tịch", "CĐCS Cty TNHH Long Sinh")
    # a level of place opening the gap is the title's own
    got = officials("Chủ tịch tỉnh Thừa Thiên – Huế Nguyễn Văn Cao tặng hoa chúc mừng.")
    assert got["Nguyễn Văn Cao"][0] == "Chủ tịch tỉnh"
    # a verb between the title and the name: no title of hers
    got = officials("Giám đốc Sở cho biết bà Nguyễn Thị Hoa đã nhận quà.")
    assert got["Nguyễn Thị Hoa"][0] == ""


def test_youth_union_and_place_ends_are_no_names():
    # "Đoàn" after its level is the Youth Union, not the surname of the name after it
    got = officials("Bí thư thứ nhất T.Ư Đoàn Lê Quốc Phong trao tặng huy hiệu.")
    assert got == {"Lê Quốc Phong": ("Bí thư thứ nhất", "T.Ư Đoàn")}
    assert officials("Ban Thường vụ Tỉnh Đoàn Quảng Trị đã trao tặng huy hiệu.") == {}
    # the last words of a place ("Bồ | Đào Nha") are no name
    assert "Đào Nha" not in officials("Anh từng khoác áo U20 Bồ Đào Nha trước khi sang Real.")


def test_body_after_a_title_not_read_as_a_unit():
    # the body a title heads, read on over "dự án" (a noun compound) to its place, stopping at a verb
    got = officials("Ông Nguyễn Văn An, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh Nam Định, cho biết.")
    assert got["Nguyễn Văn An"] == ("Giám đốc", "Ban Quản lý dự án đầu tư xây dựng tỉnh Nam Định")
    got = officials("Ông Trần Văn Bình, Trưởng Ban Quản lý dự án nhà máy nhiệt điện Thái Bình 2 cho biết.")
    assert got["Trần Văn Bình"] == ("Trưởng Ban", "Ban Quản lý dự án nhà máy nhiệt điện Thái Bình 2")


def test_hospital_named_after_a_place_is_no_person():
    # "bệnh viện" names its hospital after a person or a place (namesakes.txt)
    assert "Bạch Mai" not in officials("Năm 2015, tôi suýt chết vì nằm ở bệnh viện Bạch Mai nhiều tháng.")

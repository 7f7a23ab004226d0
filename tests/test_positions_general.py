"""Positions of officials on sentences written for these tests (general kinds of fault of the position linker:
titles written with their unit before a name, occupations before or after a name, compound titles); every
expected value is worked out by hand from GUIDELINES.md ("position is the title as written")."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def officials(*lines: str) -> dict:
    """name -> (position, unit) of the facts extracted from ``lines``."""
    doc = Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines])
    g = extract(normalize_document(doc)).to_guidelines("t.txt")
    return {o["name"]: (o["position"], o["unit"]) for o in g["officials"]}


def test_a_title_after_cua_with_its_own_unit_is_the_persons():
    # "của Bộ trưởng Bộ X <name>": the title and its ministry belong to the name after them
    o = officials("Ông Lê Văn Hùng chuyển lời chúc mừng của Bộ trưởng Bộ Tư pháp Trần Văn Bình tới gia đình.")
    assert o["Trần Văn Bình"] == ("Bộ trưởng", "Bộ Tư pháp")


def test_a_title_after_cua_followed_by_another_title_is_someone_elses():
    # "Thừa ủy quyền của Chủ tịch nước Thứ trưởng …": the first title is the president's
    o = officials("Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Xây dựng Lê Văn Khánh trao Huân chương Lao động.")
    assert o["Lê Văn Khánh"][0] == "Thứ trưởng"


def test_occupation_nouns_before_a_name_are_positions():
    # GUIDELINES: every named person with "the title as written"; "nữ" (female) is written with the title
    o = officials("Chiến sĩ Nguyễn Văn Tâm và nữ lái xe Trần Thị Hoa được tặng Bằng khen.")
    assert o["Nguyễn Văn Tâm"][0] == "Chiến sĩ"
    assert o["Trần Thị Hoa"][0] == "nữ lái xe"


def test_an_occupation_after_a_name_and_an_age_is_the_position():
    o = officials("Thủ tướng tặng Bằng khen cho bà Lê Thị Mai (44 tuổi), nhân viên Điện lực Sơn Trà.")
    assert o["Lê Thị Mai"][0] == "nhân viên"


def test_military_command_titles_are_positions():
    # Luật Sĩ quan QĐND, Điều 11: Tổng Tham mưu trưởng, Chính trị viên …
    o = officials("Trung tá Phạm Văn Hải, nguyên Chính trị viên Đồn Biên phòng Cửa Tùng, được truy tặng danh hiệu.")
    assert o["Phạm Văn Hải"][0] == "nguyên Chính trị viên"


def test_an_academic_title_is_the_position_only_when_no_other_is_written():
    o = officials("Đoàn đến thăm gia đình cố GS Nguyễn Văn Thành. Bác sĩ Trần Văn Lâm, Giám đốc Bệnh viện Bạch Mai, "
                  "và PGS Lê Văn Hòa, Hiệu trưởng Trường Đại học Y Hà Nội, dự lễ.")
    assert o["Nguyễn Văn Thành"][0] == "GS"
    assert o["Lê Văn Hòa"][0] == "Hiệu trưởng"


def test_an_ambassadors_title_goes_on_over_the_host_country():
    o = officials("Đại sứ Việt Nam tại Philippines Lê Văn Dương vừa được trao Huân chương Sikatuna.")
    assert o["Lê Văn Dương"][0] == "Đại sứ Việt Nam tại Philippines"


def test_an_ambassadors_title_goes_on_over_states_written_with_the_form_of_their_names():
    # kind (c) of session 43's review: "Cộng hòa", "Vương quốc", "nước Cộng hòa Xã hội chủ nghĩa" before the sending
    # or the host state (state_forms.txt) no longer end the title there, so the name after it is found with it
    o = officials("Dự lễ có Đại sứ Đặc mệnh toàn quyền Cộng hòa Cuba tại Việt Nam Herman Lopez Vidal.",
                  "Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Xã hội chủ nghĩa Việt Nam tại Cộng hòa Séc Lê Văn Dương "
                  "phát biểu.",
                  "Bà Maria Ruiz Gomez, Đại sứ Đặc mệnh toàn quyền Vương quốc Tây Ban Nha tại Việt Nam, trình Quốc thư.")
    assert o["Herman Lopez Vidal"] == ("Đại sứ Đặc mệnh toàn quyền Cộng hòa Cuba tại Việt Nam", "")
    assert o["Lê Văn Dương"] == ("Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Xã hội chủ nghĩa Việt Nam tại Cộng hòa Séc",
                                 "")
    assert o["Maria Ruiz Gomez"] == ("Đại sứ Đặc mệnh toàn quyền Vương quốc Tây Ban Nha tại Việt Nam", "")


def test_an_alternate_member_of_the_central_committee_is_one_title():
    o = officials("Dự lễ có ông Ngô Văn Hải, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy Thái Bình.")
    assert o["Ngô Văn Hải"][0].startswith("Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường trực")


def test_a_students_year_of_study_is_written_with_the_title():
    o = officials("Sinh viên năm thứ 4 Học viện Âm nhạc Quốc gia Việt Nam Nguyễn Thị Hằng nhận Bằng khen. "
                  "Anh Hoàng Văn Hải (sinh viên năm thứ tư Trường Đại học Bách khoa Hà Nội) đã cứu hai em nhỏ.")
    assert o["Nguyễn Thị Hằng"][0] == "Sinh viên năm thứ 4"
    assert o["Hoàng Văn Hải"][0] == "sinh viên năm thứ tư"


def test_names_listed_before_a_title_written_after_the_last_share_it():
    o = officials("Thủ tướng tặng Bằng khen cho các ông: Lê Văn An, Trần Văn Bình, Phạm Văn Cường, nhân viên "
                  "Công ty Đường sắt Sài Gòn.",
                  "Thiếu tá Đỗ Văn Hùng, Ngô Văn Tài, hai cơ phó trên máy bay, được trao huân chương.")
    assert {o[n][0] for n in ("Lê Văn An", "Trần Văn Bình", "Phạm Văn Cường")} == {"nhân viên"}
    assert o["Đỗ Văn Hùng"][0] == o["Ngô Văn Tài"][0] == "cơ phó"


def test_a_counted_role_noun_introducing_a_list_is_each_members_position():
    o = officials("Hai sinh viên được tuyên dương là Phạm Văn Đức (Đại học Y Hà Nội) và Nguyễn Thị Thảo "
                  "(Đại học Khoa học tự nhiên).",
                  "Các diễn viên của bộ phim gồm: NSND Hoàng Văn Dũng, diễn viên Lê Thu Quỳnh.")
    assert o["Phạm Văn Đức"][0] == o["Nguyễn Thị Thảo"][0] == "sinh viên"
    assert o["Hoàng Văn Dũng"][0] == "diễn viên"
    assert o["Lê Thu Quỳnh"][0] == "diễn viên"


def test_a_counted_title_with_its_unit_gives_each_member_title_and_unit():
    # kind (b) of session 43's review: "Hai Phó Chủ tịch UBND <city> là A và B", "Ba Thứ trưởng Bộ X: A, B và C":
    # each member is read as one name written after the whole chain would be ("Phó Chủ tịch UBND Hà Nội A" gives
    # "Phó Chủ tịch" of "UBND Hà Nội"), not the bare title without its unit
    o = officials("Hai Phó Chủ tịch UBND Hà Nội là ông Trần Văn Bình và Lê Văn Tám được tặng Huân chương Lao động.",
                  "Ba Thứ trưởng Bộ Y tế: Ngô Thị Hoa, Đặng Văn Lực và Phan Thị Mơ đã dự.",
                  "6 học sinh Trường THPT Lê Lợi gồm Hồ Văn Khải, Vũ Thị Lan được khen.")
    assert o["Trần Văn Bình"] == o["Lê Văn Tám"] == ("Phó Chủ tịch", "UBND Hà Nội")
    assert o["Ngô Thị Hoa"] == o["Đặng Văn Lực"] == o["Phan Thị Mơ"] == ("Thứ trưởng", "Bộ Y tế")
    assert o["Hồ Văn Khải"] == o["Vũ Thị Lan"] == ("học sinh", "Trường THPT Lê Lợi")


def test_role_nouns_of_forces_and_companies_are_positions():
    o = officials("Đoàn đã thăm gia đình anh Trương Văn Lực (30 tuổi, dân quân tự vệ thôn Mỹ Cang, xã Tam Thăng).")
    assert o["Trương Văn Lực"][0] == "dân quân tự vệ"


def test_a_secretary_is_a_title_before_a_name_and_after_it():
    # "Thư ký" (secretary: of a court, a council, a newsroom; Luật Tổ chức TAND 2014 names "Thư ký Tòa án") was no
    # title of positions.txt, so a name after it had no position and its body no holder (session 37)
    o = officials("Thư ký Tòa án nhân dân huyện Lạc Sơn Đinh Văn Khuê đọc biên bản.",
                  "Bà Kha Thị Ngân, thư ký tòa soạn, cho biết số báo sẽ ra sớm.")
    assert o["Đinh Văn Khuê"] == ("Thư ký", "Tòa án nhân dân huyện Lạc Sơn")
    assert o["Kha Thị Ngân"] == ("thư ký tòa soạn", "")

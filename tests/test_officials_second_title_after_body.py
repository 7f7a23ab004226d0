"""A second title after the lower-case words of a body the units do not read (session 26): "phó bí thư tỉnh đoàn,
chủ tịch Hội …" and "Ủy viên Ban chấp hành Trung ương hội, chi hội trưởng …" keep both titles, the first with the
words of its body as written, instead of ending on the first title. Sentences written for these tests; the expected
values worked out by hand from the annotation guidelines (position: the titles as written; unit: the body of the
last)."""
from __future__ import annotations

from tests.test_officials_general import positions


def test_a_provincial_youth_union_written_lower_case_before_a_second_title():
    p = positions("Chị Lê Thị Hoa, phó bí thư tỉnh đoàn, chủ tịch Hội Sinh viên Việt Nam tỉnh Bình Định, phát biểu.")
    assert p["Lê Thị Hoa"] == ("phó bí thư tỉnh đoàn, chủ tịch", "Hội Sinh viên Việt Nam tỉnh Bình Định")


def test_an_association_word_after_a_board_before_a_branch_head():
    p = positions("Luật gia Đỗ Văn Khang, Ủy viên Ban chấp hành Trung ương hội, chi hội trưởng chi hội Luật gia "
                  "Trường Đại học Luật Hà Nội, nhận bằng khen.")
    assert p["Đỗ Văn Khang"][0] == "Ủy viên Ban chấp hành Trung ương hội, chi hội trưởng"


def test_no_second_title_after_the_comma_keeps_the_first_alone():
    """A verb before the comma, or no title after it: the chain still ends on the first title."""
    p = positions("Ông Phan Văn Lộc, Giám đốc Sở Y tế cho biết, Chủ tịch tỉnh đã đồng ý.",
                  "Anh Vũ Văn Hải, bí thư chi đoàn thôn, đã cứu hai em nhỏ.")
    assert p["Phan Văn Lộc"] == ("Giám đốc", "Sở Y tế")
    assert p["Vũ Văn Hải"][0] != "bí thư chi đoàn thôn, đã"


def test_the_unread_words_may_end_on_a_unit_or_be_capitalised():
    """"cơ quan" before the unit "LĐLĐ quận" and the capitalised "Hội" after a board are the first title's body too,
    when a second title follows the comma."""
    p = positions("Đồng chí Đinh Văn Lực - Bí thư Đảng ủy cơ quan LĐLĐ quận, Phó Chủ tịch thường trực LĐLĐ quận "
                  "phát biểu.",
                  "Ông Hà Văn Sơn, Ủy viên Ban Thường vụ Trung ương Hội, chi hội trưởng chi hội Luật gia Công ty "
                  "Luật Minh Khang, được khen.")
    assert p["Đinh Văn Lực"][0].startswith("Bí thư Đảng ủy cơ quan LĐLĐ quận, Phó Chủ tịch thường trực")
    assert p["Hà Văn Sơn"][0] == "Ủy viên Ban Thường vụ Trung ương Hội, chi hội trưởng"


def test_a_nationality_after_an_occupation_is_no_body():
    p = positions("Ông Hans Keller, kỹ sư Đức, giám đốc dự án, nhận huân chương.")
    assert p["Hans Keller"][0] == "kỹ sư"

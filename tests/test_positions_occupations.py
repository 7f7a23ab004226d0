"""Position accuracy of officials (session 10). Sentences written for these tests; the expected positions are
worked out by hand from the annotation guidelines (the title as written, without the words that praise, rank or
date its holder, as the annotated sets write it)."""
from __future__ import annotations

from tests.test_extractors import positions_and_units as positions


def test_evaluative_words_after_an_occupation_end_the_position():
    # evaluative_adjectives.txt: "đình đám", "hàng đầu", "chuyên nghiệp", "hạng", "mới" end the title
    p = positions("Bộ phim có sự tham gia của diễn viên đình đám Nicole Kidman.",
                  "Đội bóng vừa chiêu mộ thủ môn hàng đầu thế giới Manuel Neuer.",
                  "Đêm nhạc có ca sỹ chuyên nghiệp Noelle Chiodo.",
                  "Châu Tấn là nữ diễn viên hạng A ở Trung Quốc.")
    assert p["Nicole Kidman"][0] == "diễn viên"
    assert p["Manuel Neuer"][0] == "thủ môn"
    assert p["Noelle Chiodo"][0] == "ca sỹ"
    assert p["Châu Tấn"][0] == "nữ diễn viên"


def test_a_title_with_a_field_tail_keeps_it():
    # a noun of the field is no evaluative word: the tail stays ("diễn viên cải lương", "học sinh lớp 9A4")
    p = positions("Nghệ sĩ nhân dân trao quà cho diễn viên cải lương Lê Thị Hoa.",
                  "Em Nguyễn Văn Bình, học sinh lớp 9A4, nhặt được ví.")
    assert p["Lê Thị Hoa"][0] == "diễn viên cải lương"
    assert p["Nguyễn Văn Bình"][0] == "học sinh lớp 9A4"


def test_faculty_heads_specialists_and_sport_occupations_are_positions():
    # positions.txt: Trưởng khoa (Luật Giáo dục đại học); role_nouns.txt: chuyên gia, thị trưởng; honorifics.tsv:
    # tay golf, tay đấm
    p = positions("Thạc sĩ Trịnh Đăng Khoa, Phó Trưởng khoa Quản lý văn hóa nghệ thuật, cho biết như vậy.",
                  "Chuyên gia bảo mật Costin Raiu nói với báo chí.",
                  "Tay golf người Mỹ Tiger Woods bác bỏ thông tin.",
                  "Ông cảm ơn thị trưởng Zoran Jankovic.")
    assert p["Trịnh Đăng Khoa"][0] == "Phó Trưởng khoa"
    assert p["Costin Raiu"][0] == "Chuyên gia bảo mật"
    assert p["Tiger Woods"][0] == "Tay golf"
    assert p["Zoran Jankovic"][0] == "thị trưởng"


def test_an_occupation_of_honorifics_takes_its_tail_and_sex_is_no_part_of_the_position():
    # honorifics.tsv roles are read as titles: "sử gia | quân sự" keeps its field, "tay đua | huyền thoại" ends at
    # the evaluative word; "nữ" before such an occupation is skipped (GENDER); "nhiệm kỳ Thủ tướng" holds no "kỳ thủ"
    p = positions("Sử gia quân sự Yuri Melkonov nhận định như vậy.",
                  "Hãng xe thành công nhờ tay đua huyền thoại Nicky Hayden.",
                  "Chương trình có nữ danh hài Minh Vượng.",
                  "Dưới nhiệm kỳ Thủ tướng Võ Văn Kiệt, kinh tế tăng trưởng.")
    assert p["Yuri Melkonov"][0] == "Sử gia quân sự"
    assert p["Nicky Hayden"][0] == "tay đua"
    assert p["Minh Vượng"][0] == "danh hài"
    assert p["Võ Văn Kiệt"][0] == "Thủ tướng"

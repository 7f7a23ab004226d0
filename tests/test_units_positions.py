"""Officials' positions: titles after asides, after a name without separator, before a stage-named person
(sentences written for these tests; facts computed by hand)."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def officials(*lines: str) -> dict:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines]))
    return {o["name"]: (o["position"], o["unit"]) for o in extract(doc).to_guidelines("t.txt")["officials"]}


def test_title_after_an_age_in_parentheses():
    o = officials("Người thứ hai là bà Nguyễn Thị Thanh Nhàn (49 tuổi), chủ tịch HĐQT kiêm tổng giám đốc Công ty Tiến Bộ.")
    assert o["Nguyễn Thị Thanh Nhàn"] == ("chủ tịch HĐQT kiêm tổng giám đốc", "Công ty Tiến Bộ")
    o = officials("Cựu chiến binh Phùng Minh Út (64 tuổi, phó chủ tịch Hội Cựu chiến binh xã Gia Hòa 2) chia sẻ.")
    assert o["Phùng Minh Út"] == ("phó chủ tịch", "Hội Cựu chiến binh xã Gia Hòa 2")


def test_title_after_a_stage_name_in_parentheses():
    o = officials("Danh sách có ông Nguyễn Quý Bôn (Thanh Quý, diễn viên Nhà hát Chèo Hà Nội); ông Vũ Văn Học.")
    assert o["Nguyễn Quý Bôn"] == ("diễn viên", "Nhà hát Chèo Hà Nội")


def test_title_after_a_name_without_separator():
    o = officials("Tham gia có NSƯT Đặng Trọng Tuân hoạ sĩ thiết kế mỹ thuật và các diễn viên.")
    assert o["Đặng Trọng Tuân"] == ("họa sĩ thiết kế mỹ thuật", "")


def test_title_then_dash_then_honorific():
    o = officials("Tham gia có đạo diễn - NSƯT Trọng Trinh và nhiều nghệ sĩ.")
    assert o["Trọng Trinh"][0] == "đạo diễn"


def test_title_with_town_level_place():
    o = officials("Ông Nguyễn Văn Sự, nguyên Bí thư TP Hội An, được nhận danh hiệu.")
    assert o["Nguyễn Văn Sự"] == ("nguyên Bí thư TP Hội An", "")


def test_a_title_before_the_next_person_is_not_ours():
    o = officials("Có ông Mahathir Mohamad (93 tuổi), cựu phó tổng thống Mỹ Dick Cheney (77 tuổi) và nhiều người khác.")
    assert o["Mahathir Mohamad"] == ("", "")
    assert o["Dick Cheney"] == ("cựu phó tổng thống Mỹ", "")


def test_field_words_complete_a_title():
    o = officials("Cô Nguyễn Kim Anh, giáo viên Ngữ văn, trường THPT Phan Huy Chú chia sẻ.")
    assert o["Nguyễn Kim Anh"] == ("giáo viên Ngữ văn", "trường THPT Phan Huy Chú")
    o = officials("Bộ trưởng Tư pháp Lê Thành Long phát biểu.")
    assert o["Lê Thành Long"] == ("Bộ trưởng Tư pháp", "Bộ Tư pháp")


def test_title_ending_on_the_unit_head():
    o = officials("Ông Đặng Chí Thanh, Trưởng Ban thi đua - khen thưởng thành phố Đà Nẵng cho biết.")
    assert o["Đặng Chí Thanh"] == ("Trưởng Ban", "Ban thi đua – khen thưởng thành phố Đà Nẵng")
    o = officials("Trưởng Ban Thi đua - Khen thưởng tỉnh Nam Định Nguyễn Văn Hùng phát biểu.")
    assert o["Nguyễn Văn Hùng"] == ("Trưởng Ban", "Ban Thi đua – Khen thưởng tỉnh Nam Định")


def test_title_after_the_name_beats_one_behind_a_comma_or_a_role():
    o = officials("Là giáo viên trẻ tuổi nhất, cô Dương Thị Trang, giáo viên bộ môn Giáo dục công dân, "
                  "trường THPT Hồ Xuân Hương chia sẻ.")
    assert o["Dương Thị Trang"] == ("giáo viên bộ môn Giáo dục công dân", "trường THPT Hồ Xuân Hương")
    o = officials("Đoàn làm phim có nghệ sĩ Trần Anh Phương Đạo diễn hình ảnh; NSƯT Đặng Trọng Tuân.")
    assert o["Trần Anh Phương"] == ("Đạo diễn hình ảnh", "")
    o = officials("Ông Nguyễn Danh Dũng, đạo diễn bộ phim, cho biết.")
    assert o["Nguyễn Danh Dũng"] == ("đạo diễn", "")


def test_a_body_after_a_field_word_keeps_the_chain():
    o = officials("Thượng tướng Nguyễn Chí Vịnh - Uỷ viên Thường vụ Quân uỷ Trung ương, Thứ trưởng Bộ Quốc phòng Việt Nam, "
                  "dự lễ.")
    assert o["Nguyễn Chí Vịnh"] == ("Ủy viên Thường vụ Quân ủy Trung ương, Thứ trưởng", "Bộ Quốc phòng Việt Nam")


def test_coordinated_name_shares_the_title():
    o = officials("Hai nam bảo vệ Lê Gia An (21 tuổi) và Nguyễn Thanh Sang (22 tuổi) vẫn còn mệt.")
    assert o["Lê Gia An"] == ("bảo vệ", "") and o["Nguyễn Thanh Sang"] == ("bảo vệ", "")
    o = officials("Giám đốc Sở Y tế Nguyễn Văn Hùng và ông Trần Văn Nam dự lễ.")
    assert o["Trần Văn Nam"] == ("", "")


def test_two_field_words_complete_a_title():
    o = officials("Bộ trưởng Giao thông Vận tải Trương Quang Nghĩa dự lễ.")
    assert o["Trương Quang Nghĩa"] == ("Bộ trưởng Giao thông Vận tải", "Bộ Giao thông Vận tải")


def test_office_of_a_body_named_by_the_title():
    o = officials("Ông Đoàn Quốc Thật, chánh Văn phòng HĐND tỉnh Hậu Giang, cho biết.")
    assert o["Đoàn Quốc Thật"] == ("chánh Văn phòng", "Văn phòng HĐND tỉnh Hậu Giang")


def test_the_last_of_several_titles_is_written_with_the_body_it_heads():
    from tests.test_units_noise import facts
    g = facts("Ông Lê Văn Hòa, nguyên Bí thư Tỉnh ủy, Trưởng Ban Dân vận Trung ương, dự lễ.")
    assert g["officials"][0]["position"] == "nguyên Bí thư Tỉnh ủy, Trưởng Ban Dân vận Trung ương"
    # a title ending on a head whose name is its parent keeps to the title
    g = facts("Ông Vũ Minh Đức, Phó Tổng thư ký, Chánh Văn phòng Hội Nhà văn Việt Nam, phát biểu.")
    assert g["officials"][0]["position"] == "Phó Tổng thư ký, Chánh Văn phòng"


def test_a_title_before_multi_word_ranks_and_honorary_titles():
    from tests.test_units_noise import facts
    g = facts("Nguyên Phó Chủ tịch Quốc hội, Anh hùng Lao động, thiếu tướng Trần Văn Minh từ trần.")
    assert g["officials"][0]["position"] == "Nguyên Phó Chủ tịch Quốc hội"
    g = facts("Nguyên Phó Chủ tịch Quốc hội, trung tướng Trần Văn Minh từ trần.")
    assert g["officials"][0]["position"] == "Nguyên Phó Chủ tịch Quốc hội"

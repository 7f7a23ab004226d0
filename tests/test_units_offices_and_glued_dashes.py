"""A body's office written in lower case before it, a field whose first word is also a head, a joint name
written with a glued dash beside its initialism, and a provincial command written with a bare "tỉnh" (GUIDELINES.md: a
sub-unit written with its parent is one unit, written whole; one unit per document under its fullest name; a generic
body whose place is clear is written with it).  Sentences are written for these tests."""
from __future__ import annotations

from tests.test_units_noise import facts


def test_an_office_written_before_its_body_is_the_bodys_office():
    # ("ở văn phòng X chúng tôi": its staff speaking; "tại văn phòng X" is its premises, see the last test)
    g = facts("Mấy tuần nay, ở văn phòng Hội đồng Chức danh giáo sư nhà nước chúng tôi nhận rất nhiều đơn thư.")
    assert g["units"] == ["văn phòng Hội đồng Chức danh giáo sư nhà nước"]
    g = facts("Chị Hoàng Thị Mơ làm việc ở văn phòng Tổng cục Thuế hơn mười năm.")
    assert g["units"] == ["văn phòng Tổng cục Thuế"]


def test_an_office_after_its_chiefs_title_is_the_post_not_a_unit():
    g = facts("Ông Đinh Văn Tú, phó chánh văn phòng Sở Tài chính tỉnh Yên Bái, cho biết như vậy.")
    assert g["units"] == ["Sở Tài chính tỉnh Yên Bái"]


def test_a_faculty_whose_field_opens_with_a_heads_word_keeps_its_school():
    g = facts("Chị Vũ Thu Hà học khoa Báo chí Học viện Báo chí và Tuyên truyền từ năm 2010.")
    assert g["units"] == ["khoa Báo chí Học viện Báo chí và Tuyên truyền"]


def test_a_joint_name_with_a_glued_dash_is_the_unit_its_initialism_writes():
    g = facts("Bộ Lao động-Thương binh và Xã hội vừa có công văn gửi các tỉnh.",
              "Theo Bộ LĐ-TB&XH, việc chi trả phải xong trước Tết.")
    assert g["units"] == ["Bộ Lao động-Thương binh và Xã hội"]
    g = facts("Ban Thi đua-Khen thưởng tỉnh Lào Cai họp phiên cuối năm.",
              "Ban TĐ-KT tỉnh Lào Cai đã bỏ phiếu.")
    assert g["units"] == ["Ban Thi đua-Khen thưởng tỉnh Lào Cai"]


def test_a_provincial_command_written_with_a_bare_level_takes_the_province():
    g = facts("Sáng 5/9, Bộ Chỉ huy Quân sự tỉnh đã trao quà cho 20 gia đình chính sách.",
              "Đại diện UBND tỉnh Hà Giang cùng dự buổi trao quà.")
    assert set(g["units"]) == {"Bộ Chỉ huy Quân sự tỉnh Hà Giang", "UBND tỉnh Hà Giang"}
    g = facts("Bộ Chỉ huy BĐBP tỉnh và UBND huyện Mèo Vạc đã khen thưởng hai chiến sĩ.",
              "Công an tỉnh Hà Giang đang điều tra vụ việc.")
    assert "Bộ Chỉ huy BĐBP tỉnh Hà Giang" in g["units"]


def test_an_office_after_a_word_of_place_is_the_bodys_premises():
    """"tại văn phòng Sở X" / "đến văn phòng Công ty X": where something happens, a venue; the body is the unit,
    while the office a staff speaks for stays a branch ("văn phòng Hội đồng X cho biết"; review 22, finding 5)."""
    units = facts("Chiều 12/3, tại văn phòng Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh, bà Trần Thị Mai trao Giấy khen "
                  "cho Trường Tiểu học Kỳ Anh.")["units"]
    assert "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh" in units and not [u for u in units if u.startswith("văn phòng")]
    units = facts("Ông Lê Văn Bình đã đến văn phòng Công ty Điện lực Hà Tĩnh để phản ánh.")["units"]
    assert "Công ty Điện lực Hà Tĩnh" in units and not [u for u in units if u.startswith("văn phòng")]

"""Positions, session 27: a school's subdivision written with its subject after a title ("Tổ trưởng tổ Toán";
``SUBDIVISIONS`` in ``extractors/components/officials.py``), and the list word "gồm" ending a title. Sentences
written for these tests; the expected positions are worked out by hand from the annotation guidelines. Also the
holder's age taken by a title's tail ("diễn viên 21 tuổi": ``AGE``)."""
from __future__ import annotations

from tests.test_extractors import positions


def test_the_subject_of_a_teachers_group_is_part_of_the_title():
    p = positions("Cô Đặng Thị Huệ, Tổ trưởng tổ Hóa, chia sẻ kinh nghiệm.",
                  "Tổ trưởng tổ Sử Phan Văn Lợi đọc báo cáo.")
    assert p["Đặng Thị Huệ"] == "Tổ trưởng tổ Hóa"
    assert p["Phan Văn Lợi"] == "Tổ trưởng tổ Sử"


def test_the_holders_name_after_the_subject_stays_whole():
    p = positions("Tổ trưởng tổ Toán Trần Văn Phong phát biểu.")
    assert p == {"Trần Văn Phong": "Tổ trưởng tổ Toán"}


def test_gom_ends_a_title_before_the_list_of_its_holders():
    p = positions("Câu lạc bộ có hai thủ môn gồm Văn Lâm và Tấn Trường.")
    assert p == {"Văn Lâm": "thủ môn", "Tấn Trường": "thủ môn"}


def test_the_holders_age_is_no_part_of_the_title():
    # the tail of lower-case words after "diễn viên" took "25 tuổi"; AGE cuts it off, the title still links
    p = positions("Khán giả khen diễn xuất của nữ diễn viên 25 tuổi Emma Stone.",
                  "Tiền đạo chưa đủ 19 tuổi Lê Văn Toàn ghi hai bàn.")
    assert p["Emma Stone"] == "nữ diễn viên"
    assert p["Lê Văn Toàn"] == "Tiền đạo"

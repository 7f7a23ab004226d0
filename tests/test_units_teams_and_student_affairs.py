"""Session 27: the student affairs departments read whole (joined_fields.txt); a national team written with "đội
tuyển" in lower case before its country, and with its division ("nam", "nữ"; team_divisions.txt) between its sport and
its country; a team named by its country alone beside the same country's team named in full is that team
(unit_words.TEAM_HEAD, unit_variants._team_short_forms; sentences of our own)."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_lower_case_team_named_by_its_country():
    assert _unit_names("Chị Mai là thủ môn của đội tuyển Việt Nam từ năm 2016.") == ["đội tuyển Việt Nam"]
    assert _unit_names("Trận đấu với đội tuyển Nhật Bản diễn ra chiều nay.") == ["đội tuyển Nhật Bản"]


def test_team_with_its_sport_and_division():
    assert _unit_names("Anh Hòa được gọi vào đội tuyển bóng rổ nam Việt Nam năm 2021.") == \
        ["đội tuyển bóng rổ nam Việt Nam"]
    assert _unit_names("Huấn luyện viên mới của đội tuyển bóng đá nữ Thái Lan đã nhậm chức.") == \
        ["đội tuyển bóng đá nữ Thái Lan"]


def test_division_before_no_place_is_no_team():
    # an age code, not a country, after the division: not read (the head stops at the sport)
    assert _unit_names("Cầu thủ đội tuyển bóng đá nam U -23 VN đã về nước.") == []


def test_team_by_country_alone_is_the_full_team_of_that_country():
    assert _unit_names("Ông dẫn dắt đội tuyển bóng chuyền nữ Việt Nam từ tháng 3. "
                       "Từ đó đội tuyển Việt Nam thắng liền bốn trận.") == ["đội tuyển bóng chuyền nữ Việt Nam"] * 2
    # another country's team stays apart
    assert _unit_names("Đội tuyển bóng chuyền nữ Việt Nam gặp đội tuyển Thái Lan.") == \
        ["Đội tuyển bóng chuyền nữ Việt Nam", "đội tuyển Thái Lan"]


def test_student_affairs_department_read_whole():
    """joined_fields.txt, student affairs: the department's field is read whole, also with a comma after its first
    field."""
    assert _unit_names("Bà Hoa, phó vụ trưởng Vụ Giáo dục, chính trị và công tác học sinh, sinh viên đã tới dự.") == \
        ["Vụ Giáo dục, chính trị và công tác học sinh, sinh viên"]
    assert _unit_names("Ông Bình làm việc ở Phòng Công tác học sinh – sinh viên từ năm 2012.") == \
        ["Phòng Công tác học sinh – sinh viên"]

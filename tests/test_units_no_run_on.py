"""Session 16 (unit boundaries): a unit's name does not run on into what follows it (sentences of our own)."""
from __future__ import annotations

from tests.test_extractors import facts_of, unit_names


def test_an_address_below_the_province_after_tại_is_not_part_of_the_name():
    """Before: "Công ty Cổ phần Gốm sứ Minh Long tại phường Tân Phước, huyện Thuận An" was the unit."""
    names = unit_names("Lễ kỷ niệm 20 năm thành lập Công ty Cổ phần Gốm sứ Minh Long tại phường Tân Phước, "
                       "huyện Thuận An diễn ra sáng nay.")
    assert names == ["Công ty Cổ phần Gốm sứ Minh Long"]
    names = unit_names("Các cháu học tại trường mầm non Hoa Sen ở xã Tân Lập, huyện Yên Thành.")
    assert names == ["trường mầm non Hoa Sen"]


def test_the_award_goes_to_the_name_without_its_address():
    g = facts_of("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Công ty Cổ phần Thép Hòa Phát tại "
                 "xã Nghĩa Đồng, huyện Tân Kỳ.")
    assert [a["recipient"] for a in g["awards"]] == ["Công ty Cổ phần Thép Hòa Phát"]


def test_a_seat_in_a_city_or_country_stays_in_the_name():
    assert unit_names("Đại sứ quán Việt Nam tại Ba Lan tổ chức tiệc chiêu đãi.") == ["Đại sứ quán Việt Nam tại Ba Lan"]
    assert unit_names("Ông Phạm Văn Hòa là Chánh án TAND cấp cao tại Đà Nẵng.") == ["TAND cấp cao tại Đà Nẵng"]


def test_a_branch_in_lower_case_is_written_with_the_body_it_belongs_to():
    """Before: only "Bộ Y tế" was listed, and the flag went to the ministry."""
    g = facts_of("Trung ương Đoàn tặng Cờ thi đua cho các đơn vị: đoàn thanh niên Bộ Y tế, Tỉnh đoàn Nam Định.")
    assert "đoàn thanh niên Bộ Y tế" in g["units"]
    assert "Bộ Y tế" not in g["units"]
    assert "đoàn thanh niên Bộ Y tế" in [a["recipient"] for a in g["awards"]]
    assert unit_names("Giải nhì thuộc về chi đoàn Bệnh viện Chợ Rẫy.") == ["chi đoàn Bệnh viện Chợ Rẫy"]


def test_a_branch_cut_inside_its_body_takes_the_body_whole():
    """Before: "Công đoàn Ban Tuyên giáo" beside "LĐLĐ tỉnh Nghệ An", cut before the board's lower-case field."""
    for head in ("công đoàn", "Công đoàn"):
        names = unit_names(f"Bà Hoa là Chủ tịch {head} Ban Tuyên giáo nữ công LĐLĐ tỉnh Nghệ An.")
        assert names == [f"{head} Ban Tuyên giáo nữ công LĐLĐ tỉnh Nghệ An"]


def test_a_branch_head_in_lower_case_before_no_named_body_is_no_unit():
    assert unit_names("Các công đoàn ngành, công đoàn Tổng công ty đã gửi công văn.") == []


def test_a_branch_or_office_keeps_its_seat_below_the_province():
    """Review of the address rule: a branch head's seat names the branch (before: cut to the company)."""
    assert unit_names("Văn phòng đại diện Công ty TNHH Minh Phát tại quận Ngũ Hành Sơn vừa khai trương.") == \
        ["Văn phòng đại diện Công ty TNHH Minh Phát tại quận Ngũ Hành Sơn"]  # (the office with its company, whole)
    assert unit_names("Chi nhánh Ngân hàng Nông nghiệp tại huyện Tân Kỳ được tặng Bằng khen.") == \
        ["Chi nhánh Ngân hàng Nông nghiệp tại huyện Tân Kỳ"]


def test_address_levels_are_matched_whole():
    from extractors.components.unit_words import address_at
    assert address_at(["tại", "thị", "trấn", "Yên", "Thành"], 1)
    assert address_at(["tại", "xã", "Tân", "Lập"], 1)
    assert not address_at(["tại", "thị", "trường", "Mỹ"], 1)
    assert not address_at(["tại", "thành", "phố", "Huế"], 1)  # a city is a seat

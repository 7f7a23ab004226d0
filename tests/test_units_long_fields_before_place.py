"""Session 15: bodies wholly missed before, a capitalised head with a long lower-case field before its place
(``unit_fields.FieldWords._long_field_before_place``; sentences of our own)."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_long_lower_case_field_before_the_country():
    # three two-syllable words ("chính sách", "khoa học", "công nghệ"), then the country: one name
    assert _unit_names("Bà Hoa từng là thành viên Hội đồng chính sách khoa học công nghệ Việt Nam.") == \
        ["Hội đồng chính sách khoa học công nghệ Việt Nam"]
    # two fields joined by "và" ("bảo vệ thiên nhiên", "môi trường"), then the country
    assert _unit_names("Ông Tuấn là hội viên Hội bảo vệ thiên nhiên và môi trường Việt Nam từ năm 2001.") == \
        ["Hội bảo vệ thiên nhiên và môi trường Việt Nam"]


def test_long_lower_case_field_before_a_province():
    assert _unit_names("Anh Sơn làm lái xe cho Trung tâm vận tải hành khách công cộng Đà Nẵng.") == \
        ["Trung tâm vận tải hành khách công cộng Đà Nẵng"]


def test_long_lower_case_run_without_a_place_is_no_name():
    # the run is a clause, not a field: no place closes it ("Sở Y tế" alone is the body)
    assert _unit_names("Sở Y tế kiểm tra an toàn thực phẩm các bếp ăn tập thể trong tháng.") == ["Sở Y tế"]
    # a lower-case head opens no long field
    assert _unit_names("Chị Mai tham gia hội bảo vệ thiên nhiên và môi trường Việt Nam.") == []


def test_long_run_that_praises_or_decides_is_no_field():
    # "hàng đầu" ranks (evaluative_adjectives.txt): a description of a company, not its name
    assert _unit_names("Công ty đã bán 30% cổ phần cho Tập đoàn sản xuất thực phẩm hàng đầu Thái Lan.") == []
    # "nhất trí" is the council's decision (VERBISH), not its field
    assert _unit_names("Hội đồng nhất trí gia tăng hợp tác đối với Lào trong năm tới.") == []


def test_long_run_before_a_name_that_opens_like_a_place():
    # "Nhật" (Japan) opens the company's own name "Nhật Minh": no place closes the field
    assert "Công ty đầu tư và phát triển công nghệ Nhật" not in \
        _unit_names("Ông Hải, Giám đốc Công ty đầu tư và phát triển công nghệ Nhật Minh, bị tạm giữ.")
    # "đôn đốc" is what the board does (VERBISH)
    assert not any("đôn đốc" in u for u in
                   _unit_names("Ban Chỉ đạo giải phóng mặt bằng đôn đốc huyện Yên Mỹ hoàn thành sớm."))


def test_permanent_mission_to_the_united_nations():
    # named_units.txt: the mission by the names the press gives it, in either spelling of the UN's name
    assert _unit_names("Phái đoàn Việt Nam tại Liên Hợp Quốc đã tổ chức buổi gặp mặt kiều bào.") == \
        ["Phái đoàn Việt Nam tại Liên Hợp Quốc"]
    assert _unit_names("Bà Mai, Phó Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc, dự họp.") == \
        ["Phái đoàn thường trực Việt Nam tại Liên hợp quốc"]


def test_hospital_named_like_a_place_in_lower_case():
    # named_units.txt: "Bạch Mai" is also a ward, "Từ Dũ" a person; the lower-case head still names the hospital
    assert _unit_names("Cháu bé được chuyển ra bệnh viện Bạch Mai trong đêm.") == ["bệnh viện Bạch Mai"]
    assert _unit_names("Sản phụ đã sinh con an toàn tại bệnh viện Từ Dũ sáng qua.") == ["bệnh viện Từ Dũ"]
    # a listed body takes no lower-case words after it: the verb opens the predicate
    assert _unit_names("Bệnh viện Bạch Mai điều trị miễn phí cho cháu.") == ["Bệnh viện Bạch Mai"]

"""An occupation of ``role_nouns.txt`` completed by lower-case words of its field, then a nationality, before the
name (session 31): "nhà phê bình văn học Ba Lan X" is a critic of literature, Polish; the position is the occupation
with its field, without the country, as for a bare occupation ("nhà phân tích người Mỹ X"). Sentences written for
these tests; every expected position worked out by hand from the annotation guidelines."""
from __future__ import annotations

from tests.test_extractors import positions, positions_and_units


def test_an_occupation_with_its_field_before_a_nationality():
    p = positions("Hôm qua nhà phân tích tài chính Pháp Louis Girard đã tới thăm trường.",
                  "Bà đọc bài thơ của cha mình, nhà thơ, nhà phê bình văn học Ba Lan Jan Nowak.")
    assert p["Louis Girard"] == "nhà phân tích tài chính"
    assert p["Jan Nowak"] == "nhà thơ, nhà phê bình văn học"


def test_a_title_of_positions_keeps_its_country():
    # "Tổng thống" is a title, not an occupation: the country is part of it
    p = positions("Hôm qua Tổng thống Ba Lan Jan Nowak đã tới thăm trường.")
    assert p["Jan Nowak"] == "Tổng thống Ba Lan"


def test_a_tail_goes_through_a_unit_head_that_closes_a_word_of_the_tail():
    # session 37: "quốc phòng" (defence), "biên phòng" (border guard) end on "phòng", a unit's head, but it closes
    # a word begun in the tail: no body opens there and the title is read whole
    p = positions_and_units("Nhà phân tích quốc phòng Đặng Hữu Khoa nhận định rằng tình hình đã lắng xuống.",
                            "Theo lời kể của chiến sĩ biên phòng Lương Văn Mạnh, đoàn đi từ sáng sớm.",
                            "Chuyên viên phòng Kế hoạch Hà Thị Quyên nhận giấy khen.")
    assert p["Đặng Hữu Khoa"] == ("Nhà phân tích quốc phòng", "")
    assert p["Lương Văn Mạnh"] == ("chiến sĩ biên phòng", "")
    # a head that opens a body of its own after the title still ends the title, as before
    assert p["Hà Thị Quyên"] == ("Chuyên viên", "phòng Kế hoạch")


def test_a_tail_goes_through_a_word_that_a_unit_head_opens():
    # session 37: "báo chí" (the press), "khoa học" (science) open on "báo", "khoa", a unit's head, but are words of
    # their own in lower case, no body: the title is read through them
    p = positions_and_units("Bà Yên Thị Lụa, thư ký báo chí của đoàn, trả lời phỏng vấn.",
                            "Tiến sĩ khoa học Âu Văn Kỳ trình bày báo cáo.")
    assert p["Yên Thị Lụa"] == ("thư ký báo chí", "")
    assert p["Âu Văn Kỳ"] == ("Tiến sĩ khoa học", "")


def test_a_tail_goes_through_a_word_that_a_level_syllable_opens_but_not_through_a_level():
    # "xã hội" (society) opens on "xã", a level's syllable; "thành phố" is the level of the place after it
    p = positions_and_units("Ông Tiêu Văn Bảo, nhà hoạt động xã hội, đến thăm các cháu.",
                            "Bà Elena Varga, phó cảnh sát trưởng thành phố Lisbon, phát biểu.")
    assert p["Tiêu Văn Bảo"] == ("nhà hoạt động xã hội", "")
    assert p["Elena Varga"][0] == "phó cảnh sát trưởng"

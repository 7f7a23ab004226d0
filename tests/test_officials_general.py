"""Officials of general news (session 9): occupations of sport, film and fashion, a nationality between an
occupation and the name, and occupations shared by a list of examples after "như". Sentences written for these
tests; the expected positions are worked out by hand from the annotation guidelines (the position as written,
the occupation without the person's country, as the annotated sets write it)."""
from __future__ import annotations

from tests.test_extractors import official_names as names, positions_and_units as positions


def test_occupations_of_sport_and_film_before_a_name():
    p = positions("Võ sỹ Lê Hoàng Đức thắng võ sỹ Arslam Murat của Thổ Nhĩ Kỳ.",
                  "Trận đấu do trọng tài Cuneyt Cakir điều khiển.")
    assert p["Lê Hoàng Đức"][0] == "Võ sỹ"
    assert p["Arslam Murat"][0] == "võ sỹ"
    assert p["Cuneyt Cakir"][0] == "trọng tài"


def test_nationality_between_occupation_and_name_is_no_part_of_the_position():
    p = positions("Bạn trai hiện tại của Hoa hậu là doanh nhân người Scotland Jeremy Jauncey.",
                  "Vai chính do nữ diễn viên Trung Quốc Châu Tấn đảm nhận.",
                  "Bàn thắng của tiền đạo người Bỉ Eden Hazard đến sớm.")
    assert p["Jeremy Jauncey"][0] == "doanh nhân"
    assert p["Châu Tấn"][0] == "nữ diễn viên"
    assert p["Eden Hazard"][0] == "tiền đạo"


def test_a_state_title_keeps_its_country_and_a_body_its_place():
    p = positions("Tổng thống Mỹ Donald Trump đến Hà Nội.",
                  "Bí thư Đảng đoàn, Chủ tịch Hội Luật gia Việt Nam Nguyễn Văn Quyền phát biểu.")
    assert p["Donald Trump"][0] == "Tổng thống Mỹ"
    assert p["Nguyễn Văn Quyền"] == ("Bí thư Đảng đoàn, Chủ tịch", "Hội Luật gia Việt Nam")


def test_occupation_shared_by_examples_after_nhu():
    p = positions("Cô sánh ngang tầm siêu mẫu kỳ cựu như Gisele Bundchen, Miranda Kerr hay Lara Stone.",
                  "Có những cầu thủ lớn như Lionel Messi và Luis Suarez nhưng đội vẫn thua.")
    assert {p[n][0] for n in ("Gisele Bundchen", "Miranda Kerr", "Lara Stone")} == {"siêu mẫu"}
    assert {p[n][0] for n in ("Lionel Messi", "Luis Suarez")} == {"cầu thủ"}


def test_cung_nhu_is_no_list_of_examples():
    p = positions("Ông Lê Văn An, Giám đốc Sở, cũng như Trần Văn Bình đã đến.")
    assert p["Trần Văn Bình"][0] == ""


def test_one_syllable_name_described_in_brackets_after_an_address_word():
    p = positions("Khoảng 12h30 ngày 8/2, chị Loan (giáo viên trường THCS xã Hải Châu) cùng hai con ra sông.",
                  "Ngồi lặng lẽ, bà Hà (mẹ phóng viên Đinh Hữu Dư) kể lại.")
    assert p["Loan"][0] == "giáo viên"
    assert "Hà" in p


def test_one_syllable_name_placed_in_a_photo_is_no_person_alone():
    p = positions("Anh Nga (ảnh) đang làm việc.")
    assert "Nga" not in p


def test_nationality_after_an_occupation_cues_a_one_word_name():
    p = positions("Trận đấu của tay vợt người Tây Ban Nha Nadal kết thúc muộn.")
    assert p["Nadal"][0] == "tay vợt"


def test_fallen_soldier_takes_the_post_written_after_the_name():
    p = positions("Chủ tịch nước truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho liệt sĩ Nguyễn Văn An, nguyên "
                  "Trung úy, Trợ lý tác chiến, Bộ Chỉ huy Quân sự tỉnh Quảng Trị.",
                  "Truy tặng Bằng khen cho liệt sĩ Trần Văn Bình, Đội trưởng Đội Cảnh sát giao thông.",
                  "Gia đình liệt sĩ Lê Văn Cường nhận quà.")
    assert p["Nguyễn Văn An"] == ("Trợ lý tác chiến", "Bộ Chỉ huy Quân sự tỉnh Quảng Trị")
    assert p["Trần Văn Bình"] == ("Đội trưởng", "Đội Cảnh sát giao thông")
    assert p["Lê Văn Cường"][0] == "liệt sĩ"  # (no other title: the title is the position, as held-out annotators write)


def test_the_proper_name_of_a_unit_is_no_person():
    p = positions("Ông Lê Văn An trao thưởng cho tài xế của hãng Mai Linh. Phía Mai Linh cảm ơn.")
    assert "Mai Linh" not in p and "Lê Văn An" in p


def test_a_unit_named_after_a_person_leaves_the_person_cued_by_a_title():
    p = positions("Tại Học viện Chính trị quốc gia Hồ Chí Minh, học viên học tư tưởng của Chủ tịch Hồ Chí Minh.")
    assert p["Hồ Chí Minh"][0] == "Chủ tịch"


def test_two_spellings_of_one_foreign_name_are_one_person():
    assert names("Kendall Jenner là người mẫu. Kendal Jenner kiếm 4 triệu USD. Kendall Jenner nổi tiếng.") == \
        ["Kendall Jenner"]  # (the spelling written twice)


def test_vietnamese_names_one_letter_apart_are_two_people():
    assert names("Ông Nguyễn Văn An và ông Nguyễn Văn Anh đến dự.") == ["Nguyễn Văn An", "Nguyễn Văn Anh"]

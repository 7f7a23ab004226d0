"""A lower-case head whose first syllable closes a dictionary word begun by the word before it is no unit's head
("võ | sư Đoàn …", "Đa | khoa …", "lâu | đài …"), unless that word is a title before the body ("phó | phòng …",
"Đồn trưởng | đồn …") or the head is a word of its own ("của | công ty …").  And "Ý", Italy's Vietnamese name, is a
place: "tờ báo Ý như A và B" lists two Italian papers.  An emulation cluster's head in lower case names a unit with
the region of its provinces.  Sentences and names are written for these tests."""
from __future__ import annotations

from tests.test_units_noise import facts


def test_a_martial_arts_master_is_no_division():
    """Before: "sư Đoàn Minh Khôi" (the head "sư đoàn" read across "võ sư | Đoàn")."""
    assert facts("Hôm qua, võ sư Đoàn Minh Khôi nhận thêm một đai đen.")["units"] == []


def test_a_general_hospital_s_type_opens_no_faculty():
    """Before: "khoa Trung ương Quảng Nam" (the "khoa" of "Đa khoa")."""
    g = facts("Các cháu được chuyển tới hai nơi (Đa khoa Trung ương Quảng Nam và Nhi đồng) để điều trị.")
    assert g["units"] == []


def test_a_castle_is_no_station():
    """Before: "đài Windsor" (the "đài" of "lâu đài")."""
    assert facts("Họ đi tham quan lâu đài Windsor vào cuối tuần.")["units"] == []


def test_a_deputy_s_short_title_keeps_the_department():
    assert facts("Bà Hạnh, phó phòng Cảnh sát kinh tế Công an tỉnh Ninh Bình, cho biết.")["units"] == [
        "phòng Cảnh sát kinh tế Công an tỉnh Ninh Bình"]


def test_a_post_chief_s_title_keeps_the_post():
    assert facts("Ông Quân, Đồn trưởng đồn Biên phòng Cà Ná, cho biết.")["units"] == ["đồn Biên phòng Cà Ná"]


def test_a_head_of_two_lower_case_words_is_a_word_of_its_own():
    """"của công" is a word too; "công ty" stays the head."""
    assert facts("Hàng giả mang nhãn của công ty TNHH Thảo Mộc Xanh bị thu giữ.")["units"] == [
        "công ty TNHH Thảo Mộc Xanh"]


def test_papers_listed_after_italy_s_vietnamese_name():
    """Before: "báo Ý" alone (the head of "tờ báo" and a country no place list held)."""
    assert facts("Nhiều tờ báo Ý như Gazzetta Sera và Corriere Roma đã đưa tin.")["units"] == [
        "Gazzetta Sera", "Corriere Roma"]


def test_an_emulation_cluster_in_lower_case_named_by_its_region():
    """Before: no unit (a lower-case head needed a capital right after it)."""
    assert facts("Sáng nay, cụm thi đua các tỉnh Đông Nam Bộ và Tây Nguyên tổ chức hội nghị.")["units"] == [
        "cụm thi đua các tỉnh Đông Nam Bộ và Tây Nguyên"]
    assert facts("Sáng nay, cụm thi đua các tỉnh đã họp.")["units"] == []  # no region: a kind, no name

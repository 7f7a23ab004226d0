"""Names that are no persons of the story (session 28): a writer's byline signed inside a paragraph ("(T/h)", an
outlet and the time of posting) and a character of a film or a play ("trong vai X"). Sentences written for these
tests; the expected officials worked out by hand from the annotation guidelines (bylines are no officials; the
named persons of the story are)."""
from __future__ import annotations

from extractors.characters import characters

from tests.test_extractors import positions


def test_byline_signed_after_the_last_sentence():
    p = positions("Ông Trần Văn Khoa cho biết giá lúa tăng mạnh. Lê Ngọc Diệp (T/h)")
    assert p == {"Trần Văn Khoa": ""}


def test_byline_with_the_outlet_and_the_time_of_posting():
    p = positions("Video bàn thắng của Nguyễn Công Phượng: Đỗ Minh Châu - Bóng đá Việt | 08:15 12/03/2018")
    assert set(p) == {"Nguyễn Công Phượng"}


def test_characters_of_a_film_are_no_persons():
    p = positions("Diễn viên Lê Hồng Nhung từng gây ấn tượng trong vai Tạ Thị Bích trong phim Mùa lúa chín.",
                  "Anh Phạm Văn Toàn sắm vai siêu anh hùng Thánh Gióng.")
    assert p == {"Lê Hồng Nhung": "Diễn viên", "Phạm Văn Toàn": ""}


def test_the_shoulder_and_the_function_are_no_roles():
    p = positions("Gánh nặng gia đình đè lên vai anh Đỗ Minh Quang.",
                  "Bà Vũ Thị Hằng giữ vai trò Chủ tịch Hội Phụ nữ.",
                  "Trong ảnh, ông Hoàng Văn Lợi khoác vai Nguyễn Đức Tài.")
    assert {"Đỗ Minh Quang", "Vũ Thị Hằng", "Hoàng Văn Lợi", "Nguyễn Đức Tài"} <= set(p)


def test_characters_look_back_over_a_few_words_of_kind():
    words = "Cô từng đóng vai mụ phù thủy Ma Lem , rồi vai diễn của Trần Nga .".split()
    assert characters(words, [(7, "Ma Lem"), (14, "Trần Nga")]) == {"Ma Lem"}


def test_byline_with_the_source_it_follows_closing_the_paragraph():
    """Session 31: "(Theo …)" / "(Nguồn …)" after a writer's name at the end of a paragraph is a byline too; the same
    words inside the paragraph are not."""
    p = positions("Ông Trần Văn Khoa cho biết giá lúa tăng mạnh. Lê Ngọc Diệp (Theo Báo Nông thôn)")
    assert p == {"Trần Văn Khoa": ""}
    p = positions("Bà Phạm Thị Lan nói gạo xuất khẩu tăng. Hồ Minh Trí (nguồn: Reuters)")
    assert p == {"Phạm Thị Lan": ""}
    p = positions("Ông Trần Văn Khoa (theo lời kể của người dân) đã cứu hai em nhỏ.")
    assert p == {"Trần Văn Khoa": ""}

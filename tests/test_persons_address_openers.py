"""An honorific of address written capitalised ("Ông", "Bà", "Chị", "Cô") opens the next sentence or the next
person after a name whose full stop was lost (a caption or a heading run into the text), where the name is written on
its own elsewhere in the document; a clause opener before a title ("Theo Phó Thủ tướng") does the same. A place's
name ending on such a word ("Hồ Thác Bà", "Đền Cửa Ông") keeps it. Sentences written for these tests; expected values
worked out by hand from GUIDELINES.md (officials are every named person; honorifics are not part of a name)."""
from __future__ import annotations

from tests.test_extractors import official_names as names


def test_an_honorific_of_address_opens_the_next_sentence():
    text = ("Trưởng ban Nguyễn Văn Bính phát biểu. Trưởng ban Nguyễn Văn Bính Ông phân tích, nợ xấu có nhiều "
            "nguyên nhân.")
    assert names(text) == ["Nguyễn Văn Bính"]


def test_an_honorific_of_address_opens_the_next_person():
    text = "Ảnh: Lê Thị Thoa. Nhiếp ảnh Lê Thị Thoa Bà Trần Thị Kim Hường phát biểu tại hội nghị."
    assert "Trần Thị Kim Hường" in names(text)
    assert not any(n.endswith("Bà") for n in names(text))


def test_a_clause_opener_before_a_title_ends_the_name():
    assert names("Phó Thủ tướng Trần Văn Hòa Theo Phó Thủ tướng, việc giải ngân vốn còn chậm.") == ["Trần Văn Hòa"]


def test_a_name_not_written_alone_keeps_the_word():
    assert names("Lễ hội Đền Cửa Ông diễn ra từ mùng 2 tháng Giêng.") == []
    assert "Hồ Thác" not in names("Nước Hồ Thác Bà dâng cao sau mưa lớn.")


def test_an_honorific_of_address_ends_a_name_behind_a_title_or_honorific():
    # the name is written only once, glued to the next sentence's opening honorific; the honorific before it says
    # the run is a person's name, no place's
    assert names("Ông Ngô Văn Tú Ông cho biết dự án chậm tiến độ.") == ["Ngô Văn Tú"]
    assert names("Giám đốc Vũ Thị Vy Bà cho biết kế hoạch đã xong.") == ["Vũ Thị Vy"]
    # a place's name ending on "Ông", written twice in a row: the first "Ông" cues no person
    assert "Đền Cửa" not in names("Chùa lung linh ánh đèn Đền Cửa Ông Đền Cửa Ông thuộc phường Cửa Ông, TP. Cẩm Phả.")


def test_an_honorific_before_the_name_s_own_given_name_opens_the_next_sentence():
    # (a caption run into the text, the name written nowhere else on its own: "Ông An" is the short form; session 47)
    assert names("Ông Đỗ Văn An Ông An đề nghị thành phố sớm thực hiện chỉ thị.") == ["Đỗ Văn An"]
    assert names("Nguyễn Thị Hoa Bà Hoa cho biết cửa hàng đã mở lại.") == ["Nguyễn Thị Hoa"]

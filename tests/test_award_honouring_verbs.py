"""The subject of an active honouring verb ("tôn vinh", "vinh danh") is the one who honours, not a recipient; "vinh
dự" (honoured to) and "được vinh danh" keep their subject as the recipient (chk45: "Tạp chí Forbes tôn vinh và trao
giải thưởng …" gave the magazine the prize). Sentences written for these tests; the expected facts are read off each
sentence by hand (GUIDELINES.md: the recipient is who received the award)."""
from __future__ import annotations

from tests.test_championships import awards_of


def test_the_honouring_magazine_is_no_recipient():
    assert awards_of("Tạp chí Sao Việt tôn vinh và trao giải thưởng Thành tựu trọn đời năm 2006 tại Hà Nội.") == []


def test_honoured_to_receive_keeps_its_subject():
    assert awards_of("Năm 2020, anh Nguyễn Văn An vinh dự nhận Bằng khen của Thủ tướng Chính phủ.") == [
        ("Nguyễn Văn An", "Bằng khen của Thủ tướng Chính phủ", 2020)]
    assert awards_of("Chị Lê Thị Bình được vinh danh với giải thưởng Phụ nữ Việt Nam năm 2019.") == [
        ("Lê Thị Bình", "giải thưởng Phụ nữ Việt Nam", 2019)]


def test_a_cup_handed_over_names_the_one_it_is_handed_to():
    assert awards_of("Ca sĩ Trần Minh Quân được người mẫu Lê Hồng Nhung trao cho anh chiếc cúp vinh danh "
                     "“Ca sĩ được yêu thích nhất” năm 2017.") == [("Trần Minh Quân", "Ca sĩ được yêu thích nhất", 2017)]


def test_a_pronoun_is_not_the_giver_named_in_its_own_clause():
    """Newcomer, session 45: "ông còn được Tổng thống Putin trao tặng …" gave the order to the giver, the last "ông X"
    named before; a person named in the pronoun's own clause is someone else, so the pronoun stands for the one named
    before that (binding: a pronoun and a name of one clause do not co-refer)."""
    assert awards_of("Ông Lê Hữu Tâm có quan hệ gần gũi với Nga và ông Ivanov từ năm 1998. Năm 2013, ông còn được "
                     "Tổng thống Ivanov trao tặng Huân chương Hữu nghị.") == [
        ("Lê Hữu Tâm", "Huân chương Hữu nghị", 2013)]

"""Session 9: contest awards on general news (awards.py, conferrals.py, competitions.txt): sports medals,
contest prizes and pageant titles the text says someone won.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(g) -> set:
    """(recipient, award, year) of every award fact."""
    return {(a["recipient"], a["award"], a["year"]) for a in g["awards"]}


def test_foreign_winner_the_person_finder_misses():
    """A one-word foreign name (not a Vietnamese syllable) opening the clause of a winning verb wins."""
    g = facts_of("Messi giành Quả bóng Vàng năm 2016.")
    assert awards(g) == {("Messi", "Quả bóng vàng", 2016)}


def test_short_form_of_a_longer_name_written_before():
    """The run is the short form of the one longer person name of the document."""
    g = facts_of("Cristiano Ronaldo ghi hai bàn. Ronaldo giành Quả bóng Vàng năm 2016.")
    assert awards(g) == {("Cristiano Ronaldo", "Quả bóng vàng", 2016)}


def test_nationality_before_the_name():
    """"Người đẹp Thái Lan X đã đăng quang Hoa hậu Y 2017": the place is no part of the name (the title's year is
    the fact's: tests/test_prizes.py)."""
    g = facts_of("Người đẹp Thái Lan Nuttanan Naree đã đăng quang Hoa hậu Hữu nghị ASEAN 2017.")
    assert awards(g) == {("Nuttanan Naree", "Hoa hậu Hữu nghị ASEAN", 2017)}


def test_aside_between_name_and_verb_and_title_noun():
    """"X, sinh năm 1989, cao 1,73m đăng quang ngôi vị Hoa hậu …": an aside after the name and "ngôi vị"
    before the title."""
    g = facts_of("Pia Wurtzbach, sinh năm 1989, cao 1,73m đăng quang ngôi vị Hoa hậu Hoàn vũ năm 2015.")
    assert awards(g) == {("Pia Wurtzbach", "Hoa hậu Hoàn vũ", 2015)}


def test_fronted_phrase_and_future_give_no_name():
    """"Ngoài X giành …" opens with a preposition; "X sẽ nhận …" is a win to come: no fact."""
    assert facts_of("Ngoài Quang Hải giành huy chương vàng SEA Games 30.")["awards"] == []
    # (a subject the person finder misses, so the unfound-subject rule is the one tested: one foreign word without a
    # cue; "Pia Wurtzbach" has been found since session 22 and "Tom Hollander" since session 23's loan given names)
    assert facts_of("Hollander sẽ nhận được bằng khen.")["awards"] == []
    assert [a["recipient"] for a in facts_of("Hollander nhận được bằng khen.")["awards"]] == ["Hollander"]


def test_country_subject_gives_no_person():
    """A place opening the clause is no winner."""
    assert facts_of("Việt Nam giành hai huy chương vàng SEA Games 30.")["awards"] == []


def test_dash_list_of_people_and_medals():
    """"A - HCV X; B - HCĐ Y": each person holds the medal after the dash, written as the text does."""
    g = facts_of("Nhiều vận động viên đã nhập học như: Nguyễn Văn An - HCV SEA Games 30; "
                 "Trần Thị Bình - HCĐ bộ môn điền kinh SEA Games 30.")
    assert {(r, a) for r, a, _ in awards(g)} == {("Nguyễn Văn An", "HCV SEA Games 30"),
                                                 ("Trần Thị Bình", "HCĐ bộ môn điền kinh SEA Games 30")}


def test_bare_medal_takes_the_same_metal_written_with_its_event():
    """A medal written with its metal only is the one medal of that metal the document writes with its
    event."""
    g = facts_of("Ông Nguyễn Văn An đoạt huy chương đồng Asiad 2018 môn cờ vua.\n"
                 "Ông Trần Văn Bình cũng đã đoạt huy chương đồng.")
    got = {(r, a) for r, a, _ in awards(g)}
    assert ("Trần Văn Bình", "huy chương đồng Asiad 2018 môn cờ vua") in got


def test_bare_medal_takes_the_document_competition():
    """With no medal of that metal written with its event, the competition the document is about (named
    alone) names the medal, as first written with its edition."""
    g = facts_of("Đoàn thể thao Việt Nam dự SEA Games 30 tại Philippines.\n"
                 "Vận động viên Nguyễn Thị Lan giành huy chương vàng.")
    assert {(r, a) for r, a, _ in awards(g)} == {("Nguyễn Thị Lan", "huy chương vàng SEA Games 30")}


def test_two_competitions_leave_the_medal_bare():
    """Two competitions, each named once: the medal stays bare."""
    g = facts_of("Đoàn thể thao dự SEA Games 30 và Asiad 2018.\nVận động viên Nguyễn Thị Lan giành huy chương vàng.")
    assert {(r, a) for r, a, _ in awards(g)} == {("Nguyễn Thị Lan", "huy chương vàng")}


def test_a_win_aimed_at_is_no_award():
    """"X quyết tâm / hy vọng / đặt mục tiêu giành HCV": an aim, not a win; but "X giành A … sẽ nhận B" still
    gives B (the wish must govern the award's own winning verb)."""
    assert facts_of("Ở giải đấu này, thầy trò HLV Mai Đức Chung quyết tâm giành HCV.")["awards"] == []
    assert facts_of("Ông Nguyễn Văn An đặt mục tiêu giành huy chương vàng môn cờ vua.")["awards"] == []
    g = facts_of("Vũ Xuân Trung giành huy chương vàng Olympic Toán quốc tế sẽ nhận bằng khen của Thủ tướng.")
    assert {(r, a) for r, a, _ in awards(g)} == {("Vũ Xuân Trung", "huy chương vàng Olympic Toán quốc tế"),
                                                 ("Vũ Xuân Trung", "Bằng khen của Thủ tướng")}


def test_olympiad_named_with_its_subject_and_a_glued_full_stop():
    """"Olympic Vật lý châu Á" is the competition's whole name; "châu Á." (a full stop glued to the last word)
    ends the medal's event."""
    g = facts_of("Đội tuyển dự kỳ thi Olympic Vật lý châu Á lần thứ 18.\nEm Nguyễn Văn An đã giành huy chương vàng.")
    assert {(r, a) for r, a, _ in awards(g)} == {("Nguyễn Văn An", "huy chương vàng Olympic Vật lý châu Á")}
    g = facts_of("Nguyễn Thị Ngoan giành HCV trẻ châu Á.")
    assert {(r, a) for r, a, _ in awards(g)} == {("Nguyễn Thị Ngoan", "HCV trẻ châu Á")}


def test_bare_pageant_title_takes_the_document_pageant():
    """"X đã đăng quang Hoa hậu" in a story about one pageant ("Cuộc thi Hoa hậu Y 2017" twice) is Y's title;
    a name's prefix ("Hoa hậu Hà Kiều Anh nói …") names no pageant, and a bare title without one gives none."""
    g = facts_of("Cuộc thi Hoa hậu Hữu nghị ASEAN 2017 đã kết thúc.",
                 "Người đẹp Thái Lan Nuttanan Naree đã đăng quang Hoa hậu.",
                 "Cuộc thi Hoa hậu Hữu nghị ASEAN 2017 diễn ra tại Phú Yên.")
    assert {(r, a) for r, a, _ in awards(g)} == {("Nuttanan Naree", "Hoa hậu Hữu nghị ASEAN")}
    assert facts_of("Hoa hậu Hà Kiều Anh nói rằng.", "Nguyễn Thị Lan đăng quang Hoa hậu.")["awards"] == []


def test_became_the_title_or_prize_written_right_after():
    """"X trở thành <award>" wins it; "trở thành" before no award is no cue, and "trở thành hoa hậu Nga đầu
    tiên" (lower case) is a common noun."""
    g = facts_of("Năm 2008, Ronaldo trở thành cầu thủ xuất sắc nhất Premier League 2008/09.")
    assert {(r, a) for r, a, _ in awards(g)} == {("Ronaldo", "Cầu thủ xuất sắc nhất Premier League 2008")}
    assert facts_of("Nguyễn Văn An trở thành thành viên Hội đồng Huân chương.")["awards"] == []
    g = facts_of("Oxana Fedorova trở thành hoa hậu Nga đầu tiên đăng quang Hoa hậu Hoàn vũ.")
    assert {(r, a) for r, a, _ in awards(g)} == {("Oxana Fedorova", "Hoa hậu Hoàn vũ")}


def test_pageant_won_after_its_contest_noun():
    """"đăng quang (tại) cuộc thi Hoa hậu X 2011": the title won is "Hoa hậu X", its year the fact's; joining a
    contest ("tham gia cuộc thi Hoa hậu X") wins nothing."""
    g = facts_of("Năm 2011, Đinh Thị Hoa được biết đến sau khi đăng quang tại cuộc thi Hoa hậu Sông Hồng 2011.")
    assert awards(g) == {("Đinh Thị Hoa", "Hoa hậu Sông Hồng", 2011)}
    assert facts_of("Lò Thị Mai tham gia cuộc thi Hoa hậu Sông Hồng 2011.")["awards"] == []


def test_pageant_name_opening_in_lower_case_and_its_scope():
    """"Hoa hậu quý bà Đông Dương": lower-case words opening the pageant's name before a capital; "toàn cầu"
    closing it is a scope, kept; a function word after the title ("Hoa hậu khi …") opens no name."""
    g = facts_of("Chị Lý Thu Hà đã được trao danh hiệu Hoa hậu quý bà Đông Dương trong đêm chung kết.")
    assert awards(g) == {("Lý Thu Hà", "Hoa hậu quý bà Đông Dương", None)}
    g = facts_of("Lò Thị Mai đăng quang Hoa hậu Doanh nhân người Việt toàn cầu năm 2012.")
    assert awards(g) == {("Lò Thị Mai", "Hoa hậu Doanh nhân người Việt toàn cầu", 2012)}
    assert facts_of("Lò Thị Mai đăng quang Hoa hậu khi Nguyễn Văn An còn nhỏ.")["awards"] == []


def test_talent_show_title_without_its_edition_year():
    g = facts_of("Năm 2016, bé Trần Minh Khang lên ngôi Quán quân Giọng hát Vàng 2016 - Golden Voice 2016.")
    assert awards(g) == {("Trần Minh Khang", "Quán quân Giọng hát Vàng", 2016)}


def test_title_words_read_as_a_person_win_nothing():
    """"Hoa hậu Nam Sông Hồng - <name> …": the pageant's place after the title, read as a person, is no winner of
    the title it is written in."""
    g = facts_of("Hoa hậu Nam Sông Hồng - Trần Thị Mai Mai được nhiều người biết sau khi đăng quang Hoa hậu Nam "
                 "Sông Hồng 2010.")
    assert not [a for a in g["awards"] if a["recipient"] == "Nam Sông Hồng"]


def test_not_only_is_no_negation():
    """"X không chỉ giành A mà còn …" (not only): A is won; "X không giành A" is not."""
    g = facts_of("Lò Thị Mai không chỉ giành giải Nhất cuộc thi Hát dân ca Tây Bắc mà còn được chọn làm đại sứ.")
    assert awards(g) == {("Lò Thị Mai", "giải Nhất cuộc thi Hát dân ca Tây Bắc", None)}
    assert facts_of("Lò Thị Mai không giành giải Nhất cuộc thi Hát dân ca Tây Bắc năm nay.")["awards"] == []


def test_a_bare_medal_takes_the_competition_its_own_sentence_names():
    # lead, session 23: the document's other competition ("SEA Games 32", named first) was given to a medal written
    # "huy chương vàng tại SEA Games 31"; the sentence's own competition, with its edition, wins
    g = facts_of("Đội tuyển bóng đá nữ Việt Nam giành Huy chương vàng SEA Games 32.",
                 "Vận động viên Nguyễn Thị Oanh giành ba huy chương vàng tại SEA Games 31.")
    assert {(a["recipient"], a["award"]) for a in g["awards"]} == {
        ("Đội tuyển bóng đá nữ Việt Nam", "Huy chương vàng SEA Games 32"),
        ("Nguyễn Thị Oanh", "huy chương vàng SEA Games 31")}

"""sovang_championships: a win told in a fronted clause without a subject of its own ("Sau khi giành chức vô địch X,
…", "Đã đoạt chức vô địch tại giải Y …, …"), a winning verb and its adverbs inside it, is the subject's after the
comma closing the clause, past a time or an event between the title and the comma and a lower-case descriptor
before the name (championships._fronted_winner); "hồi" ends a competition noun's name (championship_cues.txt
"Name stops"); an event after the competition ("… 2017 ở nội dung cờ tiêu chuẩn") is kept in the title
(championships._event_after). Sentences written for these tests, the expected facts read off each by hand."""
from __future__ import annotations

import pytest

from tests.test_championships import awards_of


@pytest.mark.parametrize("text, fact", [
    # a winning verb with "chức" inside the fronted clause
    ("Sau khi giành chức vô địch Thai Open, Trần Minh Khoa đã nghỉ ngơi hai tháng.",
     ("Trần Minh Khoa", "chức vô địch Thai Open", None)),
    # a crowning verb opening the sentence, a manner phrase before the comma
    ("Lên ngôi vô địch V-League đầy thuyết phục, Câu lạc bộ Sông Lam Nghệ An sẽ dự giải châu Á.",
     ("Câu lạc bộ Sông Lam Nghệ An", "vô địch V-League", None)),
    # "đã" and an event after a venue word; a descriptor before the name
    ("Đã đoạt chức vô địch tại giải cờ vua châu Á ở nội dung cờ nhanh, nữ kỳ thủ Lê Thu Hà đặt mục tiêu mới.",
     ("Lê Thu Hà", "chức vô địch giải cờ vua châu Á nội dung cờ nhanh", None)),
    # "hồi" and a month after a competition noun's name: a time, not the name's
    ("Sau khi giành chức vô địch giải Hanoi Open hồi tháng Ba, Trần Minh Khoa đã nghỉ ngơi.",
     ("Trần Minh Khoa", "chức vô địch giải Hanoi Open", None)),
])
def test_a_fronted_win_is_the_subjects_after_the_comma(text, fact):
    assert [fact] == awards_of(text)


@pytest.mark.parametrize("text", [
    # a capitalised title before the name (a coach, not the winner told): no winner read
    "Sau khi giành chức vô địch Thai Open, HLV Trần Minh Khoa nói lời chia tay.",
    # a subject of its own before the verb: no fronted clause
    "Câu lạc bộ Quảng Nam giành chức vô địch V-League, Trần Minh Khoa ghi 20 bàn.",
])
def test_no_fronted_winner(text):
    assert not any(a[0] == "Trần Minh Khoa" for a in awards_of(text))


@pytest.mark.parametrize("text, fact", [
    # an event after the competition, past a year and a venue word, kept in the title (as one before it is)
    ("Đã đoạt chức vô địch tại giải cờ vua châu Á 2017 ở nội dung cờ tiêu chuẩn, nữ kỳ thủ Lê Thu Hà đặt mục tiêu mới.",
     ("Lê Thu Hà", "chức vô địch giải cờ vua châu Á nội dung cờ tiêu chuẩn", 2017)),
    # numbers inside the event; a year after it is no part of it
    ("Nguyễn Thị Huyền lên ngôi vô địch SEA Games ở nội dung 400 m rào nữ.",
     ("Nguyễn Thị Huyền", "vô địch SEA Games nội dung 400 m rào nữ", None)),
    ("Lê Thu Hà vô địch Roland Garros ở nội dung đơn nữ năm 2017.",
     ("Lê Thu Hà", "vô địch Roland Garros nội dung đơn nữ", 2017)),
])
def test_an_event_after_the_competition_is_kept(text, fact):
    assert [fact] == awards_of(text)

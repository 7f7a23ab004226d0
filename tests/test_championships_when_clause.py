"""sovang_championships: a title won in a when-clause ("… khi vô địch X", "… sau khi giành chức vô địch X") is the
main clause's subject's (championship_cues.txt "When links"; sentences written for these tests, the expected
facts read off each sentence by hand)."""
from __future__ import annotations

import pytest

from tests.test_championships import awards_of


@pytest.mark.parametrize("text, fact", [
    # the unit opening the sentence, a main verb between it and the when-clause
    ("Câu lạc bộ Sông Lam Nghệ An đã tạo nên bất ngờ lớn khi vô địch V-League 2023.",
     ("Câu lạc bộ Sông Lam Nghệ An", "vô địch V-League", 2023)),
    # "sau khi" and a winning verb with "chức"; counts between the link and the win
    ("Trần Minh Khoa được cả đội tung lên trời sau khi giành chức vô địch Thai Open năm 2019.",
     ("Trần Minh Khoa", "chức vô địch Thai Open", 2019)),
    ("Lê Hoàng Nam rơi nước mắt khi lần thứ ba vô địch Vietnam Open.", ("Lê Hoàng Nam", "vô địch Vietnam Open", None)),
    # a time phrase fronted before the subject, closed by a comma
    ("Năm 2015, Nguyễn Thị Thu Trang gây sốc khi vô địch Asian Open.",
     ("Nguyễn Thị Thu Trang", "vô địch Asian Open", 2015)),
    # a parenthesis holding the link: the name before it
    ("Anh nhắc tới đàn anh Phạm Quốc Huy (bỏ túi 40 triệu đồng khi vô địch Hanoi Open 2010) như một tấm gương.",
     ("Phạm Quốc Huy", "vô địch Hanoi Open", 2010)),
    # a negation or a modal of the main clause leaves the win told (review of session 40): only a future, a
    # condition or a wish there (wishes.txt) leaves it unwon
    ("Trần Minh Khoa không hài lòng khi vô địch Thai Open.", ("Trần Minh Khoa", "vô địch Thai Open", None)),
    ("Vận động viên Lê Thu Hà không giấu nổi xúc động khi vô địch Hanoi Open 2020.",
     ("Lê Thu Hà", "vô địch Hanoi Open", 2020)),
    ("Câu lạc bộ Quảng Nam đã để lại nhiều cảm xúc khi vô địch V-League 2017.",
     ("Câu lạc bộ Quảng Nam", "vô địch V-League", 2017)),
    ("Lê Thu Hà đã phải đợi suốt sáu mùa khi vô địch Hanoi Open 2020.", ("Lê Thu Hà", "vô địch Hanoi Open", 2020)),
    # a bonus received: "được" before the gift makes the subject its receiver, the winner
    ("Trần Minh Khoa được thưởng 500 triệu đồng khi vô địch Thai Open 2019.",
     ("Trần Minh Khoa", "vô địch Thai Open", 2019)),
])
def test_title_won_in_a_when_clause_is_the_main_subjects(text, fact):
    assert fact in awards_of(text)


@pytest.mark.parametrize("text", [
    # even if / only if / whenever: no win told
    "Trần Minh Khoa vẫn bị sa thải ngay cả khi vô địch Thai Open.",
    "Trần Minh Khoa được thưởng chỉ khi vô địch Thai Open.",
    "Trần Minh Khoa thường nghỉ dài mỗi khi vô địch Thai Open.",
    # a future or a wish in the main clause; a denial inside the when-clause
    "Trần Minh Khoa sẽ giải nghệ khi vô địch Thai Open.",
    "Trần Minh Khoa mong được nghỉ ngơi khi vô địch Thai Open.",
    "Trần Minh Khoa rời giải khi chưa vô địch Thai Open.",
    # the main clause's subject gives a bonus for the win (review of session 40): the giver won nothing
    "Công ty Minh Phát thưởng 1 tỷ đồng cho đội Hà Tĩnh khi vô địch Cúp Quốc gia 2021.",
    "Tập đoàn Hoàng Long tặng mỗi cầu thủ một căn nhà sau khi vô địch AFF Cup 2018.",
    "UBND tỉnh Quảng Trị trao thưởng cho đội bóng chuyền nữ khi vô địch giải quốc gia 2022.",
    # a speaker opening the sentence, and another name between the subject and the link: no winner read
    "Ông Đỗ Văn Bình cho biết đội bóng rất vui khi vô địch Thai Open.",
    "Trần Minh Khoa gặp lại Lê Hoàng Nam khi vô địch Thai Open.",
    # a fronted phrase opening the words before the name ("Theo …")
    "Theo Trần Minh Khoa, cả đội đã ăn mừng khi vô địch Thai Open.",
])
def test_no_winner_read_from_a_when_clause(text):
    assert awards_of(text) == []

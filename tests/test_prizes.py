"""Contest prizes and sports medals (eval GUIDELINES: "Sports medals, contest prizes and non-state awards count
when the text says someone received them"): the prize or medal plus its event, the year apart (dev gold)."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _facts(text: str) -> set:
    """(recipient, award, year) of every award fact of one sentence."""
    return {(a["recipient"], a["award"], a["year"]) for a in facts_of(text)["awards"]}


def test_year_inside_a_prize_event_is_left_out():
    # the event goes on after "năm 2015": the year is the fact's, not the prize name's
    got = _facts("Trước đó, chị Nguyễn Thị Thu Hằng từng đạt giải nhất Sao Mai toàn quốc năm 2015 dòng nhạc "
                 "dân gian và tốt nghiệp xuất sắc.")
    assert got == {("Nguyễn Thị Thu Hằng", "giải nhất Sao Mai toàn quốc dòng nhạc dân gian", 2015)}


def test_year_inside_a_medal_event_is_left_out():
    got = _facts("Ông Nguyễn Văn Hùng giành huy chương vàng Olympic Toán quốc tế năm 2010 tại Kazakhstan.")
    assert got == {("Nguyễn Văn Hùng", "huy chương vàng Olympic Toán quốc tế", 2010)}


def test_year_closing_the_event_ends_it():
    # "năm 1983" then a clause end: the tail stops before the year, nothing is stepped over
    got = _facts("Ông Nguyễn Văn Hùng giành giải nhất Hội giảng mùa xuân năm 1983.")
    assert got == {("Nguyễn Văn Hùng", "giải nhất Hội giảng mùa xuân", 1983)}


def test_superlative_category_is_a_prize():
    # "giải <Name> … <adjective> nhất": a prize's category, then the event's capitalised name
    got = _facts("Năm 1975, chị Nguyễn Như Quỳnh đoạt giải Diễn viên xuất sắc nhất Liên hoan phim Việt Nam.")
    assert got == {("Nguyễn Như Quỳnh", "giải Diễn viên xuất sắc nhất Liên hoan phim Việt Nam", 1975)}


def test_tournament_without_superlative_gives_no_prize():
    # "giải Ngoại hạng Anh" is a tournament: no rank, emblem or superlative won in it
    assert _facts("Anh Nguyễn Văn Hùng giành quyền dự giải Ngoại hạng Anh năm 2019.") == set()


def test_pageant_title_won_after_a_receive_cue():
    # the edition's year is the fact's year, not a word of the title (held-out gold writes "Hoa hậu Nam Mekong",
    # "Quán quân The Voice Kids" for "… 2009", "… 2016")
    got = _facts("Người đẹp Đỗ Thị Hà đăng quang Hoa hậu Việt Nam 2020 tại TP HCM.")
    assert got == {("Đỗ Thị Hà", "Hoa hậu Việt Nam", 2020)}


def test_pageant_title_as_a_prefix_gives_no_fact():
    # "Hoa hậu X" before a name: a descriptor, only the certificate she received is a fact
    got = _facts("Hoa hậu Đỗ Thị Hà vừa nhận Bằng khen của Bộ Văn hóa.")
    assert got == {("Đỗ Thị Hà", "Bằng khen của Bộ Văn hóa", None)}


def test_quoted_prizes_listed_after_a_plural_head():
    # "nhiều giải thưởng uy tín như “A”; “B”": one fact per quoted name, the name itself
    got = _facts("Công ty Cổ phần Vinamilk đã sở hữu nhiều giải thưởng uy tín như “Thương hiệu mạnh Việt Nam”; "
                 "“Hàng Việt Nam chất lượng cao”.")
    assert {(r, a) for r, a, _ in got} == {("Công ty Cổ phần Vinamilk", "Thương hiệu mạnh Việt Nam"),
                                           ("Công ty Cổ phần Vinamilk", "Hàng Việt Nam chất lượng cao")}


def test_trophy_named_by_its_emblem():
    # "cúp <Name> vàng": a trophy named after its golden emblem, the metal in lower case; the year apart
    got = _facts("Ủy ban An toàn giao thông quốc gia đã trao cúp Vô lăng vàng 2016 cho tài xế Phan Văn Bắc.")
    assert got == {("Phan Văn Bắc", "cúp Vô lăng vàng", 2016)}


def test_bare_cup_is_no_prize():
    # a tournament ("cúp Quốc gia") or a power cut ("cúp điện"): no emblem, no award
    assert _facts("Câu lạc bộ Hà Nội giành cúp Quốc gia năm 2022.") == set()
    assert _facts("Ông Nguyễn Văn Nam bị cúp điện suốt 3 ngày.") == set()


def test_giver_after_do_is_no_recipient():
    # "cho <category> do X và Y trao tặng": "do" opens the givers; the subject received the prize
    got = _facts("Ông Tạ Hải Tùng đạt giải Quả Cầu vàng cho 10 tài năng trẻ do Trung ương Đoàn và Bộ Khoa học "
                 "và Công nghệ trao tặng.")
    assert {(r, a) for r, a, _ in got} == {("Tạ Hải Tùng", "giải Quả Cầu vàng")}


def test_a_count_before_a_unit_of_time_ends_the_event():
    # "hai năm 2018 và 2019", "ba lần": a span or a tally after the event, no word of it (chk46: "… quốc gia hai")
    got = _facts("Em Lê Văn Khoa đoạt giải khuyến khích học sinh giỏi quốc gia hai năm 2018 và 2019.")
    assert got == {("Lê Văn Khoa", "giải khuyến khích học sinh giỏi quốc gia", 2018)}
    got = _facts("Chị Đỗ Thị Hạnh đoạt giải nhì Sao Mai toàn quốc 3 lần.")
    assert got == {("Đỗ Thị Hạnh", "giải nhì Sao Mai toàn quốc", None)}


def test_an_editions_number_before_the_year_stays_in_the_event():
    got = _facts("Đội tuyển Việt Nam giành huy chương bạc SEA Games 18 năm 1995 tại Thái Lan.")
    assert {a for _, a, _ in got} == {"huy chương bạc SEA Games 18"}

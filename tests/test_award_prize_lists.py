"""Prizes listed after "nhiều giải thưởng … như / :" (awards.py, AwardRecognizer._named_list; sentences written
for these tests, facts computed by hand: one award per listed name, quoted or not, the name itself)."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_unquoted_prizes_after_a_colon():
    g = facts_of("Công ty Cổ phần Sữa Hồng Hà đã nhận nhiều giải thưởng uy tín: Doanh nghiệp xanh tiêu biểu, "
                 "Thương hiệu vàng nông nghiệp…")
    assert people(g) == {("Công ty Cổ phần Sữa Hồng Hà", "Doanh nghiệp xanh tiêu biểu"),
                         ("Công ty Cổ phần Sữa Hồng Hà", "Thương hiệu vàng nông nghiệp")}


def test_unquoted_prize_ends_before_who_chose_it():
    # "do … bình chọn" is who chose the prize, not its name; the list goes on after the ";"
    g = facts_of("Công ty Cổ phần Sữa Hồng Hà đã nhận nhiều giải thưởng như Sản phẩm chủ lực tỉnh do Sở Công "
                 "Thương bình chọn; “Nhãn hàng được tin dùng”.")
    assert people(g) == {("Công ty Cổ phần Sữa Hồng Hà", "Sản phẩm chủ lực tỉnh"),
                         ("Công ty Cổ phần Sữa Hồng Hà", "Nhãn hàng được tin dùng")}


def test_quoted_prize_after_a_descriptor_is_listed_too():
    g = facts_of("Công ty Cổ phần Sữa Hồng Hà đã nhận nhiều giải thưởng như “Nhãn hàng tin dùng” do bạn đọc "
                 "bình chọn năm 2019; “Doanh nghiệp xanh tiêu biểu”.")
    assert {a for _, a in people(g)} == {"Nhãn hàng tin dùng", "Doanh nghiệp xanh tiêu biểu"}


def test_one_word_or_a_clause_is_no_prize():
    g = facts_of("Công ty Cổ phần Sữa Hồng Hà đã nhận nhiều giải thưởng như Vàng, bạc.")
    assert people(g) == set()


def test_listed_state_award_is_the_catalogue_award():
    g = facts_of("Công ty Cổ phần Sữa Hồng Hà đã nhận nhiều giải thưởng như Huân chương Lao động hạng Ba, "
                 "Doanh nghiệp xanh tiêu biểu.")
    assert people(g) == {("Công ty Cổ phần Sữa Hồng Hà", "Huân chương Lao động hạng Ba"),
                         ("Công ty Cổ phần Sữa Hồng Hà", "Doanh nghiệp xanh tiêu biểu")}


# An object pronoun closing its clause after "cho" (conferral_recipients._closing_pronoun; facts by hand: the last
# person named before, never the one person of the same sentence, the giver or the speaker)

def test_closing_pronoun_is_the_person_named_before():
    g = facts_of("Em Trần Minh Khoa nhặt được chiếc ví và trả lại cho người đánh rơi.",
                 "Với việc làm đó, Liên đội trường đã trao tặng giấy khen cho em.")
    assert {r for r, _ in people(g)} == {"Trần Minh Khoa"}


def test_closing_pronoun_after_another_person_of_the_sentence():
    g = facts_of("Tổng thống Ivan Petrov đến viếng cố đại sứ Pavel Orlov và truy tặng Huân chương Dũng cảm cho ông.")
    assert people(g) == {("Pavel Orlov", "Huân chương Dũng cảm")}


def test_closing_pronoun_with_the_giver_alone_gives_nothing():
    g = facts_of("Em Trần Minh Khoa nhặt được chiếc ví.",
                 "Thầy Lê Văn Tâm trao giấy khen cho em.")
    assert people(g) == set()


# Thiều, a surname (surnames.txt); Thiều Quan, a city of China (places.txt): facts by hand

def test_person_with_the_surname_thieu_gets_the_award():
    g = facts_of("Bạn trẻ Thiều Văn Nam (ngụ phường 5) đã cứu hai em nhỏ đuối nước.",
                 "Với hành động dũng cảm đó, Nam được Thành đoàn trao huy hiệu Tuổi trẻ dũng cảm.")
    assert {r for r, _ in people(g)} == {"Thiều Văn Nam"}


def test_city_thieu_quan_is_no_person():
    g = facts_of("Đoàn doanh nghiệp đã đến thăm Thiều Quan trong tuần qua.")
    assert [o["name"] for o in g["officials"]] == []

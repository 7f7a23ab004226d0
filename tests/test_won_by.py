"""sovang_won_by: a prize said to belong to its winner ("… thuộc về X"), as an award fact (extractors/components/
won_by.py, won_by_cues.txt). Every sentence here was written for these tests; the expected facts are read off
each sentence by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(text: str) -> set:
    """(recipient, recipient_type, award) of every award fact of ``text``."""
    return {(a["recipient"], a["recipient_type"], a["award"]) for a in facts_of(text)["awards"]}


def test_a_prize_found_before_the_verb_is_the_winners():
    """"giải nhất bóng bàn thuộc về <unit>": the prize the recogniser found, conferred on the unit after the verb."""
    assert awards("Sau nhiều giờ thi đấu, giải nhất bóng bàn thuộc về Đoàn trường Đại học Y Hà Nội.") == {
        ("Đoàn trường Đại học Y Hà Nội", "collective", "giải nhất bóng bàn")}


def test_winners_joined_by_and_past_their_descriptors():
    """"giải ba thuộc về ca sĩ A và ca sĩ B": both singers; the next clause's prize and name are not the first's."""
    assert awards("Chung cuộc, giải ba thuộc về ca sĩ Minh Châu và ca sĩ Hồng Vân.") == {
        ("Minh Châu", "person", "giải ba"), ("Hồng Vân", "person", "giải ba")}
    got = awards("Ở bảng nữ, giải nhất thuộc về vận động viên Lê Thu Hà, giải nhì thuộc về vận động viên Đỗ Mai.")
    assert ("Đỗ Mai", "person", "giải nhất") not in got
    assert ("Lê Thu Hà", "person", "giải nhất") in got


def test_a_category_after_its_noun():
    """"Ở hạng mục <category> (…) đã thuộc về X": the category without "hạng mục" and the parenthesis."""
    assert awards("Ở hạng mục thủ môn hay nhất năm (giải Bàn tay vàng) đã thuộc về cầu thủ trẻ Nguyễn Văn Toàn.") == {
        ("Nguyễn Văn Toàn", "person", "thủ môn hay nhất năm")}


def test_futures_conditions_and_standings_are_no_win():
    """"sẽ thuộc về", "nếu … thuộc về", "đang thuộc về": the result is not told as done, no fact."""
    assert awards("Nếu thắng trận cuối, giải nhất sẽ thuộc về Nguyễn Văn An.") == set()
    assert awards("Giải nhất có lẽ thuộc về Nguyễn Văn An.") == set()
    assert awards("Trước lượt cuối, giải nhất đang thuộc về Nguyễn Văn An.") == set()


def test_a_list_of_prizes_won_in_turn_is_paired_in_order():
    """"lần lượt" (respectively) between a list of prizes and the verb: the first prize is the first winner's, and so
    on, not the last prize everyone's; one head with several ranks gives a prize per rank; lists of unequal length
    pair nobody."""
    assert awards("Kết thúc hội thi, giải nhì và giải ba lần lượt thuộc về Phan Minh Khôi và Vũ Thanh Lam.") == {
        ("Phan Minh Khôi", "person", "giải nhì"), ("Vũ Thanh Lam", "person", "giải ba")}
    assert awards("Ở phần thi hát, các giải nhất, nhì, ba đã lần lượt thuộc về Đinh Bảo Ngọc, Lý Gia Huy và "
                  "Tạ Quỳnh Như.") == {("Đinh Bảo Ngọc", "person", "giải nhất"), ("Lý Gia Huy", "person", "giải nhì"),
                                       ("Tạ Quỳnh Như", "person", "giải ba")}
    assert awards("Ở phần thi hát, các giải nhất, nhì, ba lần lượt thuộc về Đinh Bảo Ngọc và Lý Gia Huy.") == set()


def test_a_capitalised_occupation_may_open_a_winner_of_a_list():
    """A list item written with a capital ("…, Nhà báo X và …") is a winner past its occupation, as a lower-case
    "nhà báo X" is; with "lần lượt" and one head "giải" with numbered ranks, each rank pairs with its winner."""
    assert awards("Các giải 7, 8, 9 lần lượt thuộc về Đoàn trường Đại học Y Hà Nội, Nhà báo Kha Minh Đạt và "
                  "Ngô Bích Vân.") == {("Đoàn trường Đại học Y Hà Nội", "collective", "giải 7"),
                                       ("Kha Minh Đạt", "person", "giải 8"), ("Ngô Bích Vân", "person", "giải 9")}


def test_an_occupation_spelled_with_sy_opens_a_winner_as_with_si():
    """"Nghệ sỹ", "Bác sỹ" are "Nghệ sĩ", "Bác sĩ" spelled the other allowed way (Quyết định 240/QĐ 1984): the
    winner after such a capitalised occupation is found past it, as past the "sĩ" spelling."""
    assert awards("Chung cuộc, giải đặc biệt thuộc về Nghệ sỹ Đào Thu Trang.") == {
        ("Đào Thu Trang", "person", "giải đặc biệt")}
    assert awards("Hai giải nhì và ba lần lượt thuộc về Trường Tiểu học Hòa Bình, Bác sỹ Lương Thế Vinh.") == {
        ("Trường Tiểu học Hòa Bình", "collective", "giải nhì"), ("Lương Thế Vinh", "person", "giải ba")}

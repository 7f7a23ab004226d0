"""Session 32: the giver of a give verb gives every award of the list after it, also past the years that date an
earlier award of the list ("B tặng P năm 2019 và Q"), and a later award of that list goes to the recipient the
sentence's earlier clause named ("X được A tặng P, được B tặng Q, R").

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import awards, facts_of


def test_the_giver_names_an_award_listed_after_a_dated_one():
    """"UBND tỉnh X tặng Cờ thi đua năm 2019 và Bằng khen cho Y": the committee gives the Bằng khen too (before: a
    bare "Bằng khen", the year between the two awards ending the walk back to the give verb)."""
    g = facts_of("Năm 2021, UBND tỉnh Nam Định tặng Cờ thi đua năm 2019 và Bằng khen cho Trường THPT Lê Hồng Phong.")
    assert awards(g) == {("Trường THPT Lê Hồng Phong", "Cờ thi đua của UBND tỉnh Nam Định", "conferred"),
                         ("Trường THPT Lê Hồng Phong", "Bằng khen của UBND tỉnh Nam Định", "conferred")}


def test_a_later_clause_with_its_own_giver_keeps_the_recipient_for_its_whole_list():
    """"X đã được trao …: P; UBND tỉnh Y tặng Q năm 2019 và R năm 2020": R, the second award of the clause after the
    semicolon, goes to X as Q does (before: Q alone; R was left without a recipient)."""
    g = facts_of("Với những thành tích đạt được, Trung tâm Y tế huyện Hải Hậu đã được trao tặng các phần thưởng cao "
                 "quý: Bằng khen của Thủ tướng Chính phủ; UBND tỉnh Nam Định tặng Cờ thi đua năm 2019 và Bằng khen "
                 "năm 2020.")
    assert awards(g) == {("Trung tâm Y tế huyện Hải Hậu", "Bằng khen của Thủ tướng Chính phủ", "conferred"),
                         ("Trung tâm Y tế huyện Hải Hậu", "Cờ thi đua của UBND tỉnh Nam Định", "conferred"),
                         ("Trung tâm Y tế huyện Hải Hậu", "Bằng khen của UBND tỉnh Nam Định", "conferred")}


def test_a_second_commemorative_medal_of_the_same_giver():
    """"… được Bộ Y tế tặng Kỷ niệm chương “A”, kỷ niệm chương: “B”": both medals go to the person named before the
    first "được" (before: only A)."""
    g = facts_of("Bà Lê Thị Hoa được Thủ tướng Chính phủ tặng Bằng khen, đồng thời được Bộ Y tế tặng Kỷ niệm chương "
                 "“Vì sức khỏe nhân dân”, kỷ niệm chương: “Vì thế hệ trẻ”.")
    assert awards(g) == {("Lê Thị Hoa", "Bằng khen của Thủ tướng Chính phủ", "conferred"),
                         ("Lê Thị Hoa", "Kỷ niệm chương Vì sức khỏe nhân dân", "conferred"),
                         ("Lê Thị Hoa", "Kỷ niệm chương Vì thế hệ trẻ", "conferred")}


def test_years_alone_join_no_awards():
    """Years after an award with no award before them change nothing: the walk back stops where no award ends
    ("tặng Giấy khen năm 2018, 2019 và Kỷ niệm chương …" keeps its facts as before)."""
    g = facts_of("Ông Trần Văn Minh được Bộ Y tế tặng Bằng khen, UBND tỉnh Nam Định tặng Giấy khen năm 2018, 2019 "
                 "và Kỷ niệm chương Vì sức khỏe nhân dân.")
    assert awards(g) == {("Trần Văn Minh", "Bằng khen của Bộ Y tế", "conferred"),
                         ("Trần Văn Minh", "Giấy khen của UBND tỉnh Nam Định", "conferred"),
                         ("Trần Văn Minh", "Kỷ niệm chương Vì sức khỏe nhân dân", "conferred")}

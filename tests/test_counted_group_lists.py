"""A counted group whose members a list introduced with the same count names, the list running on over the
sentences or item lines after it until the count is reached (counted_groups.counted_list), and a counted group
that narrows the uncounted recipients of the sentence before ("… cho học sinh giỏi …. Trong đó, 4 học sinh …
gồm …"). Sentences written for these tests; facts computed by hand: one fact per named member when the names are
exactly as many as counted, none otherwise."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of, people

PUPILS = ("Trong đó, 4 học sinh đạt giải quốc tế gồm Lê Văn Tám (lớp 12 Toán) đạt huy chương vàng Olympic Toán.",
          "Trần Thị Bảy và Phạm Văn Chín (lớp 11 Lý) đạt huy chương bạc Olympic Vật lý châu Á.")


def certificates(g) -> set:
    return {(r, a) for r, a in people(g) if a.startswith("Bằng khen")}


def test_a_narrowing_group_listed_over_three_sentences_receives_the_award():
    g = facts_of("UBND tỉnh Nam Định trao bằng khen cho học sinh giỏi của tỉnh trong nhiều lĩnh vực.", *PUPILS,
                 "Nguyễn Thị Mười (lớp 10 Hóa) cùng đạt huy chương đồng Olympic Hóa học quốc tế.")
    award = "Bằng khen của UBND tỉnh Nam Định"
    assert certificates(g) == {("Lê Văn Tám", award), ("Trần Thị Bảy", award), ("Phạm Văn Chín", award),
                               ("Nguyễn Thị Mười", award)}


def test_a_list_shorter_than_its_count_gives_the_group_award_to_no_one():
    g = facts_of("UBND tỉnh Nam Định trao bằng khen cho học sinh giỏi của tỉnh trong nhiều lĩnh vực.", *PUPILS,
                 "Cô giáo Nguyễn Thị Mười cho biết các em đã ôn luyện suốt hè.")
    assert certificates(g) == set()


def test_item_lines_after_a_counted_list_name_the_group_beside_a_rival_count():
    # "Hai người Mỹ" is another count of the same noun; the list introduced with "3 người" and exactly three
    # items long still says who the three are
    g = facts_of("Chính phủ Nhật trao Huân chương Hữu nghị cho 3 người nước ngoài vì đóng góp cho quan hệ hai nước.",
                 "Hai người Mỹ được vinh danh gồm ông Lê Văn Tám và bà Trần Thị Bảy.",
                 "Danh sách 3 người nước ngoài nhận Huân chương Hữu nghị:",
                 "- Lê Văn Tám: nguyên đại sứ",
                 "- Trần Thị Bảy: nhà nghiên cứu",
                 "- John Peter Smith: doanh nhân")
    assert {r for r, a in people(g) if a.startswith("Huân chương Hữu nghị")} == \
        {"Lê Văn Tám", "Trần Thị Bảy", "John Peter Smith"}


def test_item_lines_fewer_than_counted_give_nothing_beside_a_rival_count():
    g = facts_of("Chính phủ Nhật trao Huân chương Hữu nghị cho 3 người nước ngoài vì đóng góp cho quan hệ hai nước.",
                 "Hai người Mỹ được vinh danh gồm ông Lê Văn Tám và bà Trần Thị Bảy.",
                 "Danh sách 3 người nước ngoài nhận Huân chương Hữu nghị:",
                 "- Lê Văn Tám: nguyên đại sứ",
                 "- Trần Thị Bảy: nhà nghiên cứu")
    assert {r for r, a in people(g) if a.startswith("Huân chương Hữu nghị")} == set()


@pytest.mark.parametrize("marks", [("1.", "2.", "3."), ("a)", "b)", "c)"), ("•", "•", "•")])
def test_numbered_and_lettered_item_lines_are_followed_as_dashed_ones(marks):
    # the item marks are those of pipeline.wrap.is_item_mark, one definition for the reader and the linker; before,
    # the linker followed "-", "–", "+", "•", "*" only and a numbered list gave its first name alone (review 21, 4)
    g = facts_of("Nhà nước Lào trao Huân chương Hữu nghị cho 3 người nước ngoài vì đóng góp cho hai nước.",
                 "Hai người Nhật được vinh danh gồm ông Đặng Văn Hòa và bà Vũ Thị Lan.",
                 "Danh sách 3 người nước ngoài nhận Huân chương Hữu nghị:",
                 f"{marks[0]} Đặng Văn Hòa: nguyên tham tán",
                 f"{marks[1]} Vũ Thị Lan: giảng viên",
                 f"{marks[2]} Mary Ann Brown: kỹ sư")
    assert {r for r, a in people(g) if a.startswith("Huân chương Hữu nghị")} == \
        {"Đặng Văn Hòa", "Vũ Thị Lan", "Mary Ann Brown"}

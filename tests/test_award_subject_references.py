"""Session-22 awards (sentences written for these tests, facts computed by hand).

A bare head noun of a body as the subject ("nhà máy", "trường") stands for the last body named with that head
(conferral_subjects._head_subject); two things kept it from doing so: a two-word adverb between the subject and its
verb ("liên tục", "liên tiếp": conferral_words.adverbs_start) and a fronted phrase of time opening with "Nhiều"
("Nhiều năm liền, …": conferral_words.TIME_FRONT). A capitalised "Liên" stays a name's syllable.
"""
from __future__ import annotations

import pytest

from extractors.components.conferral_words import adverbs_start
from tests.test_extractors import facts_of, people


#: (sentences, a fact they give): a body named in full, then its bare head as the subject of a later receive verb
HEAD_SUBJECTS = [
    (("Ngày 3/4/2019, Nhà máy Gạch Tuynel Đồng Xoài đón nhận Huân chương Lao động hạng Ba.",
      "Nhà máy liên tục nhận được Bằng khen của UBND tỉnh Bình Phước."),
     ("Nhà máy Gạch Tuynel Đồng Xoài", "Bằng khen của UBND tỉnh Bình Phước")),
    (("Trường THCS Nguyễn Trãi được thành lập năm 1995.",
      "Nhiều năm qua, trường liên tiếp được tặng Cờ thi đua của UBND tỉnh Hải Dương."),
     ("Trường THCS Nguyễn Trãi", "Cờ thi đua của UBND tỉnh Hải Dương")),
    (("Trường THCS Nguyễn Trãi được thành lập năm 1995.",
      "Nhiều năm qua, trường được tặng Cờ thi đua của UBND tỉnh Hải Dương."),
     ("Trường THCS Nguyễn Trãi", "Cờ thi đua của UBND tỉnh Hải Dương")),
]


@pytest.mark.parametrize("lines,fact", HEAD_SUBJECTS)
def test_head_subject_after_a_two_word_adverb_or_a_fronted_time(lines, fact):
    assert fact in people(facts_of(*lines))


def test_adverbs_start_reads_the_pair_in_lower_case_only():
    words = "bà Ngô Thị Liên tục được".split()  # (no sentence anyone writes; the words' cases are the point)
    assert adverbs_start(words, 0, 5) == 4  # "tục" alone is an adverb, the capitalised "Liên" is a name's
    words = "nhà máy liên tục nhận".split()
    assert adverbs_start(words, 0, 4) == 2
    words = "công ty đã vinh dự tiếp tục được".split()
    assert adverbs_start(words, 0, 7) == 2


# A plural group ("các tập thể, cá nhân", "nhiều cá nhân") between a name and the receive verb is the verb's subject
# (conferral_counts._count_between, PLURAL_QUANTIFIERS): the name before it (the organiser, the body the members
# belong to) receives nothing; a group the name belongs to ("là một trong những …") leaves it a recipient.

def test_plural_group_before_the_verb_is_its_subject():
    g = facts_of("Ngày 9/1/2019, Tổng công ty Điện lực miền Bắc tổ chức hội nghị tổng kết, vinh danh các tập thể, cá "
                 "nhân có thành tích xuất sắc được trao tặng Bằng khen của EVN.",
                 "Công ty Cổ phần Sông Đà 5 có nhiều cá nhân được tặng Bằng khen của Bộ Xây dựng.")
    assert people(g) == set()


def test_plural_group_the_name_belongs_to_leaves_it_a_recipient():
    g = facts_of("Công ty Cổ phần Sông Đà 5 là một trong những đơn vị được tặng Cờ thi đua của Bộ Xây dựng.")
    assert people(g) == {("Công ty Cổ phần Sông Đà 5", "Cờ thi đua của Bộ Xây dựng")}


# A plural group joined right to the name by "và", "cùng", "với" or a comma (conferral_counts.CO_SUBJECT_JOINERS,
# coordinators.txt) is a co-subject: the name receives too (review of session 22, finding 1).

@pytest.mark.parametrize("sentence, fact", [
    ("Công ty Điện lực Hải Dương và các đơn vị trực thuộc được tặng Cờ thi đua của Bộ Công Thương.",
     ("Công ty Điện lực Hải Dương", "Cờ thi đua của Bộ Công Thương")),
    ("UBND huyện Quỳnh Lưu cùng nhiều tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.",
     ("UBND huyện Quỳnh Lưu", "Bằng khen của Chủ tịch UBND tỉnh")),
    ("Bộ Công an và nhiều đơn vị được trao tặng Huân chương Hồ Chí Minh.", ("Bộ Công an", "Huân chương Hồ Chí Minh")),
])
def test_a_group_joined_to_the_name_is_a_co_subject(sentence, fact):
    assert people(facts_of(sentence)) == {fact}


def test_a_group_after_a_verb_of_the_name_is_still_the_subject():
    g = facts_of("Ngày 5/3/2021, Công ty Cổ phần Xi măng Bỉm Sơn tổ chức hội nghị, biểu dương các tập thể, cá nhân "
                 "tiêu biểu được trao tặng Bằng khen của Bộ Xây dựng.",
                 "Công ty Cổ phần Sông Đà 7 có nhiều cá nhân được tặng Bằng khen của Bộ Xây dựng.")
    assert people(g) == set()

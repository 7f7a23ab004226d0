"""Prizes named after "giải" (named_prizes.txt, a film category opening with "diễn viên"/"đạo diễn") and awards
counted after "có" (triggers.tsv ``possess``). Sentences written for these tests; the expected facts are read off
each sentence by hand."""
from __future__ import annotations

import pytest

from tests.test_championships import awards_of


@pytest.mark.parametrize("text, fact", [
    # a category noun holding "diễn" (no verb "diễn ra") is read whole before its superlative
    ("Năm 2019, Trần Thị Mai giành giải Nữ diễn viên chính xuất sắc nhất.",
     ("Trần Thị Mai", "giải Nữ diễn viên chính xuất sắc nhất", 2019)),
    ("Năm 2018, Lê Quang Minh đoạt giải Đạo diễn xuất sắc nhất Liên hoan phim Việt Nam lần thứ 21.",
     ("Lê Quang Minh", "giải Đạo diễn xuất sắc nhất Liên hoan phim Việt Nam", 2018)),
    # an international prize named after "giải", its capitalised category kept, a year after it left out
    ("Năm 2015, Phạm Hồng Sơn được trao giải Nobel Văn học.", ("Phạm Hồng Sơn", "giải Nobel Văn học", 2015)),
    ("Đạo diễn Hoàng Minh Tú giành giải Oscar 2016 nhờ bộ phim tài liệu.", ("Hoàng Minh Tú", "giải Oscar", 2016)),
    # a pageant's sub-prize: its name runs on over lower-case words
    ("Năm 2012, Đỗ Thị Hương nhận giải Người đẹp biển tại cuộc thi.", ("Đỗ Thị Hương", "giải Người đẹp biển", 2012)),
])
def test_prize_named_after_giai(text, fact):
    assert fact in awards_of(text)


def test_prize_named_inside_a_category_is_its_event_not_a_second_fact():
    assert awards_of("Năm 2021, Trần Thị Mai giành giải Nữ diễn viên phụ xuất sắc nhất giải Cánh diều vàng.") == \
        [("Trần Thị Mai", "giải Nữ diễn viên phụ xuất sắc nhất giải Cánh diều vàng", 2021)]


@pytest.mark.parametrize("text", [
    "Năm 2016, đội tuyển Việt Nam giành giải AFF Cup.",  # a tournament, no prize
    "Năm 2016, Lê Văn Hùng tham dự giải Grand Prix tại Pháp.",  # not listed, no win
])
def test_bare_giai_name_not_listed_is_no_prize(text):
    assert awards_of(text) == []


def test_awards_counted_after_co_are_the_subjects():
    assert awards_of("Nghệ sĩ Lê Văn Hùng có 3 Huy chương vàng, 2 Huy chương bạc tại các liên hoan.") == \
        [("Lê Văn Hùng", "Huy chương vàng", None), ("Lê Văn Hùng", "Huy chương bạc", None)]
    assert awards_of("Tiền đạo Phan Văn Long từng có hai Quả bóng vàng.") == [("Phan Văn Long", "Quả bóng vàng", None)]


@pytest.mark.parametrize("text", [
    "Cuộc thi năm nay có 3 giải nhất và 5 giải nhì.",  # a contest's prizes, no one's
    "Năm 2017, Lê Văn Hùng có nhiều Bằng khen.",  # a plural, no award named as won
    "Năm 2017, Lê Văn Hùng có thể giành huy chương vàng.",  # a possibility
])
def test_co_without_a_count_of_won_awards_is_no_cue(text):
    assert awards_of(text) == []


def test_a_breakdown_after_trong_do_co_is_no_possession_cue():
    # "…, trong đó có 2 giải nhất": the prizes counted belong to the count before; "X có 2 giải nhất": X's
    from extractors.components.conferral_cues import _counted_award
    words = "Trường đạt 12 giải , trong đó có 2 giải nhất".split()
    assert not _counted_award(words, 7, 8, {10})
    words = "Lê Văn Hùng có 2 giải nhất".split()
    assert _counted_award(words, 3, 4, {5})
    assert not _counted_award(words, 3, 4, {6})  # no award right after the count


@pytest.mark.parametrize("text, fact", [
    # a given name that is also a word of the receive cues ("vinh" of "vinh dự", "đạt") is no verb: the winner is
    # the whole name before the active verb
    ("Năm 2016, xạ thủ Hoàng Quang Vinh giành huy chương vàng.", ("Hoàng Quang Vinh", "huy chương vàng", 2016)),
    ("Năm 2019, võ sĩ Trần Tiến Đạt đoạt huy chương bạc.", ("Trần Tiến Đạt", "huy chương bạc", 2019)),
    ("Năm 2016, Lê Thế Vinh vinh dự được tặng Bằng khen của Bộ Công an.",
     ("Lê Thế Vinh", "Bằng khen của Bộ Công an", 2016)),
])
def test_name_syllable_like_a_cue_word_is_no_verb(text, fact):
    assert fact in awards_of(text)


@pytest.mark.parametrize("text, fact", [
    # the copula after a name: the title with its pageant is hers
    ("Năm 2012, Vũ Thu Trang là Hoa hậu Thế giới người Việt.", ("Vũ Thu Trang", "Hoa hậu Thế giới người Việt", 2012)),
    ("Năm 2016, Lê Thị Hồng Nhung từng là Á hậu 2 cuộc thi Hoa hậu Việt Nam.",
     ("Lê Thị Hồng Nhung", "Á hậu 2 Hoa hậu Việt Nam", 2016)),
])
def test_pageant_title_held_after_the_copula(text, fact):
    assert fact in awards_of(text)


@pytest.mark.parametrize("text", [
    "Năm 2015, Vũ Thu Trang là Hoa hậu Hàn Quốc thứ hai dự thi.",  # a rank among holders, a description
    "Buổi tiệc có Hoa hậu Vũ Thu Trang và đặc biệt là Hoa hậu Pháp Flora.",  # no name before the copula
    "Năm 2015, cô ấy là hoa hậu được yêu thích nhất.",  # a common noun in lower case
])
def test_copula_title_as_a_description_is_no_fact(text):
    assert awards_of(text) == []


@pytest.mark.parametrize("text, fact", [
    # a title held before "của" and a name: the title is the name's, whatever the verb (a revocation still confers)
    # (its year: "Năm 2019" fronted before the revoke cue dates the demand to revoke, not the title: none, session 40)
    ("Năm 2019, dư luận đòi tước bỏ danh hiệu Hoa hậu Biển Xanh của Trần Thị Mai Phương.",
     ("Trần Thị Mai Phương", "Hoa hậu Biển Xanh", None)),
    # the edition's year between the title and "của" is the fact's year, not a word of the title
    ("Ban tổ chức chưa thu hồi ngôi vị Hoa hậu Biển Xanh 2018 của Trần Thị Mai Phương.",
     ("Trần Thị Mai Phương", "Hoa hậu Biển Xanh", 2018)),
])
def test_pageant_title_possessed_by_the_name_after_cua(text, fact):
    assert fact in awards_of(text)


@pytest.mark.parametrize("text", [
    "Năm 2019, cuộc thi Hoa hậu Biển Xanh của Công ty Sao Biển thu hút 40 thí sinh.",  # the organiser's contest
    "Năm 2019, cô từng được bạn bè gọi là hoa khôi của khoa Văn.",  # a common noun in lower case
])
def test_pageant_title_before_cua_without_a_title_noun_is_no_fact(text):
    assert awards_of(text) == []


def test_pageant_title_takes_the_one_edition_the_story_writes():
    # no year in the title's sentence: the edition written after the same title elsewhere in the story is its year
    text = ("Cuộc thi Hoa hậu Biển Xanh 2018 vẫn gây tranh cãi. "
            "Vì sao chưa tước bỏ danh hiệu Hoa hậu Biển Xanh của Trần Thị Mai Phương?")
    assert awards_of(text) == [("Trần Thị Mai Phương", "Hoa hậu Biển Xanh", 2018)]
    # two editions written: the year is not chosen between them
    two = text.replace("vẫn gây tranh cãi", "khác Hoa hậu Biển Xanh 2016")
    assert [a[2] for a in awards_of(two)] != [2018]


@pytest.mark.parametrize("text, fact", [
    # a runner-up's rank followed by the pageant it was ranked in: the title runs over the pageant's name
    ("Năm 2016, Đỗ Thị Ngọc Lan đăng quang Á hậu 1 Hoa hậu Biển Xanh.",
     ("Đỗ Thị Ngọc Lan", "Á hậu 1 Hoa hậu Biển Xanh", 2016)),
    ("Đỗ Thị Ngọc Lan là Á hậu 3 Hoa hậu Biển Xanh 2014.", ("Đỗ Thị Ngọc Lan", "Á hậu 3 Hoa hậu Biển Xanh", 2014)),
])
def test_runner_up_rank_with_its_pageant(text, fact):
    assert fact in awards_of(text)


def test_runner_up_rank_with_its_pageant_as_a_prefix_is_no_fact():
    assert awards_of("Năm 2016, Á hậu 1 Hoa hậu Biển Xanh Đỗ Thị Ngọc Lan đến dự buổi lễ.") == []

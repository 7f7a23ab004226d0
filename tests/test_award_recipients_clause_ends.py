"""An award's recipient is not read after the end of the award's own clause
(extractors.components.conferral_recipients._award_clause_ends): the ")" closing a parenthesised aside the award
stands in, and a comma before a contrastive conjunction (contrast_openers.txt); an award in an aside is the name's
the aside follows; a list of recipients after "cho" ends before the next award of a list of awards
(_next_award_item).  Sentences of our own wording; the expected facts read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(text: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=text)]))
    return [(a["recipient"], a["award"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_a_name_after_an_aside_that_holds_the_award_is_no_recipient():
    # the minister met after the aside was read as the prize's recipient (after "đối với")
    got = awards_of("Nhà văn Trần Văn Khải (65 tuổi, hai lần đoạt giải Booker) đã có buổi trò chuyện đối với "
                    "Bộ trưởng Lê Minh Hòa tại Huế.")
    assert ("Lê Minh Hòa", "giải Booker") not in got
    assert ("Trần Văn Khải", "giải Booker") in got


def test_a_name_after_a_contrasting_comma_is_no_recipient():
    # the player the critics preferred, after ", nhưng", was read as the winner
    got = awards_of("Phạm Văn Đức đã giành giải thưởng Quả bóng Vàng của giải đấu năm 2019, nhưng nhiều chuyên "
                    "gia cho rằng người xứng đáng nhất là Hoàng Minh Tuấn, tiền đạo của đội khách.")
    assert not [r for r, _ in got if r == "Hoàng Minh Tuấn"]
    assert ("Phạm Văn Đức", "giải thưởng Quả bóng Vàng") in got


def test_a_recipient_after_an_aside_closed_before_the_award_stays():
    # the aside closes before the award: the list after "cho" is still the award's
    assert ("Nguyễn Thị Lan", "Bằng khen") in awards_of(
        "UBND tỉnh (theo đề nghị của Sở Nội vụ) đã tặng Bằng khen cho bà Nguyễn Thị Lan.")


def test_an_award_in_an_aside_is_the_name_the_aside_follows():
    # the company coordinated with the writer (or named in a sentence the splitter joins) does not hold his prize
    assert awards_of("Công ty Sách Phương Nam và nhà văn Trần Văn Khải (65 tuổi, hai lần đoạt giải Booker) đã ký "
                     "hợp đồng phát hành sách mới.") == [("Trần Văn Khải", "giải Booker")]
    assert awards_of("Công ty Sách Phương Nam sẽ phát hành sách vào cuối tháng 6. Theo báo Tuổi Trẻ, nhà văn Trần "
                     "Văn Khải (65 tuổi, hai lần đoạt giải Booker) đã ký hợp đồng.") == [("Trần Văn Khải", "giải Booker")]


def test_a_list_of_recipients_ends_before_the_next_award_of_a_list():
    # the committee named after the second, unrecognised prize's "cho" was read as the medal's recipient; the
    # medal is the subject's, before "được"
    assert awards_of("Ông Trần Văn Hải nhiều lần được khen thưởng như huy chương dành cho nhân viên mẫu mực của Bộ "
                     "Ngoại giao, giải thưởng phục vụ tận tụy cho Ủy ban Đối ngoại.") == [("Trần Văn Hải", "Huy chương")]


def test_a_contrast_word_before_a_lower_case_word_leaves_the_recipient_in_the_clause():
    # "nhưng" opens a clause of its own only before a subject (a capital, a plural quantifier): before "chỉ cho" the
    # award's own clause goes on and names its recipient
    got = awards_of("Năm 2016, UBND xã tặng Giấy khen, nhưng chỉ cho bà Vũ Thị Lan.")
    assert got == [("Vũ Thị Lan", "Giấy khen của UBND xã")]


def test_a_list_of_recipients_ends_before_a_prize_named_next():
    # "phần thưởng" opens the next award of the list (conferral_words.ANAPHOR_HEADS, shared with the anaphors): the
    # name after it received that prize, not the medal
    got = awards_of("Năm 2018, Bộ Công an trao huy chương dành cho ông Lý Văn Sơn, phần thưởng cho bà Hà Thị Yến.")
    assert got == [("Lý Văn Sơn", "Huy chương")]

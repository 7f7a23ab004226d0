"""Session-14 mend (sentences written for these tests, facts computed by hand).

An object pronoun closing its clause after "cho" (conferral_recipients._closing_pronoun): a person of the same
sentence stands for it only when that person is a verb's object, never a co-presenter ("cùng ông B") nor one named
after a comma (the signer: "…cho biết, Thủ tướng B đã ký …"), and never a person whose own honorific differs from the
pronoun ("em" is not "ông B"); a co-presenter or signer rejected, the award has no recipient (the pronoun may stand
for the speaker himself: "Ông A cho biết, … tặng … cho ông"), a person of another honorific rejected, the pronoun
stands for a person of the sentences before."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_closing_pronoun_is_not_the_co_presenter():
    g = facts_of("Em Phạm Thu Hà giành giải Nhất cuộc thi vẽ tranh thiếu nhi.",
                 "Bà Ngô Thị Lan, Giám đốc Sở Giáo dục tỉnh Bình Phước, cùng ông Đỗ Văn Hải đã trao giấy khen cho em.")
    assert "Đỗ Văn Hải" not in {r for r, _ in people(g)}
    assert "Ngô Thị Lan" not in {r for r, _ in people(g)}
    assert "Giấy khen" not in {a for _, a in people(g)}  # the pronoun may be the speaker's or another's: no one


def test_closing_pronoun_is_not_the_signer_after_a_comma():
    g = facts_of("Ông Hoàng Văn Đức cho biết, Thủ tướng Phạm Minh Quân đã ký quyết định tặng Bằng khen cho ông.")
    assert "Phạm Minh Quân" not in {r for r, _ in people(g)}


def test_closing_pronoun_skips_a_person_of_another_honorific():
    g = facts_of("Em Lý Thị Mai nhặt được chiếc điện thoại và trả lại cho khách.",
                 "Hiệu trưởng Trần Quang Huy mời ông Vũ Văn Tùng lên sân khấu rồi trao giấy khen cho em.")
    assert "Vũ Văn Tùng" not in {r for r, _ in people(g)}
    assert {r for r, _ in people(g)} == {"Lý Thị Mai"}


# Unquoted prize lists after "nhiều giải thưởng … như / :" (awards.AwardRecognizer._named_list, _list_item): a clause
# of the recipient or a list of nominations names no award.

def test_prize_list_item_is_not_a_clause_of_the_recipient():
    g = facts_of("Công ty Cổ phần Chè Thái Nguyên đã nhận nhiều giải thưởng: Công ty được tôn vinh trong nhóm doanh "
                 "nghiệp dẫn đầu ngành chè.")
    assert people(g) == set()


def test_prize_list_after_a_descriptor_takes_quoted_items_only():
    g = facts_of("Công ty Cổ phần Chè Thái Nguyên đã nhận nhiều giải thưởng như Thương hiệu nông sản tiêu biểu do "
                 "Hiệp hội Chè bình chọn; Công ty cũng bán sang Đài Loan.")
    assert people(g) == {("Công ty Cổ phần Chè Thái Nguyên", "Thương hiệu nông sản tiêu biểu")}


def test_prize_list_item_with_an_aspect_word_is_a_clause():
    g = facts_of("Công ty Cổ phần Chè Thái Nguyên đạt nhiều giải thưởng như Thương hiệu nông sản tiêu biểu, Sản "
                 "phẩm đã có mặt tại Hàn Quốc.")
    assert people(g) == {("Công ty Cổ phần Chè Thái Nguyên", "Thương hiệu nông sản tiêu biểu")}


def test_prize_list_of_nominations_is_no_award():
    g = facts_of("Nữ diễn viên Trần Thu Trang nhận được nhiều đề cử tại các giải thưởng lớn như Ngôi Sao Xanh, Mai Vàng.")
    assert people(g) == set()
    g = facts_of("Nữ diễn viên Trần Thu Trang từng nhận nhiều giải thưởng lớn như Ngôi Sao Xanh, Mai Vàng.")
    assert people(g) == {("Trần Thu Trang", "Ngôi Sao Xanh"), ("Trần Thu Trang", "Mai Vàng")}


def test_prize_list_keeps_a_prize_with_duoc():
    g = facts_of("Ca sĩ Lương Bích Hằng đã nhận nhiều giải thưởng như Ca sĩ được yêu thích nhất.")
    assert people(g) == {("Lương Bích Hằng", "Ca sĩ được yêu thích nhất")}

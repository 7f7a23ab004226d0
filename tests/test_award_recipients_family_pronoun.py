"""Awards handed to the family of a person written as a pronoun ("cho gia đình em", "cho thân nhân của anh"): the
pronoun never stands for the giver named in the same sentence (conferral_recipients.ConferralLinker._pronoun_person,
shared with "… cho em."). Sentences written for these tests; facts computed by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_family_of_em_is_not_the_presenter():
    g = facts_of("Sáng 4/5, Chủ tịch UBND tỉnh Quảng Bình Trần Đình Lực đến thăm em Hồ Thị Mai, học sinh lớp 8 "
                 "đã cứu hai bạn nhỏ.",
                 "Chủ tịch UBND tỉnh Trần Đình Lực trao bằng khen của Chủ tịch UBND tỉnh cho gia đình em.")
    assert people(g) <= {("Hồ Thị Mai", "Bằng khen của Chủ tịch UBND tỉnh")}  # never the presenter Trần Đình Lực


def test_family_of_ong_is_not_the_presenter():
    g = facts_of("Ông Đặng Văn Sơn hi sinh trong lúc chữa cháy rừng.",
                 "Giám đốc Công an tỉnh Vũ Minh Khoa trao Huân chương Chiến công hạng Ba cho gia đình ông.")
    assert people(g) <= {("Đặng Văn Sơn", "Huân chương Chiến công hạng Ba")}  # never the presenter Vũ Minh Khoa


def test_family_of_ong_goes_to_the_one_named_before():
    g = facts_of("Ông Đặng Văn Sơn hi sinh trong lúc chữa cháy rừng.",
                 "Sáng 2/9, UBND huyện trao Huân chương Chiến công hạng Ba cho gia đình ông.")
    assert people(g) == {("Đặng Văn Sơn", "Huân chương Chiến công hạng Ba")}


def test_kin_of_anh_with_cua_goes_to_the_one_named_before():
    g = facts_of("Anh Phạm Quốc Khánh hi sinh khi lao xuống sông cứu người.",
                 "Ngày 3/5, UBND tỉnh trao bằng khen của Chủ tịch UBND tỉnh cho thân nhân của anh.")
    assert people(g) == {("Phạm Quốc Khánh", "Bằng khen của Chủ tịch UBND tỉnh")}


def test_kin_of_anh_with_cua_is_not_the_presenter():
    g = facts_of("Anh Phạm Quốc Khánh hi sinh khi lao xuống sông cứu người.",
                 "Ông Lê Hữu Tài trao bằng khen của Chủ tịch UBND tỉnh cho thân nhân của anh.")
    assert people(g) <= {("Phạm Quốc Khánh", "Bằng khen của Chủ tịch UBND tỉnh")}  # never the presenter Lê Hữu Tài


def test_family_of_anh_whose_merits_are_named_in_the_sentence():
    g = facts_of("Ghi nhận hành động cứu người của anh Nguyễn Hữu Lộc, ngày 5/6, Trung ương Đoàn đã truy tặng "
                 "Huy hiệu Tuổi trẻ dũng cảm cho gia đình anh.")
    assert people(g) == {("Nguyễn Hữu Lộc", "Huy hiệu Tuổi trẻ dũng cảm")}

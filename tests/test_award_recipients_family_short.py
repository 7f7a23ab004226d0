"""Awards handed to the family of a person written short ("cho gia đình Hiếu", "cho thân nhân anh Bình"):
conferral_recipients.ConferralLinker._family_short. Sentences written for these tests; facts computed by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_family_of_a_given_name_goes_to_the_person():
    g = facts_of("Em Nguyễn Văn Hiếu nhặt được ví và trả lại người mất.",
                 "Chiều nay, Bộ trưởng trao bằng khen của Bộ trưởng cho gia đình Hiếu.")
    assert people(g) == {("Nguyễn Văn Hiếu", "Bằng khen của Bộ trưởng")}


def test_kin_with_an_address_word_goes_to_the_person():
    g = facts_of("Anh Lê Thanh Bình hi sinh khi truy đuổi kẻ cướp.",
                 "Trưởng ban Thi đua tỉnh trao bằng khen của Chủ tịch UBND tỉnh cho thân nhân anh Bình.")
    assert people(g) == {("Lê Thanh Bình", "Bằng khen của Chủ tịch UBND tỉnh")}


def test_family_of_a_name_no_person_ends_with_gives_nothing():
    g = facts_of("Anh Lê Thanh Bình hi sinh khi truy đuổi kẻ cướp.",
                 "Trưởng ban Thi đua tỉnh trao bằng khen của Chủ tịch UBND tỉnh cho gia đình Hà Nội.")
    assert people(g) == set()



def test_kin_of_a_given_name_goes_to_the_person():
    g = facts_of("Anh Phạm Quốc Huy đã cứu hai em nhỏ khỏi đuối nước.",
                 "Bí thư tỉnh đoàn trao Huy hiệu Tuổi trẻ dũng cảm cho người thân của Huy.")
    assert people(g) == {("Phạm Quốc Huy", "Huy hiệu Tuổi trẻ dũng cảm")}

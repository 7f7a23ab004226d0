"""A pronoun subject of a receive verb ("Bà được tặng …", "Anh được …") stands for the last person named before whom
the document does not address with a word of the other sex (address_genders.tsv): a man named in between, in full,
is passed over for the woman named before him, and the other way round (review of session 24, finding M2; the
short-name case of 4a40cac went through _short_mention_after, the full names through _person_before, which did not
ask). Sentences of our own wording; facts computed by hand."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of, people

#: (sentences, the one (recipient, award) fact they give)
OTHER_SEX_BETWEEN = [
    (("Bà Hoàng Thị Mai làm y tá ở trạm y tế xã Phú Thành.",
      "Ông Đặng Văn Hùng là trưởng thôn.",
      "Bà được Chủ tịch UBND huyện tặng Giấy khen."),
     ("Hoàng Thị Mai", "Giấy khen của Chủ tịch UBND huyện")),
    (("Anh Lý Văn Quang nhận nuôi hai cháu mồ côi.",
      "Chị Tạ Thị Nga là người cùng xóm.",
      "Năm 2023, anh được Chủ tịch UBND tỉnh tặng Bằng khen."),
     ("Lý Văn Quang", "Bằng khen của Chủ tịch UBND tỉnh")),
    (("Cô Vương Thị Thu dạy ở điểm trường bản Nà Hẩu.",
      "Thầy Mạc Văn Tài là hiệu trưởng của trường.",
      "Cô được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen."),
     ("Vương Thị Thu", "Giấy khen của Giám đốc Sở Giáo dục và Đào tạo")),
]

#: what must not change: the last person is of the pronoun's sex, or the document gives no sex for him
SAME_OR_UNKNOWN = [
    (("Bà Hoàng Thị Mai làm y tá ở trạm y tế xã Phú Thành.",
      "Bà Đinh Thị Yến là trưởng thôn.",
      "Bà được Chủ tịch UBND huyện tặng Giấy khen."),
     ("Đinh Thị Yến", "Giấy khen của Chủ tịch UBND huyện")),
    (("Bà Hoàng Thị Mai làm y tá ở trạm y tế xã Phú Thành.",
      "Trưởng thôn Đặng Văn Hùng cùng làm việc ở xã.",
      "Ông được Chủ tịch UBND huyện tặng Giấy khen."),
     ("Đặng Văn Hùng", "Giấy khen của Chủ tịch UBND huyện")),
]


@pytest.mark.parametrize("lines,fact", OTHER_SEX_BETWEEN + SAME_OR_UNKNOWN)
def test_pronoun_goes_to_the_nearest_person_of_its_sex(lines, fact):
    assert people(facts_of(*lines)) == {fact}


def test_no_person_of_the_pronouns_sex_gives_no_recipient():
    # only a man is named before "Bà": nobody of the story receives the award
    g = facts_of("Ông Đặng Văn Hùng là trưởng thôn Phú Thành.", "Bà được Chủ tịch UBND huyện tặng Giấy khen.")
    assert not any(r == "Đặng Văn Hùng" for r, _ in people(g))

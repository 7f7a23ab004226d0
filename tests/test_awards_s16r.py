"""A counted group receiving an award whose members no list names: the exactly-n persons first named in the
sentences after the award's (counted_groups.following_members). Sentences written for these tests; facts computed
by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_members_introduced_one_a_sentence_after_the_count():
    g = facts_of("Hai người Việt Nam vừa được Chính phủ Pháp trao tặng Huân chương.",
                 "Đại sứ quán cho biết có 2 người được trao huân chương đợt này.",
                 "Thứ nhất là ông Lê Văn Tám, nguyên vụ trưởng.",
                 "Người thứ hai là bà Trần Thị Bảy, giám đốc một công ty.")
    assert people(g) == {("Lê Văn Tám", "Huân chương của Chính phủ Pháp"),
                         ("Trần Thị Bảy", "Huân chương của Chính phủ Pháp")}


def test_members_listed_bare_in_a_later_sentence():
    g = facts_of("Ba thực tập sinh Việt Nam được Công an thành phố Osaka tặng bằng khen vì cứu một cụ bà.",
                 "Lê Thị Hoa, Trần Thị Mai, Phạm Thị Lan tối 2/5 đang đi dạo thì thấy một người ngã.")
    assert people(g) == {("Lê Thị Hoa", "Bằng khen của Công an thành phố Osaka"),
                         ("Trần Thị Mai", "Bằng khen của Công an thành phố Osaka"),
                         ("Phạm Thị Lan", "Bằng khen của Công an thành phố Osaka")}


def test_fewer_names_than_counted_give_nothing():
    g = facts_of("Ba thực tập sinh Việt Nam được Công an thành phố Osaka tặng bằng khen vì cứu một cụ bà.",
                 "Lê Thị Hoa và Trần Thị Mai tối 2/5 đang đi dạo thì thấy một người ngã.")
    assert people(g) == set()


def test_a_speaker_after_the_count_gives_nothing():
    g = facts_of("Hai chiến sĩ được Bộ Công an tặng bằng khen vì bắt cướp.",
                 "Đại tá Lê Văn Tám cho biết hai chiến sĩ đã bị thương.",
                 "Trung tá Trần Văn Bảy nói vụ cướp xảy ra lúc nửa đêm.")
    assert people(g) == set()


def test_a_certificate_whose_giver_is_not_read_gives_nothing():
    # "cảnh sát thành phố Osaka" is no unit the finder reads: the name would lack its conferrer
    g = facts_of("Ba thực tập sinh Việt Nam được cảnh sát thành phố Osaka tặng bằng khen vì cứu một cụ bà.",
                 "Lê Thị Hoa, Trần Thị Mai, Phạm Thị Lan tối 2/5 đang đi dạo thì thấy một người ngã.")
    assert people(g) == set()


def test_names_of_another_counted_group_are_not_members():
    g = facts_of("Hai sinh viên được Công an thành phố Osaka tặng bằng khen vì cứu một cụ bà.",
                 "Trước đó, 2 tình nguyện viên khác là Lê Thị Hoa và Trần Thị Mai đã báo tin cho cảnh sát.")
    assert people(g) == set()

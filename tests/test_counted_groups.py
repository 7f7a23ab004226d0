"""Awards to a counted group whose members the story names elsewhere (counted_groups.py; sentences written for
these tests, facts computed by hand from the rule: the group's count and noun, members listed after "gồm" or
introduced with the noun, no more members than counted, no other count of the same noun)."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_gom_list_elsewhere_gets_the_award_with_its_place():
    g = facts_of("Công an tỉnh Bến Tre vừa trao giấy khen của Giám đốc Công an tỉnh cho 06 cá nhân có thành tích.",
                 "Trước đó, tổ tuần tra gồm Trung uý Phạm Hoàng Duy, Thiếu uý Nguyễn Bá Đạt truy bắt nghi phạm.")
    award = "Giấy khen của Giám đốc Công an tỉnh Bến Tre"
    assert people(g) == {("Phạm Hoàng Duy", award), ("Nguyễn Bá Đạt", award)}


def test_members_introduced_with_the_group_noun():
    g = facts_of("UBND tỉnh Tiền Giang tặng bằng khen cho 3 ngư dân đã cứu người gặp nạn.",
                 "Anh Đinh Văn Trung là ngư dân của tàu cá TG 90983.",
                 "Ngư dân Lê Văn Tám cũng có mặt.")
    assert {r for r, _ in people(g)} == {"Đinh Văn Trung", "Lê Văn Tám"}


def test_more_members_than_counted_gives_nothing():
    g = facts_of("UBND tỉnh Tiền Giang tặng bằng khen cho 2 ngư dân đã cứu người gặp nạn.",
                 "Ngư dân Đinh Văn Trung, ngư dân Lê Văn Tám và ngư dân Trần Văn Ba đã ra khơi.")
    assert people(g) == set()


def test_another_count_of_the_same_noun_gives_nothing():
    # 82 drivers honoured, 7 of them given the certificate: which of the named got it is unclear
    g = facts_of("Sở Giao thông Vận tải tuyên dương 82 tài xế xe buýt.",
                 "Ông Dương Hồng Thanh trao bằng khen của UBND TP HCM cho 7 tài xế xe buýt tiêu biểu.",
                 "Tài xế Võ Văn Đơn nói rằng anh yêu nghề.")
    assert people(g) == set()


def test_noun_of_no_person_gives_nothing():
    g = facts_of("UBND tỉnh Tiền Giang tặng bằng khen cho 3 tàu cá đã cứu người gặp nạn.",
                 "Tàu cá gồm ông Đinh Văn Trung làm chủ.")
    assert people(g) == set()


def test_group_referring_back_is_the_listed_group_with_the_body_place():
    # "3 đội viên nói trên" is the group listed before, even though its members hold another award already;
    # the certificate's conferrer takes the province the story writes the department with
    g = facts_of("TS Lê Thị Hương - Giám đốc Sở GD&ĐT tỉnh Quảng Trị dự buổi lễ.",
                 "Tỉnh Đoàn trao tặng huy hiệu \"Tuổi trẻ dũng cảm\" cho 3 đội viên gồm: Em Nguyễn Vĩnh An, "
                 "Trần Viết Tôn, Bùi Trường Giang.",
                 "Dịp này, Giám đốc Sở GD&ĐT đã trao tặng Giấy khen để động viên hành động dũng cảm của 3 đội viên "
                 "nói trên.")
    award = "Giấy khen của Giám đốc Sở GD&ĐT tỉnh Quảng Trị"
    assert {(r, a) for r, a in people(g) if a.startswith("Giấy")} == \
        {("Nguyễn Vĩnh An", award), ("Trần Viết Tôn", award), ("Bùi Trường Giang", award)}


def test_group_not_referring_back_needs_a_cue_of_its_own():
    # no "cho", no subject, no "nói trên": "của 3 đội viên" names whose deed, not who is given
    g = facts_of("Tỉnh Đoàn trao tặng huy hiệu \"Tuổi trẻ dũng cảm\" cho 3 đội viên gồm: Em Nguyễn Vĩnh An, "
                 "Trần Viết Tôn, Bùi Trường Giang.",
                 "Dịp này, Giám đốc Sở GD&ĐT đã trao tặng Giấy khen để động viên hành động dũng cảm của 3 đội viên.")
    assert not any(a.startswith("Giấy") for _, a in people(g))


def test_group_in_finds_the_first_counted_group_by_its_count_words():
    # (session 23's speed change: the count words are found by a table mapped over the words; the answer is the
    # first count followed by a group noun, its value 2 to 99 from digits or a count word, as before)
    from extractors.components.counted_groups import GroupNouns, count_at, group_in
    nouns = GroupNouns({("ngư", "dân"), ("cá", "nhân")})
    words = "Năm 2024 có 1 người và 100 cá nhân , ba ngư dân và 07 cá nhân".split()
    assert [count_at(w) for w in ("1", "07", "ba", "Ba", "100", "2024", "mười", "năm")] == \
        [None, 7, 3, 3, None, None, 10, 5]
    assert group_in(words, 0, len(words), nouns) == (3, ("ngư", "dân"), 10)  # ("100 cá nhân": over 99)
    assert group_in(words, 11, len(words), nouns) == (7, ("cá", "nhân"), 14)
    assert group_in(words, 0, 10, nouns) is None
    assert group_in(words, 10, 12, nouns) == (3, ("ngư", "dân"), 10)  # (the count before the range's last token)
    assert group_in(words, 10, 11, nouns) is None

"""Session 30 of award precision and recall on real news: kinds of wrong or missed award facts.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import awards, facts_of

ANNOUNCED = ("Chiều 5/6, Bộ Văn hoá đã công bố kết quả xét tặng danh hiệu Nghệ sĩ Nhân dân (NSND), Nghệ sĩ Ưu tú "
             "(NSƯT) lần thứ 10 năm 2022.")


def test_members_named_after_an_unnamed_announcement():
    """"… được xét tặng danh hiệu NSND có nhiều gương mặt …" names no one; the next sentences, each "<a field> có
    NSƯT A, NSƯT B", name the proposed: four proposals of the title the list is for (NSND), not of the titles written
    before the names (before: none)."""
    g = facts_of(ANNOUNCED,
                 "Trong danh sách các nghệ sĩ được xét tặng danh hiệu NSND có nhiều gương mặt được công chúng yêu "
                 "mến. Lĩnh vực âm nhạc có NSƯT Văn Hòa, NSƯT Thu Hà... Lĩnh vực múa có NSƯT Minh Tâm, NSƯT Lê "
                 "Quang.")
    assert awards(g) == {(n, "Nghệ sĩ Nhân dân", "proposed") for n in ("Văn Hòa", "Thu Hà", "Minh Tâm", "Lê Quang")}
    assert {a["year"] for a in g["awards"]} == {2022}


def test_the_members_end_at_the_first_sentence_of_another_shape():
    """The list runs on only through sentences opening on a few words and "có": a sentence with a verb of its own
    ends it, and a negated one ("không có") names no member (before and after: none of them)."""
    g = facts_of(ANNOUNCED,
                 "Trong danh sách các nghệ sĩ được xét tặng danh hiệu NSND có nhiều gương mặt được công chúng yêu "
                 "mến. Lĩnh vực âm nhạc có NSƯT Văn Hòa. Đạo diễn Trần Minh Quân cho biết ông rất vui.")
    assert awards(g) == {("Văn Hòa", "Nghệ sĩ Nhân dân", "proposed")}
    g = facts_of(ANNOUNCED,
                 "Trong danh sách các nghệ sĩ được xét tặng danh hiệu NSND có nhiều gương mặt được công chúng yêu "
                 "mến. Lĩnh vực múa không có NSƯT Minh Tâm.")
    assert awards(g) == set()


def test_an_announcement_naming_its_members_takes_no_next_sentence():
    """"… có nhiều gương mặt như A" names its member in the sentence: the next sentence's names are not the list's
    (only A is proposed)."""
    g = facts_of(ANNOUNCED,
                 "Trong danh sách các nghệ sĩ được xét tặng danh hiệu NSND có nhiều gương mặt quen thuộc như NSƯT "
                 "Văn Hòa. Lĩnh vực múa có NSƯT Minh Tâm.")
    assert ("Minh Tâm", "Nghệ sĩ Nhân dân", "proposed") not in awards(g)
    assert ("Văn Hòa", "Nghệ sĩ Nhân dân", "proposed") in awards(g)

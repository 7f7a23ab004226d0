"""Session 27 of award precision and recall on real news: kinds of wrong or missed award facts.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_a_title_after_a_noun_of_its_holders_describes_the_list():
    """"đề nghị xét tặng danh hiệu NSND … có một số tên tuổi NSƯT nổi bật như: A, B": the artists already hold
    NSƯT (title_holder_nouns.txt: "tên tuổi"); only NSND is proposed for them."""
    g = facts_of("Trong danh sách 40 hồ sơ đề nghị xét tặng danh hiệu NSND năm nay có một số tên tuổi NSƯT nổi bật "
                 "như: Lan Hương (Nhà hát Kịch Việt Nam), đạo diễn Lê Văn Bình (Đài Truyền hình Việt Nam).")
    assert people(g) == {("Lan Hương", "Nghệ sĩ Nhân dân"), ("Lê Văn Bình", "Nghệ sĩ Nhân dân")}
    assert {a["status"] for a in g["awards"]} == {"proposed"}


def test_a_title_after_a_quantifier_describes_the_list():
    """"đề nghị xét tặng danh hiệu NSND cho một số NSƯT như: A, B": "một số" (title_holder_nouns.txt) before NSƯT
    makes it the artists' present title; the award proposed is NSND (both facts were NSƯT before)."""
    g = facts_of("Hội đồng đã đề nghị xét tặng danh hiệu NSND cho một số NSƯT như: Quốc Tuấn, Lê Thị Mai.")
    assert people(g) == {("Quốc Tuấn", "Nghệ sĩ Nhân dân"), ("Lê Thị Mai", "Nghệ sĩ Nhân dân")}


def test_a_title_after_faces_describes_them_too():
    """"có nhiều gương mặt NSƯT quen thuộc như A, B": the holder noun "gương mặt"; no NSƯT fact."""
    g = facts_of("Trong danh sách đề nghị xét tặng danh hiệu NSND có nhiều gương mặt NSƯT quen thuộc như Quốc Tuấn, "
                 "Lê Thị Mai.")
    assert {a["award"] for a in g["awards"]} == {"Nghệ sĩ Nhân dân"}

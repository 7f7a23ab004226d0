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


def test_a_comitative_joins_a_co_subject_of_the_same_kind():
    """"bà A cùng (với) ông B được tặng …": B, joined by "cùng" alone (COMITATIVES) with his own address word,
    receives too; before, the list stopped at A."""
    g = facts_of("Năm 2015, bà Lê Thị Mai cùng với ông Trần Văn Bình đã được tặng Bằng khen của Thủ tướng.")
    assert people(g) == {("Lê Thị Mai", "Bằng khen của Thủ tướng"), ("Trần Văn Bình", "Bằng khen của Thủ tướng")}
    g = facts_of("Trường THPT Lê Lợi cùng Trường THPT Chu Văn An được tặng Cờ thi đua của UBND tỉnh.")
    assert {a["recipient"] for a in g["awards"]} == {"Trường THPT Lê Lợi", "Trường THPT Chu Văn An"}


def test_a_comitative_before_a_give_verb_joins_givers_not_recipients():
    """"Chủ tịch nước A cùng Thủ tướng B trao … cho C": the co-subjects give; C alone receives."""
    g = facts_of("Chủ tịch nước Trần Văn Bình cùng Thủ tướng Lê Văn Tâm trao Huân chương Lao động hạng Nhất cho "
                 "Công ty Than Hòn Gai.")
    assert {a["recipient"] for a in g["awards"]} == {"Công ty Than Hòn Gai"}


def test_a_body_after_a_persons_comma_in_a_semicolon_list_is_the_persons():
    """"…; Đại tá A, Trường Công an quận X…": in a list of ";" items the body right after a person's comma is
    where he works (as after a calling), not a recipient of its own."""
    g = facts_of("Các cá nhân được tặng danh hiệu “Công dân Thủ đô ưu tú” năm 2021 còn có ông Lê Văn Tâm, nguyên "
                 "Phó Viện trưởng Viện Sử học; Đại tá Phạm Văn Hùng, Trường Công an quận Cầu Giấy…")
    assert {a["recipient"] for a in g["awards"]} == {"Lê Văn Tâm", "Phạm Văn Hùng"}


def test_a_body_after_a_persons_comma_in_a_plain_list_is_a_recipient():
    """"cho ông A, Công ty B và Trường C": without ";" items the comma lists; the bodies receive too."""
    g = facts_of("Chủ tịch UBND tỉnh tặng Bằng khen cho ông Lê Văn Tâm, Công ty Than Hòn Gai và Trường THPT Lê Lợi.")
    assert {a["recipient"] for a in g["awards"]} == {"Lê Văn Tâm", "Công ty Than Hòn Gai", "Trường THPT Lê Lợi"}

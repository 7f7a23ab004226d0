"""Award attachment, round 5 (``extractors/components/conferrals.py``): recipients of a counted award named
in the next sentence under a collective subject, and a certificate whose conferrer is a bare level.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


# --- a counted award, then "Họ gồm: …" / "Những người được khen thưởng gồm …" in the next sentence ------

def test_group_subject_lists_the_counted_recipients():
    g = facts_of("Chiều 3/4, UBND huyện Lạc Sơn trao giấy khen cho ba cá nhân có thành tích bắt cướp. "
                 "Họ gồm: anh Đỗ Minh Khoa, chị Lý Thu Trang và ông Vương Đình Lộc.")
    assert {r for r, _ in people(g)} == {"Đỗ Minh Khoa", "Lý Thu Trang", "Vương Đình Lộc"}


def test_group_subject_with_its_verb_before_gom():
    g = facts_of("Sở Y tế tỉnh Yên Bái tặng bằng khen cho hai nhân viên y tế. "
                 "Những người được khen thưởng gồm bác sĩ Triệu Văn Khánh và điều dưỡng Hà Thị Mơ.")
    assert {r for r, _ in people(g)} == {"Triệu Văn Khánh", "Hà Thị Mơ"}


def test_group_subject_with_names_in_a_clause_is_no_list():
    # no "gồm" / ":" after the subject: the names are not the counted recipients
    g = facts_of("Sở Y tế tỉnh Yên Bái tặng bằng khen cho hai nhân viên y tế. "
                 "Họ đã được bác sĩ Triệu Văn Khánh hướng dẫn tận tình.")
    assert g["awards"] == []


# --- "bằng khen của tỉnh": the bare level takes the document's one place of that level -----------------

def test_certificate_of_a_bare_province_takes_the_documents_province():
    g = facts_of("Ông Cao Văn Tài, Trưởng ban Thi đua - Khen thưởng tỉnh Bắc Kạn trao bằng khen của tỉnh "
                 "cho anh Nông Văn Sáng vì đã cứu hai em nhỏ đuối nước.")
    assert people(g) == {("Nông Văn Sáng", "Bằng khen của tỉnh Bắc Kạn")}


def test_certificate_of_a_bare_level_with_two_places_stays_bare():
    g = facts_of("Huyện Ba Bể và huyện Na Rì phối hợp cứu hộ. UBND huyện Ba Bể trao giấy khen của huyện cho "
                 "anh Hoàng Văn Lực.", "Sau đó huyện Na Rì cũng tổ chức họp.")
    assert {a for _, a in people(g)} == {"Giấy khen của UBND huyện Ba Bể"}

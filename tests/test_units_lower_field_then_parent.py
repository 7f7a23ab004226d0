"""A capitalised sub-unit's head, its field in lower case right after it, then its parent with no link between
("Đội tuần tra | Đồn BP X", "Cục tác chiến | Bộ Tổng tham mưu"): one unit, written whole (GUIDELINES: a sub-unit
written with its parent); sentences of our own."""
from __future__ import annotations

from tests.test_extractors import facts_of, unit_names as _unit_names


def test_sub_unit_with_lower_case_field_before_its_parent_is_one_unit():
    # before: only the parent
    assert _unit_names("Hôm qua, Đội tuần tra Đồn BP Na Mèo đã bắt giữ hai đối tượng.") == \
        ["Đội tuần tra Đồn BP Na Mèo"]
    assert _unit_names("Đại diện Cục đối ngoại Bộ Công an đã tiếp đoàn khách.") == ["Cục đối ngoại Bộ Công an"]


def test_lower_case_head_or_verb_keeps_the_parent_alone():
    # a lower-case head is prose; a verb after the head opens the clause
    assert _unit_names("Các đội tuần tra Đồn BP Na Mèo đã bắt giữ hai đối tượng.") == ["Đồn BP Na Mèo"]
    assert _unit_names("Phòng đề nghị Sở Tài chính xem xét.") == ["Sở Tài chính"]


def test_verb_governing_a_body_is_no_field():
    # field_verbs.txt: "hỗ trợ", "hướng dẫn" take the body after them as object; a field that is a noun stays
    assert _unit_names("Trung tâm hỗ trợ Sở Y tế triển khai tiêm chủng.") == ["Sở Y tế"]
    assert _unit_names("Phòng hướng dẫn Sở Giáo dục và Đào tạo thực hiện kế hoạch.") == ["Sở Giáo dục và Đào tạo"]
    assert _unit_names("Phòng đào tạo Trường Đại học Vinh tổ chức hội nghị.") == ["Phòng đào tạo Trường Đại học Vinh"]


def test_verb_followed_by_field_words_is_a_field():
    # a listed verb is one only when the body is its object; field words after it make "hỗ trợ nông dân" the
    # centre's field, and the award stays with the centre (before: the parent body received it)
    assert _unit_names("Trung tâm hỗ trợ nông dân Hội Nông dân tỉnh Hà Tĩnh họp tổng kết.") == \
        ["Trung tâm hỗ trợ nông dân Hội Nông dân tỉnh Hà Tĩnh"]
    facts = facts_of("Năm nay, Phòng hỗ trợ pháp lý Sở Tư pháp tỉnh Thanh Hóa được tặng Cờ thi đua của UBND tỉnh.")
    assert [(a["recipient"], a["award"]) for a in facts["awards"]] == \
        [("Phòng hỗ trợ pháp lý Sở Tư pháp tỉnh Thanh Hóa", "Cờ thi đua của UBND tỉnh")]
    # the verb right before the body, after a field, still governs it
    assert _unit_names("Trung tâm y tế hỗ trợ Sở Y tế triển khai tiêm chủng.") == ["Sở Y tế"]

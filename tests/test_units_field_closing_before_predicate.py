"""Session 40: a field written with its first capital only ("Kiểm định", "Bảo trì") that goes on in lower-case
two-syllable dictionary words closes the name before an adverb of time opening the body's predicate, before
"thuộc" / "trực thuộc", on a scope ("quốc gia") or on the body's place (conferral_words.TENSE_ADVERBS).
Sentences written for these tests; values worked out by hand: before the rule each name stopped at its capitalised
field word ("Trung tâm Kiểm định", "Công ty Bảo trì")."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_tense_adverb_after_the_field_opens_the_predicate():
    assert unit_names("Trung tâm Kiểm định chất lượng công trình đã cấp chứng nhận.") == \
        ["Trung tâm Kiểm định chất lượng công trình"]
    assert unit_names("Năm ngoái Công ty Bảo trì đường sắt vẫn thua lỗ.") == ["Công ty Bảo trì đường sắt"]


def test_a_clause_verb_after_the_field_opens_the_predicate():
    # "cho biết" (a clause verb, VERBISH); "hàng không" ends on "không", a word of its own here, not a negation
    assert unit_names("Trung tâm Dịch vụ hàng không cho biết chuyến bay bị hoãn.") == ["Trung tâm Dịch vụ hàng không"]


def test_a_parent_a_scope_or_a_place_after_the_field():
    # "trực thuộc" (a dictionary word) links the parent: the field closes before it
    assert unit_names("Hãng lập Trung tâm Bảo dưỡng an ninh hàng không trực thuộc VAECO năm nay.")[0] == \
        "Trung tâm Bảo dưỡng an ninh hàng không"
    assert "Công ty Giám định kỹ thuật" in unit_names("Công ty Giám định kỹ thuật thuộc Tập đoàn Hà Phát sẽ làm việc.")
    assert unit_names("Mẫu nước được gửi tới Viện Kiểm định thiết bị y tế quốc gia hôm 3/5.") == \
        ["Viện Kiểm định thiết bị y tế quốc gia"]
    assert unit_names("Ông Bình làm ở Chi cục Kiểm định hàng hóa tỉnh Long An từ năm 2015.") == \
        ["Chi cục Kiểm định hàng hóa tỉnh Long An"]
    # a scope before a capitalised name does not close it: the name goes on
    assert unit_names("Chi cục Hải quan cửa khẩu sân bay quốc tế Cam Ranh đã kiểm tra lô hàng.") == \
        ["Chi cục Hải quan cửa khẩu sân bay quốc tế Cam Ranh"]


def test_a_verb_or_a_time_after_the_field_is_no_part_of_it():
    # "kiểm tra" is a verb (a clause verb, VERBISH): the name ends on its capitalised field
    assert unit_names("Trung tâm Kiểm định kiểm tra hồ sơ đã xong.") == ["Trung tâm Kiểm định"]
    # a proper name capitalises each syllable: the lower-case words after it are the predicate
    assert unit_names("Công ty Phú Hưng sản xuất gạch đã lâu.") == ["Công ty Phú Hưng"]
    # a time is no field
    assert unit_names("Công ty Bảo trì năm nay đã có lãi.") == ["Công ty Bảo trì"]


def test_a_long_field_closing_a_line_closes_the_name():
    # a title ending on the name: two two-syllable words close it, as before a stop
    assert unit_names("Tỉnh lập Trung tâm Điều phối giao thông đô thị") == ["Trung tâm Điều phối giao thông đô thị"]



def test_a_field_closing_on_a_word_of_field_not_before_a_comma():
    # "hàng không" (aviation): "không" closes the pair, the word's own; before a comma the field closes the name as
    # before "cho biết" (review A, session 40, item 4: the comma rule tested every syllable and cut "hàng không")
    assert unit_names("Trung tâm Đào tạo hàng không, nơi học viên thực hành, vừa khai giảng.")[0] == \
        "Trung tâm Đào tạo hàng không"

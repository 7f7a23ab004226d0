"""One lower-case two-syllable word closing a name before a comma or an opening parenthesis is the last word of its
field ("Phòng Quản lý | ngân sách,"; unit_extent.CLOSING_FIELD_SYLLABLES), unless it tells a time ("hôm qua", "năm
nay"); before a stop or a closing parenthesis it ends the clause (a verb: "… | thi công.").  Sentences written for
these tests; values worked out by hand: before the rule the names stopped at the capitalised word ("phòng Hành
chính", "Trung tâm Dịch vụ")."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_one_lower_case_word_closes_the_field_before_a_comma():
    assert unit_names("Bà Thu, Phó phòng Hành chính nhân sự, trình bày báo cáo.") == ["phòng Hành chính nhân sự"]
    assert unit_names("Hồ sơ nộp tại Trung tâm Dịch vụ việc làm, tầng hai.") == ["Trung tâm Dịch vụ việc làm"]


def test_a_time_after_the_name_is_no_field():
    assert unit_names("Theo Công ty Phú Hưng hôm qua, giá thép lại tăng.") == ["Công ty Phú Hưng"]
    assert unit_names("Trường Mầm non Hoa Mai năm nay, nhận thêm hai lớp.") == ["Trường Mầm non Hoa Mai"]


def test_a_word_before_a_stop_or_a_closing_parenthesis_ends_the_clause():
    assert unit_names("Bức tường do Công ty Phú An thi công.") == ["Công ty Phú An"]
    assert unit_names("Các mẫu (do Công ty Phú An thi công) đều đạt.") == ["Công ty Phú An"]


def test_a_word_after_a_proper_name_before_a_comma_is_the_predicate():
    # "Phú An" capitalises each syllable (a proper name, not a field): the lower-case word after it before a comma
    # or "(" is the verb ("thi công"), not the last word of a field.
    assert unit_names("Cây cầu do Công ty Phú An thi công, đã hoàn thành.") == ["Công ty Phú An"]
    assert unit_names("Nhà xưởng do Công ty Bảo Tín thi công (từ năm ngoái) đã xong.") == ["Công ty Bảo Tín"]
    # a field of one capitalised syllable still takes its closing word
    assert unit_names("Ông Nam, Viện trưởng Viện Toán ứng dụng, phát biểu.") == ["Viện Toán ứng dụng"]

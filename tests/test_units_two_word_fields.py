"""Session 26 (unit boundaries): a field of two lower-case dictionary words written between the capitalised words of
a name ("Trung tâm Hỗ trợ | phát triển tài năng | Điện ảnh …") is read through, as a run of three syllables is; the
name was cut after its first capitalised word (held-out 8, 10 and 12 news, dev). Sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_two_dictionary_words_bridge_to_the_rest_of_the_name():
    """Before: "Trung tâm Bồi dưỡng" and "trường Cao đẳng" (the name cut before the lower-case field)."""
    names = unit_names("Chị từng dạy ở Trung tâm Bồi dưỡng phát triển tài năng Âm nhạc Huế.",
                       "Anh tốt nghiệp trường Cao đẳng sân khấu nghệ thuật Hà Nội năm 2010.")
    assert "Trung tâm Bồi dưỡng phát triển tài năng Âm nhạc Huế" in names
    assert "trường Cao đẳng sân khấu nghệ thuật Hà Nội" in names


def test_two_words_joined_by_an_ampersand_bridge_too():
    """Before: "viện Khoa học" (the name cut before "môi trường & tài nguyên")."""
    names = unit_names("Đề án do viện Khoa học môi trường & tài nguyên Quốc gia thực hiện.")
    assert "viện Khoa học môi trường & tài nguyên Quốc gia" in names


def test_a_clause_after_the_name_is_not_read_as_its_field():
    """A verb among the four syllables, or no capitalised word after them, ends the name where it did."""
    names = unit_names("Công an huyện Đông Anh cho biết đối tượng Nguyễn Văn Bình đã bị bắt.",
                       "Bệnh viện Bạch Mai tiếp nhận bệnh nhân nặng từ nhiều tỉnh.")
    assert "Công an huyện Đông Anh" in names
    assert "Bệnh viện Bạch Mai" in names
    assert not any("bệnh nhân" in n or "cho biết" in n for n in names)


def test_a_lower_case_field_then_a_foreign_brand_is_one_name():
    # unit_fields._field_before_brand: the field right after the head, then the brand naming the body (was the
    # brand alone, or nothing)
    assert unit_names("Trung tâm an ninh mạng Bkav vừa cảnh báo người dùng.") == ["Trung tâm an ninh mạng Bkav"]
    assert unit_names("Tổng công ty vận tải thủy Vinaship đã báo lỗ.") == ["Tổng công ty vận tải thủy Vinaship"]


def test_a_long_lower_case_run_before_a_foreign_word_is_no_field():
    assert "Đội nghi lễ bên ngoài cung điện Westminster" not in unit_names(
        "Đội nghi lễ bên ngoài cung điện Westminster đã bắn 41 phát đại bác.")

"""Units: an acronym of a body the document names, written with a place after it, is that body with the place, and so
is the bare name (session 29)."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_acronym_with_its_country_names_the_body_with_the_country():
    names = unit_names("Tập đoàn nhận bằng khen của Thống đốc Ngân hàng Nhà nước vì nộp thuế đúng hạn.",
                       "Phó Thống đốc NHNN Việt Nam Trần Minh Đức trao bằng khen.")
    assert set(names) == {"Ngân hàng Nhà nước Việt Nam"}


def test_acronym_of_no_body_of_the_document_stays_as_written():
    names = unit_names("Đoàn kiểm tra của Sở Tài chính đến làm việc.",
                       "Lãnh đạo NHNN Việt Nam cho biết kết quả rất tốt.")
    assert "Sở Tài chính" in names and "Ngân hàng Nhà nước Việt Nam" not in names
